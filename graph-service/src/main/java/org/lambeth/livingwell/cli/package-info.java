/**
 * The command line (picocli): {@code import}, {@code backup} and {@code restore} run the application, handed in by
 * {@code main}, without its web server, with the service's own beans.
 */
package org.lambeth.livingwell.cli;
