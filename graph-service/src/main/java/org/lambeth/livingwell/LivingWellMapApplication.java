package org.lambeth.livingwell;

import org.lambeth.livingwell.cli.CommandLineTool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Living Well Map service: one Spring Boot application. */
@SpringBootApplication
public class LivingWellMapApplication {

    /** With a command ({@code import}, {@code backup}, {@code restore}) as the first argument, runs it and exits. */
    public static void main(String[] args) {
        if (CommandLineTool.handles(args)) {
            System.exit(CommandLineTool.run(LivingWellMapApplication.class, args));
        }
        SpringApplication.run(LivingWellMapApplication.class, args);
    }
}
