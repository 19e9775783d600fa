/** The consolidation's REST resources under {@code /api/v1}. Private to the module. */
package vn.tochuc.danhgia.consolidation.rest;
