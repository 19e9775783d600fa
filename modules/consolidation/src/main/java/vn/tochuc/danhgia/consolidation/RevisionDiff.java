package vn.tochuc.danhgia.consolidation;

import java.util.List;
import vn.tochuc.danhgia.documents.VersionDiff;

/**
 * The difference between two versions per article, and every comment linked to a change in it (each node of the
 * difference lists its {@code commentIds}; {@code comments} describes them).
 */
public record RevisionDiff(VersionDiff diff, List<LinkedComment> comments) {

    public RevisionDiff {
        comments = List.copyOf(comments);
    }
}
