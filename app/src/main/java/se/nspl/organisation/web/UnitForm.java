package se.nspl.organisation.web;

import java.util.UUID;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.UnitDraft;
import se.nspl.organisation.UnitKind;

/** The reporting unit form's fields as typed; rules live in {@link UnitDraft}. */
public class UnitForm {

    private UUID hospitalId;
    private String name;
    private UnitKind kind;
    private Integer referenceBeds;
    private boolean referenceBedsIsEstimate;
    private boolean active = true;
    private long version;

    static UnitForm of(ReportingUnit unit) {
        var form = new UnitForm();
        form.hospitalId = unit.hospitalId();
        form.name = unit.name();
        form.kind = unit.kind();
        form.referenceBeds = unit.referenceBeds();
        form.referenceBedsIsEstimate = unit.referenceBedsIsEstimate();
        form.active = unit.active();
        form.version = unit.version();
        return form;
    }

    UnitDraft toDraft() {
        return new UnitDraft(hospitalId, name, kind, referenceBeds, referenceBedsIsEstimate, active);
    }

    public UUID getHospitalId() {
        return hospitalId;
    }

    public void setHospitalId(UUID hospitalId) {
        this.hospitalId = hospitalId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public Integer getReferenceBeds() {
        return referenceBeds;
    }

    public void setReferenceBeds(Integer referenceBeds) {
        this.referenceBeds = referenceBeds;
    }

    public boolean isReferenceBedsIsEstimate() {
        return referenceBedsIsEstimate;
    }

    public void setReferenceBedsIsEstimate(boolean referenceBedsIsEstimate) {
        this.referenceBedsIsEstimate = referenceBedsIsEstimate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
