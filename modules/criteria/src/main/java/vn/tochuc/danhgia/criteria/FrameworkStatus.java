package vn.tochuc.danhgia.criteria;

/** Whether a unit has a framework for a year. */
public enum FrameworkStatus {

    /** Its assigned plugin's active version is enabled: the unit has its frameworks. */
    OK,
    /** No plugin is assigned to the unit or its group for the year. */
    NOT_ASSIGNED,
    /** A plugin is assigned but has no enabled active version (disabled, failed, missing or deleted). */
    PLUGIN_UNAVAILABLE
}
