package vn.tochuc.danhgia.archtesta.internal;

/** A module-private class of a pretend module; {@code ModuleBoundariesTest} proves its rule can fail with it. */
public class AlphaSecret {

    public String value() {
        return "secret";
    }
}
