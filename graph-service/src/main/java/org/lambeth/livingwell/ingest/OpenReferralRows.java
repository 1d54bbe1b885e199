package org.lambeth.livingwell.ingest;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads assets from Open Referral HSDS 3 / ORUK JSON: an array of services in full (as {@code GET /services/{id}}
 * gives each), a page of them ({@code {"contents": [...]}}) or one service. Each service is first checked against
 * the ORUK v3 service schema ({@link OpenReferralSchema}); then it becomes one asset: its name, description, email
 * and url; its first phone; its organization (who runs it); its first service-at-location's location (latitude and
 * longitude, else the physical address's postcode) and address; its taxonomy terms (those whose code or id is a
 * Living Well Map category); its weekly schedules (the service's, else the location's); and {@code free} when its
 * cost options say so. Services are numbered from 1.
 */
final class OpenReferralRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private OpenReferralRows() {
    }

    static ReadResult read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(Utf8Input.reader(in));
        } catch (JacksonException e) {
            throw JsonProblems.unreadable(e, 0);
        }
        var services = services(root);
        var rows = new ArrayList<RawRow>(services.size());
        for (int i = 0; i < services.size(); i++) {
            rows.add(service(services.get(i), i + 1L));
        }
        return new ReadResult(rows, new LinkedHashSet<>());
    }

    private static List<JsonNode> services(JsonNode root) {
        var list = new ArrayList<JsonNode>();
        if (root == null || root.isMissingNode()) {
            throw new ImportFileException(ImportProblem.ofFile("the file is empty"));
        }
        var array = root.isArray() ? root : root.has("contents") ? root.get("contents") : null;
        if (array == null && root.isObject() && root.has("id") && root.has("name")) {
            list.add(root);
        } else if (array != null && array.isArray()) {
            array.forEach(list::add);
        } else {
            throw new ImportFileException(ImportProblem.ofFile("not Open Referral services: expected an array of "
                    + "services, a page of them ({\"contents\": [...]}) or one service"));
        }
        return list;
    }

    private static RawRow service(JsonNode service, long row) {
        var problems = new ArrayList<ImportProblem>(OpenReferralSchema.SERVICE.problems(service, row));
        var values = new HashMap<String, String>();
        put(values, ImportFields.ID, service.path("id"));
        put(values, ImportFields.NAME, service.path("name"));
        put(values, ImportFields.DESCRIPTION, service.path("description"));
        put(values, ImportFields.EMAIL, service.path("email"));
        put(values, ImportFields.WEBSITE, service.path("url"));
        put(values, ImportFields.PHONE, service.path("phones").path(0).path("number"));
        put(values, ImportFields.ORGANISATION_ID, service.path("organization").path("id"));
        put(values, ImportFields.ORGANISATION_NAME, service.path("organization").path("name"));
        var location = service.path("service_at_locations").path(0).path("location");
        put(values, ImportFields.LATITUDE, location.path("latitude"));
        put(values, ImportFields.LONGITUDE, location.path("longitude"));
        address(location.path("addresses"), values);
        terms(service, values);
        var schedules = service.path("schedules");
        if (schedules.isEmpty()) {
            schedules = service.path("service_at_locations").path(0).path("schedules");
        }
        hours(schedules, values, problems, row);
        free(service.path("cost_options"), values);
        return new RawRow(row, values, problems);
    }

    private static void address(JsonNode addresses, Map<String, String> values) {
        JsonNode chosen = null;
        for (var address : addresses) {
            if (chosen == null || "physical".equals(address.path("address_type").asString(""))) {
                chosen = address;
            }
        }
        if (chosen == null) {
            return;
        }
        var text = new StringJoiner(", ");
        for (var part : List.of("address_1", "address_2", "city")) {
            var value = chosen.path(part).asString("").strip();
            if (!value.isEmpty()) {
                text.add(value);
            }
        }
        if (text.length() > 0) {
            values.put(ImportFields.ADDRESS, text.toString());
        }
        put(values, ImportFields.POSTCODE, chosen.path("postal_code"));
    }

    private static void terms(JsonNode service, Map<String, String> values) {
        var terms = new LinkedHashSet<String>();
        for (var holder : List.of(service.path("attributes"), service.path("taxonomy_terms"))) {
            for (var item : holder) {
                var term = item.has("taxonomy_term") ? item.get("taxonomy_term") : item;
                for (var key : List.of("code", "id")) {
                    var value = term.path(key).asString("").strip();
                    if (!value.isEmpty()) {
                        terms.add(value);
                    }
                }
            }
        }
        if (!terms.isEmpty()) {
            values.put(ImportFields.TAXONOMY_TERMS, String.join(";", terms));
        }
    }

    /** Weekly schedules as the opening-hours text the checks read: {@code Mon: 09:00 - 12:00 & 13:00 - 17:00 ...}. */
    private static void hours(JsonNode schedules, Map<String, String> values, List<ImportProblem> problems,
            long row) {
        var byDay = new EnumMap<DayOfWeek, List<String>>(DayOfWeek.class);
        for (var schedule : schedules) {
            var freq = schedule.path("freq").asString("WEEKLY");
            var opens = time(schedule.path("opens_at"));
            var closes = time(schedule.path("closes_at"));
            var byday = schedule.path("byday").asString("");
            if (!freq.equalsIgnoreCase("WEEKLY") || opens == null || closes == null || byday.isBlank()) {
                continue; // not a weekly opening span: dated schedules are not imported
            }
            for (var code : byday.split(",")) {
                var day = DAYS.get(code.strip().replaceAll("^[+-]?\\d+", "").toUpperCase(java.util.Locale.ROOT));
                if (day == null) {
                    problems.add(new ImportProblem(row, "schedules.byday", byday,
                            "not a day list such as MO,TU,WE (RFC 5545 BYDAY)"));
                    return;
                }
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(opens + " - " + closes);
            }
        }
        if (byDay.isEmpty()) {
            return;
        }
        var text = new StringJoiner(" ");
        byDay.forEach((day, spans) -> text.add(day.getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.UK) + ": " + String.join(" & ", spans)));
        values.put(ImportFields.OPENING_HOURS, text.toString());
    }

    private static String time(JsonNode node) {
        var text = node.asString("").strip();
        return text.length() >= 5 ? text.substring(0, 5) : null;
    }

    private static void free(JsonNode costOptions, Map<String, String> values) {
        if (costOptions.isEmpty()) {
            return;
        }
        var charges = false;
        var allFree = true;
        for (var option : costOptions) {
            var amount = option.path("amount");
            charges |= amount.isNumber() && amount.asDouble() > 0;
            allFree &= amount.isNumber() && amount.asDouble() == 0;
        }
        if (charges || allFree) {
            values.put(ImportFields.FREE, Boolean.toString(!charges));
        }
    }

    private static void put(Map<String, String> values, String field, JsonNode node) {
        if (node.isString() || node.isNumber()) {
            values.put(field, node.asString());
        }
    }
}
