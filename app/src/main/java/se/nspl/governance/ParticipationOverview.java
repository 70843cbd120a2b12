package se.nspl.governance;

import java.util.List;
import se.nspl.organisation.Participation;

/** The national overview: every region's participation decision and how many decided each way. */
public record ParticipationOverview(List<RegionDecision> regions, int yes, int no, int pending) {

    public ParticipationOverview {
        regions = List.copyOf(regions);
    }

    static ParticipationOverview of(List<RegionDecision> regions) {
        return new ParticipationOverview(
                regions,
                count(regions, Participation.YES),
                count(regions, Participation.NO),
                count(regions, Participation.PENDING));
    }

    private static int count(List<RegionDecision> regions, Participation status) {
        return (int)
                regions.stream().filter(r -> r.decision().status() == status).count();
    }

    /** Whether every region's board has decided, one way or the other. */
    public boolean allDecided() {
        return pending == 0;
    }
}
