package dev.hanzi.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second JVM's command line: our flags for a short run, the user's own options winning. */
class LauncherTest {
    private static final Path JAR = Paths.get("/opt/publisher/publisher.jar");
    private static final Path ARCHIVE = Paths.get("/opt/publisher/publisher-1.jsa");
    private static final String[] ARGS = {"book.xml", "--pdf", "book.pdf"};

    private static List<String> command(List<String> userOptions, Path archive, Path archiveToWrite) {
        return Launcher.Launch.command("/usr/bin/java", userOptions, List.of(), JAR, archive, archiveToWrite, ARGS);
    }

    @Test
    void aPlainRunGetsTheShortRunFlagsAndTheArchive() {
        List<String> command = command(List.of(), ARCHIVE, null);
        assertEquals("/usr/bin/java", command.get(0));
        assertTrue(command.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms96m", "-Xmn48m",
                "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds*=off")), command.toString());
        assertEquals(List.of("-Dpublisher.launched=true", "-cp", JAR.toString(), Main.class.getName(), "book.xml",
                "--pdf", "book.pdf"), command.subList(command.size() - 7, command.size()));
    }

    @Test
    void withoutAnArchiveTheRunWritesOne() {
        Path part = Paths.get("/opt/publisher/publisher-1.jsa.42.part");
        List<String> command = command(List.of(), null, part);
        assertTrue(command.contains("-XX:ArchiveClassesAtExit=" + part), command.toString());
        assertFalse(command.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile")), command.toString());
    }

    @Test
    void theUsersOptionsComeLastAndReplaceOursWhereTheyChooseTheSameThing() {
        List<String> user = List.of("-Xmx512m", "-XX:+UseG1GC", "-XX:-TieredCompilation", "-Xshare:off", "-Dx=y");
        List<String> command = command(user, ARCHIVE, null);
        for (String ours : List.of("-Xms96m", "-Xmn48m", "-XX:MaxHeapFreeRatio=20", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=" + ARCHIVE)) {
            assertFalse(command.contains(ours), ours + " conflicts with the user's options: " + command);
        }
        int first = command.indexOf("-Xmx512m");
        assertEquals(user, command.subList(first, first + user.size()));
        assertTrue(first < command.indexOf("-Dpublisher.launched=true"));
    }

    @Test
    void optionsFromTheEnvironmentAreNotContradictedNorRepeated() {
        List<String> command = Launcher.Launch.command("/usr/bin/java", List.of(), List.of("-XX:+UseG1GC"), JAR,
                ARCHIVE, null, ARGS);
        assertFalse(command.contains("-XX:+UseSerialGC"), command.toString());
        assertFalse(command.contains("-XX:+UseG1GC"), "the JVM reads the environment itself: " + command);
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"), command.toString());
    }

    @Test
    void onlyBuildsTeachTheArchive() {
        assertTrue(Launcher.Launch.learnsFrom(ARGS));
        assertFalse(Launcher.Launch.learnsFrom(new String[] {"book.xml", "--pdf", "b.pdf", "--watch"}));
        assertFalse(Launcher.Launch.learnsFrom(new String[] {"new", "dir"}));
        assertFalse(Launcher.Launch.learnsFrom(new String[] {"--help"}));
        assertFalse(Launcher.Launch.learnsFrom(new String[0]));
    }

    @Test
    void aRebuiltJarGetsAnotherArchive(@TempDir Path folder) throws Exception {
        Path jar = Files.write(folder.resolve("publisher.jar"), new byte[] {1, 2, 3});
        String first = Launcher.Launch.archiveName(jar);
        assertTrue(first.startsWith("publisher-") && first.endsWith(".jsa"), first);
        assertEquals(first, Launcher.Launch.archiveName(jar));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertNotEquals(first, Launcher.Launch.archiveName(jar));
    }
}
