package vn.tochuc.danhgia.frameworks;

/** The documents the Board hands on: one unit's approved framework, and every unit's targets. */
public interface FrameworkExports {

    /**
     * One unit's approved framework as a Word document laid out like the draft regulation's annex (A4, Times New
     * Roman, table STT | Tiêu chí | Điểm tối đa | Chỉ tiêu cụ thể hóa). The Board and the unit itself may export it.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException CONFLICT when it is not approved
     */
    byte[] docx(long id);

    /**
     * For the Board: every active unit's frameworks of a year as a workbook, one row per target (approved content, or
     * the last submitted content), and one row without target for subjects with nothing submitted.
     */
    byte[] xlsx(int year);
}
