package se.nspl.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What a user states about a reporting unit when adding or editing it. */
public record UnitDraft(
        @NotNull UUID hospitalId,
        @NotBlank @Size(max = 120) String name,
        @NotNull UnitKind kind,
        @Min(0) @Max(5000) Integer referenceBeds,
        Boolean referenceBedsIsEstimate,
        Boolean active) {

    /** Left out, a figure is the unit's own and a new unit is active. */
    public UnitDraft {
        referenceBedsIsEstimate = referenceBedsIsEstimate != null && referenceBedsIsEstimate;
        active = active == null || active;
    }

    public static UnitDraft of(ReportingUnit unit) {
        return new UnitDraft(
                unit.hospitalId(),
                unit.name(),
                unit.kind(),
                unit.referenceBeds(),
                unit.referenceBedsIsEstimate(),
                unit.active());
    }
}
