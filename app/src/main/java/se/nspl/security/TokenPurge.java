package se.nspl.security;

import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.nspl.ClusterSchedule;

/** Every hour, on one node of however many, expired tokens are forgotten. */
@Component
class TokenPurge {

    private static final Duration INTERVAL = Duration.ofHours(1);

    private final ApiCredentials credentials;
    private final ClusterSchedule schedule;

    TokenPurge(ApiCredentials credentials, ClusterSchedule schedule) {
        this.credentials = credentials;
        this.schedule = schedule;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purge() {
        if (schedule.claim("security.token-purge", INTERVAL)) {
            credentials.purgeExpiredTokens();
        }
    }
}
