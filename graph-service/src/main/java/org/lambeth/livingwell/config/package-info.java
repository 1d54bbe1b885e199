/**
 * Cross-cutting settings with no rules of their own: scheduling, the Neo4j driver's logging, and the guards that
 * keep personal data out of the logs ({@code PersonalDataLogGuard}, {@code PayloadLogFilter}).
 */
package org.lambeth.livingwell.config;
