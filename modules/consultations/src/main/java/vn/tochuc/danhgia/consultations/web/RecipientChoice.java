package vn.tochuc.danhgia.consultations.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.danhgia.units.UnitDirectory;
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

    int count(UnitDirectory units) {
        Set<String> all = new HashSet<>(singleUnits);
        units.activeInGroups(groups).forEach(u -> all.add(u.code()));
        return all.size();
    }

    List<UnitView> preview(UnitDirectory units) {
        return previewGroup == null ? List.of() : units.activeInGroups(List.of(previewGroup));
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
