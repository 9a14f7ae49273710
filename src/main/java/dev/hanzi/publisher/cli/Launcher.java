package dev.hanzi.publisher.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The jar's entry point. Building a book takes a JVM a few seconds, a run its defaults are not
 * made for: a cold build of the report loads about 7,100 classes (5,900 of them not in the JDK's
 * own archive), and C2 compiling and the G1 collector spend CPU the two cores need for the work.
 * So the launcher starts the publisher in a second JVM set up for a short run — the quick
 * compiler only, the serial collector with a small heap that grows as the book needs, and class
 * data sharing from an archive beside the jar that the first build writes — and passes on the
 * user's own JVM options after these, so that theirs win. In bench/RESULTS.md the report takes
 * 2.6 s and 351 MiB this way, 3.7 s and 444 MiB in one JVM with Java's defaults. Where that
 * cannot be done (not run from the jar, the java command unknown, options read from files,
 * PUBLISHER_LAUNCH=direct), {@link Main} runs in this JVM.
 */
public final class Launcher {
    /** Set on the second JVM, so that it runs the publisher instead of launching again. */
    static final String LAUNCHED_PROPERTY = "publisher.launched";
    static final String ARCHIVE_SUFFIX = ".jsa";
    static final String PART_SUFFIX = ".part";

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<Launch> launch = Boolean.getBoolean(LAUNCHED_PROPERTY)
                || "direct".equalsIgnoreCase(System.getenv("PUBLISHER_LAUNCH")) ? Optional.empty() : Launch.plan(args);
        if (launch.isEmpty()) {
            Main.main(args);
            return;
        }
        Optional<Integer> exitCode = launch.get().run();
        if (exitCode.isEmpty()) {
            Main.main(args);
            return;
        }
        System.exit(exitCode.get());
    }

    /** The second JVM's command line, and what to do with its class data archive afterwards. */
    record Launch(List<String> command, Path archive, Path archiveInProgress) {
        /** The plan for this JVM's command line; empty when the publisher should run here. */
        static Optional<Launch> plan(String[] args) {
            ProcessHandle.Info info = ProcessHandle.current().info();
            Optional<Path> jar = jar();
            if (info.command().isEmpty() || info.arguments().isEmpty() || jar.isEmpty()) {
                return Optional.empty();
            }
            List<String> jvmArguments = Arrays.asList(info.arguments().get());
            int jarOption = jvmArguments.indexOf("-jar");
            // Options read from files could contradict ours unseen (two collectors stop a JVM
            // from starting): whoever uses them has chosen their JVM, so it runs as they say.
            if (jarOption < 0 || jvmArguments.subList(0, jarOption).stream().anyMatch(o -> o.startsWith("@")
                    || o.startsWith("-XX:Flags=") || o.startsWith("-XX:VMOptionsFile="))) {
                return Optional.empty();
            }
            Path archive = jar.get().resolveSibling(archiveName(jar.get()));
            boolean archiveExists = Files.isRegularFile(archive);
            Path inProgress = !archiveExists && learnsFrom(args) && Files.isWritable(jar.get().getParent())
                    ? jar.get().resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + PART_SUFFIX)
                    : null;
            return Optional.of(new Launch(command(info.command().get(), jvmArguments.subList(0, jarOption),
                    environmentOptions(), jar.get(), archiveExists ? archive : null, inProgress, args), archive,
                    inProgress));
        }

        /**
         * The second JVM's command. The user's JVM options come after ours (the last of a flag
         * wins), and where theirs choose the same thing in another way (a collector, a heap
         * size, an archive), ours are left out so that the two cannot conflict.
         */
        static List<String> command(String java, List<String> userOptions, List<String> environmentOptions, Path jar,
                Path archive, Path archiveToWrite, String[] args) {
            List<String> command = new ArrayList<>();
            command.add(java);
            // Options from the environment reach the second JVM by themselves, but ours must not
            // contradict them either (two collectors stop a JVM from starting).
            List<String> chosen = new ArrayList<>(userOptions);
            chosen.addAll(environmentOptions);
            if (chosen.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")
                    || o.endsWith("TieredCompilation") || o.startsWith("-Xint") || o.startsWith("-Xcomp"))) {
                command.add("-XX:TieredStopAtLevel=1");
            }
            if (chosen.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
                command.add("-XX:+UseSerialGC");
            }
            if (chosen.stream().noneMatch(o -> o.startsWith("-Xms") || o.startsWith("-Xmn") || o.startsWith("-Xmx")
                    || o.contains("HeapSize") || o.contains("NewSize") || o.contains("RAMPercentage")
                    || o.contains("HeapFreeRatio"))) {
                // A small young generation, and an old one that grows only as far as it must: the
                // fonts FOP subsets at the end are read whole (16–25 MB each, several copies), and
                // a roomier heap would keep their garbage resident.
                command.add("-Xms96m");
                command.add("-Xmn48m");
                command.add("-XX:MinHeapFreeRatio=10");
                command.add("-XX:MaxHeapFreeRatio=20");
            }
            if (chosen.stream().noneMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile")
                    || o.contains("ArchiveClassesAtExit"))) {
                if (archive != null) {
                    command.add("-XX:SharedArchiveFile=" + archive);
                } else if (archiveToWrite != null) {
                    command.add("-XX:ArchiveClassesAtExit=" + archiveToWrite);
                }
                // The archive is an optimisation: a stale one is ignored, and the JVM's notes on
                // the classes it leaves out of a new one would land in the book's output.
                command.add("-Xlog:cds*=off");
            }
            command.addAll(userOptions);
            command.add("-D" + LAUNCHED_PROPERTY + "=true");
            command.add("-cp");
            command.add(jar.toString());
            command.add(Main.class.getName());
            command.addAll(Arrays.asList(args));
            return command;
        }

        /** The JVM options that the java launcher and the JVM take from the environment. */
        private static List<String> environmentOptions() {
            List<String> options = new ArrayList<>();
            for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
                String value = System.getenv(variable);
                if (value != null && !value.isBlank()) {
                    options.addAll(Arrays.asList(value.trim().split("\\s+")));
                }
            }
            return options;
        }

        /**
         * Whether a run with these arguments is a good one to archive the loaded classes from: a
         * build (not help, a new skeleton or watch mode, which ends with Ctrl-C).
         */
        static boolean learnsFrom(String[] args) {
            List<String> list = Arrays.asList(args);
            return !list.isEmpty() && !list.get(0).equals("new") && !list.contains("--watch")
                    && !list.contains("--help") && !list.contains("-h");
        }

        /** An archive fits one jar and one JDK; its name says which. */
        static String archiveName(Path jar) {
            String key;
            try {
                key = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                        + "|" + System.getProperty("java.home") + "|" + Runtime.version();
            } catch (IOException e) {
                key = jar.toAbsolutePath() + "|" + Runtime.version();
            }
            return archivePrefix(jar) + Integer.toHexString(key.hashCode()) + ARCHIVE_SUFFIX;
        }

        /** Archives are named after their jar, so that two jars in one folder keep their own. */
        static String archivePrefix(Path jar) {
            String name = jar.getFileName().toString();
            return name.substring(0, name.length() - ".jar".length()) + "-";
        }

        private static Optional<Path> jar() {
            try {
                Path location = Paths.get(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return Files.isRegularFile(location) && location.toString().toLowerCase(Locale.ROOT).endsWith(".jar")
                        ? Optional.of(location.toAbsolutePath()) : Optional.empty();
            } catch (URISyntaxException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** Runs the second JVM to its end; empty when it could not be started. */
        Optional<Integer> run() {
            Process process;
            try {
                process = new ProcessBuilder(command).inheritIO().start();
            } catch (IOException e) {
                return Optional.empty();
            }
            // Whoever stops this JVM stops the publisher too (Ctrl-C reaches both anyway), and
            // no half-written archive stays behind.
            Thread stopper = new Thread(() -> {
                process.destroy();
                try {
                    process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (archiveInProgress != null) {
                    try {
                        Files.deleteIfExists(archiveInProgress);
                    } catch (IOException e) {
                        // the next archive written sweeps it away
                    }
                }
            });
            Runtime.getRuntime().addShutdownHook(stopper);
            int exitCode;
            try {
                exitCode = process.waitFor();
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                return Optional.of(130);
            }
            Runtime.getRuntime().removeShutdownHook(stopper);
            if (archiveInProgress != null) {
                keepArchive(exitCode == 0);
            }
            return Optional.of(exitCode);
        }

        /**
         * Puts a newly written archive in place, or drops it; removes this jar's earlier archives
         * and the half-written ones of runs that were killed.
         */
        private void keepArchive(boolean good) {
            try {
                if (good && Files.isRegularFile(archiveInProgress)) {
                    try {
                        Files.move(archiveInProgress, archive, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(archiveInProgress, archive, StandardCopyOption.REPLACE_EXISTING);
                    }
                    sweep();
                }
                Files.deleteIfExists(archiveInProgress);
            } catch (IOException e) {
                // Without an archive the next run starts a little slower; nothing else changes.
            }
        }

        private void sweep() throws IOException {
            String prefix = archive.getFileName().toString();
            prefix = prefix.substring(0, prefix.lastIndexOf('-') + 1);
            // Only this jar's: publisher-<hex>.jsa, not publisher-cli-<hex>.jsa of another jar.
            java.util.regex.Pattern ours = java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(prefix) + "[0-9a-f]+\\.jsa(\\.[0-9]+\\.part)?");
            try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), prefix + "*")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (!ours.matcher(name).matches()) {
                        continue;
                    }
                    if (name.endsWith(ARCHIVE_SUFFIX) && !file.equals(archive)
                            || name.endsWith(PART_SUFFIX) && !writerAlive(name)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }

        /** Whether the launcher that is writing this part file (its pid is in the name) still runs. */
        private static boolean writerAlive(String partName) {
            String[] pieces = partName.split("\\.");
            try {
                long pid = Long.parseLong(pieces[pieces.length - 2]);
                return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                return false;
            }
        }
    }
}
