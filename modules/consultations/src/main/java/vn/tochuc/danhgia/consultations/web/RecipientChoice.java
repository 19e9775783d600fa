package vn.tochuc.danhgia.consultations.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.danhgia.units.UnitView;

/**
 * The recipients step of the new-consultation wizard: whole groups, single units beside them, and the group whose
 * units the Board is looking at before it ticks it. The count is of distinct active units, as the consultation will
 * resolve them when it is published.
 */
public class RecipientChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> groups = new ArrayList<>();
    private List<String> singleUnits = new ArrayList<>();
    private String previewGroup;

    /** Counted from the active units the wizard read once, so ticking a group never waits for the database. */
    int count(List<UnitView> active) {
        Set<String> all = new HashSet<>(singleUnits);
        Set<String> chosen = Set.copyOf(groups);
        active.stream().filter(u -> chosen.contains(u.group())).forEach(u -> all.add(u.code()));
        return all.size();
    }

    List<UnitView> preview(List<UnitView> active) {
        return previewGroup == null ? List.of()
                : active.stream().filter(u -> previewGroup.equals(u.group())).toList();
    }

    boolean isEmpty() {
        return groups.isEmpty() && singleUnits.isEmpty();
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }

    public List<String> getSingleUnits() {
        return singleUnits;
    }

    public void setSingleUnits(List<String> singleUnits) {
        this.singleUnits = singleUnits == null ? new ArrayList<>() : singleUnits;
    }

    public String getPreviewGroup() {
        return previewGroup;
    }

    public void setPreviewGroup(String previewGroup) {
        this.previewGroup = previewGroup;
    }
}
