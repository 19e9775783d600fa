/**
 * The criteria screens: {@code /it/plugins.xhtml} (list, upload, actions), {@code /it/plugin.xhtml} (one plugin's
 * versions and frameworks as trees) for IT staff, and {@code /admin/framework-assignments.xhtml} for administrators.
 */
package vn.tochuc.danhgia.criteria.web;
