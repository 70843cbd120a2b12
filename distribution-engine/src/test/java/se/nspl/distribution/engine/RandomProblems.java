package se.nspl.distribution.engine;

import java.util.ArrayList;
import java.util.Random;

/** Tiny problems drawn from a seeded random source: small enough to solve by brute force, varied enough to bind. */
final class RandomProblems {

    private final Random random;

    RandomProblems(long seed) {
        this.random = new Random(seed);
    }

    DistributionProblem next(String name) {
        var hospitals = new ArrayList<Hospital>();
        int hospitalCount = 2 + random.nextInt(3);
        for (int h = 0; h < hospitalCount; h++) {
            hospitals.add(
                    new Hospital("h" + h, "01", latitude(), longitude(), new LevelCounts(beds(), beds(), beds())));
        }
        var groups = new ArrayList<PatientGroup>();
        int groupCount = 1 + random.nextInt(4);
        int mostPerGroup = groupCount <= 2 ? 3 : 2;
        for (int g = 0; g < groupCount; g++) {
            groups.add(new PatientGroup(
                    "g" + g,
                    hospitals.get(random.nextInt(hospitalCount)).id(),
                    CareLevel.values()[random.nextInt(3)],
                    1 + random.nextInt(mostPerGroup),
                    1 + random.nextInt(3)));
        }
        var transports = new ArrayList<Transport>();
        int transportCount = 1 + random.nextInt(2);
        for (int t = 0; t < transportCount; t++) {
            boolean air = random.nextBoolean();
            transports.add(new Transport(
                    "t" + t,
                    air ? TransportMode.AIR : TransportMode.ROAD,
                    latitude(),
                    longitude(),
                    1 + random.nextInt(2),
                    air ? 150 + random.nextInt(250) : 60 + random.nextInt(40),
                    random.nextInt(61),
                    120 + random.nextInt(481),
                    new LevelCounts(random.nextInt(3), random.nextInt(3), 1 + random.nextInt(2)),
                    1 + random.nextInt(3)));
        }
        return new DistributionProblem(name, hospitals, groups, transports);
    }

    private double latitude() {
        return 58.5 + 2 * random.nextDouble();
    }

    private double longitude() {
        return 15 + 4 * random.nextDouble();
    }

    private int beds() {
        return random.nextInt(3);
    }
}
