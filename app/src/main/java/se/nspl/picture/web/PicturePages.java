package se.nspl.picture.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import se.nspl.capacity.CapacityReporting;
import se.nspl.picture.Alert;
import se.nspl.picture.Alerts;
import se.nspl.picture.Picture;
import se.nspl.picture.RegionPicture;
import se.nspl.picture.Trends;
import se.nspl.picture.UnitPicture;
import se.nspl.shared.Actor;
import se.nspl.shared.CareLevel;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;
import se.nspl.web.NavigationItem;
import se.nspl.web.StartPage;

/** The situational picture's pages: the national dashboard, a region, a hospital, the alerts. */
@Controller
class PicturePages {

    /** The level the map and the region table show until the reader picks another. */
    static final CareLevel DEFAULT_LEVEL = CareLevel.ICU;

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Picture picture;
    private final Alerts alerts;
    private final Trends trends;
    private final RegionMap map;
    private final PictureStream stream;
    private final CapacityReporting reporting;
    private final SituationReport report;
    private final TrendJson trendJson;

    PicturePages(
            Picture picture,
            Alerts alerts,
            Trends trends,
            RegionMap map,
            PictureStream stream,
            CapacityReporting reporting,
            SituationReport report,
            TrendJson trendJson) {
        this.picture = picture;
        this.alerts = alerts;
        this.trends = trends;
        this.map = map;
        this.stream = stream;
        this.reporting = reporting;
        this.report = report;
        this.trendJson = trendJson;
    }

    @Bean
    static NavigationItem pictureNavigation() {
        return new NavigationItem("/picture", "nav.picture", 100, Set.of(Role.values()));
    }

    /** Everyone logged in starts at the picture, unless a module has something more urgent for them. */
    @Bean
    static StartPage pictureFirst() {
        return new StartPage() {
            @Override
            public Optional<String> forActor(Actor actor) {
                return Optional.of("/picture");
            }

            @Override
            public int order() {
                return 1000;
            }
        };
    }

    @GetMapping("/picture")
    String dashboard(
            @RequestParam(required = false) CareLevel level,
            @RequestParam(defaultValue = "region") String sort,
            Model model) {
        live(level, sort, model);
        List<Alert> latest;
        try {
            latest = alerts.latest(5);
        } catch (DataAccessException unavailable) {
            // the database is down: the last known picture without its alerts (the page says so)
            latest = List.of();
        }
        model.addAttribute("alerts", latest);
        return "picture/dashboard";
    }

    /** The part of the dashboard that a change of the picture refreshes. */
    @GetMapping("/picture/live")
    String live(
            @RequestParam(required = false) CareLevel level,
            @RequestParam(defaultValue = "region") String sort,
            Model model) {
        var now = picture.now();
        var chosen = level == null ? DEFAULT_LEVEL : level;
        model.addAttribute("picture", now);
        // served from memory while the database is down: how old it is, in whole minutes
        model.addAttribute(
                "lastKnownMinutes",
                picture.unavailableSince()
                        .map(since -> Duration.between(now.asOf(), since).toMinutes())
                        .orElse(null));
        model.addAttribute("level", chosen);
        model.addAttribute("levels", List.of(CareLevel.values()));
        model.addAttribute("sort", sortKey(sort));
        model.addAttribute("regions", sorted(now.regions(), chosen, sortKey(sort)));
        model.addAttribute("map", map);
        model.addAttribute("thresholds", picture.thresholds());
        return "picture/dashboard :: live";
    }

    @GetMapping(value = "/picture/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() {
        return stream.open();
    }

    @GetMapping("/picture/regions/{code}")
    String region(
            @PathVariable RegionCode code,
            @RequestParam(required = false) CareLevel level,
            Locale locale,
            Model model) {
        var now = picture.now();
        var region = now.region(code).orElseThrow(() -> new NotFoundException("region", code));
        model.addAttribute("picture", now);
        model.addAttribute("region", region);
        model.addAttribute("hospitals", now.hospitalsOf(code));
        var trend = trends.ofRegion(code);
        model.addAttribute("trend", trend);
        model.addAttribute("trendJson", trendJson.of(trend, locale));
        model.addAttribute("level", level == null ? DEFAULT_LEVEL : level);
        return "picture/region";
    }

    @GetMapping("/picture/hospitals/{id}")
    String hospital(@PathVariable UUID id, Locale locale, Model model) {
        var now = picture.now();
        var hospital = now.hospital(id).orElseThrow(() -> new NotFoundException("hospital", id));
        model.addAttribute("picture", now);
        model.addAttribute("hospital", hospital);
        model.addAttribute("region", now.region(hospital.region()).orElseThrow());
        var trend = trends.ofHospital(id);
        model.addAttribute("trend", trend);
        model.addAttribute("trendJson", trendJson.of(trend, locale));
        model.addAttribute(
                "histories",
                hospital.unitPictures().stream()
                        .collect(Collectors.toMap(UnitPicture::id, u -> reporting.history(u.id(), 10))));
        return "picture/hospital";
    }

    @GetMapping("/picture/alerts")
    String alerts(Model model) {
        model.addAttribute("alerts", alerts.latest(200));
        model.addAttribute("picture", picture.now());
        return "picture/alerts";
    }

    /** The report for a time chosen on the page, in Swedish local time ({@code 2026-11-26T14:00}); now without one. */
    @GetMapping(value = "/picture/report.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) LocalDateTime at) {
        return report.csvDownload(picture.atOrNow(inStockholm(at)));
    }

    @GetMapping(value = "/picture/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) LocalDateTime at) {
        return report.pdfDownload(picture.atOrNow(inStockholm(at)));
    }

    private static Instant inStockholm(LocalDateTime local) {
        return local == null ? null : local.atZone(STOCKHOLM).toInstant();
    }

    private static String sortKey(String sort) {
        return switch (sort) {
            case "free", "preparedness", "overdue", "name" -> sort;
            default -> "region";
        };
    }

    /** Regions in the chosen order: by code, name, % free of the level (least first), preparedness (highest first) or overdue units. */
    private static List<RegionPicture> sorted(List<RegionPicture> regions, CareLevel level, String sort) {
        Comparator<RegionPicture> order = switch (sort) {
            case "name" -> Comparator.comparing(RegionPicture::name);
            case "free" ->
                Comparator.comparing(
                        (RegionPicture r) ->
                                r.level(level).map(l -> l.percentFree()).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()));
            case "preparedness" ->
                Comparator.comparing(RegionPicture::preparedness).reversed();
            case "overdue" ->
                Comparator.comparingInt(RegionPicture::unitsOverdue).reversed();
            default -> Comparator.comparing((RegionPicture r) -> r.code().value());
        };
        return regions.stream()
                .sorted(order.thenComparing(r -> r.code().value()))
                .toList();
    }
}
