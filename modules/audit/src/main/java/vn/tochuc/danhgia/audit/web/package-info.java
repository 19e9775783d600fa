/** The audit log screen ({@code /admin/audit.xhtml}), for administrators. */
package vn.tochuc.danhgia.audit.web;
