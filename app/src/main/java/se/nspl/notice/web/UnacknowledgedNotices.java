package se.nspl.notice.web;

import java.util.List;
import org.springframework.stereotype.Component;
import se.nspl.notice.NoticeBoard;
import se.nspl.notice.NoticePriority;
import se.nspl.security.CurrentActor;
import se.nspl.web.Banner;
import se.nspl.web.BannerSource;

/**
 * The notices waiting for the logged-in person's acknowledgement, at the top of every page until
 * acknowledged: one query on a partial index per page, none for those who cannot acknowledge.
 */
@Component
class UnacknowledgedNotices implements BannerSource {

    static final int SHOWN = 5;

    private final NoticeBoard board;

    UnacknowledgedNotices(NoticeBoard board) {
        this.board = board;
    }

    @Override
    public List<Banner> current() {
        return CurrentActor.get()
                .map(actor -> board.waitingFor(actor, SHOWN).stream()
                        .map(w -> new Banner(
                                "notice.banner",
                                w.subject(),
                                "/notices/" + w.notice(),
                                w.priority() == NoticePriority.URGENT))
                        .toList())
                .orElse(List.of());
    }
}
