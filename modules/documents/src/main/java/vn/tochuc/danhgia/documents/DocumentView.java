package vn.tochuc.danhgia.documents;

import java.time.Instant;
import java.util.List;

/**
 * A draft document and its versions, oldest first.
 *
 * @param id the document id
 * @param title the name the Board gave it (by default the draft's title lines)
 * @param createdAt when version 1 was uploaded
 * @param createdBy who uploaded it
 * @param versions every version, number 1 first
 */
public record DocumentView(long id, String title, Instant createdAt, String createdBy, List<VersionView> versions) {

    public DocumentView {
        versions = List.copyOf(versions);
    }

    public VersionView latest() {
        return versions.get(versions.size() - 1);
    }
}
