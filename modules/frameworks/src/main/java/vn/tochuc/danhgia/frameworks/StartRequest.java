package vn.tochuc.danhgia.frameworks;

import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * Starts one of the caller's unit's frameworks ({@code POST /api/v1/frameworks}); the plugin's framework that
 * applies now is frozen for it.
 *
 * @param year        the evaluation year
 * @param subjectType {@code COLLECTIVE}, {@code CHIEF} or {@code DEPUTY}
 * @param personId    for a deputy: the person (see {@link PeopleService}); otherwise empty
 */
public record StartRequest(Integer year, SubjectType subjectType, Long personId) {}
