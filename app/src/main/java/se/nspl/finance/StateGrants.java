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
import se.nspl.shared.RegionCode;

/** The state grants the regions reported, one per region and year. */
@Repository
class StateGrants {

    private final JdbcClient jdbc;

    StateGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StateGrant> of(int year) {
        return jdbc.sql("select * from finance_state_grant where year = ? order by region_code")
                .param(year)
                .query(StateGrants::map)
                .list();
    }

    Optional<StateGrant> find(int year, RegionCode region) {
        return jdbc.sql("select * from finance_state_grant where year = ? and region_code = ?")
                .params(year, region.value())
                .query(StateGrants::map)
                .optional();
    }

    boolean add(int year, RegionCode region, BigDecimal amount, @Nullable String note, Instant at, String by) {
        return jdbc.sql("""
                        insert into finance_state_grant (year, region_code, amount_sek, note, version, updated_at,
                                                         updated_by)
                        values (?, ?, ?, ?, 0, ?, ?) on conflict (year, region_code) do nothing""")
                        .params(year, region.value(), amount, note, Timestamp.from(at), by)
                        .update()
                == 1;
    }

    boolean update(
            int year,
            RegionCode region,
            long expectedVersion,
            BigDecimal amount,
            @Nullable String note,
            Instant at,
            String by) {
        return jdbc.sql("""
                        update finance_state_grant set amount_sek = ?, note = ?, version = version + 1,
                                                       updated_at = ?, updated_by = ?
                        where year = ? and region_code = ? and version = ?""")
                        .params(amount, note, Timestamp.from(at), by, year, region.value(), expectedVersion)
                        .update()
                == 1;
    }

    private static StateGrant map(ResultSet rs, int row) throws SQLException {
        return new StateGrant(
                rs.getInt("year"),
                RegionCode.of(rs.getString("region_code")),
                rs.getBigDecimal("amount_sek"),
                rs.getString("note"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
