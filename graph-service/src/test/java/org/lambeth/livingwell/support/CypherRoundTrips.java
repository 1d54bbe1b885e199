package org.lambeth.livingwell.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the Cypher statements the service sends to Neo4j: the Driver bean is wrapped so that every session and
 * transaction it hands out, managed transactions' callbacks included, counts its {@code run} calls. Tests reset the
 * count, make one request, and read it.
 */
public final class CypherRoundTrips {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private CypherRoundTrips() {
    }

    public static void reset() {
        COUNT.set(0);
    }

    public static int count() {
        return COUNT.get();
    }

    /** Wraps the Driver bean. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        static BeanPostProcessor countCypherRoundTrips() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof Driver driver ? wrap(driver, Driver.class) : bean;
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        if ((method.getName().equals("run") || method.getName().equals("executableQuery"))
                && !Thread.currentThread().getName().startsWith("search-warm-up")) {
            // the background warm-up after start-up is not a request's round trip
            COUNT.incrementAndGet();
        }
        if (method.getName().startsWith("execute") && args != null && args.length > 0) {
            // a managed transaction (executeRead, executeWrite...) hands its callback a transaction: count that one's
            // statements too
            if (args[0] instanceof TransactionCallback<?> callback) {
                args = args.clone();
                args[0] = (TransactionCallback<?>) tx -> callback.execute(wrap(tx, TransactionContext.class));
            } else if (args[0] instanceof Consumer<?> consumer) {
                args = args.clone();
                var work = (Consumer<TransactionContext>) consumer;
                args[0] = (Consumer<TransactionContext>) tx -> work.accept(wrap(tx, TransactionContext.class));
            }
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        var returned = method.getReturnType();
        if (result != null && returned.isInterface() && returned.getName().startsWith("org.neo4j.driver.")
                && !returned.getName().startsWith("org.neo4j.driver.summary") && !method.getName().equals("run")) {
            // session(Class) declares its erasure (BaseSession): wrap as the class asked for
            var type = method.getName().equals("session") && args != null && args.length > 0
                    && args[0] instanceof Class<?> asked ? asked : returned;
            return wrap(result, (Class) type);
        }
        return result;
    }
}
