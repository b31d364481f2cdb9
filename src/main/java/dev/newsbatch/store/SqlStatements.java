package dev.newsbatch.store;

import java.sql.PreparedStatement;
import org.springframework.jdbc.core.PreparedStatementCreator;

/** Statements whose parameters include lists of keys, bound as SQL arrays so that one statement serves a chunk. */
final class SqlStatements {

    /** A list of values bound as one SQL array of the given element type (for {@code = ANY(?)}). */
    record SqlArray(String elementType, Object[] elements) {
    }

    private SqlStatements() {
    }

    static SqlArray texts(String[] values) {
        return new SqlArray("text", values);
    }

    static SqlArray bigints(Long[] values) {
        return new SqlArray("bigint", values);
    }

    /** The statement with these parameters in order: {@link SqlArray}s as SQL arrays, anything else as it is. */
    static PreparedStatementCreator withParameters(String sql, Object... parameters) {
        return con -> {
            PreparedStatement statement = con.prepareStatement(sql);
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof SqlArray array) {
                    value = con.createArrayOf(array.elementType(), array.elements());
                }
                statement.setObject(i + 1, value);
            }
            return statement;
        };
    }
}
