package se.nspl.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.nspl.simulation.Scenario.Event;
import se.nspl.simulation.Scenario.PlannedCare;
import se.nspl.simulation.Scenario.RegionSetup;
import se.nspl.simulation.Scenario.SurgeLevel;
import se.nspl.simulation.Scenario.Transfers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a scenario from the contract's JSON and checks every rule, collecting all broken ones into one
 * {@link InvalidScenarioException} that names each field. The rules beyond the contract's example: care levels are
 * the keys of {@code losDays} (at least one day each, so that a day's discharges never exceed its patients); beds and
 * extra beds are whole numbers; in STOCHASTIC mode the occupied beds are whole patients too.
 */
public final class ScenarioReader {

    /** The longest scenario: two years. */
    public static final int MAX_DAYS = 730;

    public static final int MAX_REPLICATIONS = 10_000;

    /** Days × (regions + 1) × levels × replications kept in memory at once: about 0.4 GB of results. */
    public static final long MAX_CELL_REPLICATIONS = 12_000_000L;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public Scenario read(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidScenarioException("", "not well-formed JSON" + where + ": " + e.getOriginalMessage());
        }
        return read(tree);
    }

    public Scenario read(JsonNode tree) {
        var walk = new Walk();
        Scenario scenario = walk.scenario(tree);
        if (!walk.errors.isEmpty()) {
            throw new InvalidScenarioException(walk.errors);
        }
        return scenario;
    }

    private static final class Walk {

        final List<FieldError> errors = new ArrayList<>();
        List<String> levels = List.of();
        Mode mode = Mode.DETERMINISTIC;

        Scenario scenario(JsonNode root) {
            if (root == null || !root.isObject()) {
                errors.add(new FieldError("", "the scenario must be a JSON object"));
                return null;
            }
            fields(
                    root,
                    "",
                    Set.of(
                            "name",
                            "days",
                            "mode",
                            "seed",
                            "replications",
                            "losDays",
                            "regions",
                            "events",
                            "plannedCare",
                            "transfers"));
            String name = text(root.get("name"), "name", true);
            int days = (int) integer(root.get("days"), "days", 1, MAX_DAYS, null);
            mode = mode(root.get("mode"));
            long seed = integer(root.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE, 0L);
            int replications = (int) integer(root.get("replications"), "replications", 1, MAX_REPLICATIONS, 200L);
            Map<String, Double> los = losDays(root.get("losDays"));
            levels = List.copyOf(los.keySet());
            List<RegionSetup> regions = regions(root.get("regions"));
            Set<String> codes = new HashSet<>();
            regions.forEach(r -> codes.add(r.code()));
            List<Event> events = events(root.get("events"), codes);
            List<PlannedCare> plannedCare = plannedCare(root.get("plannedCare"), codes);
            Transfers transfers = transfers(root.get("transfers"));
            if (mode == Mode.STOCHASTIC
                    && (long) days * (regions.size() + 1) * Math.max(1, levels.size()) * replications
                            > MAX_CELL_REPLICATIONS) {
                errors.add(new FieldError(
                        "replications",
                        "days × (regions + 1) × levels × replications must be at most " + MAX_CELL_REPLICATIONS));
            }
            return new Scenario(name, days, mode, seed, replications, los, regions, events, plannedCare, transfers);
        }

        Mode mode(JsonNode node) {
            if (absent(node)) {
                return Mode.DETERMINISTIC;
            }
            if (node.isString()) {
                for (Mode m : Mode.values()) {
                    if (m.name().equals(node.stringValue())) {
                        return m;
                    }
                }
            }
            errors.add(new FieldError("mode", "must be DETERMINISTIC or STOCHASTIC"));
            return Mode.DETERMINISTIC;
        }

        Map<String, Double> losDays(JsonNode node) {
            var los = new LinkedHashMap<String, Double>();
            if (absent(node) || !node.isObject() || node.isEmpty()) {
                errors.add(new FieldError("losDays", "must name each care level with its mean length of stay in days"));
                return los;
            }
            for (var entry : node.properties()) {
                String path = member("losDays", entry.getKey());
                if (entry.getKey().isBlank()) {
                    errors.add(new FieldError(path, "a care level needs a name"));
                    continue;
                }
                los.put(entry.getKey(), number(entry.getValue(), path, 1, 3650, null));
            }
            return los;
        }

        List<RegionSetup> regions(JsonNode node) {
            var regions = new ArrayList<RegionSetup>();
            if (absent(node) || !node.isArray() || node.isEmpty()) {
                errors.add(new FieldError("regions", "must list at least one region"));
                return regions;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String path = "regions[" + i + "]";
                JsonNode region = node.get(i);
                if (!region.isObject()) {
                    errors.add(new FieldError(path, "must be an object"));
                    continue;
                }
                fields(region, path, Set.of("code", "beds", "occupied", "baselineArrivals", "electiveShare", "surge"));
                String code = text(region.get("code"), path + ".code", true);
                if (code.equals(Scenario.NATIONAL) || code.equals(Scenario.EVERY_REGION)) {
                    errors.add(new FieldError(path + ".code", "'" + code + "' is reserved"));
                } else if (!code.isEmpty() && !seen.add(code)) {
                    errors.add(new FieldError(path + ".code", "region " + code + " is listed twice"));
                }
                var beds = levelMap(region.get("beds"), path + ".beds", Double.MAX_VALUE, true);
                var occupied =
                        levelMap(region.get("occupied"), path + ".occupied", Double.MAX_VALUE, mode == Mode.STOCHASTIC);
                var arrivals = levelMap(region.get("baselineArrivals"), path + ".baselineArrivals", 1e7, false);
                var elective = levelMap(region.get("electiveShare"), path + ".electiveShare", 1, false);
                regions.add(
                        new RegionSetup(code, beds, occupied, arrivals, elective, surge(region.get("surge"), path)));
            }
            return regions;
        }

        List<SurgeLevel> surge(JsonNode node, String regionPath) {
            var levels = new ArrayList<SurgeLevel>();
            if (absent(node)) {
                return levels;
            }
            String listPath = regionPath + ".surge";
            if (!node.isArray()) {
                errors.add(new FieldError(listPath, "must be a list of surge levels"));
                return levels;
            }
            for (int i = 0; i < node.size(); i++) {
                String path = listPath + "[" + i + "]";
                JsonNode level = node.get(i);
                if (!level.isObject()) {
                    errors.add(new FieldError(path, "must be an object"));
                    continue;
                }
                fields(level, path, Set.of("level", "atOccupancy", "delayDays", "extraBeds"));
                String name = text(level.get("level"), path + ".level", true);
                if (name.equals(SimulationResult.NORMAL)) {
                    errors.add(new FieldError(path + ".level", "NORMAL is the state without surge"));
                }
                double at = number(level.get("atOccupancy"), path + ".atOccupancy", 0.01, 10, null);
                int delay = (int) integer(level.get("delayDays"), path + ".delayDays", 0, MAX_DAYS, 0L);
                var extra = levelMap(level.get("extraBeds"), path + ".extraBeds", Double.MAX_VALUE, true);
                levels.add(new SurgeLevel(name, at, delay, extra));
            }
            return levels;
        }

        List<Event> events(JsonNode node, Set<String> codes) {
            var events = new ArrayList<Event>();
            if (absent(node)) {
                return events;
            }
            if (!node.isArray()) {
                errors.add(new FieldError("events", "must be a list of events"));
                return events;
            }
            for (int i = 0; i < node.size(); i++) {
                String path = "events[" + i + "]";
                JsonNode event = node.get(i);
                if (!event.isObject()) {
                    errors.add(new FieldError(path, "must be an object"));
                    continue;
                }
                fields(event, path, Set.of("region", "startDay", "days", "arrivalsPerDay"));
                String region = regionRef(event.get("region"), path + ".region", codes);
                int start = (int) integer(event.get("startDay"), path + ".startDay", 0, MAX_DAYS, null);
                int days = (int) integer(event.get("days"), path + ".days", 1, MAX_DAYS, null);
                var arrivals = levelMap(event.get("arrivalsPerDay"), path + ".arrivalsPerDay", 1e7, false);
                events.add(new Event(region, start, days, arrivals));
            }
            return events;
        }

        List<PlannedCare> plannedCare(JsonNode node, Set<String> codes) {
            var reductions = new ArrayList<PlannedCare>();
            if (absent(node)) {
                return reductions;
            }
            if (!node.isArray()) {
                errors.add(new FieldError("plannedCare", "must be a list of reductions"));
                return reductions;
            }
            for (int i = 0; i < node.size(); i++) {
                String path = "plannedCare[" + i + "]";
                JsonNode item = node.get(i);
                if (!item.isObject()) {
                    errors.add(new FieldError(path, "must be an object"));
                    continue;
                }
                fields(item, path, Set.of("region", "fromDay", "days", "reduction"));
                String region = regionRef(item.get("region"), path + ".region", codes);
                int from = (int) integer(item.get("fromDay"), path + ".fromDay", 0, MAX_DAYS, 0L);
                Integer days = absent(item.get("days"))
                        ? null
                        : (int) integer(item.get("days"), path + ".days", 1, MAX_DAYS, null);
                double reduction = number(item.get("reduction"), path + ".reduction", 0, 1, null);
                reductions.add(new PlannedCare(region, from, days, reduction));
            }
            return reductions;
        }

        Transfers transfers(JsonNode node) {
            if (absent(node)) {
                return Transfers.NONE;
            }
            if (!node.isObject()) {
                errors.add(new FieldError("transfers", "must be an object"));
                return Transfers.NONE;
            }
            fields(node, "transfers", Set.of("enabled", "maxPerDay"));
            JsonNode enabled = node.get("enabled");
            boolean on = false;
            if (absent(enabled) || !enabled.isBoolean()) {
                errors.add(new FieldError("transfers.enabled", "must be true or false"));
            } else {
                on = enabled.booleanValue();
            }
            var max = levelMap(node.get("maxPerDay"), "transfers.maxPerDay", 1e7, false);
            return new Transfers(on, max);
        }

        String regionRef(JsonNode node, String path, Set<String> codes) {
            String code = text(node, path, true);
            if (!code.isEmpty() && !code.equals(Scenario.EVERY_REGION) && !codes.contains(code)) {
                errors.add(new FieldError(path, "region " + code + " is not among the scenario's regions"));
            }
            return code;
        }

        /** A number per care level; levels left out are 0. */
        Map<String, Double> levelMap(JsonNode node, String path, double max, boolean whole) {
            var values = new LinkedHashMap<String, Double>();
            levels.forEach(level -> values.put(level, 0.0));
            if (absent(node)) {
                return values;
            }
            if (!node.isObject()) {
                errors.add(new FieldError(path, "must be an object with a number per care level"));
                return values;
            }
            for (var entry : node.properties()) {
                String levelPath = member(path, entry.getKey());
                if (!values.containsKey(entry.getKey())) {
                    errors.add(new FieldError(levelPath, "unknown care level; losDays names the levels " + levels));
                    continue;
                }
                double value = number(entry.getValue(), levelPath, 0, max, null);
                if (whole && value != Math.rint(value)) {
                    errors.add(new FieldError(levelPath, "must be a whole number"));
                }
                values.put(entry.getKey(), value);
            }
            return values;
        }

        void fields(JsonNode node, String path, Set<String> allowed) {
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    errors.add(new FieldError(member(path, name), "unknown field"));
                }
            }
        }

        String text(JsonNode node, String path, boolean required) {
            if (absent(node)) {
                if (required) {
                    errors.add(new FieldError(path, "is required"));
                }
                return "";
            }
            if (!node.isString() || node.stringValue().isBlank()) {
                errors.add(new FieldError(path, "must be a non-empty text"));
                return "";
            }
            return node.stringValue().strip();
        }

        long integer(JsonNode node, String path, long min, long max, Long otherwise) {
            if (absent(node)) {
                if (otherwise == null) {
                    errors.add(new FieldError(path, "is required"));
                    return Math.max(min, 0);
                }
                return otherwise;
            }
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                errors.add(new FieldError(path, "must be a whole number"));
                return Math.max(min, 0);
            }
            long value = node.longValue();
            if (value < min || value > max) {
                errors.add(new FieldError(path, "must be between " + min + " and " + max));
                return Math.max(min, 0);
            }
            return value;
        }

        double number(JsonNode node, String path, double min, double max, Double otherwise) {
            if (absent(node)) {
                if (otherwise == null) {
                    errors.add(new FieldError(path, "is required"));
                    return Math.max(min, 0);
                }
                return otherwise;
            }
            if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
                errors.add(new FieldError(path, "must be a number"));
                return Math.max(min, 0);
            }
            double value = node.doubleValue();
            if (value < min || value > max) {
                errors.add(new FieldError(path, "must be between " + format(min) + " and " + format(max)));
                return Math.max(min, 0);
            }
            return value;
        }

        static String format(double value) {
            if (value == Double.MAX_VALUE) {
                return "any size";
            }
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }

        static boolean absent(JsonNode node) {
            return node == null || node.isNull() || node.isMissingNode();
        }
    }

    /**
     * The path of a member: {@code regions[0].beds.ICU}; a name that is not a plain word (empty,
     * with dots, brackets or spaces) in quotes, {@code beds[""]}, so that every error names its field.
     */
    static String member(String path, String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return path.isEmpty() ? name : path + "." + name;
        }
        var quoted = new StringBuilder("[\"");
        for (char c : name.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return path + quoted.append("\"]");
    }
}
