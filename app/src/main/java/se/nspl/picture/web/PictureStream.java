package se.nspl.picture.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import se.nspl.picture.Picture;
import se.nspl.picture.PictureChanged;

/**
 * Open dashboards, each an open Server-Sent Events stream: told at once when the picture changed
 * so that they fetch it again, and sent a comment now and then so that proxies keep them open.
 * A dropped stream is forgotten; the browser's EventSource opens a new one by itself.
 */
@Component
class PictureStream {

    /** After this long a stream ends, and the browser opens a new one (and so checks its login). */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** Later than a served sum can be stale after a change. */
    static final Duration TELL_AFTER = Picture.STALE_AFTER_CHANGE.plusMillis(100);

    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean telling = new AtomicBoolean();
    private final TaskScheduler scheduler;

    PictureStream(TaskScheduler scheduler) {
        this.scheduler = scheduler;
    }

    SseEmitter open() {
        var emitter = new SseEmitter(LIFETIME.toMillis());
        open.add(emitter);
        emitter.onCompletion(() -> open.remove(emitter));
        emitter.onTimeout(() -> open.remove(emitter));
        emitter.onError(e -> open.remove(emitter));
        send(emitter, SseEmitter.event().comment("open").reconnectTime(2000));
        return emitter;
    }

    /**
     * Tells the dashboards a little after the change, once for a burst of changes: by then the
     * picture they fetch is summed after the change ({@link Picture#STALE_AFTER_CHANGE}).
     */
    @EventListener
    void changed(PictureChanged change) {
        if (telling.compareAndSet(false, true)) {
            scheduler.schedule(this::tell, Instant.now().plus(TELL_AFTER));
        }
    }

    private void tell() {
        telling.set(false);
        var event = SseEmitter.event().name("picture").data("changed");
        open.forEach(emitter -> send(emitter, event));
    }

    @Scheduled(fixedDelayString = "PT20S")
    void keepOpen() {
        open.forEach(emitter -> send(emitter, SseEmitter.event().comment("still here")));
    }

    /**
     * Ends every stream when the application stops, before the web server waits for open requests
     * to finish: a dashboard's stream never would, and its browser reconnects to another node.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        open.forEach(SseEmitter::complete);
        open.clear();
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            open.remove(emitter);
            emitter.completeWithError(gone);
        }
    }
}
