package se.nspl.planning;

import java.time.Instant;
import java.util.UUID;

/** One comment in an item's thread: who wrote it, when, and what. */
public record PlanningComment(UUID id, UUID itemId, String author, Instant writtenAt, String text) {}
