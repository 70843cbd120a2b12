package se.nspl.simulation;

import java.util.ArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads back what {@link ResultWriter} wrote, e.g. a stored run. */
public final class ResultReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public SimulationResult read(String json) {
        JsonNode root = MAPPER.readTree(json);
        var series = new ArrayList<SeriesRow>();
        for (JsonNode row : root.get("series")) {
            var values = new ArrayList<Quantity>(Measure.COUNT);
            for (Measure measure : Measure.values()) {
                values.add(quantity(row.get(measure.field())));
            }
            JsonNode surge = row.get("surge");
            series.add(new SeriesRow(
                    row.get("day").intValue(),
                    row.get("region").stringValue(),
                    row.get("level").stringValue(),
                    values,
                    surge == null || surge.isNull() ? null : surge.stringValue()));
        }
        var summary = new ArrayList<SummaryRow>();
        for (JsonNode row : root.get("summary")) {
            JsonNode first = row.get("firstOverflowDay");
            JsonNode probability = row.get("overflowProbability");
            summary.add(new SummaryRow(
                    row.get("region").stringValue(),
                    row.get("level").stringValue(),
                    first == null || first.isNull() ? null : quantity(first),
                    quantity(row.get("peakOverflow")),
                    quantity(row.get("overflowPatientDays")),
                    probability == null || probability.isNull() ? null : probability.doubleValue()));
        }
        return new SimulationResult(
                root.get("scenario").stringValue(),
                Mode.valueOf(root.get("mode").stringValue()),
                series,
                summary);
    }

    private static Quantity quantity(JsonNode node) {
        if (node.isNumber()) {
            return Quantity.exact(node.doubleValue());
        }
        return new Quantity(
                node.get("p10").doubleValue(),
                node.get("p50").doubleValue(),
                node.get("p90").doubleValue(),
                node.get("mean").doubleValue());
    }
}
