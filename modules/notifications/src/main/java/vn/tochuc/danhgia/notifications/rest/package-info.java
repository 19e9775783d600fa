/** {@code /api/v1/notices}: the current user's notices. Private to the notifications module. */
package vn.tochuc.danhgia.notifications.rest;
