/**
 * Implementation of the notifications module: the notifier, the JPA repository, the SMTP sender and the outbox
 * dispatcher (after commit, and a retry timer). Private to the module.
 */
package vn.tochuc.danhgia.notifications.internal;
