package se.nspl.notice;

import java.time.Instant;
import java.util.UUID;

/** Published when a recipient acknowledges a notice. */
public record NoticeAcknowledged(UUID notice, String recipient, String by, Instant at) {}
