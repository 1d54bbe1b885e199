package org.lambeth.livingwell.telemetry;

import java.util.Map;

/** A scrape of {@code /actuator/prometheus} (the text format), read the way a query in Grafana would. */
record PrometheusScrape(String text) {

    /** The sum of the samples of {@code name} whose labels include all of {@code labels}; 0 when there are none. */
    double sum(String name, Map<String, String> labels) {
        double sum = 0;
        for (var line : text.lines().toList()) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            var labelled = line.indexOf('}') > 0 ? line.substring(0, line.indexOf('}') + 1) : "";
            if (labels.entrySet().stream().allMatch(l -> labelled.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    boolean has(String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }
}
