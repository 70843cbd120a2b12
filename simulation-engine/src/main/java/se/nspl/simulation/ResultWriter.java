package se.nspl.simulation;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a result as the contract's JSON: plain numbers in DETERMINISTIC mode, {@code {"p10", "p50", "p90", "mean"}}
 * in STOCHASTIC mode. Numbers are rounded to four decimals and whole numbers written without a fraction, so that the
 * same result always gives the same bytes.
 */
public final class ResultWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public String write(SimulationResult result) {
        var text = new StringWriter(result.series().size() * 260);
        try (JsonGenerator json = MAPPER.createGenerator(text)) {
            boolean stochastic = result.mode() == Mode.STOCHASTIC;
            json.writeStartObject();
            json.writeStringProperty("scenario", result.scenario());
            json.writeStringProperty("mode", result.mode().name());
            json.writeArrayPropertyStart("series");
            for (SeriesRow row : result.series()) {
                json.writeStartObject();
                json.writeNumberProperty("day", row.day());
                json.writeStringProperty("region", row.region());
                json.writeStringProperty("level", row.level());
                for (Measure measure : Measure.values()) {
                    json.writeName(measure.field());
                    quantity(json, row.value(measure), stochastic);
                }
                json.writeName("surge");
                if (row.surge() == null) {
                    json.writeNull();
                } else {
                    json.writeString(row.surge());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("summary");
            for (SummaryRow row : result.summary()) {
                json.writeStartObject();
                json.writeStringProperty("region", row.region());
                json.writeStringProperty("level", row.level());
                json.writeName("firstOverflowDay");
                if (row.firstOverflowDay() == null) {
                    json.writeNull();
                } else {
                    quantity(json, row.firstOverflowDay(), stochastic);
                }
                json.writeName("peakOverflow");
                quantity(json, row.peakOverflow(), stochastic);
                json.writeName("overflowPatientDays");
                quantity(json, row.overflowPatientDays(), stochastic);
                if (stochastic) {
                    json.writeName("overflowProbability");
                    number(json, row.overflowProbability());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return text.toString();
    }

    private static void quantity(JsonGenerator json, Quantity quantity, boolean stochastic) {
        if (!stochastic) {
            number(json, quantity.value());
            return;
        }
        json.writeStartObject();
        json.writeName("p10");
        number(json, quantity.p10());
        json.writeName("p50");
        number(json, quantity.p50());
        json.writeName("p90");
        number(json, quantity.p90());
        json.writeName("mean");
        number(json, quantity.mean());
        json.writeEndObject();
    }

    static double rounded(double value) {
        return Math.round(value * 1e4) / 1e4;
    }

    private static void number(JsonGenerator json, double value) {
        double rounded = rounded(value);
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            json.writeNumber((long) rounded);
        } else {
            json.writeNumber(rounded);
        }
    }
}
