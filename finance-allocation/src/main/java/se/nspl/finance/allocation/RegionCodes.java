package se.nspl.finance.allocation;

import java.util.Set;

/** The 21 regions' län codes (SCB): the only regions the cost key knows. */
public final class RegionCodes {

    public static final Set<String> ALL = Set.of(
            "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22",
            "23", "24", "25");

    private RegionCodes() {}
}
