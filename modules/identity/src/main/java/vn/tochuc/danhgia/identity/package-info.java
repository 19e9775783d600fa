/**
 * Identity: who the users are, which roles they have and which unit they act for.
 *
 * <p>Other modules ask {@link vn.tochuc.danhgia.identity.CurrentUser} who is calling and whether they may act for a
 * unit, and {@link vn.tochuc.danhgia.identity.UserDirectory} whom to notify. Administrators manage accounts through
 * {@link vn.tochuc.danhgia.identity.UserService}. The screens log in with a form and the API with HTTP Basic, both
 * over the same identity store; passwords are stored as PBKDF2 hashes only.
 */
package vn.tochuc.danhgia.identity;
