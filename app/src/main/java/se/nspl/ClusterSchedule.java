package se.nspl;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scheduled jobs that one node runs, however many run the application on the same database. Each
 * node's scheduler ticks as usual; before the work, {@link #claim} takes the job's current time
 * slot (the database's clock divided into slots of the job's interval) in one statement, and only
 * the node whose statement took it runs the job: at most one run per slot across all nodes, with
 * no clock of a node involved. A node that dies leaves nothing locked; the next slot is anyone's.
 * Jobs that serve a node's own clients (server-sent events, its in-memory caches) do not claim
 * (docs/reliability.md, Two nodes).
 */
@Component
public class ClusterSchedule {

    private final JdbcClient jdbc;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    ClusterSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this node runs {@code job} now: true for the first node to ask in the current slot. */
    public boolean claim(String job, Duration interval) {
        return jdbc.sql("""
                        insert into scheduled_job (name, slot, started_at, node, runs)
                        values (:name, floor(extract(epoch from clock_timestamp()) * 1000 / :millis)::bigint,
                                clock_timestamp(), :node, 1)
                        on conflict (name) do update
                            set slot = excluded.slot, started_at = excluded.started_at, node = excluded.node,
                                runs = scheduled_job.runs + 1
                            where scheduled_job.slot < excluded.slot""")
                        .param("name", job)
                        .param("millis", Math.max(1, interval.toMillis()))
                        .param("node", node)
                        .update()
                == 1;
    }
}
