/**
 * Engine, not exported: soft destroy, exact restore and force destroy that follow {@code
 * cascade = REMOVE}, locking every row in scope before changing it.
 */
package dev.paranoid.runtime.cascade;
