package org.lambeth.livingwell.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * Gives every Cypher statement the service sends a time limit ({@code livingwell.neo4j.query-time-limit}), whether
 * Neo4j is embedded or an external server or cluster whose own settings we do not control. The Driver bean is wrapped:
 * each session it opens runs statements, transactions and transaction functions with a {@link TransactionConfig} that
 * carries the limit, unless the caller set a timeout of its own (seeding and analysis do). Over the limit Neo4j stops
 * the transaction and the request gets an error naming {@code databaseResources}.
 */
final class QueryTimeLimit {

    private static final Map<Method, Optional<Method>> WITH_CONFIG = new ConcurrentHashMap<>();

    private QueryTimeLimit() {
    }

    static Driver wrap(Driver driver, Duration limit) {
        var byDefault = TransactionConfig.builder().withTimeout(limit).build();
        InvocationHandler handler = (proxy, method, args) -> {
            var result = call(driver, method, args);
            return result instanceof Session session && method.getName().equals("session")
                    ? session(session, limit, byDefault) : result;
        };
        return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] {Driver.class}, handler);
    }

    private static Session session(Session session, Duration limit, TransactionConfig byDefault) {
        InvocationHandler handler = (proxy, method, args) -> {
            var types = method.getParameterTypes();
            if (types.length > 0 && types[types.length - 1] == TransactionConfig.class) {
                var limited = args.clone();
                limited[limited.length - 1] = limited((TransactionConfig) args[args.length - 1], limit);
                return call(session, method, limited);
            }
            var withConfig = WITH_CONFIG.computeIfAbsent(method, QueryTimeLimit::overloadWithConfig);
            if (withConfig.isPresent()) {
                var limited = args == null ? new Object[1] : Arrays.copyOf(args, args.length + 1);
                limited[limited.length - 1] = byDefault;
                return call(session, withConfig.get(), limited);
            }
            return call(session, method, args);
        };
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                handler);
    }

    /** The caller's config, with the limit when it set no timeout of its own. */
    static TransactionConfig limited(TransactionConfig config, Duration limit) {
        if (config != null && config.timeout() != null) {
            return config;
        }
        var builder = TransactionConfig.builder().withTimeout(limit);
        if (config != null && !config.metadata().isEmpty()) {
            builder.withMetadata(config.metadata());
        }
        return builder.build();
    }

    /** The same method with a TransactionConfig added at the end, when Session has one. */
    private static Optional<Method> overloadWithConfig(Method method) {
        if (!(method.getName().equals("run") || method.getName().startsWith("execute")
                || method.getName().equals("beginTransaction"))) {
            return Optional.empty();
        }
        var types = Arrays.copyOf(method.getParameterTypes(), method.getParameterCount() + 1);
        types[types.length - 1] = TransactionConfig.class;
        try {
            return Optional.of(Session.class.getMethod(method.getName(), types));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
