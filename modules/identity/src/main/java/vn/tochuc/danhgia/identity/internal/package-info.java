/**
 * The identity module's implementation: the account service, the identity store shared by form and Basic login,
 * the authentication mechanism, and the current user of a request.
 */
package vn.tochuc.danhgia.identity.internal;
