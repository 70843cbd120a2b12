package se.nspl.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON bodies of the API, as any client may send them: every {@code @RequestBody} type of
 * every REST controller (found by scanning, so a new one is fuzzed too), one fuzz target per
 * family of modules. Bytes are read as the platform reads a body (Jackson, unknown fields
 * refused, as {@code spring.jackson} in application.yml sets), then bean validation runs on what
 * was read. The outcome is a body, or a Jackson error that {@link ApiProblems#unreadable} turns into
 * a 400 naming a field (or the body) — never another exception, which would be a 500. Without
 * {@code JAZZER_FUZZ} this runs the seeds in {@code JsonBodiesFuzzTestInputs/}: each seed is the
 * JSON text followed by one byte choosing the body type among the family's (docs/testing.md).
 */
class JsonBodiesFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    /** Every body type by module ({@code se.nspl.<module>}), in a stable order. */
    private static final Map<String, List<JavaType>> BODIES = bodies();

    @FuzzTest(maxDuration = "60s")
    void capacityBodiesAreReadOrRefusedNamingAField(FuzzedDataProvider data) {
        readOrRefuse(data, "capacity");
    }

    @FuzzTest(maxDuration = "60s")
    void supportBodiesAreReadOrRefusedNamingAField(FuzzedDataProvider data) {
        readOrRefuse(data, "support");
    }

    @FuzzTest(maxDuration = "60s")
    void noticeBodiesAreReadOrRefusedNamingAField(FuzzedDataProvider data) {
        readOrRefuse(data, "notice", "contact");
    }

    @FuzzTest(maxDuration = "60s")
    void governanceAndFinanceBodiesAreReadOrRefusedNamingAField(FuzzedDataProvider data) {
        readOrRefuse(data, "governance", "finance");
    }

    @FuzzTest(maxDuration = "60s")
    void planningScenarioAndDistributionBodiesAreReadOrRefusedNamingAField(FuzzedDataProvider data) {
        readOrRefuse(data, "planning", "scenario", "distribution");
    }

    @FuzzTest(maxDuration = "60s")
    void registryAccountAndKeyBodiesAreReadOrRefusedNamingAField(FuzzedDataProvider data) {
        readOrRefuse(data, "organisation", "security");
    }

    /** Every module with a JSON body has its fuzz target: a new module's bodies are not left out. */
    @Test
    void everyModuleWithABodyHasAFuzzTarget() {
        assertThat(BODIES.keySet())
                .isSubsetOf(
                        "capacity",
                        "support",
                        "notice",
                        "contact",
                        "governance",
                        "finance",
                        "planning",
                        "scenario",
                        "distribution",
                        "organisation",
                        "security");
        assertThat(BODIES.values().stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(20);
    }

    private static void readOrRefuse(FuzzedDataProvider data, String... modules) {
        var types = new ArrayList<JavaType>();
        Arrays.stream(modules).forEach(m -> types.addAll(BODIES.getOrDefault(m, List.of())));
        var type = types.get(data.consumeInt(0, types.size() - 1));
        byte[] body = data.consumeRemainingAsBytes();

        Object read;
        try {
            read = JSON.readValue(body, type);
        } catch (JacksonException e) {
            // what the message converter hands to ApiProblems, as Spring wraps it
            var unreadable = ApiProblems.unreadable(
                    new HttpMessageNotReadableException(e.getOriginalMessage(), e, (HttpInputMessage) null));
            assertThat(unreadable.field()).as(type + ": " + e).isNotBlank();
            assertThat(unreadable.message()).isNotBlank();
            return;
        }
        if (read != null) {
            // violations are a 400 naming their fields; an exception here would be a 500
            VALIDATOR.validate(read).forEach(v -> assertThat(v.getMessage()).isNotBlank());
        }
    }

    private static Map<String, List<JavaType>> bodies() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        var bodies = new TreeMap<String, List<JavaType>>();
        for (var candidate : scanner.findCandidateComponents("se.nspl")) {
            Class<?> controller;
            try {
                controller = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            String module = controller.getPackageName().split("\\.")[2];
            for (var method : controller.getDeclaredMethods()) {
                var parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (!parameters[i].isAnnotationPresent(RequestBody.class)) {
                        continue;
                    }
                    Type type = method.getGenericParameterTypes()[i];
                    if (type == String.class || type == byte[].class) {
                        continue; // CSV, XML, FHIR and scenario texts have their own parsers and fuzz tests
                    }
                    var javaType = JSON.getTypeFactory().constructType(type);
                    var list = bodies.computeIfAbsent(module, m -> new ArrayList<>());
                    if (!list.contains(javaType)) {
                        list.add(javaType);
                    }
                }
            }
        }
        bodies.values().forEach(list -> list.sort(Comparator.comparing(JavaType::toCanonical)));
        return bodies;
    }
}
