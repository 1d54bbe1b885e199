package org.lambeth.livingwell.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lambeth.livingwell.LivingWellMapApplication;
import org.lambeth.livingwell.cli.CommandLineTool;
import org.lambeth.livingwell.store.EmbeddedNeo4jProperties;
import org.lambeth.livingwell.support.StoreFingerprint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

/**
 * The documented command, {@code import FILE --format F --source S}, run as the README says (the service's main
 * method with the command's arguments), against the test service's database through its Bolt port (NEO4J_URI, user
 * neo4j and the store's password file), as an operator imports into a running service.
 */
class ImportCommandIT extends ImportTest {

    @Autowired
    private Neo4jConnectionDetails database;

    @Autowired
    private EmbeddedNeo4jProperties embedded;

    @TempDir
    private Path directory;

    @BeforeEach
    void pointTheCommandAtThisDatabase() {
        System.setProperty("NEO4J_URI", database.getUri().toString());
        System.setProperty("NEO4J_USERNAME", "neo4j");
        System.setProperty("NEO4J_PASSWORD_FILE", embedded.passwordFile().toString());
    }

    @AfterEach
    void forgetIt() {
        System.clearProperty("NEO4J_URI");
        System.clearProperty("NEO4J_USERNAME");
        System.clearProperty("NEO4J_PASSWORD_FILE");
    }

    @Test
    void theCommandImportsAFileAndReportsItOnItsOutput() throws IOException {
        var file = Files.write(directory.resolve("assets.csv"), resource("assets.csv"));
        var output = new String[1];
        var code = captured(() -> CommandLineTool.run(LivingWellMapApplication.class, new String[] {"import", file.toString(), "--format", "csv",
                "--source", "cli-test"}), output);
        assertThat(code).as(output[0]).isZero();
        assertThat(output[0]).contains("3 rows; 3 to create").contains("Landed.");
        assertThat(importedAssets("cli-test")).isEqualTo(3);
    }

    @Test
    void aFileWithProblemsExitsWithOneWritesNothingAndTheReportNamesEveryProblem() throws IOException {
        var file = Files.writeString(directory.resolve("bad.csv"), "id,name,categories,latitude,longitude\n"
                + "a,Good,library,51.46,-0.11\nb,Bad,no-such-category,51.46,-0.11\n");
        var report = directory.resolve("report.csv");
        var before = StoreFingerprint.of(driver);
        var output = new String[1];
        var code = captured(() -> CommandLineTool.run(LivingWellMapApplication.class, new String[] {"import", file.toString(), "--format", "csv",
                "--source", "cli-bad", "--report", report.toString()}), output);
        assertThat(code).isOne();
        assertThat(output[0]).contains("row 3, categories = 'no-such-category': no such category")
                .contains("Nothing was written");
        assertThat(Files.readString(report)).contains("2,a,import:cli-bad:a,CREATE").contains("3,b,,REFUSE")
                .contains("PROBLEM,categories,no-such-category");
        assertThat(StoreFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void aTwoGigabyteFileIsRefusedBeforeItIsRead() throws IOException {
        var file = directory.resolve("huge.csv");
        try (var huge = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(2L << 30); // sparse: 2 GiB of zero bytes, nothing written to disk
        }
        var before = StoreFingerprint.of(driver);
        var output = new String[1];
        var code = captured(() -> CommandLineTool.run(LivingWellMapApplication.class, new String[] {"import", file.toString(), "--format", "csv",
                "--source", "cli-huge"}), output);
        assertThat(code).isOne();
        assertThat(output[0]).contains("2,147,483,648 bytes, larger than the limit of 1,073,741,824 bytes");
        assertThat(StoreFingerprint.of(driver)).isEqualTo(before);
    }

    @Test
    void badArgumentsExitWithTwoBeforeAnythingStarts() {
        var output = new String[1];
        assertThat(captured(() -> CommandLineTool.run(LivingWellMapApplication.class, new String[] {"import", "x.csv", "--source", "s"}), output))
                .isEqualTo(2);
        assertThat(output[0]).contains("Missing required option: '--format");
        assertThat(captured(() -> CommandLineTool.run(LivingWellMapApplication.class, new String[] {"import", "x.csv", "--format", "xml",
                "--source", "s"}), output)).isEqualTo(2);
        assertThat(output[0]).contains("unknown format 'xml'").doesNotContain("Started");
    }

    /** Runs the command with standard output and error captured (the progress bars go to standard error). */
    private static int captured(IntSupplier command, String[] output) {
        var out = System.out;
        var err = System.err;
        var buffer = new ByteArrayOutputStream();
        var print = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(print);
        System.setErr(print);
        try {
            return command.getAsInt();
        } finally {
            System.setOut(out);
            System.setErr(err);
            output[0] = buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
