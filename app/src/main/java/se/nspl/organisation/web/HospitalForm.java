package se.nspl.organisation.web;

import se.nspl.organisation.Hospital;
import se.nspl.organisation.HospitalDraft;
import se.nspl.shared.RegionCode;

/** The hospital form's fields as typed; rules live in {@link HospitalDraft}. */
public class HospitalForm {

    private String name;
    private String region;
    private String city;
    private Double lat;
    private Double lon;
    private boolean university;
    private long version;

    static HospitalForm of(Hospital hospital) {
        var form = new HospitalForm();
        form.name = hospital.name();
        form.region = hospital.region().value();
        form.city = hospital.city();
        form.lat = hospital.lat();
        form.lon = hospital.lon();
        form.university = hospital.university();
        form.version = hospital.version();
        return form;
    }

    HospitalDraft toDraft() {
        return new HospitalDraft(name, RegionCode.of(region), city, lat, lon, university);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    public boolean isUniversity() {
        return university;
    }

    public void setUniversity(boolean university) {
        this.university = university;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
