package se.nspl.capacity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.organisation.Regions;
import se.nspl.shared.Actor;
import se.nspl.shared.Classification;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;

/** The regions' preparedness levels and their history. A region that never set one is in normalläge. */
@Service
public class Preparedness {

    private final JdbcClient jdbc;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Preparedness(JdbcClient jdbc, Regions regions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    public PreparednessLevel current(RegionCode region) {
        return history(region).stream()
                .findFirst()
                .map(PreparednessChange::level)
                .orElse(PreparednessLevel.NORMALLAGE);
    }

    /** The level of every region that had set one by {@code time}; the others are in normalläge. */
    public Map<RegionCode, PreparednessLevel> levelsAt(Instant time) {
        var levels = new HashMap<RegionCode, PreparednessLevel>();
        jdbc.sql("""
                        select distinct on (region_code) region_code, level from preparedness_change
                        where set_at <= ? order by region_code, set_at desc""").param(Timestamp.from(time)).query(rs -> {
            levels.put(RegionCode.of(rs.getString("region_code")), PreparednessLevel.valueOf(rs.getString("level")));
        });
        return levels;
    }

    /** The region's changes, newest first. */
    public List<PreparednessChange> history(RegionCode region) {
        return jdbc.sql("select * from preparedness_change where region_code = ? order by set_at desc")
                .param(region.value())
                .query((rs, row) -> new PreparednessChange(
                        rs.getObject("id", UUID.class),
                        RegionCode.of(rs.getString("region_code")),
                        PreparednessLevel.valueOf(rs.getString("level")),
                        rs.getTimestamp("set_at").toInstant(),
                        rs.getString("set_by"),
                        rs.getString("comment")))
                .list();
    }

    @Transactional
    public PreparednessChange set(RegionCode region, PreparednessLevel level, String comment, Actor actor) {
        if (!regions.exists(region)) {
            throw new NotFoundException("region", region);
        }
        if (!ReportingPermissions.maySetPreparednessOf(actor, region)) {
            throw new ForbiddenException("only region " + region + "'s coordinator sets its preparedness level");
        }
        if (level == null) {
            throw new InvalidInputException(
                    "level", "must be NORMALLAGE, STABSLAGE, FORSTARKNINGSLAGE or KATASTROFLAGE");
        }
        if (comment != null && comment.length() > 2000) {
            throw new InvalidInputException("comment", "must be at most 2000 characters");
        }
        Classification.check("comment", comment);
        var before = current(region);
        var change = new PreparednessChange(UUID.randomUUID(), region, level, clock.instant(), actor.name(), comment);
        jdbc.sql("""
                        insert into preparedness_change (id, region_code, level, set_at, set_by, comment)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        change.id(),
                        region.value(),
                        level.name(),
                        Timestamp.from(change.setAt()),
                        actor.name(),
                        comment)
                .update();
        if (before != level) {
            events.publishEvent(new PreparednessLevelChanged(region, before, level));
        }
        return change;
    }
}
