package vn.tochuc.danhgia.frameworks;

/**
 * The optional body of {@code POST /api/v1/frameworks/{id}/submit}.
 *
 * @param version the framework's version as read; when given it must still be the current one
 */
public record SubmitRequest(Long version) {}
