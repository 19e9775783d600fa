/**
 * The kernel's own implementations of its API types; no other module may use them (they inject the API type).
 * Today: {@link vn.tochuc.danhgia.kernel.PdfConverter} through LibreOffice headless.
 */
package vn.tochuc.danhgia.kernel.internal;
