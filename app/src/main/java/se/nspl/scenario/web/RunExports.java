package se.nspl.scenario.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.nspl.scenario.ScenarioRun;
import se.nspl.simulation.Measure;
import se.nspl.simulation.Mode;
import se.nspl.simulation.Quantity;
import se.nspl.simulation.SeriesRow;
import se.nspl.simulation.SimulationResult;
import se.nspl.web.PdfDocuments;

/**
 * A run's result as CSV (every row of the series) and as a PDF in Swedish (the summary). An
 * exercise run says ÖVNING on every CSV row and on every page of the PDF, so that no part of it can
 * pass for the real picture.
 */
@Component
class RunExports {

    static final String EXERCISE = "ÖVNING";
    static final String SIMULATION = "SIMULERING";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", SWEDISH).withZone(ZoneId.of("Europe/Stockholm"));

    private final PdfDocuments documents;
    private final Clock clock;

    RunExports(PdfDocuments documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    ResponseEntity<String> csvDownload(ScenarioRun run, SimulationResult result) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(run, "csv"))
                .body(csv(run.exercise(), result));
    }

    ResponseEntity<byte[]> pdfDownload(ScenarioRun run, SimulationResult result) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(run, "pdf"))
                .body(pdf(run, result));
    }

    private static String attachment(ScenarioRun run, String extension) {
        String kind = run.exercise() ? "ovning" : "scenario";
        return "attachment; filename=\"" + kind + "-" + run.id() + "." + extension + "\"";
    }

    /** One line per day, region and level; in STOCHASTIC mode P10, P50, P90 and mean of each number. */
    static String csv(boolean exercise, SimulationResult result) {
        boolean stochastic = result.mode() == Mode.STOCHASTIC;
        var header = new ArrayList<>(List.of("marking", "day", "region", "level"));
        for (Measure m : Measure.values()) {
            if (stochastic) {
                for (String q : List.of("p10", "p50", "p90", "mean")) {
                    header.add(m.field() + "_" + q);
                }
            } else {
                header.add(m.field());
            }
        }
        header.add("surge");
        var csv = new StringBuilder(String.join(",", header)).append('\n');
        String marking = exercise ? EXERCISE : SIMULATION;
        for (SeriesRow row : result.series()) {
            csv.append(marking)
                    .append(',')
                    .append(row.day())
                    .append(',')
                    .append(row.region())
                    .append(',')
                    .append(row.level());
            for (Measure m : Measure.values()) {
                Quantity q = row.value(m);
                if (stochastic) {
                    csv.append(',').append(number(q.p10()));
                    csv.append(',').append(number(q.p50()));
                    csv.append(',').append(number(q.p90()));
                    csv.append(',').append(number(q.mean()));
                } else {
                    csv.append(',').append(number(q.p50()));
                }
            }
            csv.append(',').append(row.surge() == null ? "" : row.surge()).append('\n');
        }
        return csv.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value)
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
    }

    byte[] pdf(ScenarioRun run, SimulationResult result) {
        var view = new RunView(result);
        Map<String, Object> model = Map.of(
                "run",
                run,
                "view",
                view,
                "exercise",
                run.exercise(),
                "marking",
                run.exercise() ? EXERCISE : SIMULATION,
                "created",
                LOCAL_TIME.format(run.createdAt()),
                "generated",
                LOCAL_TIME.format(clock.instant()));
        return documents.render("scenario/run-pdf", SWEDISH, model);
    }
}
