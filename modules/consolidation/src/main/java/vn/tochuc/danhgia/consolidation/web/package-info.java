/** Backing beans of the consolidation screens (workspace, version editor, report). Private to the module. */
package vn.tochuc.danhgia.consolidation.web;
