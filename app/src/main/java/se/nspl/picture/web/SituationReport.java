package se.nspl.picture.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
            for (var level : region.levels()) {
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
        csv.append(picture.asOf())
                .append(',')
                .append(code)
                .append(',')
                .append(quoted(name))
                .append(',')
                .append(preparedness)
                .append(',')
                .append(level.level())
                .append(',')
                .append(level.staffed())
                .append(',')
                .append(level.occupied())
                .append(',')
                .append(level.available())
                .append(',')
                .append(level.percentFree() == null ? "" : String.format(Locale.ROOT, "%.1f", level.percentFree()))
                .append(',')
                .append(level.light())
                .append(',')
                .append(level.surge24h())
                .append(',')
                .append(level.reserve7d())
                .append(',')
                .append(units)
                .append(',')
                .append(overdue)
                .append('\n');
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
