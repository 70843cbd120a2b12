package se.nspl.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** A region's two-digit län code, e.g. {@code 24} for Västerbotten (SCB's county codes). */
public record RegionCode(String value) implements Comparable<RegionCode> {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    public RegionCode {
        if (value == null || !TWO_DIGITS.matcher(value).matches()) {
            throw new InvalidInputException("region", "must be a two-digit län code such as 24");
        }
    }

    @JsonCreator
    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
