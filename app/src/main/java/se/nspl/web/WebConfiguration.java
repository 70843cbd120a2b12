package se.nspl.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import se.nspl.shared.RegionCode;
import tools.jackson.databind.json.JsonMapper;

/** Swedish first; {@code ?lang=en} switches to English and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Before everything else, security included: a body too large is refused unread (docs/security.md). */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @Value("${nspl.security.max-request-body:2MB}") DataSize limit, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(limit.toBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** First of all: the id is in the log and the audit trail of everything that follows, refusals included. */
    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        var registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** Right after the request id, before the session and everything else: a refused request costs no database statement. */
    @Bean
    FilterRegistrationBean<AdmissionControl> admissionControl(
            @Value("${nspl.web.max-requests-in-flight:8}") int inFlight,
            @Value("${nspl.web.max-requests-waiting:8}") int waiting,
            @Value("${nspl.web.max-wait:PT0.1S}") java.time.Duration maxWait) {
        var registration = new FilterRegistrationBean<>(new AdmissionControl(inFlight, waiting, maxWait));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("nspl-lang");
        resolver.setDefaultLocale(SWEDISH);
        resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Pages speak Swedish until the reader switches (a browser's own language would change the
     * command post's screens under its staff); API clients choose Swedish or English with
     * {@code Accept-Language}, Swedish when they do not say.
     */
    static Locale defaultLocale(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.startsWith("/fhir/");
        if (!api || accepted == null || accepted.isBlank()) {
            return SWEDISH;
        }
        try {
            var chosen = Locale.lookup(Locale.LanguageRange.parse(accepted), List.of(new Locale("sv"), Locale.ENGLISH));
            return chosen == null || !chosen.equals(Locale.ENGLISH) ? SWEDISH : Locale.ENGLISH;
        } catch (IllegalArgumentException malformed) {
            return SWEDISH;
        }
    }

    /** An empty filter field ({@code ?region=}) means no filter, not a bad region code. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(
                String.class, RegionCode.class, text -> text.isBlank() ? null : RegionCode.of(text.strip()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
