/**
 * The schema helper, part of the API: creates the tables of a set of generated DAOs on the
 * detected database (for demos, tests, and as a starting point for migrations), with an index on
 * each deletion column and unique-among-live constraints.
 */
package dev.paranoid.runtime.schema;
