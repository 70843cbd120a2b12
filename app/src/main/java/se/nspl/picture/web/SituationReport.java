package se.nspl.picture.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.nspl.picture.LevelPicture;
import se.nspl.picture.NationalPicture;

/** The printable national situation report ("Nationell lägesbild") of a picture. */
@Component
class SituationReport {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(STOCKHOLM);

    static String fileName(NationalPicture picture, String extension) {
        return "nationell-lagesbild-" + FILE_TIME.format(picture.asOf()) + "." + extension;
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
