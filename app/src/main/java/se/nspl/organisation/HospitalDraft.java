package se.nspl.organisation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.nspl.shared.RegionCode;

/**
 * What a user states about a hospital when adding or editing it. Coordinates are limited to
 * Sweden's extent so that a swapped lat/lon is caught here and not on the map.
 */
public record HospitalDraft(
        @NotBlank @Size(max = 200) String name,
        @NotNull RegionCode region,
        @NotBlank @Size(max = 100) String city,
        @NotNull @DecimalMin("55.0") @DecimalMax("70.0") Double lat,
        @NotNull @DecimalMin("10.0") @DecimalMax("25.0") Double lon,
        Boolean university) {

    public HospitalDraft {
        university = university != null && university;
    }

    public static HospitalDraft of(Hospital hospital) {
        return new HospitalDraft(
                hospital.name(),
                hospital.region(),
                hospital.city(),
                hospital.lat(),
                hospital.lon(),
                hospital.university());
    }
}
