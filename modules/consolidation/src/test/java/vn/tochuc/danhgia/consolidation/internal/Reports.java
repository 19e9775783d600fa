package vn.tochuc.danhgia.consolidation.internal;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.consultations.SubmittedComment;

/** Big generated consultations for the report tests: units × comments with Vietnamese text. */
final class Reports {

    private static final String[] PATHS = {"D1.K1", "D1.K2.a", "D2.K1", "D3.K1", "D3.K1.b", "D3.K2", "D4.K2.a",
        "D5.K1", "D6.K1", "D6.K5", "D7.K1", "D8", "D9.K1", "D10"};

    private Reports() {}

    static List<SubmittedComment> comments(int units, int perUnit) {
        List<SubmittedComment> out = new ArrayList<>(units * perUnit);
        long id = 1;
        for (int u = 0; u < units; u++) {
            String code = "DV" + u;
            String name = "Sở Ngành số " + u + " tỉnh Quảng Ngãi";
            for (int c = 0; c < perUnit; c++) {
                int at = (u + c) % PATHS.length;
                out.add(Scenario.comment(id++, code, name, PATHS[at], at * 3, "Khoản", "Ý kiến số " + (c + 1)
                        + " của " + name + ": đề nghị làm rõ nội dung tiêu chí, bảo đảm khả thi và phù hợp thực tiễn."));
            }
        }
        return out;
    }
}
