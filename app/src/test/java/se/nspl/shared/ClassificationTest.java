package se.nspl.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.nspl.shared.InvalidInputException.FieldError;

/** Which texts carry a security-classification marking, and which are ordinary Swedish. */
class ClassificationTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "HEMLIG",
                "HEMLIG: transportplan för Region Stockholm",
                "Lägesbild (HEMLIG)",
                "KONFIDENTIELL",
                "Bilaga 2 KONFIDENTIELL",
                "BEGRÄNSAT HEMLIG",
                "begränsat hemlig",
                "Begränsat  Hemlig",
                "Begränsat\nhemlig",
                "KVALIFICERAT HEMLIG",
                "kvalificerat hemlig uppgift",
                "HEMLIG/TOP SECRET",
                "Hemlig/Top Secret",
                "hemlig / secret",
                "HEMLIG/CONFIDENTIAL",
                "HEMLIG/RESTRICTED",
                "H/TS",
                "Märkt H/TS.",
                "(H/S)",
                "H/C",
                "H/R",
                "NATO SECRET",
                "EU Restricted",
                "COSMIC TOP SECRET",
                "Hemlig enligt 15 kap. 2 § OSL",
                "konfidentiell enligt säkerhetsskyddslagen",
                "Uppgiften är klassificerad som hemlig",
                "Säkerhetsskyddsklass: Konfidentiell",
                "Klassificering: hemlig",
                "Klassning hemlig",
                "Text före.\nHEMLIG\nText efter."
            })
    void recognisesMarkings(String text) {
        assertThat(Classification.markingIn(text)).as(text).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hemligheten bakom god planering är övning",
                "Hemligheten",
                "HEMLIGHETEN",
                "det är inget hemligt med det",
                "HEMLIGT",
                "en hemlig plan för kalaset",
                "Hemlig tomte på avdelningen",
                "konfidentiell behandling av patientuppgifter",
                "Konfidentiella samtal",
                "KONFIDENTIELLA",
                "Sekretess enligt OSL 25 kap. 1 §",
                "SEKRETESS",
                "Omfattas av sekretess",
                "Känslig men inte säkerhetsskyddsklassificerad information",
                "inte säkerhetsskyddsklassificerade uppgifter",
                "begränsat antal hemliga platser",
                "h/ts",
                "H/TSX",
                "AH/TS",
                "H/T",
                "30 km/h/s",
                "secret santa",
                "Top secret recipe",
                "EU-kommissionen",
                "vårdplatser per h/s",
                "OHEMLIG",
                "HEMLIGA",
                ""
            })
    void letsOrdinaryTextThrough(String text) {
        assertThat(Classification.markingIn(text)).as(text).isEmpty();
    }

    @Test
    void nothingToCheckInNoText() {
        assertThat(Classification.markingIn(null)).isEmpty();
        assertThat(Classification.markingIn("   ")).isEmpty();
    }

    @Test
    void namesTheMarkingAsWrittenTheFirstInTheText() {
        assertThat(Classification.markingIn("Om detta: Begränsat Hemlig, och sedan HEMLIG"))
                .hasValue("Begränsat Hemlig");
        assertThat(Classification.markingIn("H/TS och sedan KVALIFICERAT HEMLIG"))
                .hasValue("H/TS");
    }

    @Test
    void refusesAFieldWithAMarkingNamingTheFieldAndTheMarking() {
        assertThatThrownBy(() -> Classification.check("description", "Läget är KONFIDENTIELL"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    var error = e.errors().get(0);
                    assertThat(error.field()).isEqualTo("description");
                    assertThat(error.code()).isEqualTo(Classification.CODE);
                    assertThat(error.arguments()).containsExactly("KONFIDENTIELL");
                    assertThat(error.message()).contains("not approved for security-classified information");
                });
    }

    @Test
    void addsToTheErrorsOfALargerCheck() {
        var errors = new ArrayList<FieldError>();
        Classification.check("title", "Vanlig text", errors);
        Classification.check("steps[1].text", "H/R", errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("steps[1].text");
    }

    @Test
    void acceptsATextWithoutMarkings() {
        Classification.check("title", "Begäran om intensivvårdsplatser");
    }
}
