package se.nspl.distribution.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a distribution problem from the contract's JSON. Every mistake in the input becomes an
 * {@link InvalidProblemException} naming the field, so that whoever wrote the file can find it.
 */
public final class ProblemReader {

    // The contract is exact: no unknown fields, no "3" for 3, no 1.5 patients, no level given by its index.
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withCoercionConfig(
                    LogicalType.Textual,
                    text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    public DistributionProblem read(String json) {
        return read(() -> mapper.readTree(json));
    }

    public DistributionProblem read(InputStream json) {
        byte[] bytes;
        try {
            bytes = json.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(() -> mapper.readTree(bytes));
    }

    // Parsing first and binding second tells a broken JSON text (where only the line helps) from a wrong field.
    private DistributionProblem read(Supplier<JsonNode> parse) {
        JsonNode tree = parseJson(parse);
        if (!tree.isObject()) {
            throw invalid("", "the problem must be a JSON object");
        }
        return bind(tree).toProblem();
    }

    private static JsonNode parseJson(Supplier<JsonNode> parse) {
        try {
            return parse.get();
        } catch (JacksonIOException e) {
            // The text is in memory, so nothing can fail to be read: Jackson tells UTF-8, UTF-16 and UTF-32 apart
            // by the first bytes and reports bytes that fit none of them as an I/O error (found by fuzzing).
            throw invalid(
                    "", "not text in UTF-8, UTF-16 or UTF-32: " + e.getCause().getMessage());
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw invalid(
                    "",
                    "not well-formed JSON at line %d, column %d: %s"
                            .formatted(at.getLineNr(), at.getColumnNr(), e.getOriginalMessage()));
        }
    }

    private ProblemDocument bind(JsonNode tree) {
        try {
            return mapper.treeToValue(tree, ProblemDocument.class);
        } catch (JacksonException e) {
            throw invalid(pathOf(e), describe(e));
        }
    }

    private static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of the contract";
        }
        if (e instanceof InputCoercionException) {
            return "is out of range";
        }
        Class<?> expected = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (expected == Integer.class) {
            return "must be a whole number";
        }
        if (expected == Double.class) {
            return "must be a number";
        }
        if (expected == String.class) {
            return "must be a string";
        }
        if (expected != null && expected.isEnum()) {
            return Arrays.stream(expected.getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", ", "must be one of ", ""));
        }
        if (expected != null && List.class.isAssignableFrom(expected)) {
            return "must be a JSON array";
        }
        if (expected != null && expected.isRecord()) {
            return "must be a JSON object";
        }
        return e.getOriginalMessage();
    }

    private static String pathOf(JacksonException e) {
        var path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static InvalidProblemException invalid(String path, String message) {
        return new InvalidProblemException(List.of(new FieldError(path, message)));
    }
}
