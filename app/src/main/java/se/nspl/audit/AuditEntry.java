package se.nspl.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * One line of the audit trail.
 *
 * @param seq its place in the chain, from 1
 * @param action what was done, e.g. {@code support.ACCEPT}
 * @param subjectType the kind of record, e.g. {@code support-request}
 * @param subjectId the record's id
 * @param requestId the request it was recorded in ({@code X-Request-Id}); null for a job's and older entries
 * @param hash hex SHA-256 over the previous entry's hash and this entry's fields
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        @Nullable RegionCode actorRegion,
        String action,
        String subjectType,
        String subjectId,
        @Nullable String detail,
        @Nullable String requestId,
        String hash) {}
