package se.nspl.organisation;

import static java.util.stream.Collectors.groupingBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;

/** Reads of the registry that combine regions, hospitals and units. */
@Service
@Transactional(readOnly = true)
public class RegistryQueries {

    private final Regions regions;
    private final Hospitals hospitals;
    private final ReportingUnits units;

    RegistryQueries(Regions regions, Hospitals hospitals, ReportingUnits units) {
        this.regions = regions;
        this.hospitals = hospitals;
        this.units = units;
    }

    public RegionDetails region(RegionCode code) {
        var region = regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
        var unitsByHospital = units.find(Optional.of(code), Optional.empty(), Optional.empty()).stream()
                .collect(groupingBy(ReportingUnit::hospitalId));
        var details = hospitals.inRegion(code).stream()
                .map(h -> new HospitalDetails(h, unitsByHospital.getOrDefault(h.id(), List.of())))
                .toList();
        return new RegionDetails(region, details);
    }

    public HospitalDetails hospital(UUID id) {
        var hospital = hospitals.find(id).orElseThrow(() -> new NotFoundException("hospital", id));
        return new HospitalDetails(hospital, units.atHospital(id));
    }
}
