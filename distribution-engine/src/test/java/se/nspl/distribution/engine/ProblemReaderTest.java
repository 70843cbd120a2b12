package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static se.nspl.distribution.engine.CareLevel.ICU;
import static se.nspl.distribution.engine.CareLevel.ICU_VENT;
import static se.nspl.distribution.engine.CareLevel.WARD;
import static se.nspl.distribution.engine.TestData.errorsOf;
import static se.nspl.distribution.engine.TransportMode.AIR;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemReaderTest {

    /** A valid problem that leaves out everything the contract lets it leave out. */
    private static final String VALID = """
            {
              "name": "two-hospitals",
              "hospitals": [
                {"id": "A", "region": "01", "lat": 59.35, "lon": 18.03, "free": {"ICU_VENT": 1, "ICU": 2, "WARD": 3}},
                {"id": "B", "region": "03", "lat": 59.85, "lon": 17.64, "free": {"ICU": 2}}
              ],
              "patients": [
                {"id": "g1", "origin": "A", "level": "ICU_VENT", "count": 1, "priority": 1},
                {"id": "g2", "origin": "A", "level": "ICU", "count": 2, "priority": 2},
                {"id": "g3", "origin": "B", "level": "WARD", "count": 3, "priority": 3},
                {"id": "g4", "origin": "B", "level": "WARD", "count": 4, "priority": 1}
              ],
              "transport": [
                {"id": "amb", "mode": "ROAD", "baseLat": 59.35, "baseLon": 18.03, "count": 2, "speedKmh": 80,
                 "fixedMinutes": 40, "dutyMinutes": 720, "capacity": {"ICU_VENT": 1, "ICU": 1, "WARD": 1}, "seats": 1}
              ]
            }
            """;

    private final ProblemReader reader = new ProblemReader();

    @Test
    void readsTheSharedSmallExample() throws IOException {
        DistributionProblem problem;
        try (InputStream json = getClass().getResourceAsStream("/examples/distribution-small.json")) {
            problem = reader.read(json);
        }

        assertThat(problem.name()).isEqualTo("example-small");
        assertThat(problem.maxRideMinutes()).isEqualTo(new RideLimits(240, 300, 480));
        assertThat(problem.roadFactor()).isEqualTo(1.3);
        assertThat(problem.hospitals()).hasSize(61);
        assertThat(problem.hospitals().get(0))
                .isEqualTo(new Hospital(
                        "karolinska-universitetssjukhuset-solna", "01", 59.3493, 18.0325, new LevelCounts(7, 7, 75)));
        assertThat(problem.patients()).hasSize(18);
        assertThat(problem.patients().stream().mapToInt(PatientGroup::count).sum())
                .isEqualTo(29);
        assertThat(problem.patients().get(0)).isEqualTo(new PatientGroup("g1", "sahlgrenska-ostra", ICU_VENT, 1, 1));
        assertThat(problem.transports()).hasSize(56);
        assertThat(problem.transports())
                .filteredOn(transport -> transport.id().equals("snam"))
                .containsExactly(
                        new Transport("snam", AIR, 59.65, 17.92, 1, 780, 360, 2400, new LevelCounts(6, 6, 12), 24));
    }

    @Test
    void readsTheContractsOwnExample() {
        // The input example of shared/design/distribution-model.md, as written there.
        String contractExample = """
                {
                  "name": "norrbotten-surge",
                  "maxRideMinutes": {"ICU_VENT": 240, "ICU": 300, "WARD": 480},
                  "roadFactor": 1.3,
                  "hospitals": [
                    {"id": "SUS-LU", "region": "25", "lat": 65.62, "lon": 22.13,
                     "free": {"ICU_VENT": 1, "ICU": 2, "WARD": 10}}
                  ],
                  "patients": [
                    {"id": "g1", "origin": "SUS-LU", "level": "ICU_VENT", "count": 6, "priority": 1}
                  ],
                  "transport": [
                    {"id": "snam", "mode": "AIR", "baseLat": 59.65, "baseLon": 17.92, "count": 1,
                     "speedKmh": 750, "fixedMinutes": 120, "dutyMinutes": 1440,
                     "capacity": {"ICU_VENT": 6, "ICU": 6, "WARD": 12}, "seats": 18}
                  ]
                }
                """;

        assertThatNoException().isThrownBy(() -> reader.read(contractExample));
    }

    @Test
    void usesTheContractsDefaultsWhenRideLimitsAndRoadFactorAreLeftOut() {
        var problem = reader.read(VALID);

        assertThat(problem.maxRideMinutes()).isEqualTo(RideLimits.DEFAULT);
        assertThat(problem.roadFactor()).isEqualTo(1.3);
    }

    @Test
    void keepsTheDefaultForEachLevelLeftOutOfTheRideLimits() {
        var problem = reader.read(VALID.replace(
                "\"name\": \"two-hospitals\",",
                "\"name\": \"two-hospitals\", \"maxRideMinutes\": {\"ICU\": 200}, \"roadFactor\": 1.5,"));

        assertThat(problem.maxRideMinutes()).isEqualTo(new RideLimits(240, 200, 480));
        assertThat(problem.roadFactor()).isEqualTo(1.5);
    }

    @Test
    void countsALevelLeftOutOfTheFreeBedsAsZero() {
        var hospitalB = reader.read(VALID).hospitals().get(1);

        assertThat(hospitalB.free().of(ICU_VENT)).isZero();
        assertThat(hospitalB.free().of(ICU)).isEqualTo(2);
        assertThat(hospitalB.free().of(WARD)).isZero();
    }

    @Test
    void reportsABrokenRuleAtItsPathInTheDocument() {
        assertThat(errorsOf(
                        () -> reader.read(changed("\"count\": 4, \"priority\": 1", "\"count\": 4, \"priority\": 7"))))
                .containsExactly("patients[3].priority: must be 1, 2 or 3");
    }

    @Test
    void reportsABrokenRuleInsideALevelMapAtItsPath() {
        assertThat(errorsOf(() -> reader.read(changed("\"free\": {\"ICU\": 2}", "\"free\": {\"ICU\": -2}"))))
                .containsExactly("hospitals[1].free.ICU: must be at least 0");
    }

    @Test
    void reportsBrokenRulesOfSeveralEntriesTogether() {
        String twoMistakes = changed("\"count\": 1, \"priority\": 1", "\"count\": 0, \"priority\": 1")
                .replace("\"seats\": 1", "\"seats\": 0");

        assertThat(errorsOf(() -> reader.read(twoMistakes)))
                .containsExactly("patients[0].count: must be at least 1", "transport[0].seats: must be at least 1");
    }

    @Test
    void reportsAnOriginThatNamesNoHospitalAtItsPath() {
        assertThat(errorsOf(() -> reader.read(
                        changed("\"origin\": \"A\", \"level\": \"ICU\"", "\"origin\": \"C\", \"level\": \"ICU\""))))
                .containsExactly("patients[1].origin: no hospital has the id 'C'");
    }

    @Test
    void rejectsAMissingRequiredField() {
        assertThat(errorsOf(() -> reader.read(changed(", \"priority\": 3", ""))))
                .containsExactly("patients[2].priority: is required");
    }

    @Test
    void rejectsEveryMissingFieldOfAnEntryAtOnce() {
        assertThat(errorsOf(() -> reader.read(changed(
                        "{\"id\": \"g1\", \"origin\": \"A\", \"level\": \"ICU_VENT\", \"count\": 1, \"priority\": 1}",
                        "{\"id\": \"g1\"}"))))
                .containsExactly(
                        "patients[0].origin: is required",
                        "patients[0].level: is required",
                        "patients[0].count: is required",
                        "patients[0].priority: is required");
    }

    @Test
    void rejectsAMissingList() {
        String withoutHospitals = "{\"name\": \"empty\", \"patients\": [], \"transport\": []}";

        assertThat(errorsOf(() -> reader.read(withoutHospitals))).containsExactly("hospitals: is required");
    }

    @Test
    void rejectsANullEntryInAList() {
        assertThat(errorsOf(() -> reader.read(changed("\"patients\": [", "\"patients\": [null, "))))
                .containsExactly("patients[0]: is required");
    }

    @Test
    void rejectsAnUnknownField() {
        assertThat(errorsOf(() -> reader.read(changed("\"seats\": 1", "\"seats\": 1, \"colour\": \"yellow\""))))
                .containsExactly("transport[0].colour: is not a field of the contract");
    }

    @Test
    void rejectsAnUnknownCareLevelAsAKey() {
        assertThat(errorsOf(() -> reader.read(changed("\"free\": {\"ICU\": 2}", "\"free\": {\"IVA\": 2}"))))
                .containsExactly("hospitals[1].free.IVA: is not a field of the contract");
    }

    @Test
    void rejectsAnUnknownCareLevelAsAValue() {
        assertThat(errorsOf(() -> reader.read(changed("\"level\": \"ICU_VENT\"", "\"level\": \"IVA\""))))
                .containsExactly("patients[0].level: must be one of ICU_VENT, ICU, WARD");
    }

    @Test
    void rejectsACareLevelGivenByItsNumber() {
        assertThat(errorsOf(() -> reader.read(changed("\"level\": \"ICU_VENT\"", "\"level\": 0"))))
                .containsExactly("patients[0].level: must be one of ICU_VENT, ICU, WARD");
    }

    @Test
    void rejectsAnUnknownTransportMode() {
        assertThat(errorsOf(() -> reader.read(changed("\"mode\": \"ROAD\"", "\"mode\": \"SEA\""))))
                .containsExactly("transport[0].mode: must be one of ROAD, AIR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"4\"", "4.5", "true", "[4]"})
    void rejectsACountThatIsNotAWholeNumber(String count) {
        assertThat(errorsOf(() -> reader.read(changed("\"count\": 4,", "\"count\": " + count + ","))))
                .containsExactly("patients[3].count: must be a whole number");
    }

    @Test
    void rejectsACountTooLargeForTheModel() {
        assertThat(errorsOf(() -> reader.read(changed("\"count\": 4,", "\"count\": 3000000000,"))))
                .containsExactly("patients[3].count: is out of range");
    }

    @Test
    void rejectsANumberGivenAsText() {
        assertThat(errorsOf(() -> reader.read(changed("\"lat\": 59.85", "\"lat\": \"59.85\""))))
                .containsExactly("hospitals[1].lat: must be a number");
    }

    @Test
    void rejectsAnIdGivenAsANumber() {
        assertThat(errorsOf(() -> reader.read(changed("\"id\": \"g1\"", "\"id\": 1"))))
                .containsExactly("patients[0].id: must be a string");
    }

    @Test
    void rejectsAnArrayWhereTheContractHasAnObject() {
        assertThat(errorsOf(() -> reader.read(changed("\"free\": {\"ICU\": 2}", "\"free\": [2]"))))
                .containsExactly("hospitals[1].free: must be a JSON object");
    }

    @Test
    void rejectsAnObjectWhereTheContractHasAnArray() {
        String hospitalsAsObject = "{\"name\": \"x\", \"hospitals\": {}, \"patients\": [], \"transport\": []}";

        assertThat(errorsOf(() -> reader.read(hospitalsAsObject))).containsExactly("hospitals: must be a JSON array");
    }

    @Test
    void rejectsMalformedJsonNamingTheLineAndColumn() {
        var errors = errorsOf(() -> reader.read(changed("\"priority\": 3}", "\"priority\": 3,}")));

        assertThat(errors)
                .singleElement()
                .asString()
                .startsWith("not well-formed JSON at line 10, column 76: Unexpected character");
    }

    @Test
    void rejectsAFieldGivenTwice() {
        assertThat(errorsOf(() ->
                        reader.read(changed("\"name\": \"two-hospitals\",", "\"name\": \"a\", \"name\": \"b\","))))
                .singleElement()
                .asString()
                .contains("Duplicate Object property \"name\"");
    }

    @Test
    void rejectsContentAfterTheProblem() {
        assertThat(errorsOf(() -> reader.read(VALID + "{}")))
                .singleElement()
                .asString()
                .startsWith("not well-formed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null", "[]", "\"problem\"", "42"})
    void rejectsADocumentThatIsNotAJsonObject(String json) {
        assertThat(errorsOf(() -> reader.read(json))).containsExactly("the problem must be a JSON object");
    }

    @Test
    void readsFromAStreamAsFromText() {
        var fromStream = reader.read(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)));

        assertThat(fromStream).isEqualTo(reader.read(VALID));
    }

    @Test
    void reportsAFailingStreamAsAnIoErrorNotAsAnInvalidProblem() {
        var failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> reader.read(failing))
                .withMessageContaining("disk gone");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Found by ProblemReaderFuzzTest: the first bytes make Jackson read UTF-32, the later ones are no
                // character, or the first bytes are UTF-32 in a byte order that Jackson does not read.
                "AQAAAAAAAAAQAAAAAAAACAAAAAAAAAAAAAAAAA==",
                "AABvAGs5Dgc="
            })
    void rejectsBytesThatAreNoTextAsAnInvalidProblemNotAsAnIoError(String base64) {
        byte[] notText = Base64.getDecoder().decode(base64);

        assertThat(errorsOf(() -> reader.read(new ByteArrayInputStream(notText))))
                .singleElement()
                .asString()
                .startsWith("not text in UTF-8, UTF-16 or UTF-32: ");
    }

    /** The valid problem with one piece of text, which must occur exactly once, replaced. */
    private static String changed(String original, String replacement) {
        assertThat(VALID).containsOnlyOnce(original);
        return VALID.replace(original, replacement);
    }
}
