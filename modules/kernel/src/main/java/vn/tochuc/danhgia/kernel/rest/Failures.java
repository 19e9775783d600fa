package vn.tochuc.danhgia.kernel.rest;

/**
 * Classification of failures for code outside JAX-RS (servlet filters, the authentication mechanism) that must
 * answer the same way the {@link ProblemMapper} does.
 */
public final class Failures {

    private Failures() {}

    /** True if the failure means the database cannot be reached (refused, dropped or no pooled connection). */
    public static boolean databaseDown(Throwable thrown) {
        return FailureKinds.databaseDown(thrown);
    }
}
