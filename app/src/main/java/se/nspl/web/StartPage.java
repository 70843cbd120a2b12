package se.nspl.web;

import java.util.Optional;
import se.nspl.shared.Actor;

/**
 * A module's say in where a person lands after logging in, e.g. the report form for a reporter
 * whose units are overdue. The start page asks every module, lowest {@link #order()} first, and
 * follows the first that answers.
 */
public interface StartPage {

    /** The path this person should start at, if this module has something that cannot wait. */
    Optional<String> forActor(Actor actor);

    int order();
}
