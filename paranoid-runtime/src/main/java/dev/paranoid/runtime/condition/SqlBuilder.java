package dev.paranoid.runtime.condition;

import dev.paranoid.runtime.internal.jdbc.JdbcType;
import dev.paranoid.runtime.internal.jdbc.Parameters;
import dev.paranoid.runtime.internal.jdbc.StatementBinder;
import dev.paranoid.runtime.sql.SqlSink;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL text with its parameters, kept in step so that every value is bound, never inlined. */
public final class SqlBuilder implements SqlSink {

  private final StringBuilder text = new StringBuilder();
  private final List<Parameter<?>> parameters = new ArrayList<>();

  @Override
  public SqlBuilder append(String sql) {
    text.append(sql);
    return this;
  }

  /** Appends a {@code ?} bound to {@code value} through {@code type}. */
  public <T> SqlBuilder parameter(T value, JdbcType<T> type) {
    text.append('?');
    parameters.add(new Parameter<>(value, type));
    return this;
  }

  public String sql() {
    return text.toString();
  }

  public int parameterCount() {
    return parameters.size();
  }

  /** Binds the parameters in order, starting at index 1. */
  public StatementBinder binder() {
    List<Parameter<?>> snapshot = List.copyOf(parameters);
    return statement -> {
      int index = 1;
      for (Parameter<?> parameter : snapshot) {
        parameter.bind(statement, index++);
      }
    };
  }

  private static final class Parameter<T> {
    private final T value;
    private final JdbcType<T> type;

    Parameter(T value, JdbcType<T> type) {
      this.value = value;
      this.type = type;
    }

    void bind(Parameters parameters, int index) throws SQLException {
      type.bind(parameters, index, value);
    }
  }
}
