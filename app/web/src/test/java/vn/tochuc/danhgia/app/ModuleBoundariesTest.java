package vn.tochuc.danhgia.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Holds the module boundaries: a module's API is its root package ({@code vn.tochuc.danhgia.units}); its
 * {@code domain}, {@code internal}, {@code rest} and {@code web} packages are its own. Modules do not form cycles,
 * the kernel knows no module, and the criteria SPI depends on nothing.
 */
class ModuleBoundariesTest {

    private static final String BASE = "vn.tochuc.danhgia";
    /** The shared kernel's rest and web packages are infrastructure for every module's rest and web layers. */
    private static final String KERNEL = "kernel";
    private static final Pattern PRIVATE = Pattern.compile(
            Pattern.quote(BASE) + "\\.([a-z]+)\\.(domain|internal|rest|web)(\\..*)?\\.[^.]+");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    static final ArchRule ONLY_APIS_ACROSS_MODULES = classes().that().resideInAPackage(BASE + "..")
            .should(new ArchCondition<JavaClass>("use other modules through their API package only") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = module(origin.getName());
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        Matcher target = PRIVATE.matcher(dependency.getTargetClass().getName());
                        if (target.matches() && !target.group(1).equals(own) && !target.group(1).equals(KERNEL)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    static final ArchRule NO_CYCLES = slices().matching(BASE + ".(*)..").should().beFreeOfCycles();

    @Test
    void modulesUseEachOtherThroughTheirApiOnly() {
        ONLY_APIS_ACROSS_MODULES.check(PRODUCT);
    }

    @Test
    void modulesDoNotDependOnEachOtherInCycles() {
        NO_CYCLES.check(PRODUCT);
    }

    @Test
    void theKernelKnowsNoModule() {
        noClasses().that().resideInAPackage(BASE + ".kernel..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(BASE + "..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(BASE + ".kernel.."))))
                .check(PRODUCT);
    }

    @Test
    void theCriteriaSpiDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage(BASE + ".criteria.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(BASE + ".criteria.spi..", "java..")
                .allowEmptyShould(true)
                .check(PRODUCT);
    }

    @Test
    void theBoundaryRuleCatchesAModuleReachingIntoAnotherOnesInternals() {
        JavaClasses violating = new ClassFileImporter().importPackages(BASE + ".archtesta", BASE + ".archtestb");
        assertThrows(AssertionError.class, () -> ONLY_APIS_ACROSS_MODULES.check(violating));
    }

    private static String module(String className) {
        String rest = className.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }
}
