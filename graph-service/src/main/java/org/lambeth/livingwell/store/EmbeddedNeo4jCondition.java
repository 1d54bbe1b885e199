package org.lambeth.livingwell.store;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no external Neo4j is configured: no {@code NEO4J_URI} in the environment or properties. */
class EmbeddedNeo4jCondition implements Condition {

    static final String URI_PROPERTY = "NEO4J_URI";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(URI_PROPERTY));
    }
}
