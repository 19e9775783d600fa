package vn.tochuc.danhgia.frameworks;

/**
 * The optional body of {@code PUT /api/v1/framework-tasks/{consultationId}}.
 *
 * @param year the evaluation year asked for; empty for the year of the consultation's deadline
 */
public record TaskRequest(Integer year) {}
