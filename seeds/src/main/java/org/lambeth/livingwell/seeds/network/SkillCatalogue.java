package org.lambeth.livingwell.seeds.network;

import java.util.List;

/** The skills demo people may offer. Lambeth's languages include Portuguese, Spanish and Polish. */
final class SkillCatalogue {

    static final List<DemoSkill> SKILLS = List.of(
            skill("cooking", "Cooking"),
            skill("gardening", "Gardening"),
            skill("listening", "Listening"),
            skill("befriending", "Befriending"),
            skill("mentoring", "Mentoring"),
            skill("cv-writing", "CV writing"),
            skill("interview-practice", "Interview practice"),
            skill("benefits-advice", "Benefits advice"),
            skill("housing-advice", "Housing advice"),
            skill("budgeting", "Budgeting"),
            skill("first-aid", "First aid"),
            skill("languages-portuguese", "Languages: Portuguese"),
            skill("languages-spanish", "Languages: Spanish"),
            skill("languages-polish", "Languages: Polish"),
            skill("languages-french", "Languages: French"),
            skill("languages-yoruba", "Languages: Yoruba"),
            skill("languages-twi", "Languages: Twi"),
            skill("languages-somali", "Languages: Somali"),
            skill("bike-repair", "Bike repair"),
            skill("diy", "DIY and small repairs"),
            skill("carpentry", "Carpentry"),
            skill("sewing", "Sewing"),
            skill("hairdressing", "Hairdressing"),
            skill("music", "Playing music"),
            skill("singing", "Singing"),
            skill("painting", "Painting and drawing"),
            skill("photography", "Photography"),
            skill("digital-skills", "Digital skills"),
            skill("walk-leading", "Leading walks"),
            skill("football-coaching", "Football coaching"),
            skill("yoga", "Yoga"),
            skill("event-organising", "Event organising"),
            skill("bookkeeping", "Bookkeeping"),
            skill("childcare", "Childcare"));

    /** Skills that peer supporters and professionals are more likely to offer. */
    static final List<DemoSkill> SUPPORT_SKILLS = SKILLS.subList(2, 11);

    private SkillCatalogue() {
    }

    private static DemoSkill skill(String slug, String name) {
        return new DemoSkill("skill-" + slug, name);
    }
}
