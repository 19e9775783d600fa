/**
 * The services behind the module's API, its JPA repositories, the checks that connect a unit's targets to the
 * criteria module's review, and the .docx and .xlsx writers. Private to the module.
 */
package vn.tochuc.danhgia.frameworks.internal;
