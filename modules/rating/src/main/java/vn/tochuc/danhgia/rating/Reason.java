package vn.tochuc.danhgia.rating;

import java.util.List;

/**
 * Why a rule set decided as it did, as a bundle key ({@code rating.reason.<code>}) and its arguments, so the unit
 * reads it in its language: "thiếu 1 chỉ tiêu chưa hoàn thành → không đủ điều kiện HTXSNV".
 *
 * @param code the reason's key below {@code rating.reason.}
 * @param args the values the message shows, already formatted as text
 */
public record Reason(String code, List<String> args) {
    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String code, Object... args) {
        return new Reason(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
