package se.nspl.picture.web;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.nspl.capacity.PreparednessLevel;
import se.nspl.picture.LevelPicture;
import se.nspl.picture.NationalPicture;
import se.nspl.picture.RegionPicture;
import se.nspl.picture.Thresholds;
import se.nspl.picture.TrafficLight;
import se.nspl.shared.CareLevel;
import se.nspl.web.PdfDocuments;

/** The printable national situation report ("Nationell lägesbild") of a picture, as PDF and as CSV. */
@Component
class SituationReport {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(STOCKHOLM);
    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", SWEDISH).withZone(STOCKHOLM);
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", SWEDISH).withZone(ZoneOffset.UTC);
    private static final String TEMPLATE = "picture/report-pdf";

    /** One level's beds in a table row. */
    record Beds(int staffed, int occupied, int available, String percentFree, int surge24h, int reserve7d) {

        static Beds of(LevelPicture level) {
            return new Beds(
                    level.staffed(),
                    level.occupied(),
                    level.available(),
                    percent(level.percentFree()),
                    level.surge24h(),
                    level.reserve7d());
        }

        /** The levels added up; available is the sum of the levels' available beds, as the rows show them. */
        static Beds sum(List<LevelPicture> levels) {
            int staffed = levels.stream().mapToInt(LevelPicture::staffed).sum();
            int available = levels.stream().mapToInt(LevelPicture::available).sum();
            return new Beds(
                    staffed,
                    levels.stream().mapToInt(LevelPicture::occupied).sum(),
                    available,
                    percent(staffed == 0 ? null : 100.0 * available / staffed),
                    levels.stream().mapToInt(LevelPicture::surge24h).sum(),
                    levels.stream().mapToInt(LevelPicture::reserve7d).sum());
        }

        /** "available/staffed (x %)", as the regions' table shows a level; a dash without staffed beds. */
        String inShort() {
            return staffed == 0 ? "–" : available + "/" + staffed + " (" + percentFree + ")";
        }
    }

    /** A care level of the country. */
    record LevelRow(CareLevel level, Beds beds, TrafficLight light) {}

    /** How many regions show each light for an intensive care level. */
    record LightCount(CareLevel level, long red, long yellow, long green, long none) {}

    record PreparednessCount(PreparednessLevel level, int regions) {}

    /** A region; each level column reads "available/staffed (x %)". */
    record RegionRow(
            String name,
            PreparednessLevel preparedness,
            String icuVent,
            String icu,
            String intensiveCare,
            String wards,
            int units,
            int unitsOverdue) {}

    private final PdfDocuments documents;
    private final Thresholds thresholds;
    private final Clock clock;

    SituationReport(PdfDocuments documents, Thresholds thresholds, Clock clock) {
        this.documents = documents;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** The report as a PDF download (attachment). */
    ResponseEntity<byte[]> pdfDownload(NationalPicture picture) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(picture, "pdf"))
                .body(pdf(picture));
    }

    /** The report as a CSV download (attachment, UTF-8). */
    ResponseEntity<String> csvDownload(NationalPicture picture) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(picture, "csv"))
                .body(csv(picture));
    }

    private static String attachment(NationalPicture picture, String extension) {
        return "attachment; filename=\"" + fileName(picture, extension) + "\"";
    }

    static String fileName(NationalPicture picture, String extension) {
        return "nationell-lagesbild-" + FILE_TIME.format(picture.asOf()) + "." + extension;
    }

    /**
     * The report as an A4 PDF in Swedish: the national figures per care level, how many units
     * reported in time, how many regions are under the thresholds, the preparedness levels and a
     * table of the regions. The font is embedded so that å, ä and ö print on any machine.
     */
    byte[] pdf(NationalPicture picture) {
        return documents.render(TEMPLATE, SWEDISH, model(picture));
    }

    private Map<String, Object> model(NationalPicture picture) {
        var intensiveLevels = picture.levels().stream()
                .filter(l -> l.level().isIntensiveCare())
                .toList();
        return Map.ofEntries(
                Map.entry("asOf", LOCAL_TIME.format(picture.asOf())),
                Map.entry("asOfUtc", UTC_TIME.format(picture.asOf())),
                Map.entry("generated", LOCAL_TIME.format(clock.instant())),
                Map.entry(
                        "levels",
                        picture.levels().stream()
                                .map(l -> new LevelRow(l.level(), Beds.of(l), l.light()))
                                .toList()),
                Map.entry("intensiveCare", Beds.sum(intensiveLevels)),
                Map.entry("hasIntensiveCare", !intensiveLevels.isEmpty()),
                Map.entry("units", picture.units()),
                Map.entry("unitsInTime", picture.units() - picture.unitsOverdue()),
                Map.entry("percentInTime", percent(picture.percentReportedInTime())),
                Map.entry("red", threshold(thresholds.redAtMostPercentFree())),
                Map.entry("yellow", threshold(thresholds.yellowAtMostPercentFree())),
                Map.entry(
                        "lights",
                        intensiveLevels.stream()
                                .map(l -> new LightCount(
                                        l.level(),
                                        picture.regionsWith(l.level(), TrafficLight.RED),
                                        picture.regionsWith(l.level(), TrafficLight.YELLOW),
                                        picture.regionsWith(l.level(), TrafficLight.GREEN),
                                        picture.regionsWith(l.level(), TrafficLight.NONE)))
                                .toList()),
                Map.entry(
                        "preparedness",
                        Arrays.stream(PreparednessLevel.values())
                                .map(level -> new PreparednessCount(
                                        level, picture.regionsByPreparedness().getOrDefault(level, 0)))
                                .toList()),
                Map.entry(
                        "regions",
                        picture.regions().stream().map(SituationReport::row).toList()));
    }

    private static RegionRow row(RegionPicture region) {
        return new RegionRow(
                region.name(),
                region.preparedness(),
                beds(region, l -> l == CareLevel.ICU_VENT).inShort(),
                beds(region, l -> l == CareLevel.ICU).inShort(),
                beds(region, CareLevel::isIntensiveCare).inShort(),
                beds(region, l -> !l.isIntensiveCare()).inShort(),
                region.units(),
                region.unitsOverdue());
    }

    private static Beds beds(RegionPicture region, Predicate<CareLevel> levels) {
        return Beds.sum(
                region.levels().stream().filter(l -> levels.test(l.level())).toList());
    }

    private static String percent(Double value) {
        return value == null ? "–" : String.format(SWEDISH, "%.1f %%", value);
    }

    /** 10.0 as "10", 12.5 as "12,5". */
    private static String threshold(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(SWEDISH)).format(value);
    }

    /**
     * One row per care level of the country and of each region, with the picture's time (UTC)
     * on every row so that rows from several reports can be put together.
     */
    String csv(NationalPicture picture) {
        var csv = new StringBuilder(
                "as_of,region_code,region,preparedness,level,staffed,occupied,available,percent_free,light,surge_24h,"
                        + "reserve_7d,units,units_overdue\n");
        for (var level : picture.levels()) {
            row(csv, picture, "", "Sverige", "", level, picture.units(), picture.unitsOverdue());
        }
        for (var region : picture.regions()) {
            for (var national : picture.levels()) {
                // a level the region did not report is unknown, not zero: its figures stay empty
                var level = region.level(national.level())
                        .orElse(new LevelPicture(national.level(), 0, 0, 0, null, 0, 0, null));
                row(
                        csv,
                        picture,
                        region.code().value(),
                        region.name(),
                        region.preparedness().name(),
                        level,
                        region.units(),
                        region.unitsOverdue());
            }
        }
        return csv.toString();
    }

    private static void row(
            StringBuilder csv,
            NationalPicture picture,
            String code,
            String name,
            String preparedness,
            LevelPicture level,
            int units,
            int overdue) {
        boolean known = level.light() != null;
        var cells = List.of(
                picture.asOf().toString(),
                code,
                quoted(name),
                preparedness,
                level.level().name(),
                known ? Integer.toString(level.staffed()) : "",
                known ? Integer.toString(level.occupied()) : "",
                known ? Integer.toString(level.available()) : "",
                level.percentFree() == null ? "" : String.format(Locale.ROOT, "%.1f", level.percentFree()),
                known ? level.light().name() : "",
                known ? Integer.toString(level.surge24h()) : "",
                known ? Integer.toString(level.reserve7d()) : "",
                Integer.toString(units),
                Integer.toString(overdue));
        csv.append(String.join(",", cells)).append('\n');
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
