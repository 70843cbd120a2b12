package se.nspl.finance.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The allocation's JSON, as {@code bin/nspl allocate} reads and writes it:
 *
 * <pre>{@code
 * {"year": 2024, "amountSek": "1367000000.00",
 *  "regions": [{"code": "01", "population": 2454821, "participates": true}, ...]}
 * }</pre>
 *
 * Every mistake becomes an {@link InvalidAllocationException} naming the field.
 */
public final class AllocationJson {

    private static final Set<String> TOP = Set.of("year", "amountSek", "regions");
    private static final Set<String> REGION = Set.of("code", "population", "participates");

    // Decimals as BigDecimal: 0.10 must stay ten öre, not 0.1000000000000000055511151231257827.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AllocationJson() {}

    public static AllocationRequest read(byte[] json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw invalid("", "not valid JSON: " + e.getOriginalMessage());
        } catch (NumberFormatException e) {
            // Jackson's limits on numbers (found by fuzzing: 1e1000000 as a decimal)
            throw invalid("", "not valid JSON: a number is out of range: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw invalid("", "must be a JSON object with year, amountSek and regions");
        }
        var errors = new ArrayList<FieldError>();
        unknownFields(tree, TOP, "", errors);
        int year = year(tree.get("year"), errors);
        var amount = amount(tree.get("amountSek"), errors);
        var regions = new ArrayList<RegionPopulation>();
        var list = tree.get("regions");
        if (list == null || !list.isArray()) {
            errors.add(new FieldError("regions", "must be a list of regions"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                var region = region(list.get(i), "regions[" + i + "]", errors);
                if (region != null) {
                    regions.add(region);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAllocationException(errors);
        }
        return new AllocationRequest(year, amount, regions);
    }

    public static String write(CostAllocation allocation) {
        var root = MAPPER.createObjectNode();
        root.put("year", allocation.year());
        root.put("amountSek", allocation.amountSek().toPlainString());
        root.put("participatingPopulation", allocation.participatingPopulation());
        var regions = root.putArray("regions");
        for (var share : allocation.regions()) {
            var region = regions.addObject();
            region.put("code", share.code());
            region.put("population", share.population());
            region.put("participates", share.participates());
            region.put("share", share.share());
            region.put("amountSek", share.amountSek().toPlainString());
        }
        root.put("totalSek", allocation.totalSek().toPlainString());
        return MAPPER.writeValueAsString(root);
    }

    private static int year(JsonNode node, List<FieldError> errors) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            errors.add(new FieldError("year", "must be a whole number such as 2024"));
            return 0;
        }
        return node.intValue();
    }

    private static BigDecimal amount(JsonNode node, List<FieldError> errors) {
        try {
            if (node != null && node.isString()) {
                return new BigDecimal(node.stringValue().strip());
            }
            if (node != null && node.isNumber()) {
                return node.decimalValue();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("amountSek", "must be an amount in SEK such as \"1367000000.00\""));
        return null;
    }

    private static RegionPopulation region(JsonNode node, String at, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(at, "must be an object with code, population and participates"));
            return null;
        }
        int before = errors.size();
        unknownFields(node, REGION, at + ".", errors);
        var code = node.get("code");
        if (code == null || !code.isString()) {
            errors.add(new FieldError(at + ".code", "must be a two-digit län code in quotes, e.g. \"01\""));
        }
        var population = node.get("population");
        if (population == null || !population.isIntegralNumber() || !population.canConvertToLong()) {
            errors.add(new FieldError(at + ".population", "must be a whole number of inhabitants"));
        }
        var participates = node.get("participates");
        if (participates == null || !participates.isBoolean()) {
            errors.add(new FieldError(at + ".participates", "must be true or false"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new RegionPopulation(code.stringValue(), population.longValue(), participates.booleanValue());
    }

    private static void unknownFields(JsonNode node, Set<String> known, String at, List<FieldError> errors) {
        for (var name : node.propertyNames()) {
            if (!known.contains(name)) {
                // A name that is not a plain word in quotes ([""]), so that the error names its field.
                String field = name.matches("[A-Za-z_][A-Za-z0-9_]*")
                        ? at + name
                        : (at.endsWith(".") ? at.substring(0, at.length() - 1) : at) + "[" + quoted(name) + "]";
                errors.add(new FieldError(field, "unknown field; expected one of " + String.join(", ", known)));
            }
        }
    }

    private static String quoted(String name) {
        var text = new StringBuilder("\"");
        for (char c : name.toCharArray()) {
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.append('"').toString();
    }

    private static InvalidAllocationException invalid(String field, String message) {
        return new InvalidAllocationException(List.of(new FieldError(field, message)));
    }
}
