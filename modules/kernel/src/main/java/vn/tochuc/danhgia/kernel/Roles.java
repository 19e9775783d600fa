package vn.tochuc.danhgia.kernel;

/**
 * The role names, as constants so that {@code @RolesAllowed} in any module can name them. The identity module owns
 * who has which role; this class only spells them.
 */
public final class Roles {

    /** Configures units and users. */
    public static final String ADMIN = "ADMIN";
    /** Staff of the Organization Board: drafts, consultations, consolidation, reviews. */
    public static final String BOARD = "BOARD";
    /** Staff of one unit, acting for that unit only. */
    public static final String UNIT = "UNIT";
    /** IT staff: deploys criteria plugins. */
    public static final String PLUGIN_ADMIN = "PLUGIN_ADMIN";

    private Roles() {}
}
