package org.lambeth.livingwell.seeds.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Generates a made-up, deterministic demo network of people around the real wards, organisations
 * and assets: the same seed and inputs always give equal output, in the same order.
 *
 * <p>The shape follows the 2014 Collaborative review: about 65% of people live in North wards, where
 * the Network is established; people mostly know others in their ward and half, less so in the South;
 * only a dozen or so people know someone across the North-South divide, most of them a handful of
 * "key individual drivers" (North professionals and peer supporters, and one South professional)
 * who also know many people and belong to several organisations. Take them away and the halves
 * nearly come apart: "people leave, things fall apart".
 *
 * <p>For 1,000 people it makes about 5,000 ties: KNOWS, HAS_SKILL, MEMBER_OF and INTRODUCED (see
 * {@link DemoTie}). People are pseudonymous, with no sensitive attributes.
 */
public final class DemoNetworkGenerator {

    /** The date of the "Renewing the Juices" session, 11 December 2014. */
    public static final long DEFAULT_SEED = 20141211L;

    private static final int PEOPLE_PHASE = 1;
    private static final int KNOWS_PHASE = 2;
    private static final int SKILLS_PHASE = 3;
    private static final int MEMBERSHIP_PHASE = 4;
    private static final int INTRODUCTION_PHASE = 5;

    private final long seed;

    /** A generator whose output is fixed by {@code seed}. */
    public DemoNetworkGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Generates the network. Inputs are read in the order given; a repeated organisation or asset id
     * is used once.
     *
     * @param wards         the wards people may live in; at least one
     * @param organisations organisations people may join or be introduced to; may be empty
     * @param assets        assets people may be introduced to; may be empty
     * @param people        how many people to make; zero or more
     * @return the people, the skill catalogue, and the ties
     * @throws IllegalArgumentException if there are no wards or {@code people} is negative
     */
    public DemoNetwork generate(List<WardRef> wards, List<OrganisationRef> organisations,
                                List<AssetRef> assets, int people) {
        Objects.requireNonNull(wards, "wards");
        if (wards.isEmpty()) {
            throw new IllegalArgumentException("at least one ward is needed");
        }
        if (people < 0) {
            throw new IllegalArgumentException("people must not be negative, was " + people);
        }
        List<OrganisationRef> uniqueOrganisations = distinct(organisations, OrganisationRef::id);
        List<AssetRef> uniqueAssets = distinct(assets, AssetRef::id);

        Population population = Population.create(wards, people, Draws.stream(seed, PEOPLE_PHASE));
        KnowsWiring knows = KnowsWiring.wire(population, Draws.stream(seed, KNOWS_PHASE));
        List<DemoTie> ties = new ArrayList<>(knows.ties());
        ties.addAll(SkillWiring.wire(population, Draws.stream(seed, SKILLS_PHASE)));
        ties.addAll(MembershipWiring.wire(population, uniqueOrganisations, Draws.stream(seed, MEMBERSHIP_PHASE)));
        IntroductionTargets targets = new IntroductionTargets(wards, uniqueOrganisations, uniqueAssets);
        ties.addAll(IntroductionWiring.wire(population, knows, targets, Draws.stream(seed, INTRODUCTION_PHASE)));
        return new DemoNetwork(population.people(), SkillCatalogue.SKILLS, ties);
    }

    private static <T> List<T> distinct(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T item : Objects.requireNonNull(items)) {
            byId.putIfAbsent(id.apply(item), item);
        }
        return List.copyOf(byId.values());
    }
}
