/**
 * The units module's implementation: the service and the use cases it hands on, its JPA repository and the import
 * file readers.
 */
package vn.tochuc.danhgia.units.internal;
