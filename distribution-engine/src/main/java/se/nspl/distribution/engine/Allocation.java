package se.nspl.distribution.engine;

import java.util.List;

/**
 * Who goes where by what, and the trips that carry them: the decisions of the contract. The patients left unplaced
 * are derived (a group's count less its transfers), so they cannot disagree with the transfers.
 */
public record Allocation(List<Transfer> transfers, List<Trip> trips) {

    public Allocation {
        transfers = List.copyOf(transfers);
        trips = List.copyOf(trips);
    }

    /** Patients of the group that this allocation moves. */
    public int placed(PatientGroup group) {
        return transfers.stream()
                .filter(transfer -> transfer.group().equals(group.id()))
                .mapToInt(Transfer::count)
                .sum();
    }

    /** Patients of the group that this allocation leaves where they are. */
    public int unplaced(PatientGroup group) {
        return group.count() - placed(group);
    }
}
