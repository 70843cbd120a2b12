package se.nspl.shared;

/**
 * A logged-in principal that acts as an {@link Actor}: how code outside the security module (the
 * database scope of row-level security) learns who acts without depending on that module.
 */
public interface ActorPrincipal {

    Actor actor();
}
