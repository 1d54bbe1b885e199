package org.lambeth.livingwell.cli;

import java.util.Set;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import picocli.CommandLine;

/**
 * The service's command line: {@code import}, {@code backup} and {@code restore} (see {@link RootCommand}). The
 * arguments are checked by picocli first (a bad one is reported without starting anything); then the application
 * starts without its web server, against the same database the service uses (the embedded store under
 * {@code livingwell.neo4j.embedded.data-directory}, or {@code NEO4J_URI}), and the command runs with the service's
 * own beans. The arguments are never handed to Spring as properties.
 * <p>
 * A command is a picocli {@code @Command} class implementing {@code Callable<Integer>}, listed in {@link RootCommand}.
 * It has a no-argument constructor (picocli builds one to check the arguments before anything starts) and takes the
 * service's beans through {@code @Autowired} fields: the instance that runs is created by Spring.
 */
public final class CommandLineTool {

    private static final Set<String> COMMANDS = Set.of("import", "backup", "restore");

    private CommandLineTool() {
    }

    /** Whether these arguments name a command (otherwise the service starts). */
    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].equals("help"));
    }

    /**
     * Runs the command the arguments name inside {@code application} (the Spring Boot application class, passed in
     * so that this package does not depend on the root one); returns the process exit code.
     */
    public static int run(Class<?> application, String[] args) {
        var checked = new CommandLine(new RootCommand());
        if (args[0].equals("help")) {
            checked.usage(System.out);
            return 0;
        }
        CommandLine.ParseResult parsed;
        try {
            parsed = checked.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println(e.getMessage());
            e.getCommandLine().usage(System.err);
            return 2;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return 0;
        }
        try (var context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(settings(args[0]))) {
            var beans = context.getAutowireCapableBeanFactory();
            var commandLine = new CommandLine(new RootCommand(), new CommandLine.IFactory() {
                @Override
                public <K> K create(Class<K> type) throws Exception {
                    return type.getPackageName().startsWith("org.lambeth.livingwell") ? beans.createBean(type)
                            : CommandLine.defaultFactory().create(type);
                }
            });
            return commandLine.execute(args);
        }
    }

    /**
     * The command's own settings, given as command-line properties so that they win over application.yml (default
     * properties would lose to it). A restore goes into an empty database, so the seeds must not fill it first.
     */
    static String[] settings(String command) {
        return new String[] {
            "--livingwell.seed.enabled=" + !command.equals("restore"),
            "--livingwell.search.warm-up=false",
            "--livingwell.cli.command=" + command};
    }
}
