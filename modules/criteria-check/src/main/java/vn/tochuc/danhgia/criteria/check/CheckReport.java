package vn.tochuc.danhgia.criteria.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tochuc.danhgia.criteria.spi.Severity;

/** The findings of one or more checks, in the order found. {@link #ok()} when none is an error. */
public record CheckReport(List<Finding> findings) {

    public CheckReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static CheckReport of(List<Finding> findings) {
        return new CheckReport(findings);
    }

    public CheckReport plus(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new CheckReport(all);
    }

    /** Whether nothing blocks: no finding is an error (warnings do not block). */
    public boolean ok() {
        return errors().isEmpty();
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    public Set<String> codes() {
        return findings.stream().map(Finding::code).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public boolean has(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    public boolean has(FindingCode code) {
        return has(code.name());
    }

    /** One line per finding, Vietnamese then English, for logs and test failures. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(f.severity()).append(' ').append(f.code()).append(" [")
                    .append(f.subject() == null ? "-" : f.subject()).append(' ')
                    .append(f.criterionCode().isEmpty() ? "-" : f.criterionCode())
                    .append(f.targetIndex() == null ? "" : " #" + (f.targetIndex() + 1)).append("] ")
                    .append(f.messageVi()).append(" | ").append(f.messageEn()).append('\n');
        }
        return text.toString();
    }
}
