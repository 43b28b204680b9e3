package dev.paranoid.processor.write;

/**
 * A fixed statement the generated code runs itself, as a constant of the DAO's nested class
 * {@code Sql}; the Javadoc of the methods that run it shows the same text.
 *
 * @param name the constant's name in {@code Sql}
 * @param sql the statement, as {@link SqlStatements} rendered it
 */
record SqlConstant(String name, String sql) {

  /** How generated code refers to the constant. */
  String ref() {
    return DaoContext.SQL + "." + name;
  }
}
