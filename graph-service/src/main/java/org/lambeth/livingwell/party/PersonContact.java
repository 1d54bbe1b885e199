package org.lambeth.livingwell.party;

import java.time.LocalDate;
import java.util.Map;

/**
 * Contact details a person consented to share, and when. Never logged; {@link #toString()} withholds the values.
 */
public record PersonContact(String email, String phone, LocalDate consentedOn) {

    /** From the statement's {@code {email, phone, consentedOn}} map, or null when it gave none (no consent). */
    static PersonContact fromMap(Object value) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("consentedOn") instanceof LocalDate on)) {
            return null;
        }
        return new PersonContact((String) map.get("email"), (String) map.get("phone"), on);
    }

    @Override
    public String toString() {
        return "PersonContact[withheld]";
    }
}
