package vn.tochuc.danhgia.rating;

/**
 * One subject of a cycle: a unit's collective, its chief or one deputy.
 *
 * @param id            its id (the {@code subjectId} of {@code /api/v1/ratings/{subjectId}/…})
 * @param cycleId       the cycle
 * @param year          the cycle's year
 * @param unitCode      the unit
 * @param unitName      its name
 * @param groupCode     its group of similar function
 * @param groupName     the group's name
 * @param kind          collective, chief or deputy
 * @param personId      the chief or deputy as the unit listed him or her, else {@code null}
 * @param personName    that person's name, else empty
 * @param personTitle   that person's title, else empty
 * @param frameworkId   the approved framework it is rated against, or {@code null} when blocked
 * @param state         where it is
 * @param blockedReason why it is blocked, in Vietnamese, or {@code null}
 */
public record RatingSubjectView(long id, long cycleId, int year, String unitCode, String unitName, String groupCode,
        String groupName, SubjectKind kind, Long personId, String personName, String personTitle, Long frameworkId,
        SubjectState state, String blockedReason) {}
