/** The notices and the e-mail outbox, and the repository interface. Private to the notifications module. */
package vn.tochuc.danhgia.notifications.domain;
