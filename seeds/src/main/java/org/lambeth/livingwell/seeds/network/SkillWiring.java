package org.lambeth.livingwell.seeds.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** HAS_SKILL ties: about 60% of people offer one to three skills. */
final class SkillWiring {

    static final double SHARE_WITH_SKILLS = 0.60;

    private SkillWiring() {
    }

    static List<DemoTie> wire(Population population, SplittableRandom random) {
        List<DemoTie> ties = new ArrayList<>();
        for (int person = 0; person < population.size(); person++) {
            if (Draws.chance(random, SHARE_WITH_SKILLS)) {
                int count = 1 + Draws.weighted(random, 0.40, 0.35, 0.25);
                for (DemoSkill skill : skillsFor(population.roleOf(person), count, random)) {
                    LocalDate since = DemoCalendar.start(random);
                    ties.add(new DemoTie("HAS_SKILL", population.idOf(person), skill.id(),
                            TieProps.since(since).maybeEnded(random, since).build()));
                }
            }
        }
        return ties;
    }

    /** Distinct skills; peer supporters and professionals lean to listening, mentoring and advice. */
    private static List<DemoSkill> skillsFor(Role role, int count, SplittableRandom random) {
        List<DemoSkill> chosen = new ArrayList<>(count);
        while (chosen.size() < count) {
            boolean support = role.isHelper() && Draws.chance(random, 0.5);
            DemoSkill skill = Draws.pick(random, support ? SkillCatalogue.SUPPORT_SKILLS : SkillCatalogue.SKILLS);
            if (!chosen.contains(skill)) {
                chosen.add(skill);
            }
        }
        return chosen;
    }
}
