package se.nspl.simulation;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a scenario as the contract's JSON, which {@link ScenarioReader} reads back to the same scenario. */
public final class ScenarioWriter {

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(Scenario scenario) {
        var json = new LinkedHashMap<String, Object>();
        json.put("name", scenario.name());
        json.put("days", scenario.days());
        json.put("mode", scenario.mode().name());
        json.put("seed", scenario.seed());
        json.put("replications", scenario.replications());
        json.put("losDays", numbers(scenario.losDays()));
        json.put(
                "regions",
                scenario.regions().stream()
                        .map(region -> {
                            var r = new LinkedHashMap<String, Object>();
                            r.put("code", region.code());
                            r.put("beds", numbers(region.beds()));
                            r.put("occupied", numbers(region.occupied()));
                            r.put("baselineArrivals", numbers(region.baselineArrivals()));
                            r.put("electiveShare", numbers(region.electiveShare()));
                            r.put(
                                    "surge",
                                    region.surge().stream()
                                            .map(surge -> {
                                                var s = new LinkedHashMap<String, Object>();
                                                s.put("level", surge.level());
                                                s.put("atOccupancy", surge.atOccupancy());
                                                s.put("delayDays", surge.delayDays());
                                                s.put("extraBeds", numbers(surge.extraBeds()));
                                                return s;
                                            })
                                            .toList());
                            return r;
                        })
                        .toList());
        json.put(
                "events",
                scenario.events().stream()
                        .map(event -> {
                            var e = new LinkedHashMap<String, Object>();
                            e.put("region", event.region());
                            e.put("startDay", event.startDay());
                            e.put("days", event.days());
                            e.put("arrivalsPerDay", numbers(event.arrivalsPerDay()));
                            return e;
                        })
                        .toList());
        json.put(
                "plannedCare",
                scenario.plannedCare().stream()
                        .map(care -> {
                            var p = new LinkedHashMap<String, Object>();
                            p.put("region", care.region());
                            p.put("fromDay", care.fromDay());
                            if (care.days() != null) {
                                p.put("days", care.days());
                            }
                            p.put("reduction", care.reduction());
                            return p;
                        })
                        .toList());
        var transfers = new LinkedHashMap<String, Object>();
        transfers.put("enabled", scenario.transfers().enabled());
        transfers.put("maxPerDay", numbers(scenario.transfers().maxPerDay()));
        json.put("transfers", transfers);
        return MAPPER.writeValueAsString(json);
    }

    /** Whole numbers without a fraction, as people write them. */
    private static Map<String, Object> numbers(Map<String, Double> values) {
        var out = new LinkedHashMap<String, Object>();
        values.forEach((key, value) -> out.put(key, value == Math.rint(value) ? (Object) value.longValue() : value));
        return out;
    }
}
