/** {@code /api/v1/consultations}: the Board's and the units' endpoints. Private to the consultations module. */
package vn.tochuc.danhgia.consultations.rest;
