package org.lambeth.livingwell.security;

/**
 * The Content-Security-Policy of every page: scripts, styles and connections from this origin only; images also from
 * the configured tile server; no plugins, no framing, no inline script.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String forTiles(String tileUrl) {
        var tiles = tileOrigin(tileUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** " https://tile.example.org" for an absolute tile URL; "" for a relative one (already 'self'). */
    static String tileOrigin(String tileUrl) {
        var origin = tileUrl == null ? null
                : java.util.regex.Pattern.compile("(?i)^(https?://[^/?#]+)").matcher(tileUrl);
        if (origin == null || !origin.find()) {
            return "";
        }
        return " " + origin.group(1).replaceAll("\\{[^}]*}", "*");
    }
}
