package org.lambeth.livingwell.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller of downloads (CSV, GeoJSON...): a bad argument ({@link InvalidArgumentException}) is answered 400
 * with its message as plain text, by {@link PlainTextErrorAdvice}, before any of the file is written.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PlainTextErrors {
}
