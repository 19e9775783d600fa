package vn.tochuc.danhgia.criteria;

import java.time.Instant;
import java.util.List;

/**
 * A JAR dropped into the plugins directory that the host refused. The file is renamed to
 * {@code <name>.refused} with the report beside it in {@code <name>.refused.txt}, so that it is not tried again.
 */
public record DropInRefusal(String fileName, Instant refusedAt, List<FindingView> findings) {

    public DropInRefusal {
        findings = List.copyOf(findings);
    }
}
