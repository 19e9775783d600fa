import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.internal.docx.DocxOutlineParser;
import vn.tochuc.danhgia.documents.internal.docx.SyntheticDraft;

/**
 * Parses a generated 200-article draft (SyntheticDraft) repeatedly and reports the times; the goal is under 1 s.
 * Usage: see README.md (needs the documents module's classes and POI on the class path).
 */
public class ParseBench {

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        byte[] docx = SyntheticDraft.generate(articles);
        for (int i = 0; i < 5; i++) {
            DocxOutlineParser.parse(docx);
        }
        List<Double> ms = new ArrayList<>();
        int parsed = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Outline outline = DocxOutlineParser.parse(docx);
            ms.add((System.nanoTime() - t) / 1e6);
            parsed = outline.allArticles().size();
        }
        ms.sort(Double::compare);
        String line = String.format(Locale.ROOT, "%d articles (%d KB .docx, %d nodes read), %d runs after 5 warm-up: "
                + "min %.1f ms, p50 %.1f ms, p95 %.1f ms, max %.1f ms", parsed, docx.length / 1024,
                DocxOutlineParser.parse(docx).commentable().size(), runs, ms.get(0), ms.get(runs / 2),
                ms.get((int) Math.ceil(runs * 0.95) - 1), ms.get(runs - 1));
        System.out.println(line);
        if (ms.get(runs - 1) >= 1000) {
            System.out.println("SLOWER THAN 1 s");
            System.exit(1);
        }
    }
}
