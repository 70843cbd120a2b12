package se.nspl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.nspl.shared.DatabaseScope;

/**
 * The database's own region isolation (V16, docs/security.md "Region isolation"), as the
 * application's role sees it: a region reads none of another region's confidential rows and writes
 * none of its rows; without a scope nothing at all. The whole suite, running as that role, is the
 * check that the policies let the application's rules through.
 */
class RowLevelSecurityTest extends ApiTest {

    /**
     * Tables with a region column that intentionally have no row-level security, each with why.
     * Empty: every such table has policies. Reference data without a region column (e.g. {@code
     * finance_budget}) and child rows reached through their parent are not matched to begin with.
     */
    static final Map<String, String> WITHOUT_ROW_LEVEL_SECURITY = Map.of();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    private final List<String> cleanUp = new ArrayList<>();

    @BeforeEach
    void confidentialRowsOfTwoRegions() throws SQLException {
        try (var owner = TestDatabase.ownerConnection();
                var statement = owner.createStatement()) {
            for (String region : List.of("01", "24")) {
                String id = UUID.randomUUID().toString();
                statement.execute("insert into notification (id, region, secretariat, message_key, arguments, link,"
                        + " subject_type, subject_id, created_at) values ('" + id + "', '" + region
                        + "', false, 'test', '{}', '/', 'test', 'rls', now())");
                cleanUp.add("delete from notification where id = '" + id + "'");
            }
        }
    }

    @AfterEach
    void removeThem() throws SQLException {
        try (var owner = TestDatabase.ownerConnection();
                var statement = owner.createStatement()) {
            for (String sql : cleanUp) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void aRegionReadsNoneOfAnotherRegionsConfidentialRowsButItsOwn() throws SQLException {
        try (var app = asAppRole("24")) {
            assertThat(count(app, "select count(*) from account where region_code = '01'"))
                    .isZero();
            assertThat(count(app, "select count(*) from account where region_code = '24'"))
                    .isPositive();
            assertThat(count(app, "select count(*) from account where region_code is null"))
                    .as("national accounts")
                    .isZero();
            assertThat(count(app, "select count(*) from notification where region = '01'"))
                    .isZero();
            assertThat(count(app, "select count(*) from notification where region = '24'"))
                    .isPositive();
            assertThat(count(
                            app,
                            "select count(*) from account_mfa m join account a on a.id = m.account_id"
                                    + " where a.region_code <> '24' or a.region_code is null"))
                    .isZero();
            // the shared registry is read by everyone
            assertThat(count(app, "select count(*) from hospital where region_code = '01'"))
                    .isPositive();
        }
    }

    @Test
    void aRegionWritesItsOwnRowsAndNoneOfAnotherRegions() throws SQLException {
        try (var app = asAppRole("24")) {
            app.setAutoCommit(false);
            try (var statement = app.createStatement()) {
                statement.execute("select set_config('nspl.scope', '24', true)");
                assertThat(statement.executeUpdate(hospitalIn("24"))).isEqualTo(1);
                assertThatThrownBy(() -> statement.executeUpdate(hospitalIn("01")))
                        .hasMessageContaining("row-level security");
            } finally {
                app.rollback();
            }
            try (var statement = app.createStatement()) {
                statement.execute("select set_config('nspl.scope', '24', true)");
                // another region's rows are not there to change or remove
                assertThat(statement.executeUpdate("update hospital set name = name where region_code = '01'"))
                        .isZero();
                assertThat(statement.executeUpdate("delete from notification where region = '01'"))
                        .isZero();
                // nor may an own row be moved to another region
                assertThatThrownBy(() -> statement.executeUpdate(
                                "update hospital set region_code = '01' where region_code = '24'"))
                        .hasMessageContaining("row-level security");
            } finally {
                app.rollback();
            }
        }
        assertThat(count("select count(*) from notification where region = '01' and subject_id = 'rls'"))
                .isEqualTo(1);
    }

    @Test
    void withoutAScopeTheApplicationsRoleSeesAndWritesNothing() throws SQLException {
        try (var app = asAppRole(DatabaseScope.NONE)) {
            assertThat(count(app, "select count(*) from region")).isZero();
            assertThat(count(app, "select count(*) from hospital")).isZero();
            assertThat(count(app, "select count(*) from account")).isZero();
            try (var statement = app.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate(hospitalIn("24")))
                        .hasMessageContaining("row-level security");
            }
        }
    }

    @Test
    void aRequestWithoutAnActorSeesNothingAndLeavesNothingBehindOnItsConnection() throws Exception {
        assertThat(jdbc.sql("select count(*) from region").query(Long.class).single())
                .as("outside a request: the platform itself")
                .isEqualTo(21);
        var inRequest = new long[2];
        DatabaseScope.inRequest(() -> {
            inRequest[0] =
                    jdbc.sql("select count(*) from region").query(Long.class).single();
            inRequest[1] = transactions.execute(tx ->
                    jdbc.sql("select count(*) from region").query(Long.class).single());
        });
        assertThat(inRequest).containsExactly(0, 0);
        assertThat(jdbc.sql("select count(*) from region").query(Long.class).single())
                .isEqualTo(21);
        String scope = transactions.execute(tx -> jdbc.sql("select current_setting('nspl.scope')")
                .query(String.class)
                .single());
        assertThat(scope).isEqualTo(DatabaseScope.SYSTEM);
    }

    @Test
    void theApplicationConnectsAsARoleThatOwnsAndBypassesNothing() {
        var role = jdbc.sql("select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query((rs, row) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
                .single();
        assertThat(role).containsExactly(TestDatabase.APP_ROLE, false, false);
        assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** The catalogue test: a table with a region column and no (forced) row-level security fails the build. */
    @Test
    void everyTableWithARegionColumnHasForcedRowLevelSecurityAndPolicies() throws SQLException {
        var missing = new ArrayList<String>();
        try (var owner = TestDatabase.ownerConnection();
                var rows = owner.createStatement().executeQuery("""
                        select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                            (select count(*) from pg_policy p where p.polrelid = c.oid) as policies
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'p')
                          and exists (select from information_schema.columns k
                                      where k.table_schema = 'public' and k.table_name = c.relname
                                        and k.column_name like '%region%')
                        order by c.relname""")) {
            int tables = 0;
            while (rows.next()) {
                tables++;
                String table = rows.getString(1);
                if (WITHOUT_ROW_LEVEL_SECURITY.containsKey(table)) {
                    continue;
                }
                if (!rows.getBoolean(2) || !rows.getBoolean(3) || rows.getLong(4) == 0) {
                    missing.add(table + " (enabled " + rows.getBoolean(2) + ", forced " + rows.getBoolean(3)
                            + ", policies " + rows.getLong(4) + ")");
                }
            }
            assertThat(tables).as("tables with a region column").isGreaterThan(20);
        }
        assertThat(missing)
                .as("tables holding a region's data without row-level security enabled and forced and"
                        + " a policy: add them to a migration (see V16), or to WITHOUT_ROW_LEVEL_SECURITY with why")
                .isEmpty();
    }

    @Test
    void everyTableIsGrantedToTheApplicationsRoleAndTheAuditTrailOnlyToAppend() throws SQLException {
        try (var owner = TestDatabase.ownerConnection();
                var statement = owner.createStatement()) {
            var ungranted = new ArrayList<String>();
            try (var rows = statement.executeQuery("""
                    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
                      and not has_table_privilege('nspl_app', c.oid, 'select, insert, update, delete')
                      and c.relname <> 'audit_entry'""")) {
                while (rows.next()) {
                    ungranted.add(rows.getString(1));
                }
            }
            assertThat(ungranted).isEmpty();
            try (var rows = statement.executeQuery("""
                    select privilege_type from information_schema.role_table_grants
                    where grantee = 'nspl_app' and table_name = 'audit_entry' order by 1""")) {
                var privileges = new ArrayList<String>();
                while (rows.next()) {
                    privileges.add(rows.getString(1));
                }
                assertThat(privileges).containsExactly("INSERT", "SELECT");
            }
        }
    }

    @Test
    void reportsFromAHospitalSystemSetNoSessionScopeOnceWarm() {
        String unit = api.newUnit(api.newHospital("Skopsjukhuset"), "WARD", "Vårdavdelning");
        var key = api.send(
                "POST",
                "/api/v1/api-keys",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("name", "scope-" + System.nanoTime(), "region", "24"));
        String secret = key.json().path("key").asString();
        String path = "/api/v1/units/" + unit + "/reports";
        var scoped = scopedDataSource();
        long before = 0;
        for (int i = 0; i < 25; i++) {
            if (i == 5) {
                before = scoped.sessionScopeStatements();
            }
            var response = api.send(
                    "POST",
                    path,
                    null,
                    Map.of("Authorization", "Bearer " + secret, "Idempotency-Key", "scope-" + i),
                    Map.of("levels", Map.of("WARD", Map.of("staffed", 30, "occupied", 10 + i % 15))));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }
        // the key is looked up as the platform outside a transaction, the report in its own
        // transaction with the region's scope (one statement, counted by HotEndpointBudgetTest)
        assertThat(scoped.sessionScopeStatements() - before)
                .as("session scopes set for 20 reports")
                .isLessThanOrEqualTo(2);
    }

    private DatabaseScopes.ScopedDataSource scopedDataSource() {
        try {
            return dataSource.unwrap(DatabaseScopes.ScopedDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hospitalIn(String region) {
        String slug = "rls-" + UUID.randomUUID();
        return "insert into hospital (id, slug, name, region_code, city, lat, lon) values (gen_random_uuid(), '" + slug
                + "', 'RLS-sjukhuset', '" + region + "', 'Umeå', 63.8, 20.3)";
    }

    /** A connection as the application's role, with the scope set for the session. */
    private static Connection asAppRole(String scope) throws SQLException {
        var database = TestDatabase.properties();
        var connection = DriverManager.getConnection(
                (String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"),
                (String) database.get("spring.datasource.password"));
        try (var statement = connection.prepareStatement("select set_config('nspl.scope', ?, false)")) {
            statement.setString(1, scope);
            statement.execute();
        }
        return connection;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
