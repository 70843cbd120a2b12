package se.nspl.notice;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.nspl.ClusterSchedule;

/**
 * Every few minutes, one automatic reminder for each recipient that let its notice's deadline
 * pass without acknowledging. One node runs it per interval ({@link ClusterSchedule}); were two to
 * run at once anyway, the reminder's unique index would keep it to one per recipient.
 */
@Component
class OverdueReminders {

    private static final Logger log = LoggerFactory.getLogger(OverdueReminders.class);

    private final NoticeBoard board;
    private final ClusterSchedule schedule;
    private final Duration interval;

    OverdueReminders(
            NoticeBoard board,
            ClusterSchedule schedule,
            @Value("${nspl.notices.reminder-interval:PT5M}") Duration interval) {
        this.board = board;
        this.schedule = schedule;
        this.interval = interval;
    }

    @Scheduled(
            fixedDelayString = "${nspl.notices.reminder-interval:PT5M}",
            initialDelayString = "${nspl.notices.reminder-interval:PT5M}")
    void remind() {
        if (!schedule.claim("notice.overdue-reminders", interval)) {
            return;
        }
        int recorded = board.remindOverdue();
        if (recorded > 0) {
            log.info("Recorded {} automatic reminders of overdue notice acknowledgements", recorded);
        }
    }
}
