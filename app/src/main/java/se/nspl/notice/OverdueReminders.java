package se.nspl.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, one automatic reminder for each recipient that let its notice's deadline
 * pass without acknowledging. Several nodes may run it: the reminder's unique index keeps it to
 * one per recipient.
 */
@Component
class OverdueReminders {

    private static final Logger log = LoggerFactory.getLogger(OverdueReminders.class);

    private final NoticeBoard board;

    OverdueReminders(NoticeBoard board) {
        this.board = board;
    }

    @Scheduled(
            fixedDelayString = "${nspl.notices.reminder-interval:PT5M}",
            initialDelayString = "${nspl.notices.reminder-interval:PT5M}")
    void remind() {
        int recorded = board.remindOverdue();
        if (recorded > 0) {
            log.info("Recorded {} automatic reminders of overdue notice acknowledgements", recorded);
        }
    }
}
