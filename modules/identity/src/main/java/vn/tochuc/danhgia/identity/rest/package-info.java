/** Identity over HTTP: {@code /api/v1/me} for every user and {@code /api/v1/users} for administrators. */
package vn.tochuc.danhgia.identity.rest;
