package vn.tochuc.danhgia.consolidation;

/** A decision is first proposed by a Board member, then approved by another one. */
public enum DispositionState { PROPOSED, APPROVED }
