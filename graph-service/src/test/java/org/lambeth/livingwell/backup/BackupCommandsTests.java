package org.lambeth.livingwell.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.cli.RootCommand;

import picocli.CommandLine;

/** The command line knows {@code backup --to FILE} and {@code restore --from FILE}, and refuses them without a file. */
class BackupCommandsTests {

    @Test
    void theCommandsTakeTheirFile() {
        var backup = new CommandLine(new RootCommand()).parseArgs("backup", "--to", "/tmp/b.jsonl.gz").subcommand();
        assertThat(backup.commandSpec().name()).isEqualTo("backup");
        assertThat(((BackupCommand) backup.commandSpec().userObject()).to).isEqualTo(Path.of("/tmp/b.jsonl.gz"));
        var restore = new CommandLine(new RootCommand()).parseArgs("restore", "--from", "b.jsonl.gz").subcommand();
        assertThat(((RestoreCommand) restore.commandSpec().userObject()).from).isEqualTo(Path.of("b.jsonl.gz"));
    }

    @Test
    void withoutAFileTheyAreRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> new CommandLine(new RootCommand()).parseArgs("backup"))
                .isInstanceOf(CommandLine.MissingParameterException.class).hasMessageContaining("--to");
        assertThatThrownBy(() -> new CommandLine(new RootCommand()).parseArgs("restore"))
                .isInstanceOf(CommandLine.MissingParameterException.class).hasMessageContaining("--from");
    }

    @Test
    void aFailedRestoreReportsTheLineAndNoValues() {
        assertThat(CommandMessages.of(new BackupFileException(12, "not valid JSON (column 3)")))
                .isEqualTo("the file, line 12: not valid JSON (column 3)");
        assertThat(CommandMessages.of(new IllegalArgumentException("someone@example.org")))
                .isEqualTo("IllegalArgumentException");
    }
}
