package se.nspl.fhir;

import static se.nspl.fhir.BedCapacityMeasure.CODE_SYSTEM;

import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/** Writes a bed-capacity report as the measure's MeasureReport (docs/fhir.md). */
final class MeasureReportWriter {

    private MeasureReportWriter() {}

    static MeasureReport toResource(BedCapacityReport report, Recording recording) {
        var resource = new MeasureReport();
        if (recording != null) {
            resource.setId(recording.id().toString());
            resource.getMeta()
                    .setVersionId(String.valueOf(recording.version()))
                    .setLastUpdated(Date.from(recording.receivedAt()));
            resource.setDateElement(dateTime(recording.receivedAt()));
        }
        resource.setStatus(MeasureReportStatus.COMPLETE)
                .setType(MeasureReportType.SUMMARY)
                .setMeasure(BedCapacityMeasure.URL);
        if (report.unitId() != null) {
            resource.setSubject(new Reference("Location/" + report.unitId())
                    .setIdentifier(new Identifier()
                            .setSystem(BedCapacityMeasure.UNIT_IDENTIFIER_SYSTEM)
                            .setValue(report.unitId().toString())));
        }
        if (report.observedAt() != null) {
            resource.setPeriod(new Period()
                    .setStartElement(dateTime(report.observedAt()))
                    .setEndElement(dateTime(report.observedAt())));
        }
        extensions(resource, report);
        if (recording != null) {
            recording
                    .corrects()
                    .ifPresent(id ->
                            resource.addExtension(BedCapacityMeasure.CORRECTS, new Reference("MeasureReport/" + id)));
            recording
                    .supersededBy()
                    .ifPresent(id -> resource.addExtension(
                            BedCapacityMeasure.SUPERSEDED_BY, new Reference("MeasureReport/" + id)));
            recording.warnings().forEach(w -> resource.addExtension(BedCapacityMeasure.WARNING, new StringType(w)));
        }
        report.levels().forEach((level, counts) -> {
            var group = resource.addGroup().setCode(code(BedCapacityMeasure.CARE_LEVEL_SYSTEM, level));
            population(group, BedCapacityMeasure.STAFFED, counts.staffed());
            population(group, BedCapacityMeasure.OCCUPIED, counts.occupied());
            if (counts.staffed() != null && counts.occupied() != null) {
                population(group, BedCapacityMeasure.AVAILABLE, counts.staffed() - counts.occupied());
            }
            population(group, BedCapacityMeasure.SURGE_24H, counts.surge24h());
            population(group, BedCapacityMeasure.RESERVE_7D, counts.reserve7d());
        });
        if (report.ventilatedPatients() != null || report.ecmoPatients() != null) {
            var group = resource.addGroup().setCode(code(CODE_SYSTEM, BedCapacityMeasure.PATIENTS));
            population(group, BedCapacityMeasure.VENTILATED, report.ventilatedPatients());
            population(group, BedCapacityMeasure.ECMO, report.ecmoPatients());
        }
        if (report.electiveNext7Days() != null || report.electivePostponed() != null) {
            var group = resource.addGroup().setCode(code(CODE_SYSTEM, BedCapacityMeasure.PLANNED_CARE));
            population(group, BedCapacityMeasure.ELECTIVE_SCHEDULED_7D, report.electiveNext7Days());
            population(group, BedCapacityMeasure.ELECTIVE_POSTPONED, report.electivePostponed());
        }
        return resource;
    }

    private static void extensions(MeasureReport resource, BedCapacityReport report) {
        if (report.operationalStatus() != null) {
            resource.addExtension(BedCapacityMeasure.OPERATIONAL_STATUS, new CodeType(report.operationalStatus()));
        }
        report.restrictions().stream()
                .sorted()
                .forEach(r -> resource.addExtension(BedCapacityMeasure.RESTRICTION, new CodeType(r)));
        if (report.emergencyDepartment() != null) {
            resource.addExtension(BedCapacityMeasure.EMERGENCY_DEPARTMENT, new CodeType(report.emergencyDepartment()));
        }
        if (report.comment() != null) {
            resource.addExtension(BedCapacityMeasure.COMMENT, new StringType(report.comment()));
        }
    }

    private static void population(MeasureReportGroupComponent group, String code, Integer count) {
        if (count != null) {
            group.addPopulation().setCode(code(CODE_SYSTEM, code)).setCount(count);
        }
    }

    private static CodeableConcept code(String system, String code) {
        return new CodeableConcept(new Coding(system, code, null));
    }

    /** Written as ISO-8601 in UTC with the instant's full precision, so that what is read back is equal. */
    private static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(instant.toString());
    }
}
