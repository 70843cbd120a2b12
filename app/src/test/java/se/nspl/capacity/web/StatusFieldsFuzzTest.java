package se.nspl.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.util.LinkedMultiValueMap;
import se.nspl.capacity.EdStatus;
import se.nspl.capacity.OperationalStatus;
import se.nspl.capacity.Restriction;
import se.nspl.capacity.UnitStatus;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException;

/**
 * The report form, as a browser or anyone else may post it: a status is read from the fields, or each wrong field is
 * named as the API names it. Without {@code JAZZER_FUZZ} this runs the seeds in {@code StatusFieldsFuzzTestInputs/};
 * see docs/testing.md.
 */
class StatusFieldsFuzzTest {

    private static final List<String> FIELDS = CsvUpload.COLUMNS.stream()
            .filter(column -> !column.equals("unitId"))
            .sorted()
            .toList();

    @FuzzTest(maxDuration = "60s")
    void readsAStatusOrNamesEachWrongField(FuzzedDataProvider data) {
        var levels = EnumSet.noneOf(CareLevel.class);
        levels.addAll(data.pickValues(CareLevel.values(), data.consumeInt(0, CareLevel.values().length)));
        var form = new LinkedMultiValueMap<String, String>();
        for (int n = data.consumeInt(0, 12); n > 0; n--) {
            String name = data.consumeBoolean() ? data.pickValue(FIELDS) : data.consumeString(16);
            form.add(name, value(data));
        }

        UnitStatus status;
        try {
            status = StatusFields.read(form, levels);
        } catch (InvalidInputException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.field()).isIn(paths(levels));
                assertThat(error.message()).isNotBlank();
            });
            return;
        }

        assertThat(levels).containsAll(status.levels().keySet());
    }

    /** A value as typed: a number, a choice, a time or anything. */
    private static String value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 4)) {
            case 0 -> String.valueOf(data.consumeInt());
            case 1 ->
                data.pickValue(List.of(
                        data.pickValue(OperationalStatus.values()).name(),
                        data.pickValue(Restriction.values()).name(),
                        data.pickValue(EdStatus.values()).name()));
            case 2 ->
                java.time.Instant.ofEpochSecond(data.consumeLong(-100_000_000_000L, 100_000_000_000L))
                        .toString();
            default -> data.consumeString(24);
        };
    }

    /** The fields an error may name: the API's paths of what the form holds. */
    private static Set<String> paths(Set<CareLevel> levels) {
        var paths = new ArrayList<>(List.of(
                "observedAt",
                "operationalStatus",
                "restrictions",
                "emergencyDepartment",
                "ventilatedPatients",
                "ecmoPatients",
                "electiveNext7Days",
                "electivePostponed"));
        for (var level : levels) {
            StatusFields.FIGURES.forEach(figure -> paths.add("levels." + level + "." + figure));
        }
        return Set.copyOf(paths);
    }
}
