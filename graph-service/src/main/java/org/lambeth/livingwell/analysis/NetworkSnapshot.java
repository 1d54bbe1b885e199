package org.lambeth.livingwell.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.analysis.AnalysisReports.NetworkStrengthReport;

/** The headline figures of a networkStrength report on a day, as stored in a :NetworkSnapshot node. */
record NetworkSnapshot(String id, LocalDate takenOn, List<String> between, List<Integer> members,
        List<Double> density, int crossTies, double weightedCrossTies, double eiIndex, int independentPaths,
        int crossIntroductions, double collaborationShare, double coordinationShare, double contractShare,
        double allianceShare) {

    static String id(List<String> between, LocalDate day) {
        return String.join("~", between) + "@" + day;
    }

    /** The figures to store (numbers only: no individual is named). */
    static Map<String, Object> figures(NetworkStrengthReport report) {
        var figures = new LinkedHashMap<String, Object>();
        figures.put("members", report.sides().stream().map(s -> (long) s.members()).toList());
        figures.put("density", report.sides().stream().map(s -> s.density()).toList());
        figures.put("crossTies", (long) report.crossTies());
        figures.put("weightedCrossTies", report.weightedCrossTies());
        figures.put("eiIndex", report.eiIndex());
        figures.put("independentPaths", (long) report.independentPaths());
        figures.put("crossIntroductions", (long) report.crossIntroductions());
        for (var kind : List.of("COLLABORATION", "COORDINATION", "CONTRACT", "ALLIANCE")) {
            figures.put(kind.toLowerCase() + "Share", report.crossTiesByKind().stream()
                    .filter(k -> k.kind().equals(kind)).mapToDouble(k -> k.share()).sum());
        }
        return figures;
    }

    @SuppressWarnings("unchecked")
    static NetworkSnapshot fromMap(Map<String, Object> map) {
        return new NetworkSnapshot((String) map.get("id"), (LocalDate) map.get("takenOn"),
                (List<String>) map.get("between"),
                ((List<Number>) map.get("members")).stream().map(Number::intValue).toList(),
                ((List<Number>) map.get("density")).stream().map(Number::doubleValue).toList(),
                ((Number) map.get("crossTies")).intValue(), ((Number) map.get("weightedCrossTies")).doubleValue(),
                ((Number) map.get("eiIndex")).doubleValue(), ((Number) map.get("independentPaths")).intValue(),
                ((Number) map.get("crossIntroductions")).intValue(),
                ((Number) map.get("collaborationShare")).doubleValue(),
                ((Number) map.get("coordinationShare")).doubleValue(),
                ((Number) map.get("contractShare")).doubleValue(), ((Number) map.get("allianceShare")).doubleValue());
    }
}
