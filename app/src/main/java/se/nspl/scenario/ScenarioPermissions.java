package se.nspl.scenario;

import java.util.Set;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.Role;

/**
 * Who may do what with scenarios: the secretariat, region coordinators and the authorities read
 * them; the secretariat and region coordinators write them; a scenario is changed and run by the
 * secretariat or the coordinators of the region that wrote it.
 */
public final class ScenarioPermissions {

    public static final Set<Role> READERS =
            Set.of(Role.NATIONAL_COORDINATOR, Role.ADMIN, Role.REGION_COORDINATOR, Role.AUTHORITY_VIEWER);

    private static final Set<Role> WRITERS = Set.of(Role.NATIONAL_COORDINATOR, Role.ADMIN, Role.REGION_COORDINATOR);

    private ScenarioPermissions() {}

    public static boolean mayRead(Actor actor) {
        return READERS.contains(actor.role());
    }

    public static boolean mayCreate(Actor actor) {
        return WRITERS.contains(actor.role());
    }

    public static boolean mayChange(Actor actor, SavedScenario scenario) {
        if (actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.ADMIN)) {
            return true;
        }
        return actor.hasRole(Role.REGION_COORDINATOR)
                && scenario.ownerRegion() != null
                && actor.actsFor(scenario.ownerRegion());
    }

    static void checkRead(Actor actor) {
        if (!mayRead(actor)) {
            throw new ForbiddenException("only the secretariat, region coordinators and authorities read scenarios");
        }
    }

    static void checkCreate(Actor actor) {
        if (!mayCreate(actor)) {
            throw new ForbiddenException("only the secretariat and region coordinators write scenarios");
        }
    }

    static void checkChange(Actor actor, SavedScenario scenario) {
        if (!mayChange(actor, scenario)) {
            throw new ForbiddenException(
                    "a scenario is changed and run by the secretariat or the region that wrote it");
        }
    }
}
