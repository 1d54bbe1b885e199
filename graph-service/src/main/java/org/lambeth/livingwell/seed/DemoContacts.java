package org.lambeth.livingwell.seed;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.lambeth.livingwell.seeds.network.DemoPerson;

/**
 * Made-up contact details for demo people, and whether they consented to share them. Derived from the person's id
 * (and position), never from the generator's random draws, so the network and its golden answers do not move.
 * <p>
 * About a third consent. Only people who consented get contact properties at all ({@code contactConsent},
 * {@code contactConsentOn}, {@code email}, {@code phone}): details nobody may share are not stored. Emails are at
 * example.org (RFC 2606) and phones in Ofcom's drama range 07700 900000-900999, so none reaches a real person.
 */
final class DemoContacts {

    private static final LocalDate FIRST_CONSENT = LocalDate.of(2024, 1, 1);
    private static final int CONSENT_DAYS = 731;
    private static final int DRAMA_NUMBERS = 1000;

    private DemoContacts() {
    }

    /** The contact properties of the person at {@code position} (0-based, people in id order); empty without consent. */
    static Map<String, Object> of(DemoPerson person, int position) {
        long hash = mix(person.id().hashCode());
        if (Math.floorMod(hash, 3) != 0) {
            return Map.of();
        }
        return Map.of("contactConsent", true,
                "contactConsentOn", FIRST_CONSENT.plusDays(Math.floorMod(hash >>> 8, CONSENT_DAYS)),
                "email", slug(person.displayName()) + "@example.org",
                "phone", String.format(Locale.ROOT, "07700 900%03d", position % DRAMA_NUMBERS));
    }

    /** "Cobalt Heron 2" -> "cobalt-heron-2". */
    static String slug(String displayName) {
        return displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** SplitMix64's finaliser: String.hashCode of similar ids differs in few bits. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
