/**
 * REST infrastructure shared by every resource: RFC 9457 problem bodies for every failure, strict JSON binding
 * (unknown properties are refused) and role checks from {@code @RolesAllowed}. Registered as JAX-RS providers.
 */
package vn.tochuc.danhgia.kernel.rest;
