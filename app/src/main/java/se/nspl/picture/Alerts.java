package se.nspl.picture;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.capacity.PreparednessLevelChanged;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/**
 * Raises alerts: compares each care level's traffic light, of the region that changed and of the
 * country, with the light last seen (table {@code picture_light}), and records every crossing
 * between green, yellow and red; and records every raised preparedness level.
 */
@Service
public class Alerts {

    /** The key under which the country's lights are kept. */
    private static final String COUNTRY = "00";

    private final JdbcClient jdbc;
    private final Thresholds thresholds;
    private final Clock clock;

    Alerts(JdbcClient jdbc, Thresholds thresholds, Clock clock) {
        this.jdbc = jdbc;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** The latest alerts, newest first. */
    public List<Alert> latest(int limit) {
        return jdbc.sql("select * from picture_alert order by raised_at desc limit ?")
                .param(Math.max(1, Math.min(limit, 500)))
                .query((rs, row) -> new Alert(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("raised_at").toInstant(),
                        Optional.ofNullable(rs.getString("region_code")).map(RegionCode::of),
                        Alert.Kind.valueOf(rs.getString("kind")),
                        Optional.ofNullable(rs.getString("level")).map(CareLevel::valueOf),
                        rs.getString("from_state"),
                        rs.getString("to_state"),
                        Optional.ofNullable(rs.getBigDecimal("percent_free")).map(Number::doubleValue)))
                .list();
    }

    /** Compares the lights of the regions and of the country with those seen last. */
    @Transactional
    public void checkLights(Set<RegionCode> regions) {
        // one node at a time: two must not both see the old light
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('picture_light', 7))")
                .query(Object.class)
                .list();
        var sums = sums();
        regions.stream().sorted().forEach(region -> compare(Optional.of(region), sums));
        compare(Optional.empty(), sums);
    }

    void preparednessChanged(PreparednessLevelChanged change) {
        if (change.to().ordinal() <= change.from().ordinal()) {
            return;
        }
        insert(
                Optional.of(change.region()),
                Alert.Kind.PREPAREDNESS,
                null,
                change.from().name(),
                change.to().name(),
                null);
    }

    private void compare(Optional<RegionCode> region, Map<String, Map<CareLevel, Figures>> sums) {
        String key = region.map(RegionCode::value).orElse(COUNTRY);
        var seen = new HashMap<CareLevel, TrafficLight>();
        jdbc.sql("select level, light from picture_light where region_code = ?")
                .param(key)
                .query(rs -> {
                    seen.put(CareLevel.valueOf(rs.getString("level")), TrafficLight.valueOf(rs.getString("light")));
                });
        sums.getOrDefault(key, Map.of()).forEach((level, figures) -> {
            var now = TrafficLight.of(figures, thresholds);
            var before = seen.getOrDefault(level, TrafficLight.NONE);
            if (now == before) {
                return;
            }
            jdbc.sql("""
                            insert into picture_light (region_code, level, light) values (?, ?, ?)
                            on conflict (region_code, level) do update set light = excluded.light""").params(key, level.name(), now.name()).update();
            if (before != TrafficLight.NONE && now != TrafficLight.NONE) {
                insert(region, Alert.Kind.THRESHOLD, level, before.name(), now.name(), figures.percentFree());
            }
        });
    }

    /**
     * The care levels' figures of the active units, from the picture's view, by region and for the
     * country (key {@link #COUNTRY}): one pass over the view for every region there is to compare.
     */
    private Map<String, Map<CareLevel, Figures>> sums() {
        var sums = new HashMap<String, Map<CareLevel, Figures>>();
        jdbc.sql("""
                        select coalesce(p.region_code, ?) as region_code, l.level, sum(l.staffed) as staffed,
                            sum(l.occupied) as occupied, sum(l.surge) as surge, sum(l.reserve) as reserve
                        from picture_unit p join reporting_unit u on u.id = p.unit_id
                        cross join lateral unnest(p.levels, p.staffed, p.occupied, p.surge_24h, p.reserve_7d)
                            as l (level, staffed, occupied, surge, reserve)
                        where u.active
                        group by grouping sets ((p.region_code, l.level), (l.level))""").param(COUNTRY).query(rs -> {
            sums.computeIfAbsent(rs.getString("region_code"), r -> new EnumMap<>(CareLevel.class))
                    .put(
                            CareLevel.valueOf(rs.getString("level")),
                            new Figures(
                                    rs.getInt("staffed"),
                                    rs.getInt("occupied"),
                                    rs.getInt("surge"),
                                    rs.getInt("reserve")));
        });
        return sums;
    }

    private void insert(
            Optional<RegionCode> region, Alert.Kind kind, CareLevel level, String from, String to, Double percentFree) {
        jdbc.sql("""
                        insert into picture_alert (id, raised_at, region_code, kind, level, from_state, to_state, percent_free)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        Timestamp.from(clock.instant()),
                        region.map(RegionCode::value).orElse(null),
                        kind.name(),
                        level == null ? null : level.name(),
                        from,
                        to,
                        percentFree == null ? null : Math.round(percentFree * 10) / 10.0)
                .update();
    }
}
