package se.nspl.distribution;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/**
 * A patient distribution plan: what it was built from ({@link Inputs}), and once computed, who goes where by what
 * ({@link Result}) with the nearest-free-bed rule beside it; once accepted, the support requests it became.
 */
public record TransferPlan(
        UUID id,
        String name,
        PlanState state,
        int timeLimitSeconds,
        Inputs inputs,
        @Nullable Result result,
        @Nullable String failure,
        long version,
        Instant createdAt,
        String createdBy,
        @Nullable Instant finishedAt,
        @Nullable Instant acceptedAt,
        @Nullable String acceptedBy,
        List<Request> requests) {

    public TransferPlan {
        requests = List.copyOf(requests);
    }

    /**
     * Checks that the plan may be accepted now: computed and not yet accepted. A plan still running, failed, or
     * accepted before is refused (409).
     */
    public Result toAccept() {
        if (state != PlanState.DONE || result == null) {
            throw new PlanStateException("only a computed plan not yet accepted can be accepted; this one is " + state);
        }
        return result;
    }

    /** Patients of one level and priority at a hospital that must be moved. */
    public record Demand(
            UUID hospital, String hospitalName, RegionCode region, CareLevel level, int count, int priority) {}

    /**
     * What the plan was built from: the demand, the free beds the picture offered (per level, summed), how many
     * hospitals and transport units, and the hospitals whose figures were overdue (stale), left out if asked.
     */
    public record Inputs(
            List<Demand> demand,
            Map<CareLevel, Integer> freeBeds,
            int hospitalsOffering,
            int transportUnits,
            List<String> staleHospitals,
            boolean staleLeftOut) {

        public int patients() {
            return demand.stream().mapToInt(Demand::count).sum();
        }
    }

    /** The optimiser's answer and the nearest-free-bed rule's beside it. */
    public record Result(
            String status,
            double objective,
            double bound,
            double gap,
            long solveMillis,
            int placed,
            int unplaced,
            double rideMinutes,
            Baseline baseline,
            List<Transfer> transfers,
            List<Unplaced> unplacedGroups) {}

    /** What the nearest-free-bed rule achieves on the same problem. */
    public record Baseline(int placed, int unplaced, double rideMinutes, double objective) {}

    /** {@code count} patients of a level and priority from one hospital to another by a transport unit. */
    public record Transfer(
            String fromHospital,
            String fromName,
            RegionCode fromRegion,
            double fromLat,
            double fromLon,
            String toHospital,
            String toName,
            RegionCode toRegion,
            double toLat,
            double toLon,
            CareLevel level,
            int priority,
            String transport,
            int count,
            double rideMinutes) {

        public boolean crossesRegions() {
            return !fromRegion.equals(toRegion);
        }
    }

    /** Patients the plan leaves where they are, and why (the engine's words). */
    public record Unplaced(
            String hospital,
            String hospitalName,
            RegionCode region,
            CareLevel level,
            int priority,
            int count,
            String reason) {}

    /** A support request the accepted plan became: the sending region asks the receiving one. */
    public record Request(UUID supportRequest, RegionCode sendingRegion, RegionCode receivingRegion, int patients) {}
}
