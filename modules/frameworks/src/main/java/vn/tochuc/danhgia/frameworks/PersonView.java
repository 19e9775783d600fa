package vn.tochuc.danhgia.frameworks;

/**
 * A chief or deputy of a unit for a year.
 *
 * @param id       its id; a deputy's framework refers to it
 * @param unitCode the unit
 * @param year     the evaluation year
 * @param role     chief or deputy
 * @param fullName the full name
 * @param title    the position
 * @param field    the field a deputy is in charge of; empty for the chief
 * @param version  for optimistic locking
 */
public record PersonView(long id, String unitCode, int year, PersonRole role, String fullName, String title,
        String field, long version) {}
