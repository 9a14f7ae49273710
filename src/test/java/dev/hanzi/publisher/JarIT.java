package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Path jar = Paths.get("target/publisher.jar").toAbsolutePath();
        List<String> command = new java.util.ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
    }

    @Test
    void buildsABookInAnyFolderFromAnyWorkingDirectory() throws Exception {
        Path book = TestBooks.FEATURED.toAbsolutePath();
        Process process = run(book.toString(), "--pdf", "out/book.pdf", "--epub", "out/book.epub");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
        assertEquals(0, process.exitValue(), output);
        assertTrue(Files.size(workingDirectory.resolve("out/book.pdf")) > 10_000, output);
        assertTrue(Files.size(workingDirectory.resolve("out/book.epub")) > 10_000, output);
        assertTrue(output.contains("pdf ") && output.contains("epub "), "no stage lines:\n" + output);
    }

    @Test
    void aUsageErrorExitsTwo() throws Exception {
        Process process = run("--paper", "b5");
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
    }
}
