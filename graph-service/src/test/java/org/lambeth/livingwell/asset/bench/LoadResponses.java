package org.lambeth.livingwell.asset.bench;

/**
 * Cheap checks of a GraphQL response body without parsing it all (the load driver shares two cores with the
 * service, so it must not spend them on JSON): a body with an {@code "errors"} member, or without {@code "data"},
 * is a failure, and the first error message is pulled out for the report.
 */
final class LoadResponses {

    private LoadResponses() {
    }

    /** Null when the body is a successful GraphQL answer, otherwise why not. */
    static String failure(int status, String body) {
        if (status != 200) {
            return "HTTP " + status + ": " + abbreviate(body);
        }
        int errors = body.indexOf("\"errors\"");
        if (errors >= 0) {
            var message = firstMessage(body, errors);
            return "GraphQL error: " + (message != null ? message : abbreviate(body));
        }
        if (!body.contains("\"data\"") || body.contains("\"data\":null")) {
            return "no data: " + abbreviate(body);
        }
        return null;
    }

    /** The value of the first {@code "message"} string after {@code from}, unescaped simply. */
    private static String firstMessage(String body, int from) {
        int key = body.indexOf("\"message\"", from);
        if (key < 0) {
            return null;
        }
        int quote = body.indexOf('"', body.indexOf(':', key) + 1);
        if (quote < 0) {
            return null;
        }
        var out = new StringBuilder();
        for (int i = quote + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> ' ';
                    case 't' -> ' ';
                    default -> next;
                });
            } else if (c == '"') {
                break;
            } else {
                out.append(c);
            }
        }
        return abbreviate(out.toString());
    }

    static String abbreviate(String text) {
        var flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
