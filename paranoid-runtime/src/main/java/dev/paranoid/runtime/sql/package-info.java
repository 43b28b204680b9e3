/**
 * Engine, not exported; JDBC-free and dependent on nothing. The shape of every statement,
 * written once ({@link dev.paranoid.runtime.sql.Statements}): the runtime renders its dynamic
 * statements with it, and the processor carries this package (relocated) to render the generated
 * constants and Javadoc, so the SQL a DAO documents is the SQL it runs.
 */
package dev.paranoid.runtime.sql;
