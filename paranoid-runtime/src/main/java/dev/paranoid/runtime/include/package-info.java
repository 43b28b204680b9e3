/**
 * Engine, not exported: eager loading. One statement per include level whatever the number of
 * parents, each include with its own deleted filter, {@code required()} as an {@code EXISTS}, and
 * the foreign keys an include held back for the to-one fields it set to null.
 */
package dev.paranoid.runtime.include;
