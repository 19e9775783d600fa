/**
 * The consultation screens: the Board's list, creation steps, tracking dashboard and comments by article; a unit's
 * inbox and answering screen. Backing beans use the module's API only. Private to the module.
 */
package vn.tochuc.danhgia.consultations.web;
