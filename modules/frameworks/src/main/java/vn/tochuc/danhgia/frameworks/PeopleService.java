package vn.tochuc.danhgia.frameworks;

import java.util.List;

/**
 * The chief and deputies a unit lists for a year. A unit user changes their own unit's people only; the Board reads
 * them. A person whose framework has been submitted cannot be removed (409); removing one with a draft framework
 * removes that draft too.
 */
public interface PeopleService {

    /** The unit's chief first, then its deputies in the order added. */
    List<PersonView> list(String unitCode, int year);

    /** Adds a person to the caller's own unit; at most one chief per unit and year (409). */
    PersonView add(PersonDraft draft);

    PersonView update(long id, PersonDraft changes);

    void remove(long id, Long version);
}
