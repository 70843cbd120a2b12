package se.nspl.scenario.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.nspl.simulation.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form of a scenario's events and levers. Its fields are named by their path in the contract's
 * JSON ({@code events[0].arrivalsPerDay.ICU}), so the form is applied to the scenario's JSON and the
 * engine's reader names a broken field exactly as the form does. A row left empty is dropped.
 */
final class LeverForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern ROW = Pattern.compile("^(events|plannedCare)\\[(\\d{1,3})]\\.");

    private LeverForm() {}

    /** The scenario's JSON with the form's fields in place of the general settings, events and levers. */
    static String apply(String scenarioJson, Map<String, String> form, List<String> levels) {
        ObjectNode root = (ObjectNode) JSON.readTree(scenarioJson);
        for (String field : List.of("name", "days", "mode", "seed", "replications")) {
            root.set(field, value(form.get(field)));
        }
        root.set("name", text(form.get("name")));
        root.set("mode", text(form.get("mode")));
        ObjectNode los = root.putObject("losDays");
        levels.forEach(level -> los.set(level, value(form.get("losDays." + level))));
        ObjectNode transfers = root.putObject("transfers");
        transfers.put("enabled", "true".equals(form.get("transfers.enabled")));
        ObjectNode max = transfers.putObject("maxPerDay");
        levels.forEach(level -> {
            JsonNode v = value(form.get("transfers.maxPerDay." + level));
            if (!v.isNull()) {
                max.set(level, v);
            }
        });

        ArrayNode events = root.putArray("events");
        for (int i : rows(form, "events")) {
            String at = "events[" + i + "].";
            if (empty(form, at, List.of("region", "startDay", "days"), "arrivalsPerDay.", levels)) {
                continue;
            }
            ObjectNode event = events.addObject();
            event.set("region", text(form.get(at + "region")));
            event.set("startDay", value(form.get(at + "startDay")));
            event.set("days", value(form.get(at + "days")));
            ObjectNode arrivals = event.putObject("arrivalsPerDay");
            levels.forEach(level -> {
                JsonNode v = value(form.get(at + "arrivalsPerDay." + level));
                if (!v.isNull()) {
                    arrivals.set(level, v);
                }
            });
        }
        ArrayNode care = root.putArray("plannedCare");
        for (int i : rows(form, "plannedCare")) {
            String at = "plannedCare[" + i + "].";
            if (empty(form, at, List.of("region", "fromDay", "days", "reduction"), null, levels)) {
                continue;
            }
            ObjectNode item = care.addObject();
            item.set("region", text(form.get(at + "region")));
            item.set("fromDay", value(form.get(at + "fromDay")));
            JsonNode days = value(form.get(at + "days"));
            if (!days.isNull()) {
                item.set("days", days);
            }
            item.set("reduction", value(form.get(at + "reduction")));
        }
        return JSON.writeValueAsString(root);
    }

    /** The row numbers the form has for a list, in order. */
    private static List<Integer> rows(Map<String, String> form, String list) {
        var rows = new TreeSet<Integer>();
        for (String field : form.keySet()) {
            Matcher m = ROW.matcher(field);
            if (m.find() && m.group(1).equals(list)) {
                rows.add(Integer.parseInt(m.group(2)));
            }
        }
        return new ArrayList<>(rows);
    }

    private static boolean empty(
            Map<String, String> form, String at, List<String> fields, String perLevel, List<String> levels) {
        for (String field : fields) {
            if (!blank(form.get(at + field))) {
                return false;
            }
        }
        if (perLevel != null) {
            for (String level : levels) {
                if (!blank(form.get(at + perLevel + level))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Text as it is: names and region codes (a code such as 24 is text, not a number). */
    static JsonNode text(String text) {
        return blank(text) ? JSON.nullNode() : JSON.getNodeFactory().textNode(text.strip());
    }

    /** A number when the text is one (a decimal comma allowed), otherwise the text for the reader to refuse. */
    static JsonNode value(String text) {
        if (blank(text)) {
            return JSON.nullNode();
        }
        String t = text.strip();
        if (WHOLE.matcher(t).matches()) {
            return JSON.getNodeFactory().numberNode(Long.parseLong(t));
        }
        if (DECIMAL.matcher(t).matches()) {
            return JSON.getNodeFactory().numberNode(Double.parseDouble(t.replace(',', '.')));
        }
        return JSON.getNodeFactory().textNode(t);
    }

    /** What the form shows for a scenario: its values under the same field names. */
    static Map<String, String> of(Scenario scenario) {
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("name", scenario.name());
        form.put("days", Integer.toString(scenario.days()));
        form.put("mode", scenario.mode().name());
        form.put("seed", Long.toString(scenario.seed()));
        form.put("replications", Integer.toString(scenario.replications()));
        scenario.losDays().forEach((level, v) -> form.put("losDays." + level, number(v)));
        form.put("transfers.enabled", Boolean.toString(scenario.transfers().enabled()));
        scenario.levels()
                .forEach(level -> form.put(
                        "transfers.maxPerDay." + level,
                        number(scenario.transfers().maxPerDay().getOrDefault(level, 0.0))));
        var events = scenario.events();
        for (int i = 0; i < events.size() + 2; i++) {
            String at = "events[" + i + "].";
            var event = i < events.size() ? events.get(i) : null;
            form.put(at + "region", event == null ? "" : event.region());
            form.put(at + "startDay", event == null ? "" : Integer.toString(event.startDay()));
            form.put(at + "days", event == null ? "" : Integer.toString(event.days()));
            for (String level : scenario.levels()) {
                form.put(
                        at + "arrivalsPerDay." + level,
                        event == null ? "" : number(event.arrivalsPerDay().getOrDefault(level, 0.0)));
            }
        }
        var care = scenario.plannedCare();
        for (int i = 0; i < care.size() + 2; i++) {
            String at = "plannedCare[" + i + "].";
            var item = i < care.size() ? care.get(i) : null;
            form.put(at + "region", item == null ? "" : item.region());
            form.put(at + "fromDay", item == null ? "" : Integer.toString(item.fromDay()));
            form.put(at + "days", item == null || item.days() == null ? "" : Integer.toString(item.days()));
            form.put(at + "reduction", item == null ? "" : number(item.reduction()));
        }
        return form;
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** How many event and planned-care rows the form shows. */
    static int rowCount(Map<String, String> form, String list) {
        var rows = rows(form, list);
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1) + 1;
    }
}
