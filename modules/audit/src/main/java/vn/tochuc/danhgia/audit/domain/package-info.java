/** The stored audit entry and its repository; private to the audit module. */
package vn.tochuc.danhgia.audit.domain;
