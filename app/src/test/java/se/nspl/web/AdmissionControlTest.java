package se.nspl.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A node works on a bounded number of requests; a few more wait; the rest are refused at once. */
class AdmissionControlTest {

    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch entered = new CountDownLatch(1);
    /** Admitted work: holds its turn until released. */
    final FilterChain work = (request, response) -> {
        entered.countDown();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ((HttpServletResponse) response).setStatus(201);
    };

    @Test
    void beyondTheRequestsInFlightAndTheWaitingOnesARequestIsRefusedAtOnceWith503AndRetryAfter() throws Exception {
        var admission = new AdmissionControl(1, 1, Duration.ofSeconds(30));
        var first = CompletableFuture.supplyAsync(() -> send(admission, "/api/v1/units/x/reports"));
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        var second = CompletableFuture.supplyAsync(() -> send(admission, "/api/v1/units/y/reports"));
        while (admission.waiting() < 1) {
            Thread.sleep(5);
        }

        var refused = send(admission, "/api/v1/units/z/reports");
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":503").contains("not carried out");
        var page = send(admission, "/picture");
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentAsString()).contains("hårt belastad");
        var health = new MockHttpServletRequest("GET", "/actuator/health/readiness");
        health.setRequestURI("/actuator/health/readiness");
        var healthy = new MockHttpServletResponse();
        admission.doFilter(health, healthy, (request, response) -> ((HttpServletResponse) response).setStatus(200));
        assertThat(healthy.getStatus())
                .as("the health endpoint is never refused")
                .isEqualTo(200);

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
        assertThat(second.get(30, TimeUnit.SECONDS).getStatus())
                .as("the waiting one got its turn")
                .isEqualTo(201);
        assertThat(send(admission, "/api/v1/units/z/reports").getStatus()).isEqualTo(201);
    }

    @Test
    void aWaitingRequestIsRefusedWhenNoTurnComesInTime() throws Exception {
        var admission = new AdmissionControl(1, 1, Duration.ofMillis(1));
        var first = CompletableFuture.supplyAsync(() -> send(admission, "/api/v1/units/x/reports"));
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(send(admission, "/api/v1/units/y/reports").getStatus()).isEqualTo(503);
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
    }

    private MockHttpServletResponse send(AdmissionControl admission, String path) {
        var request = new MockHttpServletRequest("POST", path);
        request.setRequestURI(path);
        var response = new MockHttpServletResponse();
        try {
            admission.doFilter(request, response, work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }
}
