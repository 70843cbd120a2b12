package se.nspl.distribution.engine;

/** Patients of a group that a plan leaves where they are, and why, in a coordinator's words. */
public record UnplacedGroup(String group, int count, String reason) {}
