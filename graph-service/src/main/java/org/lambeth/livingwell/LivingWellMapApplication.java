package org.lambeth.livingwell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Living Well Map service: one Spring Boot application. */
@SpringBootApplication
public class LivingWellMapApplication {

    public static void main(String[] args) {
        SpringApplication.run(LivingWellMapApplication.class, args);
    }
}
