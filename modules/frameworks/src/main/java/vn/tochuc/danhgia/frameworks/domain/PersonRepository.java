package vn.tochuc.danhgia.frameworks.domain;

import java.util.List;
import java.util.Optional;

/** Stores the chiefs and deputies units list. */
public interface PersonRepository {

    Optional<Person> find(long id);

    /** A unit's people for a year: the chief first, then deputies in the order added. */
    List<Person> of(String unitCode, int year);

    List<Person> ofYear(int year);

    void add(Person person);

    void remove(Person person);

    void flush();
}
