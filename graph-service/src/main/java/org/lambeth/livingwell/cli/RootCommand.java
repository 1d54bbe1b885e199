package org.lambeth.livingwell.cli;

import org.lambeth.livingwell.backup.BackupCommand;
import org.lambeth.livingwell.backup.RestoreCommand;
import org.lambeth.livingwell.ingest.ImportCommand;

import picocli.CommandLine.Command;

/** {@code living-well-map <command>}: the subcommands, each a class of its own feature. */
@Command(name = "living-well-map", mixinStandardHelpOptions = true,
        description = "Living Well Map: import assets, back the graph up and restore it.",
        subcommands = {ImportCommand.class, BackupCommand.class, RestoreCommand.class})
public class RootCommand {
}
