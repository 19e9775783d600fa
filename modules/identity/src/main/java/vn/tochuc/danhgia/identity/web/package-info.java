/**
 * Identity screens: the login page, the top bar's user and logout, changing one's own password, and the
 * administrators' user list ({@code /admin/users.xhtml}). Also the filter that sends a user with a reset password to
 * the password page before anything else.
 */
package vn.tochuc.danhgia.identity.web;
