/** The units screen ({@code /admin/units.xhtml}): list, hierarchy, groups and import with preview. */
package vn.tochuc.danhgia.units.web;
