package vn.tochuc.danhgia.frameworks;

/**
 * A chief or deputy as a unit enters them ({@code POST /api/v1/framework-people}, {@code PUT .../{id}}).
 *
 * @param year     the evaluation year (only when adding)
 * @param role     {@code CHIEF} or {@code DEPUTY} (only when adding)
 * @param fullName e.g. "Nguyễn Văn An"
 * @param title    the position, e.g. "Phó Giám đốc Sở"
 * @param field    for a deputy: the field in charge of (lĩnh vực phụ trách), e.g. "Quản lý ngân sách; đầu tư công"
 * @param version  when changing: the version read
 */
public record PersonDraft(Integer year, PersonRole role, String fullName, String title, String field, Long version) {}
