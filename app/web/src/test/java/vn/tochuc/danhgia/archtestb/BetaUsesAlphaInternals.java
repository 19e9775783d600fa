package vn.tochuc.danhgia.archtestb;

import vn.tochuc.danhgia.archtesta.internal.AlphaSecret;

/** Breaks the boundary on purpose: a pretend module reaching into another one's internal package. */
public class BetaUsesAlphaInternals {

    public String peek() {
        return new AlphaSecret().value();
    }
}
