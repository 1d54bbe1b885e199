package org.lambeth.livingwell.seeds.network;

import java.util.List;

/**
 * A generated demo network: made-up people, the skills they may offer, and the ties between them
 * and the organisations and assets given to the generator.
 *
 * @param people the people, in id order
 * @param skills the skill catalogue, whether or not anyone has each skill
 * @param ties   the ties, grouped by type: KNOWS, HAS_SKILL, MEMBER_OF, INTRODUCED
 */
public record DemoNetwork(List<DemoPerson> people, List<DemoSkill> skills, List<DemoTie> ties) {

    /** Copies the lists so that the network cannot change once made. */
    public DemoNetwork {
        people = List.copyOf(people);
        skills = List.copyOf(skills);
        ties = List.copyOf(ties);
    }
}
