package vn.tochuc.danhgia.consolidation;

import java.util.List;
import vn.tochuc.danhgia.documents.VersionChange;

/** One entry of the revised draft's change log with the comments it answers. */
public record RevisionChange(VersionChange change, List<LinkedComment> comments) {

    public RevisionChange {
        comments = List.copyOf(comments);
    }
}
