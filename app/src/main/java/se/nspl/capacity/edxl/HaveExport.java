package se.nspl.capacity.edxl;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.nspl.capacity.EdStatus;
import se.nspl.capacity.LevelFigures;
import se.nspl.capacity.OperationalStatus;
import se.nspl.capacity.Restriction;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.edxl.EdxlHave.BedType;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.ReportingUnit;

/**
 * Writes hospitals' current bed capacity as a HAVE {@code HospitalStatus}, elements in the order
 * of the 1.0 schema. A hospital is written when at least one of its units has a current report;
 * what HAVE keeps per hospital (time, emergency department, facility status) is the most pressing
 * of its units': the latest time, the worst status, every restriction.
 */
public final class HaveExport {

    /** A hospital and the current reports of its units. */
    public record HospitalCapacity(Hospital hospital, List<UnitCapacity> units) {}

    public record UnitCapacity(ReportingUnit unit, StatusReport current) {}

    private static final String H = "have";

    private HaveExport() {}

    public static void write(List<HospitalCapacity> hospitals, OutputStream out) {
        try {
            var xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix(H, EdxlHave.NAMESPACE);
            xml.setPrefix("xnl", EdxlHave.XNL);
            xml.setPrefix("nspl", EdxlHave.NSPL);
            xml.writeStartElement(H, "HospitalStatus", EdxlHave.NAMESPACE);
            xml.writeNamespace(H, EdxlHave.NAMESPACE);
            xml.writeNamespace("xnl", EdxlHave.XNL);
            xml.writeNamespace("nspl", EdxlHave.NSPL);
            for (var hospital : hospitals) {
                if (!hospital.units().isEmpty()) {
                    hospital(xml, hospital);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the EDXL-HAVE document", e);
        }
    }

    private static void hospital(XMLStreamWriter xml, HospitalCapacity capacity) throws XMLStreamException {
        var units = capacity.units().stream()
                .sorted(Comparator.comparing((UnitCapacity u) -> u.unit().name())
                        .thenComparing(u -> u.unit().id()))
                .toList();
        var statuses = units.stream().map(u -> u.current().status()).toList();
        start(xml, "Hospital");
        start(xml, "Organization");
        start(xml, "OrganizationInformation");
        xml.writeStartElement("xnl", "OrganisationName", EdxlHave.XNL);
        xml.writeAttribute("xnl", EdxlHave.XNL, "ID", capacity.hospital().id().toString());
        xml.writeStartElement("xnl", "NameElement", EdxlHave.XNL);
        xml.writeCharacters(capacity.hospital().name());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();

        var ed = statuses.stream()
                .map(s -> s.emergencyDepartment())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        if (ed.isPresent()) {
            start(xml, "EmergencyDepartmentStatus");
            start(xml, "EMSTraffic");
            text(xml, "EMSTrafficStatus", trafficStatus(ed.get()));
            xml.writeEndElement();
            xml.writeEndElement();
        }

        start(xml, "HospitalBedCapacityStatus");
        for (var unit : units) {
            for (var level : unit.current().status().levels().entrySet()) {
                bed(xml, unit.unit(), level.getKey(), level.getValue());
            }
        }
        xml.writeEndElement();

        var operational = statuses.stream()
                .map(s -> s.operationalStatus())
                .max(Comparator.naturalOrder())
                .orElse(OperationalStatus.NORMAL);
        start(xml, "HospitalFacilityStatus");
        text(xml, "FacilityStatus", facilityStatus(operational));
        xml.writeEndElement();

        Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);
        statuses.forEach(s -> restrictions.addAll(s.restrictions()));
        start(xml, "HospitalResourcesStatus");
        text(xml, "Staffing", adequacy(restrictions.contains(Restriction.STAFF)));
        text(
                xml,
                "FacilityOperations",
                adequacy(restrictions.contains(Restriction.ROOMS) || restrictions.contains(Restriction.EQUIPMENT)));
        text(xml, "ClinicalOperations", adequacy(restrictions.contains(Restriction.SUPPLIES)));
        xml.writeEndElement();

        var last = statuses.stream()
                .map(s -> s.observedAt())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        text(xml, "LastUpdateTime", dateTime(last));
        xml.writeEndElement();
    }

    private static void bed(XMLStreamWriter xml, ReportingUnit unit, se.nspl.shared.CareLevel level, LevelFigures f)
            throws XMLStreamException {
        start(xml, "BedCapacity");
        text(xml, "BedType", BedType.of(level).name());
        start(xml, "SubCategoryBedType");
        nspl(xml, "CareLevel", level.name());
        nspl(xml, "UnitId", unit.id().toString());
        if (f.available() < 0) {
            nspl(xml, "Occupied", String.valueOf(f.occupied()));
        }
        if (f.reserve7d() > 0) {
            nspl(xml, "Reserve7d", String.valueOf(f.reserve7d()));
        }
        xml.writeEndElement();
        start(xml, "Capacity");
        int available = Math.max(0, f.available());
        text(xml, "CapacityStatus", available > 0 ? "Vacant/Available" : "NotAvailable");
        text(xml, "AvailableCount", String.valueOf(available));
        text(xml, "BaselineCount", String.valueOf(f.staffed()));
        text(xml, "AdditionalCapacityCount24Hr", String.valueOf(f.surge24h()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String trafficStatus(EdStatus status) {
        return switch (status) {
            case OPEN -> "Normal";
            case DIVERTING -> "Advisory";
            case CLOSED -> "Closed";
        };
    }

    private static String facilityStatus(OperationalStatus status) {
        return switch (status) {
            case NORMAL -> "Normal";
            case RESTRICTED -> "Compromised";
            case CLOSED -> "Closed";
        };
    }

    private static String adequacy(boolean insufficient) {
        return insufficient ? "Insufficient" : "Adequate";
    }

    /** xsd:dateTime in UTC, to the microsecond NSPL keeps. */
    static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    }

    private static void start(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement(H, name, EdxlHave.NAMESPACE);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        start(xml, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void nspl(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("nspl", name, EdxlHave.NSPL);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
