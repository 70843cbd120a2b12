package se.nspl.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import se.nspl.capacity.Restriction;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;

class StatusFieldsTest {

    @Test
    void namesAnUnknownRestrictionInsteadOfFailing() {
        // found by StatusFieldsFuzzTest: an unknown restriction was put into an EnumSet as null
        var form = new LinkedMultiValueMap<String, String>();
        form.add("ICU.staffed", "12");
        form.add("ICU.occupied", "9");
        form.add("operationalStatus", "RESTRICTED");
        form.add("restrictions", "STAFF");
        form.add("restrictions", "TIME");

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StatusFields.read(form, EnumSet.of(CareLevel.ICU)))
                .satisfies(e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("restrictions"));
    }

    @Test
    void readsTheKnownRestrictions() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("restrictions", " STAFF ");
        form.add("restrictions", "SUPPLIES");

        var status = StatusFields.read(form, EnumSet.of(CareLevel.ICU));

        assertThat(status.restrictions()).containsExactlyInAnyOrder(Restriction.STAFF, Restriction.SUPPLIES);
    }
}
