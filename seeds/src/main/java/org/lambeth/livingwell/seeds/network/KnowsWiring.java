package org.lambeth.livingwell.seeds.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * KNOWS ties: dense within a ward, fairly dense across the North, sparser in the South. Key drivers
 * know many people in their half; only {@link CrossHalfBridges} link the halves. At most one tie per
 * unordered pair, and no one knows themselves.
 */
final class KnowsWiring {

    private static final LocalDate DRIVERS_ESTABLISHED = LocalDate.of(2016, 12, 31);
    private static final int NORTH_DRIVER_CONTACTS = 45;
    private static final int SOUTH_DRIVER_CONTACTS = 30;
    private static final int ATTEMPTS = 4;

    private final Population population;
    private final SplittableRandom random;
    private final Set<Long> pairs = new HashSet<>();
    private final List<List<Integer>> neighbours = new ArrayList<>();
    private final List<DemoTie> ties = new ArrayList<>();

    private KnowsWiring(Population population, SplittableRandom random) {
        this.population = population;
        this.random = random;
        for (int i = 0; i < population.size(); i++) {
            neighbours.add(new ArrayList<>());
        }
    }

    static KnowsWiring wire(Population population, SplittableRandom random) {
        KnowsWiring wiring = new KnowsWiring(population, random);
        for (int person = 0; person < population.size(); person++) {
            wiring.wireLocal(person);
        }
        wiring.wireDrivers();
        CrossHalfBridges.wire(population, wiring, random);
        return wiring;
    }

    List<DemoTie> ties() {
        return ties;
    }

    /** The people this person knows, in the order the ties were made. */
    List<Integer> neighboursOf(int person) {
        return neighbours.get(person);
    }

    private void wireLocal(int person) {
        boolean north = Halves.NORTH.equals(population.halfOf(person));
        double scale = activity(population.roleOf(person));
        int wardContacts = Draws.binomial(random, north ? 4 : 3, (north ? 0.5 : 0.43) * scale);
        int halfContacts = Draws.binomial(random, 2, (north ? 0.4 : 0.15) * scale);
        for (int i = 0; i < wardContacts; i++) {
            tryConnect(person, population.inWard(population.wardOf(person)), 0.35, 1.0);
        }
        for (int i = 0; i < halfContacts; i++) {
            tryConnect(person, population.inHalf(population.halfOf(person)), 0.2, 0.8);
        }
    }

    /** Peer supporters and professionals know more people than others do. */
    private static double activity(Role role) {
        return switch (role) {
            case PEER_SUPPORTER -> 1.5;
            case PROFESSIONAL -> 1.3;
            case CARER -> 1.0;
            case COMMUNITY_MEMBER -> 0.8;
        };
    }

    private void tryConnect(int person, List<Integer> candidates, double minStrength, double maxStrength) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int other = Draws.pick(random, candidates);
            if (canConnect(person, other)) {
                LocalDate since = DemoCalendar.start(random);
                connect(person, other, TieProps.since(since).maybeEnded(random, since)
                        .strength(Draws.between(random, minStrength, maxStrength)));
                return;
            }
        }
    }

    private void wireDrivers() {
        for (int driver : population.northDrivers()) {
            wireDriver(driver, NORTH_DRIVER_CONTACTS);
        }
        for (int driver : population.southDrivers()) {
            wireDriver(driver, SOUTH_DRIVER_CONTACTS);
        }
        List<Integer> north = population.northDrivers();
        for (int a = 0; a < north.size(); a++) {
            for (int b = a + 1; b < north.size(); b++) {
                connectLasting(north.get(a), north.get(b), DemoCalendar.FIRST, DRIVERS_ESTABLISHED);
            }
        }
    }

    private void wireDriver(int driver, int contacts) {
        List<Integer> half = population.inHalf(population.halfOf(driver));
        int wanted = Math.min(contacts, half.size() - 1);
        for (int made = 0, tries = 0; made < wanted && tries < contacts * ATTEMPTS; tries++) {
            int other = Draws.pick(random, half);
            if (canConnect(driver, other)) {
                connectLasting(driver, other, DemoCalendar.FIRST, DRIVERS_ESTABLISHED);
                made++;
            }
        }
    }

    /** A current, fairly strong tie first made between the two dates. */
    void connectLasting(int a, int b, LocalDate from, LocalDate to) {
        if (canConnect(a, b)) {
            connect(a, b, TieProps.since(DemoCalendar.between(random, from, to))
                    .strength(Draws.between(random, 0.5, 1.0)));
        }
    }

    boolean canConnect(int a, int b) {
        return a != b && !pairs.contains(pairKey(a, b));
    }

    private void connect(int a, int b, TieProps props) {
        pairs.add(pairKey(a, b));
        neighbours.get(a).add(b);
        neighbours.get(b).add(a);
        ties.add(new DemoTie("KNOWS", population.idOf(a), population.idOf(b), props.build()));
    }

    private long pairKey(int a, int b) {
        return (long) Math.min(a, b) * population.size() + Math.max(a, b);
    }
}
