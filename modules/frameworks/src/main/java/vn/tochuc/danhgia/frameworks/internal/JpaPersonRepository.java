package vn.tochuc.danhgia.frameworks.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.frameworks.domain.Person;
import vn.tochuc.danhgia.frameworks.domain.PersonRepository;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext(unitName = "frameworks")
    EntityManager em;

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public List<Person> of(String unitCode, int year) {
        return em.createQuery("select p from Person p where p.unitCode = :unit and p.year = :year"
                + " order by p.role, p.id", Person.class)
                .setParameter("unit", unitCode).setParameter("year", year).getResultList();
    }

    @Override
    public List<Person> ofYear(int year) {
        return em.createQuery("select p from Person p where p.year = :year order by p.unitCode, p.role, p.id",
                Person.class).setParameter("year", year).getResultList();
    }

    @Override
    public void add(Person person) {
        em.persist(person);
    }

    @Override
    public void remove(Person person) {
        em.remove(person);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
