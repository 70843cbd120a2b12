package se.nspl.finance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The secretariat's budgets, one per year. */
@Repository
class Budgets {

    private final JdbcClient jdbc;

    Budgets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Budget> all() {
        return jdbc.sql("select * from finance_budget order by year desc")
                .query(Budgets::map)
                .list();
    }

    Optional<Budget> find(int year) {
        return jdbc.sql("select * from finance_budget where year = ?")
                .param(year)
                .query(Budgets::map)
                .optional();
    }

    /** Adds the year's first budget; false when another was added meanwhile. */
    boolean add(int year, BigDecimal amount, @Nullable String note, Instant at, String by) {
        return jdbc.sql("""
                        insert into finance_budget (year, amount_sek, note, version, updated_at, updated_by)
                        values (?, ?, ?, 0, ?, ?) on conflict (year) do nothing""").params(year, amount, note, Timestamp.from(at), by).update() == 1;
    }

    /** Changes the budget if it still has the version; false otherwise. */
    boolean update(int year, long expectedVersion, BigDecimal amount, @Nullable String note, Instant at, String by) {
        return jdbc.sql("""
                        update finance_budget set amount_sek = ?, note = ?, version = version + 1,
                                                  updated_at = ?, updated_by = ?
                        where year = ? and version = ?""")
                        .params(amount, note, Timestamp.from(at), by, year, expectedVersion)
                        .update()
                == 1;
    }

    private static Budget map(ResultSet rs, int row) throws SQLException {
        return new Budget(
                rs.getInt("year"),
                rs.getBigDecimal("amount_sek"),
                rs.getString("note"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
