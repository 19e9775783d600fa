package vn.tochuc.danhgia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.Messages;

/** A version is named in the reader's language on screens; REST answers keep the Vietnamese name. */
class VersionLabelTest {

    private static final VersionView SECOND = new VersionView(7, 3, 2, "Dự thảo lần 2", "du-thao.docx", 10, false,
            null, null, "board", 0, 6L, null, null);

    @Test
    void screensNameTheVersionInTheirLanguage() {
        assertEquals("Dự thảo lần 2", SECOND.label(Messages.VIETNAMESE));
        assertEquals("Draft 2", SECOND.label(Messages.ENGLISH));
        assertEquals("Draft 1000", VersionView.label(Messages.ENGLISH, 1000));
    }

    @Test
    void theSentVersionRefusalNamesItInEachLanguage() {
        assertEquals("Draft 1 has been sent to the units and can no longer be changed. Start a new version to edit it.",
                Messages.get(Messages.ENGLISH, "documents.error.version-sent", "1"));
        assertEquals("Dự thảo lần 1 đã được gửi cho các đơn vị nên không thể sửa nữa. Hãy tạo dự thảo lần mới để chỉnh "
                + "sửa.", Messages.get(Messages.VIETNAMESE, "documents.error.version-sent", "1"));
    }
}
