/**
 * Engine, not exported: a {@link dev.paranoid.runtime.Query} over one table, with its deleted
 * filter, ordering, paging and includes.
 */
package dev.paranoid.runtime.query;
