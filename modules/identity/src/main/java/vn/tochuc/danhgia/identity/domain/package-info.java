/** Accounts, the password hash and the login rules (lockout); private to the identity module. */
package vn.tochuc.danhgia.identity.domain;
