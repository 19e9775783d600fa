/** The audit log's implementation; private to the module. */
package vn.tochuc.danhgia.audit.internal;
