package vn.tochuc.danhgia.documents.internal.docx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;

/** The reasons a .docx is refused, each with its message key (texts in META-INF/i18n/messages_*.properties). */
final class DocxErrors {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024L);

    private DocxErrors() {}

    static AppException empty() {
        return new AppException(ErrorKind.INVALID, "documents.docx.empty");
    }

    /** The limit is shown in MB, as the upload form states it; a number so each language formats it its way. */
    static AppException tooLarge(long maxBytes) {
        BigDecimal megabytes = BigDecimal.valueOf(maxBytes).divide(MEGABYTE, 3, RoundingMode.HALF_UP).stripTrailingZeros();
        return new AppException(ErrorKind.TOO_LARGE, "documents.docx.too-large", megabytes);
    }

    static AppException notDocx() {
        return new AppException(ErrorKind.INVALID, "documents.docx.not-docx");
    }

    static AppException legacyFormat() {
        return new AppException(ErrorKind.UNSUPPORTED_TYPE, "documents.docx.legacy-format");
    }

    static AppException notWord() {
        return new AppException(ErrorKind.UNSUPPORTED_TYPE, "documents.docx.not-word");
    }

    static AppException zipBomb() {
        return new AppException(ErrorKind.TOO_LARGE, "documents.docx.zip-bomb");
    }

    static AppException corrupt() {
        return new AppException(ErrorKind.INVALID, "documents.docx.corrupt");
    }

    static AppException noArticle() {
        return new AppException(ErrorKind.INVALID, "documents.docx.no-article");
    }

    static AppException duplicateArticle(int number) {
        return new AppException(ErrorKind.INVALID, "documents.docx.duplicate-article", String.valueOf(number));
    }

    static AppException duplicateChapter(String label) {
        return new AppException(ErrorKind.INVALID, "documents.docx.duplicate-chapter", label);
    }

    static AppException duplicateSection(String chapterLabel, String sectionLabel) {
        return new AppException(ErrorKind.INVALID, "documents.docx.duplicate-section", chapterLabel, sectionLabel);
    }

    static AppException sectionOutsideChapter(String sectionLabel) {
        return new AppException(ErrorKind.INVALID, "documents.docx.section-outside-chapter", sectionLabel);
    }

    static AppException articleBeforeSection(String articleLabel, String chapterLabel) {
        return new AppException(ErrorKind.INVALID, "documents.docx.article-before-section", articleLabel,
                chapterLabel);
    }
}
