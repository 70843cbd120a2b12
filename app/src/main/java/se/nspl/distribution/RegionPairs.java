package se.nspl.distribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/**
 * The transfers of a plan that cross a region's border, by sending and receiving region: each pair becomes one
 * support request in which the sending region asks the receiving one to take its patients. Transfers within a region
 * need no request. Plain Java.
 */
final class RegionPairs {

    /** What one sending region asks of one receiving region. */
    record Pair(
            RegionCode sending,
            RegionCode receiving,
            Map<CareLevel, Integer> patients,
            List<TransferPlan.Transfer> transfers) {

        int total() {
            return patients.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Whether any of its patients has the highest priority. */
        boolean urgent() {
            return transfers.stream().anyMatch(t -> t.priority() == 1);
        }
    }

    private RegionPairs() {}

    /** In the order of sending, then receiving region. */
    static List<Pair> of(List<TransferPlan.Transfer> transfers) {
        var byPair = new TreeMap<String, List<TransferPlan.Transfer>>();
        for (var transfer : transfers) {
            if (transfer.crossesRegions()) {
                byPair.computeIfAbsent(transfer.fromRegion() + ">" + transfer.toRegion(), k -> new ArrayList<>())
                        .add(transfer);
            }
        }
        var pairs = new ArrayList<Pair>();
        for (var group : byPair.values()) {
            var patients = new EnumMap<CareLevel, Integer>(CareLevel.class);
            group.forEach(t -> patients.merge(t.level(), t.count(), Integer::sum));
            pairs.add(new Pair(group.get(0).fromRegion(), group.get(0).toRegion(), patients, List.copyOf(group)));
        }
        return pairs;
    }
}
