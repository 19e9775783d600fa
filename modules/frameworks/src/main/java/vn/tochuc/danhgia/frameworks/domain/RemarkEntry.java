package vn.tochuc.danhgia.frameworks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One remark of a round, stored in {@code fw_remark}. */
@Embeddable
public class RemarkEntry {

    @Column(name = "criterion_code")
    private String criterionCode;

    @Column(name = "target_index")
    private Integer targetIndex;

    @Column(name = "target_title")
    private String targetTitle;

    private String text;

    protected RemarkEntry() {}

    public RemarkEntry(String criterionCode, Integer targetIndex, String targetTitle, String text) {
        this.criterionCode = criterionCode == null ? "" : criterionCode;
        this.targetIndex = targetIndex;
        this.targetTitle = targetTitle == null ? "" : targetTitle;
        this.text = text;
    }

    public String criterionCode() {
        return criterionCode;
    }

    public Integer targetIndex() {
        return targetIndex;
    }

    public String targetTitle() {
        return targetTitle;
    }

    public String text() {
        return text;
    }
}
