/** The notices page and its menu entry. Private to the notifications module. */
package vn.tochuc.danhgia.notifications.web;
