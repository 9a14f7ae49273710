package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar, as a user runs it: from another folder, on a book in a third one. */
class JarIT {
    @TempDir
    Path workingDirectory;

    private Process run(String... args) throws IOException {
        return run(false, List.of(), args);
    }

    private Process run(boolean direct, List<String> jvmOptions, String... args) throws IOException {
        Path jar = Paths.get("target/publisher.jar").toAbsolutePath();
        List<String> command = new java.util.ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        if (direct) {
            builder.environment().put("PUBLISHER_LAUNCH", "direct");
        } else {
            builder.environment().remove("PUBLISHER_LAUNCH");
        }
        return builder.start();
    }

    private static String finish(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static String jvmLine(String output) {
        return output.lines().filter(line -> line.startsWith("jvm ")).findFirst().orElse("no jvm line in:\n" + output);
    }

    /** Also what a user sees: a book in a third folder, built from another working directory. */
    @Test
    void buildsInASecondJvmSetUpForAShortRunAndLeavesAClassArchive() throws Exception {
        String output = finish(run(TestBooks.FEATURED.toAbsolutePath().toString(), "--pdf", "out/book.pdf",
                "--epub", "out/book.epub", "--verbose"));
        assertTrue(Files.size(workingDirectory.resolve("out/book.pdf")) > 10_000, output);
        assertTrue(Files.size(workingDirectory.resolve("out/book.epub")) > 10_000, output);
        assertTrue(output.contains("pdf ") && output.contains("epub "), "no stage lines:\n" + output);
        String jvm = jvmLine(output);
        for (String flag : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dpublisher.launched=true")) {
            assertTrue(jvm.contains(flag), flag + " missing: " + jvm);
        }
        try (var files = Files.list(Paths.get("target"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("publisher-[0-9a-f]+\\.jsa")),
                    "no class data archive beside the jar after a build");
        }
        // The user's options reach the publisher's JVM: here, a log of where each class came from.
        Path classes = workingDirectory.resolve("classes.log");
        String again = jvmLine(finish(run(false, List.of("-Xlog:class+load=info:file=" + classes),
                TestBooks.FEATURED.toAbsolutePath().toString(), "--pdf", "b.pdf", "--verbose")));
        assertTrue(again.contains("-XX:SharedArchiveFile="), "the second run does not use the archive: " + again);
        String log = Files.readString(classes);
        assertTrue(log.contains("dev.hanzi.publisher.Publisher source: shared objects file (top)"),
                "the publisher's classes do not come from the archive:\n"
                + log.lines().filter(l -> l.contains("dev.hanzi.publisher.Publisher ")).findFirst().orElse(""));
        try (var files = Files.list(Paths.get("target"))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")), "a half-written archive was left");
        }
    }

    @Test
    void publisherLaunchDirectRunsInTheSameJvm() throws Exception {
        String jvm = jvmLine(finish(run(true, List.of(), TestBooks.FEATURED.toAbsolutePath().toString(), "--epub",
                "a.epub", "--verbose")));
        assertFalse(jvm.contains("publisher.launched"), jvm);
    }

    @Test
    void aUsageErrorExitsTwo() throws Exception {
        Process process = run("--paper", "b5");
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
    }
}
