/**
 * The module's REST resources: {@code /api/v1/frameworks} (unit frameworks, review, exports),
 * {@code /api/v1/framework-people} (chiefs and deputies) and {@code /api/v1/framework-tasks} (the task a
 * consultation carries). Thin: the services check who may do what. Private to the module.
 */
package vn.tochuc.danhgia.frameworks.rest;
