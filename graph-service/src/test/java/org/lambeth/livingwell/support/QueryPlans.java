package org.lambeth.livingwell.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

/** A statement's plan as one line of operators, leaves last: what the benchmarks print beside their figures. */
public final class QueryPlans {

    private QueryPlans() {
    }

    public static String describe(Driver driver, String statement, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            var operators = new ArrayList<String>();
            flatten(session.run("EXPLAIN " + statement, parameters).consume().plan(), operators);
            return String.join(" <- ", operators);
        }
    }

    private static void flatten(Plan plan, List<String> operators) {
        var details = plan.arguments().get("Details");
        operators.add(plan.operatorType() + (details == null ? "" : "(" + details.asString() + ")"));
        plan.children().forEach(child -> flatten(child, operators));
    }
}
