package vn.tochuc.danhgia.criteria;

import java.util.List;
import java.util.Optional;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

/**
 * Which framework applies, read-only. A unit's framework for a year comes from the plugin assigned to the unit for
 * that year, or else to the unit's group (see {@link FrameworkAssignments}), in the plugin's active version, when
 * that version is enabled. Answers come from host-owned copies: no plugin code runs.
 */
public interface FrameworkCatalog {

    /** The framework a unit uses for a year and subject type, if it has one now. */
    Optional<AssignedFramework> frameworkFor(String unitCode, int year, SubjectType subjectType);

    /**
     * A unit's three frameworks for a year and where they come from. A UNIT user may only ask for their own unit.
     *
     * @throws vn.tochuc.danhgia.kernel.AppException NOT_FOUND for an unknown unit, FORBIDDEN for another unit's user
     */
    UnitFrameworks frameworksOf(String unitCode, int year);

    /**
     * Every active unit's frameworks for a year in one go (units without one have an empty list), for screens and
     * reports that cover the whole province.
     */
    List<UnitFrameworks> allFrameworks(int year);

    /** Every active unit's framework source for a year; those with status other than OK have none. */
    List<UnitCoverage> coverage(int year);

    /**
     * One framework of an installed plugin version, whatever its state (frameworks are stored at install).
     *
     * @param version the version, or {@code null} for the active one
     * @throws vn.tochuc.danhgia.kernel.AppException NOT_FOUND when there is no such plugin or version
     */
    AssignedFramework framework(String pluginId, String version, SubjectType subjectType);
}
