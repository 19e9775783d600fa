package vn.tochuc.danhgia.frameworks;

import java.time.Instant;

/**
 * The frozen approval of a unit framework; its exact bytes are at {@code GET /api/v1/frameworks/{id}/approved.json}.
 *
 * @param round           the round approved
 * @param snapshotId      the framework snapshot (criteria module) the targets were set against
 * @param pluginId        the plugin that framework came from
 * @param pluginVersion   its version
 * @param frameworkSha256 the snapshot's SHA-256
 * @param sha256          the SHA-256 of the approved content (canonical JSON, UTF-8)
 * @param approvedBy      who approved
 * @param approvedAt      when
 */
public record ApprovalView(int round, long snapshotId, String pluginId, String pluginVersion,
        String frameworkSha256, String sha256, String approvedBy, Instant approvedAt) {}
