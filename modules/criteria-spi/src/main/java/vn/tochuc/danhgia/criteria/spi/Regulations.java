package vn.tochuc.danhgia.criteria.spi;

/**
 * The regulation bases known when this SPI was written, spelled as the host expects them in
 * {@link PluginDescriptor#regulation()}. Any other non-blank text is accepted too, for regulations issued later.
 */
public final class Regulations {

    /** Politburo regulation of 04/10/2023; used for the years 2023 and 2024. */
    public static final String QD_124 = "Quy định 124-QĐ/TW";

    /** Politburo regulation of 30/8/2025 that replaced 124; used from the year 2025. */
    public static final String QD_366 = "Quy định 366-QĐ/TW";

    private Regulations() {}
}
