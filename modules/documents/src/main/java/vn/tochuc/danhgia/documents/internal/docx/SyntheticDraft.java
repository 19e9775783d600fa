package vn.tochuc.danhgia.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tochuc.danhgia.documents.Annex;
import vn.tochuc.danhgia.documents.Block;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;
import vn.tochuc.danhgia.documents.Paragraph;
import vn.tochuc.danhgia.documents.Table;

/**
 * A large, realistic draft for benchmarks and tests: header block, title, căn cứ, chương of six điều (every third
 * one divided into two mục, every second one typed on one line), khoản, điểm with Vietnamese letters, articles
 * without khoản, and an annex with a table. The same seed always gives the same draft.
 */
public final class SyntheticDraft {

    private static final int ARTICLES_PER_CHAPTER = 6;
    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g"};
    private static final String[] TOPICS = {"đánh giá, xếp loại chất lượng", "công tác cán bộ", "kiểm tra, giám sát",
        "thi đua, khen thưởng", "quản lý hồ sơ", "phối hợp công tác", "chế độ báo cáo", "trách nhiệm người đứng đầu"};
    private static final String[] SUBJECTS = {"Tập thể lãnh đạo, quản lý", "Cấp ủy, tổ chức đảng",
        "Cán bộ giữ chức vụ cấp trưởng", "Cơ quan tham mưu, giúp việc", "Ban Tổ chức Tỉnh ủy"};

    private SyntheticDraft() {}

    public static byte[] generate(int articles) {
        return generate(articles, 1L);
    }

    public static byte[] generate(int articles, long seed) {
        return DocxWriter.write(outline(articles, seed));
    }

    /** The outline {@link #generate(int, long)} writes, which is also what parsing its output gives back. */
    public static Outline outline(int articles, long seed) {
        if (articles < 1) {
            throw new IllegalArgumentException("A draft needs at least one article");
        }
        Random random = new Random(seed);
        List<OutlineNode> chapters = new ArrayList<>();
        for (int first = 1, c = 1; first <= articles; first += ARTICLES_PER_CHAPTER, c++) {
            int last = Math.min(articles, first + ARTICLES_PER_CHAPTER - 1);
            chapters.add(chapter(c, first, last, random));
        }
        Table header = new Table(List.of(List.of("TỈNH ỦY QUẢNG NGÃI", "ĐẢNG CỘNG SẢN VIỆT NAM"),
                List.of("BAN THƯỜNG VỤ", "Quảng Ngãi, ngày    tháng    năm 2025"), List.of("Số       -QĐ/TU", "")));
        return new Outline(header, "DỰ THẢO", List.of("QUY ĐỊNH", "về " + TOPICS[0] + " (bản thử nghiệm)"),
                List.of("- Căn cứ Điều lệ Đảng;", "- Xét đề nghị của Ban Tổ chức Tỉnh ủy,"),
                "Ban Thường vụ Tỉnh ủy quy định như sau:", chapters, List.of(),
                List.of("Nơi nhận:\n- Các cơ quan, đơn vị;\n- Lưu Văn phòng Tỉnh ủy. | T/M BAN THƯỜNG VỤ\nBÍ THƯ"),
                List.of(annex(random)));
    }

    private static OutlineNode chapter(int c, int first, int last, Random random) {
        String roman = Numerals.toRoman(c);
        String title = "QUY ĐỊNH VỀ " + TOPICS[c % TOPICS.length].toUpperCase(java.util.Locale.ROOT);
        String text = c % 2 == 0 ? "Chương " + roman + ". " + title : "Chương " + roman + "\n" + title;
        List<OutlineNode> children = new ArrayList<>();
        if (c % 3 == 1 && last > first) {
            int middle = (first + last) / 2;
            children.add(section(c, 1, first, middle, random));
            children.add(section(c, 2, middle + 1, last, random));
        } else {
            for (int n = first; n <= last; n++) {
                children.add(article(n, random));
            }
        }
        return new OutlineNode(NodeKind.CHAPTER, "C" + c, "Chương " + roman, String.valueOf(c), title, text,
                children);
    }

    private static OutlineNode section(int chapter, int m, int first, int last, Random random) {
        String title = "NỘI DUNG " + (m == 1 ? "CHUNG" : "CỤ THỂ");
        List<OutlineNode> articles = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            articles.add(article(n, random));
        }
        return new OutlineNode(NodeKind.SECTION, "C" + chapter + ".M" + m, "Mục " + m, String.valueOf(m), title,
                "Mục " + m + "\n" + title, articles);
    }

    private static OutlineNode article(int n, Random random) {
        String title = "Quy định về " + TOPICS[random.nextInt(TOPICS.length)];
        String path = "D" + n;
        int clauses = random.nextInt(5);
        String text = "Điều " + n + ". " + title
                + (clauses == 0 ? "\n" + sentence(random) : random.nextBoolean() ? "\nGồm các nội dung sau:" : "");
        List<OutlineNode> children = new ArrayList<>();
        for (int k = 1; k <= clauses; k++) {
            children.add(clause(path, k, random));
        }
        return new OutlineNode(NodeKind.ARTICLE, path, "Điều " + n, String.valueOf(n), title, text, children);
    }

    private static OutlineNode clause(String article, int k, Random random) {
        String path = article + ".K" + k;
        int points = random.nextInt(3) == 0 ? 2 + random.nextInt(LETTERS.length - 1) : 0;
        List<OutlineNode> children = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            String letter = LETTERS[p];
            children.add(new OutlineNode(NodeKind.POINT, path + "." + letter, "Điểm " + letter, letter, "",
                    letter + ") " + sentence(random), List.of()));
        }
        String text = k + ". " + sentence(random) + (points > 0 ? " gồm:" : "");
        return new OutlineNode(NodeKind.CLAUSE, path, "Khoản " + k, String.valueOf(k), "", text, children);
    }

    private static String sentence(Random random) {
        return SUBJECTS[random.nextInt(SUBJECTS.length)] + " thực hiện " + TOPICS[random.nextInt(TOPICS.length)]
                + " theo quy định, bảo đảm tiến độ, chất lượng và hiệu quả; tối đa " + (5 + random.nextInt(30))
                + " điểm";
    }

    private static Annex annex(Random random) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Tiêu chí", "Điểm tối đa"));
        for (int i = 1; i <= 12; i++) {
            rows.add(List.of(String.valueOf(i), "Tiêu chí về " + TOPICS[i % TOPICS.length],
                    String.valueOf(5 + random.nextInt(20))));
        }
        List<Block> body = List.of(new Table(rows), new Paragraph("Ghi chú: cơ quan, đơn vị cụ thể hóa từng tiêu chí."));
        return new Annex("PL1", "Phụ lục", "1", "PHỤ LỤC", "KHUNG TIÊU CHÍ ĐÁNH GIÁ",
                List.of("KHUNG TIÊU CHÍ ĐÁNH GIÁ", "(Kèm theo Quy định số       -QĐ/TU)"), body);
    }
}
