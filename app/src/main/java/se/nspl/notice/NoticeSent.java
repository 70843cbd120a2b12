package se.nspl.notice;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/** Published when a notice goes out, for notification channels to come (mail, SMS). */
public record NoticeSent(
        UUID notice, NoticePriority priority, @Nullable RegionCode senderRegion, int recipients, Instant at) {}
