/**
 * The application: it assembles the modules into one WAR. It owns the data source, the migrations run at start-up,
 * the demo data, the REST application, the health checks and the screens' frame (layout, menu, home page). It holds
 * no business rules; those live in the modules.
 */
package vn.tochuc.danhgia.app;
