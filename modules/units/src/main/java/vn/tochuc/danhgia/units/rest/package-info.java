/** Units over HTTP: {@code /api/v1/units}, its groups, hierarchy and import. */
package vn.tochuc.danhgia.units.rest;
