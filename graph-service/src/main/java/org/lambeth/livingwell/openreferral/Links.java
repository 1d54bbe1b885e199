package org.lambeth.livingwell.openreferral;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Web addresses and e-mail addresses from the sources, published only when they are well formed. */
final class Links {

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    private Links() {
    }

    /** An absolute http(s) URL ({@code www.} gains {@code https://}), or null. */
    static String web(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        var url = text.strip();
        if (url.toLowerCase(Locale.ROOT).startsWith("www.")) {
            url = "https://" + url;
        }
        try {
            var uri = new URI(url);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A plain e-mail address, or null. */
    static String email(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        var email = text.strip();
        return EMAIL.matcher(email).matches() ? email : null;
    }
}
