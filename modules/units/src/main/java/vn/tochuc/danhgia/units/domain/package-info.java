/** Unit entities, their rules (codes, hierarchy without cycles) and the import plan; private to the module. */
package vn.tochuc.danhgia.units.domain;
