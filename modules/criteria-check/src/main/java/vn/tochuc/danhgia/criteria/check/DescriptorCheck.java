package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.YearRange;

/** Checks what a plugin says about itself: id, version, name, whom it serves, regulation basis and years. */
public final class DescriptorCheck {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private DescriptorCheck() {}

    public static List<Finding> check(PluginDescriptor descriptor) {
        List<Finding> findings = new ArrayList<>();
        if (!Patterns.isPluginId(descriptor.id())) {
            findings.add(FindingCode.PLUGIN_ID_INVALID.about(null, null, null, descriptor.id()));
        }
        if (!Patterns.isVersion(descriptor.version())) {
            findings.add(FindingCode.PLUGIN_VERSION_INVALID.about(null, null, null, descriptor.version()));
        }
        if (descriptor.displayName().isBlank()) {
            findings.add(FindingCode.DISPLAY_NAME_MISSING.about(null, null, null));
        }
        checkServed(descriptor, findings);
        checkRegulation(descriptor, findings);
        return findings;
    }

    private static void checkServed(PluginDescriptor descriptor, List<Finding> findings) {
        if (descriptor.unitCodes().isEmpty() && descriptor.groupCodes().isEmpty()) {
            findings.add(FindingCode.NOTHING_SERVED.about(null, null, null));
        }
        Set<String> seen = new HashSet<>();
        for (String unit : descriptor.unitCodes()) {
            if (!Patterns.isUnitCode(unit)) {
                findings.add(FindingCode.UNIT_CODE_INVALID.about(null, null, null, unit));
            } else if (!seen.add(unit)) {
                findings.add(FindingCode.CODE_SERVED_TWICE.about(null, null, null, unit));
            }
        }
        for (String group : descriptor.groupCodes()) {
            if (!Patterns.isUnitCode(group)) {
                findings.add(FindingCode.GROUP_CODE_INVALID.about(null, null, null, group));
            } else if (!seen.add(group)) {
                findings.add(FindingCode.CODE_SERVED_TWICE.about(null, null, null, group));
            }
        }
    }

    private static void checkRegulation(PluginDescriptor descriptor, List<Finding> findings) {
        YearRange years = descriptor.years();
        if (descriptor.regulation().isBlank()) {
            findings.add(FindingCode.REGULATION_MISSING.about(null, null, null));
        }
        if (years == null) {
            findings.add(FindingCode.YEARS_MISSING.about(null, null, null));
            return;
        }
        if (years.from() > years.to() || years.from() < FIRST_YEAR || years.to() > LAST_YEAR) {
            findings.add(FindingCode.YEARS_INVALID.about(null, null, null, years.from(), years.to()));
            return;
        }
        RegulationPeriods.of(descriptor.regulation())
                .filter(period -> years.from() < period.from() || years.to() > period.to())
                .ifPresent(period -> findings.add(FindingCode.REGULATION_YEARS_MISMATCH.about(null, null, null,
                        descriptor.regulation(), RegulationPeriods.describe(period), years)));
    }
}
