package se.nspl;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.modulith.events.ApplicationModuleListener;
import se.nspl.capacity.StatusReportAccepted;

/**
 * A listener of the kind later modules are (asynchronous, after commit, through the outbox), in
 * the test application: it records the latest accepted reports, and fails for units a test names,
 * so that a test sees what a failing listener leaves in the outbox.
 */
@TestComponent
public class RecordedEvents {

    private static final int KEPT = 2000;

    private final ConcurrentLinkedDeque<StatusReportAccepted> accepted = new ConcurrentLinkedDeque<>();
    private final Set<UUID> failingUnits = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(StatusReportAccepted event) {
        if (failingUnits.contains(event.unitId())) {
            throw new IllegalStateException("the test lets this listener fail for unit " + event.unitId());
        }
        accepted.addFirst(event);
        while (accepted.size() > KEPT) {
            accepted.pollLast();
        }
    }

    public Optional<StatusReportAccepted> ofReport(UUID reportId) {
        return List.copyOf(accepted).stream()
                .filter(e -> e.reportId().equals(reportId))
                .findFirst();
    }

    public void failFor(UUID unit) {
        failingUnits.add(unit);
    }

    public void succeedFor(UUID unit) {
        failingUnits.remove(unit);
    }
}
