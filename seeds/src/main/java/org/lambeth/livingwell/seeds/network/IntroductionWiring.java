package org.lambeth.livingwell.seeds.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * INTRODUCED ties: "we don't have referrals, we have introductions". Community members, carers and
 * some peer supporters are introduced to assets and organisations near them, by a peer supporter or
 * professional they know, or failing that one from their half of the borough.
 */
final class IntroductionWiring {

    static final List<String> OUTCOMES = List.of("ATTENDED", "ONGOING", "DECLINED", "NO_SHOW");
    private static final double[] OUTCOME_WEIGHTS = {0.45, 0.30, 0.15, 0.10};
    private static final double ATTENDED_THEN_STOPPED = 0.20;
    private static final int ATTEMPTS = 3;

    private final Population population;
    private final KnowsWiring knows;
    private final IntroductionTargets targets;
    private final SplittableRandom random;
    private final Set<String> made = new HashSet<>();
    private final List<DemoTie> ties = new ArrayList<>();

    private IntroductionWiring(Population population, KnowsWiring knows, IntroductionTargets targets,
                               SplittableRandom random) {
        this.population = population;
        this.knows = knows;
        this.targets = targets;
        this.random = random;
    }

    static List<DemoTie> wire(Population population, KnowsWiring knows, IntroductionTargets targets,
                              SplittableRandom random) {
        IntroductionWiring wiring = new IntroductionWiring(population, knows, targets, random);
        for (int person = 0; person < population.size(); person++) {
            int count = wiring.introductionsFor(population.roleOf(person));
            for (int i = 0; i < count; i++) {
                wiring.introduce(person);
            }
        }
        return wiring.ties;
    }

    private int introductionsFor(Role role) {
        return switch (role) {
            case COMMUNITY_MEMBER -> Draws.binomial(random, 2, 0.5);
            case CARER -> Draws.binomial(random, 2, 0.4);
            case PEER_SUPPORTER -> Draws.binomial(random, 1, 0.3);
            case PROFESSIONAL -> 0;
        };
    }

    private void introduce(int person) {
        int introducer = introducerFor(person);
        if (introducer < 0) {
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String target = targets.pick(population.halfOf(person), population.wardOf(person), random);
            if (target != null && made.add(population.idOf(person) + "->" + target)) {
                ties.add(new DemoTie("INTRODUCED", population.idOf(person), target,
                        props(population.idOf(introducer))));
                return;
            }
        }
    }

    /** A peer supporter or professional the person knows, else one from their half; -1 if none. */
    private int introducerFor(int person) {
        List<Integer> known = knows.neighboursOf(person).stream()
                .filter(other -> population.roleOf(other).isHelper())
                .toList();
        if (!known.isEmpty()) {
            return Draws.pick(random, known);
        }
        List<Integer> nearby = population.inHalf(population.halfOf(person)).stream()
                .filter(other -> other != person && population.roleOf(other).isHelper())
                .toList();
        return nearby.isEmpty() ? -1 : Draws.pick(random, nearby);
    }

    private Map<String, Object> props(String introducerId) {
        LocalDate on = DemoCalendar.between(random, DemoCalendar.FIRST, DemoCalendar.LAST);
        String outcome = OUTCOMES.get(Draws.weighted(random, OUTCOME_WEIGHTS));
        TieProps props = TieProps.since(on);
        boolean stopped = outcome.equals("ATTENDED") && on.isBefore(DemoCalendar.LATEST_START)
                && Draws.chance(random, ATTENDED_THEN_STOPPED);
        if (stopped) {
            props.until(DemoCalendar.endAfter(random, on));
        }
        return props.text("byPersonId", introducerId).text("on", on.toString())
                .text("outcome", outcome).build();
    }
}
