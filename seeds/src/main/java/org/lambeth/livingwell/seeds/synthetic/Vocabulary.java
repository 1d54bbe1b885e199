package org.lambeth.livingwell.seeds.synthetic;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Names and one-sentence descriptions from a fixed vocabulary (about 200 words) of community life, biased by
 * category, so that text search finds realistic words ("peer support", "gardening", "carers") in plausible places.
 */
final class Vocabulary {

    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 20;

    private static final String[] PLACES = { "Brixton", "Stockwell", "Clapham", "Vauxhall", "Kennington", "Oval",
            "Waterloo", "Lambeth", "Streatham", "Norwood", "West Norwood", "Herne Hill", "Tulse Hill", "Gipsy Hill",
            "Loughborough", "Myatt's Fields", "Larkhall", "Brockwell", "Angell Town", "Coldharbour", "Knight's Hill",
            "Thornton", "St Martin's", "Bishop's", "Streatham Hill", "Streatham Common", "Vale", "Ferndale",
            "Railton", "Windrush", "Acre Lane", "Effra", "Kings Acre", "Cressingham", "South Bank", "Lilian Baylis",
            "Pullens", "Tivoli", "Crown Point", "Knights", "Peckham", "Camberwell", "Battersea", "Balham",
            "Dulwich", "Nunhead", "Elephant", "Walworth", "Southwark", "Wandsworth" };

    /** Name nouns by leaf category id; unknown categories use {@link #GENERIC_NOUNS} and the category name. */
    private static final Map<String, String[]> NOUNS = Map.ofEntries(
            Map.entry("library", new String[] { "Library", "Reading Room", "Book Club", "Homework Club" }),
            Map.entry("school", new String[] { "Primary School", "Parents Group", "Breakfast Club",
                    "Family Learning" }),
            Map.entry("community-venue", new String[] { "Community Centre", "Church Hall", "Community Hall",
                    "Tenants Hall" }),
            Map.entry("cafe", new String[] { "Café", "Community Kitchen", "Coffee Morning", "Lunch Club" }),
            Map.entry("food-growing", new String[] { "Community Garden", "Allotment", "Growing Project",
                    "Orchard" }),
            Map.entry("adventure-playground", new String[] { "Adventure Playground", "Play Project",
                    "Youth Club" }),
            Map.entry("leisure-centre", new String[] { "Leisure Centre", "Swimming Club", "Fitness Group",
                    "Walking Group" }),
            Map.entry("community-toilet", new String[] { "Community Toilet", "Tea Room", "Pub" }),
            Map.entry("recycling", new String[] { "Recycling Point", "Repair Café", "Swap Shop" }),
            Map.entry("mental-health-service", new String[] { "Wellbeing Hub", "Recovery College", "Crisis Café",
                    "Talking Space" }),
            Map.entry("peer-support", new String[] { "Peer Support Group", "Carers Group", "Hearing Voices Group",
                    "Men's Shed" }),
            Map.entry("employment-support", new String[] { "Job Club", "Employment Hub", "Skills Centre",
                    "Careers Service" }),
            Map.entry("volunteering", new String[] { "Volunteer Centre", "Timebank", "Befriending Scheme",
                    "Litter Pick" }));
    private static final String[] GENERIC_NOUNS = { "Project", "Group", "Hub", "Centre" };

    /** Activities by leaf category id, mixed half and half with {@link #ACTIVITIES}. */
    private static final Map<String, String[]> CATEGORY_ACTIVITIES = Map.ofEntries(
            Map.entry("library", new String[] { "reading", "books", "storytelling", "homework", "computers",
                    "poetry", "writing" }),
            Map.entry("school", new String[] { "homework", "play", "learning", "breakfast", "reading", "parenting" }),
            Map.entry("community-venue", new String[] { "meetings", "dance", "bingo", "music", "lunch", "events" }),
            Map.entry("cafe", new String[] { "coffee", "tea", "cake", "lunch", "cooking", "conversation" }),
            Map.entry("food-growing", new String[] { "gardening", "growing", "vegetables", "composting", "planting",
                    "harvest", "nature" }),
            Map.entry("adventure-playground", new String[] { "play", "climbing", "games", "football", "cooking",
                    "holidays" }),
            Map.entry("leisure-centre", new String[] { "swimming", "yoga", "fitness", "walking", "football",
                    "badminton", "exercise" }),
            Map.entry("community-toilet", new String[] { "toilets", "shopping", "tea", "coffee" }),
            Map.entry("recycling", new String[] { "recycling", "repairs", "clothes", "furniture", "bikes" }),
            Map.entry("mental-health-service", new String[] { "wellbeing", "counselling", "recovery", "therapy",
                    "listening", "mindfulness", "advice" }),
            Map.entry("peer-support", new String[] { "peer", "support", "recovery", "sharing", "listening",
                    "friendship", "wellbeing" }),
            Map.entry("employment-support", new String[] { "employment", "jobs", "training", "interviews", "skills",
                    "mentoring", "advice" }),
            Map.entry("volunteering", new String[] { "volunteering", "befriending", "gardening", "litter",
                    "mentoring", "fundraising" }));

    private static final String[] ACTIVITIES = { "support", "wellbeing", "art", "music", "singing", "walking",
            "gardening", "cooking", "coffee", "crafts", "knitting", "sewing", "dance", "chess", "games", "football",
            "yoga", "meditation", "reading", "writing", "photography", "drama", "film", "history", "language",
            "english", "maths", "computers", "advice", "benefits", "housing", "employment", "training", "cycling",
            "running", "swimming", "mindfulness", "conversation", "lunch", "breakfast", "food", "clothes", "bikes",
            "repairs", "pottery", "painting", "drumming", "choir", "theatre", "nature" };
    private static final String[] FORMATS = { "sessions", "group", "club", "workshops", "classes", "drop-in",
            "mornings", "afternoons", "evenings", "circle", "meetups", "project", "courses" };
    private static final String[] AUDIENCES = { "carers", "families", "children", "parents", "older people",
            "young people", "adults", "neighbours", "residents", "volunteers", "everyone", "women", "men",
            "refugees", "newcomers", "students", "grandparents", "beginners", "survivors", "tenants" };
    private static final String[] THINGS = { "coffee", "tea", "cake", "biscuits", "soup", "music", "games",
            "friendship", "advice", "snacks", "books", "plants", "laughter", "company" };
    private static final String[] DAYS = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "weekday", "weekend", "morning", "evening", "month", "fortnight" };
    private static final String[] SETTINGS = { "garden", "hall", "library", "park", "estate", "kitchen",
            "church", "centre", "studio", "market", "common", "square", "station", "school", "clinic", "arches" };
    private static final String[] OPENERS = { "Friendly", "Free", "Weekly", "Welcoming", "Informal", "Local",
            "Regular", "Relaxed", "Small", "Open", "Lively", "Quiet", "Supportive", "Inclusive" };
    private static final String[] ADJECTIVES = { "friendly", "free", "gentle", "creative", "practical", "social",
            "confidential", "accessible", "local", "safe", "warm", "calm", "healthy", "affordable" };
    private static final String[] GOALS = { "improve wellbeing", "find employment", "meet neighbours",
            "build confidence", "learn new skills", "stay active", "reduce loneliness", "share experiences",
            "get online", "eat well", "feel better", "make friends", "give back", "find support" };
    private static final String[] RUNNERS = { "local volunteers", "trained staff", "peer workers", "residents",
            "a local charity", "the council", "neighbours", "a tenants association" };

    private Vocabulary() {
    }

    static String name(SplittableRandom random, LeafCategories.Leaf category) {
        var nouns = NOUNS.get(category.id());
        var noun = nouns != null ? pick(random, nouns)
                : random.nextBoolean() ? category.name() : category.name() + " " + pick(random, GENERIC_NOUNS);
        return pick(random, PLACES) + " " + noun + " " + (1 + random.nextInt(9999));
    }

    /** One sentence of {@value #MIN_WORDS} to {@value #MAX_WORDS} words, ending with a full stop. */
    static String description(SplittableRandom random, LeafCategories.Leaf category) {
        var own = CATEGORY_ACTIVITIES.getOrDefault(category.id(), ACTIVITIES);
        int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
        var text = new StringBuilder(160);
        text.append(pick(random, OPENERS)).append(' ').append(activity(random, own)).append(' ')
                .append(pick(random, FORMATS));
        int words = 3;
        while (words < target) {
            var phrase = phrase(random, own);
            int length = wordCount(phrase);
            if (words + length > MAX_WORDS) {
                phrase = activity(random, own);
                length = 1;
            }
            text.append(' ').append(phrase);
            words += length;
        }
        return text.append('.').toString();
    }

    private static String phrase(SplittableRandom random, String[] own) {
        return switch (random.nextInt(9)) {
            case 0 -> "for " + pick(random, AUDIENCES);
            case 1 -> "with " + pick(random, THINGS) + " and " + pick(random, THINGS);
            case 2 -> "every " + pick(random, DAYS);
            case 3 -> "in the " + pick(random, SETTINGS);
            case 4 -> pick(random, ADJECTIVES) + " " + activity(random, own);
            case 5 -> "run by " + pick(random, RUNNERS);
            case 6 -> "to " + pick(random, GOALS);
            case 7 -> "and " + activity(random, own);
            default -> "near the " + pick(random, SETTINGS);
        };
    }

    private static String activity(SplittableRandom random, String[] own) {
        return random.nextBoolean() ? pick(random, own) : pick(random, ACTIVITIES);
    }

    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
