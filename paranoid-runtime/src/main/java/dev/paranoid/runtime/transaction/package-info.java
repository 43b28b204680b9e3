/**
 * Engine, not exported: who owns a connection's transaction (a {@code Transactions} block,
 * Spring, a DataSource declared as managed elsewhere, or nobody), and the blocks that open, join,
 * commit and roll back transactions. Uses the API's exceptions only; {@code Transactions} is its
 * public face.
 */
package dev.paranoid.runtime.transaction;
