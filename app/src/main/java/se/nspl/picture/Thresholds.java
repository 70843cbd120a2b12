package se.nspl.picture;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the traffic lights change: red at or below {@code redAtMostPercentFree} % free staffed
 * beds, yellow at or below {@code yellowAtMostPercentFree} %, green above. Set as
 * {@code nspl.picture.thresholds.red-at-most-percent-free} and {@code …yellow-at-most-percent-free}.
 */
@ConfigurationProperties("nspl.picture.thresholds")
public record Thresholds(Double redAtMostPercentFree, Double yellowAtMostPercentFree) {

    public Thresholds {
        redAtMostPercentFree = redAtMostPercentFree == null ? 10.0 : redAtMostPercentFree;
        yellowAtMostPercentFree = yellowAtMostPercentFree == null ? 30.0 : yellowAtMostPercentFree;
        if (!(0 <= redAtMostPercentFree
                && redAtMostPercentFree <= yellowAtMostPercentFree
                && yellowAtMostPercentFree <= 100)) {
            throw new IllegalArgumentException("thresholds need 0 <= red <= yellow <= 100 (% free)");
        }
    }
}
