package se.nspl.capacity.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.nspl.capacity.ReportingPermissions;
import se.nspl.capacity.Staleness;
import se.nspl.organisation.ReportingUnits;
import se.nspl.shared.Actor;
import se.nspl.web.StartPage;

/**
 * Someone who reports and has overdue units starts at reporting: at the unit's form when one
 * unit is overdue, at the list of units when several are. Stale figures are the register's worst
 * enemy (DOMAIN.md).
 */
@Component
class OverdueReportsFirst implements StartPage {

    private final Staleness staleness;
    private final ReportingUnits units;

    OverdueReportsFirst(Staleness staleness, ReportingUnits units) {
        this.staleness = staleness;
        this.units = units;
    }

    @Override
    public Optional<String> forActor(Actor actor) {
        if (actor.region().isEmpty()) {
            return Optional.empty();
        }
        var overdue = staleness.overdue(actor.region()).stream()
                .filter(o -> units.find(o.unitId())
                        .map(unit -> ReportingPermissions.mayReportFor(actor, unit))
                        .orElse(false))
                .toList();
        if (overdue.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(overdue.size() == 1 ? "/units/" + overdue.get(0).unitId() + "/report" : "/report");
    }

    @Override
    public int order() {
        return 100;
    }
}
