package org.lambeth.livingwell.seeds.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The demo people, with where they live and what role they have, indexed for wiring. About 65% live
 * in North wards. A few "key individual drivers" are chosen: mostly North professionals and peer
 * supporters, and one South professional.
 */
final class Population {

    static final double NORTH_SHARE = 0.65;
    private static final double[] ROLE_SHARES = {0.15, 0.15, 0.20, 0.50};
    private static final Role[] ROLE_ORDER = {Role.PEER_SUPPORTER, Role.CARER, Role.PROFESSIONAL,
            Role.COMMUNITY_MEMBER};
    private static final List<Role> NORTH_DRIVER_ROLES = List.of(Role.PROFESSIONAL, Role.PROFESSIONAL,
            Role.PEER_SUPPORTER, Role.PROFESSIONAL);

    private final List<DemoPerson> people = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<String> halves = new ArrayList<>();
    private final Map<String, List<Integer>> byWard = new LinkedHashMap<>();
    private final Map<String, List<Integer>> byHalf = new LinkedHashMap<>();
    private final List<Integer> northDrivers = new ArrayList<>();
    private final List<Integer> southDrivers = new ArrayList<>();

    private Population() {
        byHalf.put(Halves.NORTH, new ArrayList<>());
        byHalf.put(Halves.SOUTH, new ArrayList<>());
    }

    static Population create(List<WardRef> wards, int count, SplittableRandom random) {
        Population population = new Population();
        Map<String, List<String>> wardsByHalf = wardCodesByHalf(wards);
        List<String> halves = halfPerPerson(wardsByHalf, count, random);
        List<Role> roles = rolePerPerson(count, random);
        List<String> names = Pseudonyms.generate(count, random);
        for (WardRef ward : wards) {
            population.byWard.putIfAbsent(ward.code(), new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            String ward = Draws.pick(random, wardsByHalf.get(halves.get(i)));
            population.add(new DemoPerson("demo-person-%04d".formatted(i + 1), names.get(i),
                    roles.get(i).name(), ward), roles.get(i), halves.get(i));
        }
        population.chooseDrivers(random);
        return population;
    }

    private void add(DemoPerson person, Role role, String half) {
        int index = people.size();
        people.add(person);
        roles.add(role);
        halves.add(half);
        byWard.get(person.wardCode()).add(index);
        byHalf.get(half).add(index);
    }

    private static Map<String, List<String>> wardCodesByHalf(List<WardRef> wards) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        codes.put(Halves.NORTH, new ArrayList<>());
        codes.put(Halves.SOUTH, new ArrayList<>());
        for (WardRef ward : wards) {
            codes.get(ward.half()).add(ward.code());
        }
        return codes;
    }

    private static List<String> halfPerPerson(Map<String, List<String>> wardsByHalf, int count,
                                              SplittableRandom random) {
        double northShare = wardsByHalf.get(Halves.SOUTH).isEmpty() ? 1.0
                : wardsByHalf.get(Halves.NORTH).isEmpty() ? 0.0 : NORTH_SHARE;
        int north = (int) Math.round(count * northShare);
        List<String> halves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            halves.add(i < north ? Halves.NORTH : Halves.SOUTH);
        }
        Draws.shuffle(random, halves);
        return halves;
    }

    private static List<Role> rolePerPerson(int count, SplittableRandom random) {
        List<Role> roles = new ArrayList<>(count);
        for (int r = 0; r < ROLE_ORDER.length - 1; r++) {
            long quota = Math.round(count * ROLE_SHARES[r]);
            for (int i = 0; i < quota && roles.size() < count; i++) {
                roles.add(ROLE_ORDER[r]);
            }
        }
        while (roles.size() < count) {
            roles.add(Role.COMMUNITY_MEMBER);
        }
        Draws.shuffle(random, roles);
        return roles;
    }

    /** Seeded picks in distinct wards: four in the North, one in the South. */
    private void chooseDrivers(SplittableRandom random) {
        for (Role role : NORTH_DRIVER_ROLES) {
            anyUnchosen(Halves.NORTH, role, random).ifPresent(northDrivers::add);
        }
        anyUnchosen(Halves.SOUTH, Role.PROFESSIONAL, random).ifPresent(southDrivers::add);
    }

    private Optional<Integer> anyUnchosen(String half, Role role, SplittableRandom random) {
        List<String> usedWards = northDrivers.stream().map(this::wardOf).toList();
        List<Integer> candidates = byHalf.get(half).stream()
                .filter(i -> roles.get(i) == role && !isDriver(i) && !usedWards.contains(wardOf(i)))
                .toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(Draws.pick(random, candidates));
    }

    List<DemoPerson> people() {
        return people;
    }

    int size() {
        return people.size();
    }

    String idOf(int index) {
        return people.get(index).id();
    }

    String wardOf(int index) {
        return people.get(index).wardCode();
    }

    Role roleOf(int index) {
        return roles.get(index);
    }

    String halfOf(int index) {
        return halves.get(index);
    }

    /** Residents of a ward, in index order. */
    List<Integer> inWard(String wardCode) {
        return byWard.get(wardCode);
    }

    /** Residents of a half, in index order. */
    List<Integer> inHalf(String half) {
        return byHalf.get(half);
    }

    List<Integer> northDrivers() {
        return northDrivers;
    }

    List<Integer> southDrivers() {
        return southDrivers;
    }

    boolean isDriver(int index) {
        return northDrivers.contains(index) || southDrivers.contains(index);
    }
}
