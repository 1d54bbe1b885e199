package org.lambeth.livingwell.seeds.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * MEMBER_OF ties from people to organisations. Professionals belong to one or two organisations in
 * their half or borough-wide; peer supporters to a peer-support organisation (one whose id contains
 * {@code peer}, {@code certitude} or {@code hub}, else any); a few carers and community members to
 * one; key drivers to three to five.
 */
final class MembershipWiring {

    static final List<String> PEER_SUPPORT_HINTS = List.of("peer", "certitude", "hub");

    private final Population population;
    private final List<OrganisationRef> organisations;
    private final SplittableRandom random;
    private final List<DemoTie> ties = new ArrayList<>();

    private MembershipWiring(Population population, List<OrganisationRef> organisations,
                             SplittableRandom random) {
        this.population = population;
        this.organisations = organisations;
        this.random = random;
    }

    static List<DemoTie> wire(Population population, List<OrganisationRef> organisations,
                              SplittableRandom random) {
        MembershipWiring wiring = new MembershipWiring(population, organisations, random);
        if (!organisations.isEmpty()) {
            for (int person = 0; person < population.size(); person++) {
                wiring.wirePerson(person);
            }
        }
        return wiring.ties;
    }

    private void wirePerson(int person) {
        List<OrganisationRef> local = OrganisationChoice.inOrNear(organisations, population.halfOf(person));
        if (population.isDriver(person)) {
            joinSeveral(person, local, 3 + random.nextInt(3));
            return;
        }
        switch (population.roleOf(person)) {
            case PROFESSIONAL -> joinSeveral(person, local, Draws.chance(random, 0.3) ? 2 : 1);
            case PEER_SUPPORTER -> joinPeerSupport(person, local);
            case CARER -> joinSeveral(person, local, Draws.chance(random, 0.15) ? 1 : 0);
            case COMMUNITY_MEMBER -> joinSeveral(person, local, Draws.chance(random, 0.05) ? 1 : 0);
        }
    }

    private void joinPeerSupport(int person, List<OrganisationRef> local) {
        List<OrganisationRef> peerOrgs = local.stream().filter(MembershipWiring::offersPeerSupport).toList();
        OrganisationRef first = Draws.pick(random, peerOrgs.isEmpty() ? local : peerOrgs);
        join(person, first);
        if (Draws.chance(random, 0.25)) {
            OrganisationRef second = Draws.pick(random, local);
            if (!second.equals(first)) {
                join(person, second);
            }
        }
    }

    private static boolean offersPeerSupport(OrganisationRef organisation) {
        String id = organisation.id().toLowerCase(Locale.ROOT);
        return PEER_SUPPORT_HINTS.stream().anyMatch(id::contains);
    }

    /** Joins {@code count} distinct organisations, drawn from local ones, then from any. */
    private void joinSeveral(int person, List<OrganisationRef> local, int count) {
        List<OrganisationRef> pool = new ArrayList<>(local);
        Draws.shuffle(random, pool);
        List<OrganisationRef> others = new ArrayList<>(organisations);
        others.removeAll(local);
        Draws.shuffle(random, others);
        pool.addAll(others);
        for (int i = 0; i < Math.min(count, pool.size()); i++) {
            join(person, pool.get(i));
        }
    }

    private void join(int person, OrganisationRef organisation) {
        LocalDate since = DemoCalendar.start(random);
        TieProps props = TieProps.since(since);
        if (population.isDriver(person)) {
            props.strength(Draws.between(random, 0.7, 1.0));
        } else {
            props.maybeEnded(random, since).strength(Draws.between(random, 0.3, 1.0));
        }
        ties.add(new DemoTie("MEMBER_OF", population.idOf(person), organisation.id(), props.build()));
    }
}
