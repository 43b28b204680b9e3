/**
 * Engine, not exported: conditions and orderings as SQL with their values bound ({@link
 * dev.paranoid.runtime.condition.SqlBuilder}), and their place in a statement's WHERE.
 */
package dev.paranoid.runtime.condition;
