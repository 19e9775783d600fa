/** Persistence settings shared by every module's persistence unit. */
package vn.tochuc.danhgia.kernel.persistence;
