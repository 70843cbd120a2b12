package se.nspl.organisation;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.audit.AuditTrail;
import se.nspl.shared.Actor;
import se.nspl.shared.Classification;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;

/** Changes to the registry, each checked against {@link RegistryPermissions}. */
@Service
public class OrganisationRegistry {

    private final Regions regions;
    private final Hospitals hospitals;
    private final ReportingUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    OrganisationRegistry(Regions regions, Hospitals hospitals, ReportingUnits units, AuditTrail audit, Clock clock) {
        this.regions = regions;
        this.hospitals = hospitals;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Hospital registerHospital(HospitalDraft draft, Actor actor) {
        if (!regions.exists(draft.region())) {
            throw new InvalidInputException("region", "no region has the code " + draft.region());
        }
        requireMayEdit(actor, draft.region());
        requireUnclassified(draft);
        var hospital = new Hospital(
                UUID.randomUUID(),
                uniqueSlug(draft.name()),
                draft.name().strip(),
                draft.region(),
                draft.city().strip(),
                draft.lat(),
                draft.lon(),
                draft.university(),
                "registered by " + actor.name(),
                0,
                clock.instant());
        hospitals.add(hospital);
        return hospital;
    }

    @Transactional
    public Hospital updateHospital(UUID id, long expectedVersion, HospitalDraft draft, Actor actor) {
        var current = hospital(id);
        requireMayEdit(actor, current.region());
        if (!current.region().equals(draft.region())) {
            throw new InvalidInputException(
                    "region", "a hospital stays in its region (" + current.region() + "); register a new one instead");
        }
        requireUnclassified(draft);
        hospitals.update(id, expectedVersion, draft, clock.instant());
        return hospital(id);
    }

    @Transactional
    public ReportingUnit registerUnit(UnitDraft draft, Actor actor) {
        var hospital = hospitals
                .find(draft.hospitalId())
                .orElseThrow(() -> new InvalidInputException("hospitalId", "no hospital has this id"));
        requireMayEdit(actor, hospital.region());
        requireUniqueName(draft, Optional.empty());
        Classification.check("name", draft.name());
        var unit = new ReportingUnit(
                UUID.randomUUID(),
                hospital.id(),
                hospital.region(),
                draft.name().strip(),
                draft.kind(),
                draft.referenceBeds(),
                draft.referenceBedsIsEstimate(),
                draft.active(),
                0,
                clock.instant());
        units.add(unit, "registered by " + actor.name());
        return unit;
    }

    @Transactional
    public ReportingUnit updateUnit(UUID id, long expectedVersion, UnitDraft draft, Actor actor) {
        var current = unit(id);
        requireMayEdit(actor, current.region());
        if (!current.hospitalId().equals(draft.hospitalId())) {
            throw new InvalidInputException("hospitalId", "a unit stays at its hospital; register a new one instead");
        }
        requireUniqueName(draft, Optional.of(id));
        Classification.check("name", draft.name());
        units.update(id, expectedVersion, draft, clock.instant());
        return unit(id);
    }

    @Transactional
    public Region recordParticipation(
            RegionCode code, long expectedVersion, ParticipationDecision decision, Actor actor) {
        if (!regions.exists(code)) {
            throw new NotFoundException("region", code);
        }
        if (!RegistryPermissions.mayRecordParticipationOf(actor, code)) {
            throw new ForbiddenException("you may not record region " + code + "'s participation decision");
        }
        Classification.check("diaryNumber", decision.diaryNumber());
        regions.recordParticipation(code, expectedVersion, decision);
        // A board's decision is what the cost key and the governance overview rest on: who set it is kept.
        audit.record(
                actor,
                "organisation.RECORD_PARTICIPATION",
                "region",
                code.value(),
                decision.status()
                        + (decision.decidedOn() == null ? "" : " " + decision.decidedOn())
                        + (decision.diaryNumber() == null ? "" : " dnr " + decision.diaryNumber()));
        return region(code);
    }

    public Region region(RegionCode code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
    }

    public Hospital hospital(UUID id) {
        return hospitals.find(id).orElseThrow(() -> new NotFoundException("hospital", id));
    }

    public ReportingUnit unit(UUID id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private static void requireMayEdit(Actor actor, RegionCode region) {
        if (!RegistryPermissions.mayEditHospitalsOf(actor, region)) {
            throw new ForbiddenException("you may not change hospitals or units of region " + region);
        }
    }

    /** NSPL holds no security-classified information (docs/security.md). */
    private static void requireUnclassified(HospitalDraft draft) {
        var errors = new java.util.ArrayList<InvalidInputException.FieldError>();
        Classification.check("name", draft.name(), errors);
        Classification.check("city", draft.city(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void requireUniqueName(UnitDraft draft, Optional<UUID> except) {
        if (units.nameTaken(draft.hospitalId(), draft.name(), except)) {
            throw new InvalidInputException("name", "the hospital already has a unit with this name");
        }
    }

    private String uniqueSlug(String name) {
        String base = slugOf(name);
        String slug = base;
        for (int n = 2; hospitals.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** "Sjukhuset i Örnsköldsvik" becomes "sjukhuset-i-ornskoldsvik". */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "hospital" : slug;
    }
}
