package se.nspl.capacity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A unit's beds of one care level. Staffed beds are there and staffed within two hours (the
 * Swedish intensive care register's definition). Surge and reserve default to 0 when not given.
 *
 * @param surge24h beds the unit can add within 24 hours
 * @param reserve7d beds the unit can add within 7 days
 */
public record LevelFigures(Integer staffed, Integer occupied, Integer surge24h, Integer reserve7d) {

    public LevelFigures {
        surge24h = surge24h == null ? 0 : surge24h;
        reserve7d = reserve7d == null ? 0 : reserve7d;
    }

    /**
     * Staffed minus occupied. Negative when surge beds are in use: the unit is above its staffed
     * capacity, which the picture must show rather than hide as zero.
     */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public int available() {
        return staffed - occupied;
    }
}
