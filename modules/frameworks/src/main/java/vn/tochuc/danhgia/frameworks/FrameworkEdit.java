package vn.tochuc.danhgia.frameworks;

import java.util.List;
import java.util.Map;

/**
 * A save of a unit framework ({@code PUT /api/v1/frameworks/{id}}): all its targets, keyed by the code of the
 * concretized criterion they belong to, replacing what was saved before.
 *
 * @param version the framework's version as read (optimistic locking)
 * @param targets criterion code to its targets, in order
 */
public record FrameworkEdit(Long version, Map<String, List<TargetRow>> targets) {

    public FrameworkEdit {
        targets = targets == null ? Map.of() : targets;
    }
}
