package vn.tochuc.danhgia.frameworks;

/** The leadership positions a unit lists: one chief (cấp trưởng) and any number of deputies (cấp phó). */
public enum PersonRole {
    CHIEF,
    DEPUTY
}
