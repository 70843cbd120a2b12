package se.nspl.picture;

import se.nspl.shared.CareLevel;

/**
 * One care level's beds in a part of the picture (the country, a region, a hospital, a unit).
 *
 * @param available staffed beds not occupied
 * @param percentFree available as a share of staffed, in percent; null without staffed beds
 */
public record LevelPicture(
        CareLevel level,
        int staffed,
        int occupied,
        int available,
        Double percentFree,
        int surge24h,
        int reserve7d,
        TrafficLight light) {

    static LevelPicture of(CareLevel level, Figures figures, Thresholds thresholds) {
        return new LevelPicture(
                level,
                figures.staffed(),
                figures.occupied(),
                figures.available(),
                figures.percentFree(),
                figures.surge24h(),
                figures.reserve7d(),
                TrafficLight.of(figures, thresholds));
    }
}
