package dev.talkshelf.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** The first column of the first row a query finds in a library, as SQLite keeps it (null when none): for tests. */
final class StoredValue {
    private StoredValue() {
    }

    static Object of(Database db, String sql, Object... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, List.of(params));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getObject(1) : null;
                }
            }
        });
    }
}
