package se.nspl.governance;

/** A decision of a steering-group meeting, numbered in the meeting's minutes (§ 1, § 2, …). */
public record Decision(int number, String text) {}
