package se.nspl.capacity.web;

import se.nspl.Api;
import se.nspl.TestAccounts;

/** The units the FHIR tests report for: Norrtälje sjukhus (region 01), which no other test reports for. */
final class FhirTestUnits {

    private FhirTestUnits() {}

    static String norrtalje(Api api, String kind) {
        String hospital = api.get("/api/v1/hospitals?region=01&q=norrt", TestAccounts.NATIONAL)
                .json()
                .get(0)
                .path("id")
                .asString();
        return api.get("/api/v1/units?hospital=" + hospital + "&kind=" + kind, TestAccounts.NATIONAL)
                .json()
                .get(0)
                .path("id")
                .asString();
    }
}
