/** The units module's implementation: the service, its JPA repository and the import file readers. */
package vn.tochuc.danhgia.units.internal;
