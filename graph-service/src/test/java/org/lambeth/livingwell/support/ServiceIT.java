package org.lambeth.livingwell.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test against the whole service: the real embedded Neo4j (Bolt on a free port, a fresh
 * store under target/), migrations applied and the real Lambeth seeds loaded, HTTP on a random port.
 * Every class using it shares one application context, so the database starts and seeds once per run. The
 * Cypher statements the service sends are counted ({@link CypherRoundTrips}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CypherRoundTrips.Counting.class)
public @interface ServiceIT {
}
