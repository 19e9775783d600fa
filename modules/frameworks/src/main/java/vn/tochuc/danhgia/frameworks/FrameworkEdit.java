package vn.tochuc.danhgia.frameworks;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A save of a unit framework ({@code PUT /api/v1/frameworks/{id}}): all its targets, keyed by the code of the
 * concretized criterion they belong to, replacing what was saved before.
 *
 * @param version the framework's version as read (optimistic locking)
 * @param targets criterion code to its targets, in order
 */
@Schema(description = "Lưu toàn bộ chỉ tiêu của khung, thay cho lần lưu trước.")
public record FrameworkEdit(
        @Schema(description = "Phiên bản khung đã đọc (khóa lạc quan); khác phiên bản hiện tại thì trả 409")
        Long version,
        @Schema(type = SchemaType.OBJECT, additionalProperties = TargetRow[].class,
                description = "Mã tiêu chí được cụ thể hóa → danh sách chỉ tiêu của tiêu chí đó, theo thứ tự",
                example = "{\"2\": [{\"title\": \"Giải ngân vốn đầu tư công năm 2026\", \"indicator\": "
                        + "\"Tỷ lệ giải ngân\", \"targetValue\": 95, \"unit\": \"%\", \"output\": "
                        + "\"Báo cáo giải ngân\", \"deadline\": \"2026-12-31\", \"points\": 17.5}]}")
        Map<String, List<TargetRow>> targets) {

    public FrameworkEdit {
        targets = targets == null ? Map.of() : targets;
    }
}
