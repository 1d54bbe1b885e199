package org.lambeth.livingwell.seeds.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The only KNOWS ties between North and South: each North key driver knows the South driver and one
 * South "connector" (a peer supporter or professional), and one ordinary North carer knows one South
 * community member. Taking the key drivers away leaves a single thin link, as the review feared.
 */
final class CrossHalfBridges {

    static final int CONNECTORS = 4;

    private CrossHalfBridges() {
    }

    static void wire(Population population, KnowsWiring knows, SplittableRandom random) {
        List<Integer> connectors = southConnectors(population, random);
        List<Integer> northDrivers = population.northDrivers();
        for (int i = 0; i < northDrivers.size(); i++) {
            int driver = northDrivers.get(i);
            for (int southDriver : population.southDrivers()) {
                bridge(knows, driver, southDriver);
            }
            if (!connectors.isEmpty()) {
                bridge(knows, driver, connectors.get(i % connectors.size()));
            }
        }
        int carer = any(population, Halves.NORTH, Role.CARER, connectors, random);
        int neighbour = any(population, Halves.SOUTH, Role.COMMUNITY_MEMBER, connectors, random);
        if (carer >= 0 && neighbour >= 0) {
            bridge(knows, carer, neighbour);
        }
    }

    private static void bridge(KnowsWiring knows, int north, int south) {
        knows.connectLasting(north, south, DemoCalendar.SOUTH_SCALING, DemoCalendar.LATEST_START);
    }

    /** Seeded picks of South peer supporters and professionals, not drivers, in distinct wards. */
    private static List<Integer> southConnectors(Population population, SplittableRandom random) {
        List<Integer> connectors = new ArrayList<>();
        List<String> wards = new ArrayList<>();
        List<Integer> south = new ArrayList<>(population.inHalf(Halves.SOUTH));
        Draws.shuffle(random, south);
        for (int person : south) {
            boolean eligible = population.roleOf(person).isHelper() && !population.isDriver(person)
                    && !wards.contains(population.wardOf(person));
            if (eligible && connectors.size() < CONNECTORS) {
                connectors.add(person);
                wards.add(population.wardOf(person));
            }
        }
        return connectors;
    }

    private static int any(Population population, String half, Role role, List<Integer> excluded,
                           SplittableRandom random) {
        List<Integer> candidates = population.inHalf(half).stream()
                .filter(p -> population.roleOf(p) == role && !population.isDriver(p) && !excluded.contains(p))
                .toList();
        return candidates.isEmpty() ? -1 : Draws.pick(random, candidates);
    }
}
