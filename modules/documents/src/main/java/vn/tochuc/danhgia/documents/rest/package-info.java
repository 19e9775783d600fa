/**
 * The JSON mapping of an outline ({@link vn.tochuc.danhgia.documents.rest.OutlineJson}), for the REST resources
 * and screens of this module. Private to the module: other modules use the outline records of the API package.
 */
package vn.tochuc.danhgia.documents.rest;
