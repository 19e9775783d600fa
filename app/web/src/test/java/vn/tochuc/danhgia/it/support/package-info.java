/**
 * What the integration and browser tests stand on: one database per test run (created on the MariaDB named by
 * {@code DB_URL}, or on an embedded MariaDB when there is none, and dropped at the end), the Arquillian deployment of
 * the real WAR on Payara Micro, an HTTP client for the API and a headless Chromium for the screens.
 */
package vn.tochuc.danhgia.it.support;
