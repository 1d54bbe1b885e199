package org.lambeth.livingwell.analysis.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic network shaped like the demo network, at benchmark scale: the same seed, size and
 * wards always give the same people and ties.
 *
 * <ul>
 * <li>People live in the real wards, about 65% of them in wards that are PART_OF {@code half-north}.</li>
 * <li>Organisations (one per 200 nodes, at least 10) are borough-wide: no locality. 45% draw their members mostly
 * from the North, 35% from the South, 20% from anywhere; a person joins one of their own side's organisations 80% of
 * the time. Membership is skewed so that a few organisations are large.</li>
 * <li>About a quarter as many memberships as people; two WORKS_WITH ties per organisation, of kind COLLABORATION,
 * COORDINATION, CONTRACT or ALLIANCE.</li>
 * <li>KNOWS fills the rest of the relationship budget (after one LOCATED_IN per person): 70% within the person's
 * ward, 30% elsewhere on their side; South people make a quarter fewer ties; 1% of people are hubs that start
 * 10% of all ties. Only a few bridging people (one per 2,000 people, at least 4; three in four of them in the
 * North) know someone on the other side, one to three people each.</li>
 * <li>Ties carry {@code since} (2013-01-01 .. 2026-06-30), {@code strength} (0.10 .. 1.00), and for one in ten
 * an {@code until} a month to four years later.</li>
 * </ul>
 */
final class SyntheticNetwork {

    static final long SEED = 20141211L;
    static final String NORTH = "half-north";
    static final String SOUTH = "half-south";
    static final String[] WORKS_WITH_KINDS = { "COLLABORATION", "COORDINATION", "CONTRACT", "ALLIANCE" };

    private static final LocalDate FIRST = LocalDate.of(2013, 1, 1);
    private static final LocalDate LATEST_START = LocalDate.of(2026, 6, 30);
    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    private static final double NORTH_SHARE = 0.65;
    private static final double WITHIN_WARD = 0.7;
    private static final double HUB_SHARE = 0.1;
    private static final double SOUTH_SKIP = 0.25;
    private static final double ENDED = 0.1;
    private static final int LEAN_NORTH = 0;
    private static final int LEAN_SOUTH = 1;
    private static final int BOROUGH_WIDE = 2;

    /** A ward and the half it is PART_OF. */
    record Ward(String id, String half) {
    }

    /** Ties as parallel arrays: endpoint numbers (people or organisations), dates as epoch days. */
    static final class Ties {

        final int[] from;
        final int[] to;
        final int[] since;
        /** Epoch day, or {@link Integer#MIN_VALUE} when the tie has not ended. */
        final int[] until;
        final float[] strength;
        final byte[] kind;
        int size;

        Ties(int capacity) {
            from = new int[capacity];
            to = new int[capacity];
            since = new int[capacity];
            until = new int[capacity];
            strength = new float[capacity];
            kind = new byte[capacity];
        }

        void add(int a, int b, int kindIndex, SplittableRandom random) {
            from[size] = a;
            to[size] = b;
            kind[size] = (byte) kindIndex;
            int start = (int) FIRST.toEpochDay() + random.nextInt((int) (LATEST_START.toEpochDay()
                    - FIRST.toEpochDay()) + 1);
            since[size] = start;
            until[size] = random.nextDouble() < ENDED
                    ? (int) Math.min(LAST.toEpochDay(), start + 30 + random.nextInt(1430))
                    : Integer.MIN_VALUE;
            strength[size] = (10 + random.nextInt(91)) / 100f;
            size++;
        }

        LocalDate sinceDate(int i) {
            return LocalDate.ofEpochDay(since[i]);
        }

        /** The end date, or null. */
        LocalDate untilDate(int i) {
            return until[i] == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(until[i]);
        }

        long fingerprint() {
            long h = size;
            h = 31 * h + Arrays.hashCode(Arrays.copyOf(from, size));
            h = 31 * h + Arrays.hashCode(Arrays.copyOf(to, size));
            h = 31 * h + Arrays.hashCode(Arrays.copyOf(since, size));
            h = 31 * h + Arrays.hashCode(Arrays.copyOf(until, size));
            h = 31 * h + Arrays.hashCode(Arrays.copyOf(strength, size));
            return 31 * h + Arrays.hashCode(Arrays.copyOf(kind, size));
        }
    }

    final BenchSize size;
    final List<Ward> wards;
    final int people;
    final int organisations;
    /** Each person's ward, an index into {@link #wards}. */
    final int[] personWard;
    /** Each organisation's membership lean (North, South, borough-wide); organisations have no locality. */
    final byte[] organisationLean;
    final Ties knows;
    final Ties memberships;
    final Ties worksWith;
    final int bridgingPeople;
    final int northPeople;

    private SyntheticNetwork(BenchSize size, List<Ward> wards, int people, int organisations, int[] personWard,
            byte[] organisationLean, Ties knows, Ties memberships, Ties worksWith, int bridgingPeople,
            int northPeople) {
        this.size = size;
        this.wards = wards;
        this.people = people;
        this.organisations = organisations;
        this.personWard = personWard;
        this.organisationLean = organisationLean;
        this.knows = knows;
        this.memberships = memberships;
        this.worksWith = worksWith;
        this.bridgingPeople = bridgingPeople;
        this.northPeople = northPeople;
    }

    static String personId(int person) {
        return String.format(Locale.ROOT, "bench-person-%07d", person);
    }

    static String organisationId(int organisation) {
        return String.format(Locale.ROOT, "bench-org-%05d", organisation);
    }

    /** Relationships written: one LOCATED_IN per person and every tie. */
    long relationships() {
        return (long) people + knows.size + memberships.size + worksWith.size;
    }

    long fingerprint() {
        long h = 31L * Arrays.hashCode(personWard) + Arrays.hashCode(organisationLean);
        h = 31 * h + knows.fingerprint();
        h = 31 * h + memberships.fingerprint();
        return 31 * h + worksWith.fingerprint();
    }

    /**
     * Generates the network for {@code size} over {@code wards} (each PART_OF half-north or half-south; others are
     * ignored), in the order given (sort them for a stable result).
     */
    static SyntheticNetwork generate(BenchSize size, List<Ward> wards, long seed) {
        var random = new SplittableRandom(seed);
        int organisations = Math.max(10, size.nodes() / 200);
        int people = size.nodes() - organisations;
        int worksWithCount = 2 * organisations;
        int membershipCount = people / 4;
        long knowsBudget = (long) size.relationships() - people - membershipCount - worksWithCount;
        if (knowsBudget < people / 2) {
            throw new IllegalArgumentException("too few relationships for " + size + ": at least "
                    + (people + membershipCount + worksWithCount + people / 2) + " are needed");
        }
        int knowsCount = Math.toIntExact(knowsBudget);

        var northWards = new ArrayList<Integer>();
        var southWards = new ArrayList<Integer>();
        for (int w = 0; w < wards.size(); w++) {
            if (NORTH.equals(wards.get(w).half())) {
                northWards.add(w);
            } else if (SOUTH.equals(wards.get(w).half())) {
                southWards.add(w);
            }
        }
        if (northWards.isEmpty() || southWards.isEmpty()) {
            throw new IllegalStateException("no wards PART_OF " + NORTH + " or " + SOUTH + ": " + wards);
        }

        // people and their wards
        var personWard = new int[people];
        var north = new boolean[people];
        int northPeople = 0;
        for (int p = 0; p < people; p++) {
            north[p] = random.nextDouble() < NORTH_SHARE;
            var side = north[p] ? northWards : southWards;
            personWard[p] = side.get(random.nextInt(side.size()));
            if (north[p]) {
                northPeople++;
            }
        }
        int[][] wardMembers = groups(personWard, wards.size());
        var sideOf = new int[people];
        for (int p = 0; p < people; p++) {
            sideOf[p] = north[p] ? 0 : 1;
        }
        int[][] sideMembers = groups(sideOf, 2);

        // organisations: borough-wide, with a membership lean
        var lean = new byte[organisations];
        for (int o = 0; o < organisations; o++) {
            double u = random.nextDouble();
            lean[o] = (byte) (u < 0.45 ? LEAN_NORTH : u < 0.80 ? LEAN_SOUTH : BOROUGH_WIDE);
        }
        var byLean = new int[3][];
        for (int l = 0; l < 3; l++) {
            final int wanted = l;
            byLean[l] = java.util.stream.IntStream.range(0, organisations).filter(o -> lean[o] == wanted).toArray();
        }

        var worksWith = new Ties(worksWithCount);
        var orgPairs = new LongHashSet(worksWithCount);
        while (worksWith.size < worksWithCount) {
            int a = random.nextInt(organisations);
            int b = random.nextInt(organisations);
            if (a != b && orgPairs.add(pairKey(a, b, organisations))) {
                worksWith.add(a, b, random.nextInt(WORKS_WITH_KINDS.length), random);
            }
        }

        var memberships = new Ties(membershipCount);
        var joined = new LongHashSet(membershipCount);
        while (memberships.size < membershipCount) {
            int p = random.nextInt(people);
            int[] pool = byLean[random.nextDouble() < 0.8 ? (north[p] ? LEAN_NORTH : LEAN_SOUTH) : BOROUGH_WIDE];
            if (pool.length == 0) {
                continue;
            }
            double u = random.nextDouble();
            int o = pool[(int) (pool.length * u * u)]; // skewed: a few large organisations
            if (joined.add((long) p * organisations + o)) {
                memberships.add(p, o, 0, random);
            }
        }

        var knows = new Ties(knowsCount);
        var pairs = new LongHashSet(knowsCount);
        int bridging = Math.max(4, people / 2_000);
        for (int i = 0; i < bridging && knows.size < knowsCount; i++) {
            boolean fromNorth = i % 4 != 3;
            int[] here = sideMembers[fromNorth ? 0 : 1];
            int[] there = sideMembers[fromNorth ? 1 : 0];
            int p = here[random.nextInt(here.length)];
            int crossing = 1 + random.nextInt(3);
            for (int c = 0; c < crossing && knows.size < knowsCount; c++) {
                int q = there[random.nextInt(there.length)];
                if (pairs.add(pairKey(p, q, people))) {
                    knows.add(p, q, 0, random);
                }
            }
        }
        var hubs = new int[Math.max(1, people / 100)];
        for (int i = 0; i < hubs.length; i++) {
            hubs[i] = random.nextInt(people);
        }
        while (knows.size < knowsCount) {
            int p = random.nextDouble() < HUB_SHARE ? hubs[random.nextInt(hubs.length)] : random.nextInt(people);
            if (!north[p] && random.nextDouble() < SOUTH_SKIP) {
                continue;
            }
            int[] candidates = random.nextDouble() < WITHIN_WARD ? wardMembers[personWard[p]]
                    : sideMembers[north[p] ? 0 : 1];
            int q = candidates[random.nextInt(candidates.length)];
            if (q != p && pairs.add(pairKey(p, q, people))) {
                knows.add(p, q, 0, random);
            }
        }
        return new SyntheticNetwork(size, List.copyOf(wards), people, organisations, personWard, lean, knows,
                memberships, worksWith, bridging, northPeople);
    }

    private static long pairKey(int a, int b, int n) {
        return (long) Math.min(a, b) * n + Math.max(a, b);
    }

    /** Members of each group 0..groups-1, in increasing order. */
    private static int[][] groups(int[] groupOf, int groups) {
        var counts = new int[groups];
        for (int g : groupOf) {
            counts[g]++;
        }
        var result = new int[groups][];
        for (int g = 0; g < groups; g++) {
            result[g] = new int[counts[g]];
        }
        var next = new int[groups];
        for (int i = 0; i < groupOf.length; i++) {
            result[groupOf[i]][next[groupOf[i]]++] = i;
        }
        return result;
    }

    /** An open-addressing set of non-negative longs, to check millions of pairs without boxing. */
    private static final class LongHashSet {

        private final long[] slots;
        private final int mask;

        LongHashSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
            slots = new long[capacity];
            mask = capacity - 1;
        }

        /** Adds {@code key} (&gt;= 0); false when it was there already. */
        boolean add(long key) {
            long stored = key + 1; // 0 marks an empty slot
            int i = (int) (mix(key) & mask);
            while (slots[i] != 0) {
                if (slots[i] == stored) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            slots[i] = stored;
            return true;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }
}
