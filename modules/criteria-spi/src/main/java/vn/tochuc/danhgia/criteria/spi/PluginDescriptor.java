package vn.tochuc.danhgia.criteria.spi;

import java.util.List;

/**
 * What a plugin is and whom it serves.
 *
 * <pre>{@code
 * PluginDescriptor.of("so-tai-chinh", "1.0.0", "Bộ tiêu chí Sở Tài chính")
 *         .servingUnits("STC")
 *         .basedOn(Regulations.QD_366, YearRange.of(2025, 2030));
 * }</pre>
 *
 * @param id          kebab-case, stable across versions: {@code so-tai-chinh}; must equal the manifest's
 *                    {@code Plugin-Id}
 * @param version     {@code MAJOR.MINOR.PATCH}; must equal the manifest's {@code Plugin-Version}
 * @param displayName the Vietnamese name shown on the plugin screen
 * @param unitCodes   the unit codes served, e.g. {@code STC}
 * @param groupCodes  the unit group codes served, e.g. {@code THAM_MUU_TU}; a unit's own plugin wins over its group's
 * @param regulation  the regulation basis, e.g. {@link Regulations#QD_366}
 * @param years       the evaluation years the frameworks apply to
 */
public record PluginDescriptor(
        String id,
        String version,
        String displayName,
        List<String> unitCodes,
        List<String> groupCodes,
        String regulation,
        YearRange years) {

    public PluginDescriptor {
        id = Texts.orEmpty(id);
        version = Texts.orEmpty(version);
        displayName = Texts.orEmpty(displayName);
        unitCodes = Texts.copy(unitCodes);
        groupCodes = Texts.copy(groupCodes);
        regulation = Texts.orEmpty(regulation);
    }

    /** A descriptor serving nobody yet; add units or groups and the regulation basis with the methods below. */
    public static PluginDescriptor of(String id, String version, String displayName) {
        return new PluginDescriptor(id, version, displayName, List.of(), List.of(), "", null);
    }

    public PluginDescriptor servingUnits(String... codes) {
        return new PluginDescriptor(id, version, displayName, List.of(codes), groupCodes, regulation, years);
    }

    public PluginDescriptor servingGroups(String... codes) {
        return new PluginDescriptor(id, version, displayName, unitCodes, List.of(codes), regulation, years);
    }

    public PluginDescriptor basedOn(String regulation, YearRange years) {
        return new PluginDescriptor(id, version, displayName, unitCodes, groupCodes, regulation, years);
    }

    /** Whether the plugin serves a unit, directly or through the unit's group. */
    public boolean serves(String unitCode, String groupCode) {
        return unitCodes.contains(unitCode) || (groupCode != null && groupCodes.contains(groupCode));
    }

    public boolean appliesTo(int year) {
        return years != null && years.contains(year);
    }
}
