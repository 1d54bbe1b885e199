package org.lambeth.livingwell.config;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Installs {@link PayloadLogFilter} right after Spring Boot has set up Logback (which clears Logback's filters), for
 * every application started in this JVM, before any bean runs (the seeds load early, on their own thread). Registered
 * in META-INF/spring.factories.
 */
public final class PersonalDataLogGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        install();
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    /** Adds the filter to Logback's context unless it is there already (or the logging is not Logback). */
    static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        synchronized (context) {
            if (context.getTurboFilterList().stream().noneMatch(PayloadLogFilter.class::isInstance)) {
                var filter = new PayloadLogFilter();
                filter.setName("personal-data");
                filter.setContext(context);
                filter.start();
                context.addTurboFilter(filter);
            }
        }
    }
}
