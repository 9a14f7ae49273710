package dev.hanzi.publisher.cli;

import dev.hanzi.publisher.Paper;
import dev.hanzi.publisher.PublishListener;
import dev.hanzi.publisher.PublishRequest;
import dev.hanzi.publisher.Publisher;
import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command line: {@code java -jar publisher.jar SOURCE.xml --pdf OUT.pdf [--epub OUT.epub]
 * [--paper a4|16k|a5]}. Exit 0 on success, 1 when the book has errors, 2 on a usage error.
 */
public final class Main {
    static final int OK = 0;
    static final int BOOK_ERROR = 1;
    static final int USAGE_ERROR = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final PublisherSource publishers;

    /** Where a command gets its publisher: a new one per process, or one shared by many commands (tests). */
    @FunctionalInterface
    public interface PublisherSource {
        Publisher publisher() throws PublishException;
    }

    public Main(PrintStream out, PrintStream err) {
        this(out, err, () -> new Publisher(Installation.locate()));
    }

    public Main(PrintStream out, PrintStream err, PublisherSource publishers) {
        this.out = out;
        this.err = err;
        this.publishers = publishers;
    }

    public static void main(String[] args) {
        // FOP writes the PDF's dates in the JVM's time zone; UTC makes the bytes the same on
        // every machine. (Maven's JVM gets the same from .mvn/jvm.config.)
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        System.exit(new Main(System.out, System.err).run(args));
    }

    /** Runs the command and returns its exit code. */
    public int run(String... args) {
        if (args.length > 0 && args[0].equals("new")) {
            return newBook(args);
        }
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(Diagnostic.of(Code.CLI_USAGE, Location.NOWHERE, Map.of("detail", e.getMessage())));
            err.println(Arguments.USAGE);
            return USAGE_ERROR;
        }
        if (arguments.help()) {
            out.println(Arguments.USAGE);
            return OK;
        }
        Logging.quiet(arguments.verbose());
        if (arguments.verbose()) {
            out.println("jvm       " + System.getProperty("java.version") + " "
                    + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        }
        try {
            Publisher publisher = publishers.publisher();
            if (arguments.watch()) {
                out.println("watching " + arguments.request().source() + " and the files it includes (Ctrl-C stops)");
                new Watcher(publisher).watch(arguments.request(), new ConsoleListener(), () -> false);
                return OK;
            }
            publisher.publish(arguments.request(), new ConsoleListener());
            return OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } catch (PublishException e) {
            e.diagnostics().forEach(d -> err.println(d));
            if (arguments.verbose()) {
                e.printStackTrace(err);
            }
            return BOOK_ERROR;
        } catch (RuntimeException e) {
            err.println(Diagnostic.of(Code.CLI_INTERNAL, Location.NOWHERE, Map.of("detail", e.toString())));
            if (arguments.verbose()) {
                e.printStackTrace(err);
            }
            return BOOK_ERROR;
        }
    }

    private int newBook(String... args) {
        if (args.length != 2) {
            err.println("usage: java -jar publisher.jar new DIR");
            return USAGE_ERROR;
        }
        try {
            Path book = new BookSkeleton().write(Paths.get(args[1]));
            out.println("wrote a new book: " + book);
            out.println("build it: java -jar publisher.jar " + book + " --pdf book.pdf --epub book.epub --proof");
            return OK;
        } catch (PublishException e) {
            e.diagnostics().forEach(d -> err.println(d));
            return BOOK_ERROR;
        }
    }

    private final class ConsoleListener implements PublishListener {
        @Override
        public void stageDone(String stage, Duration time, String result) {
            out.printf(Locale.ROOT, "%-9s %-28s %5.1f s%n", stage, result, time.toMillis() / 1000.0);
        }

        @Override
        public void report(Diagnostic diagnostic) {
            err.println(diagnostic);
        }
    }

    /** The parsed command line. */
    record Arguments(PublishRequest request, boolean verbose, boolean help, boolean watch) {
        static final String USAGE = String.join("\n",
                "usage: java -jar publisher.jar SOURCE.xml [--pdf OUT.pdf] [--epub OUT.epub] [options]",
                "       java -jar publisher.jar new DIR      write a new book's skeleton into DIR",
                "  --pdf FILE          write the screen edition of the PDF here (tagged, PDF/UA and PDF/A)",
                "  --print-pdf FILE    write the print edition here (PDF/X with bleed and crop marks)",
                "  --epub FILE         write the EPUB here",
                "  --paper NAME        page size: " + Paper.names() + " (default a4)",
                "  --proof             write proof/ beside the PDF: every page as PNG, a contact sheet,",
                "                      index.html (or --proof DIR for another folder)",
                "  --date INSTANT      date written into the outputs (ISO-8601, e.g. 2021-06-01T00:00:00Z);",
                "                      default: $SOURCE_DATE_EPOCH, else the book's pubdate",
                "  --strict            every warning is an error: nothing is written when there is one",
                "  --watch             publish again whenever the book, an included file or an image changes",
                "  --verbose           show FOP's and Saxon's own messages and stack traces",
                "  --help              show this help");

        static Arguments parse(String[] args) {
            Path source = null;
            Path pdf = null;
            Path epub = null;
            Paper paper = Paper.A4;
            Path printPdf = null;
            boolean proof = false;
            Path proofDirectory = null;
            Instant date = null;
            boolean verbose = false;
            boolean watch = false;
            boolean strict = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help", "-h" -> {
                        return new Arguments(null, false, true, false);
                    }
                    case "--verbose", "-v" -> verbose = true;
                    case "--watch" -> watch = true;
                    case "--strict" -> strict = true;
                    case "--pdf" -> pdf = Paths.get(value(args, ++i, arg));
                    case "--epub" -> epub = Paths.get(value(args, ++i, arg));
                    case "--paper" -> paper = Paper.fromName(value(args, ++i, arg));
                    case "--print-pdf" -> printPdf = Paths.get(value(args, ++i, arg));
                    case "--proof" -> {
                        proof = true;
                        if (i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].endsWith(".xml")) {
                            proofDirectory = Paths.get(args[++i]);
                        }
                    }
                    case "--date" -> date = instant(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        if (source != null) {
                            throw new IllegalArgumentException("only one source file, please (got " + source
                                    + " and " + arg + ")");
                        }
                        source = Paths.get(arg);
                    }
                }
            }
            if (source == null) {
                throw new IllegalArgumentException("no source file given");
            }
            if (pdf == null && epub == null && printPdf == null) {
                throw new IllegalArgumentException("nothing to write: give --pdf, --print-pdf and/or --epub");
            }
            if (date == null) {
                date = sourceDateEpoch();
            }
            if (proof && proofDirectory == null) {
                Path proofOf = pdf != null ? pdf : printPdf;
                if (proofOf == null) {
                    throw new IllegalArgumentException("--proof needs a PDF: give --pdf or --print-pdf");
                }
                Path folder = proofOf.toAbsolutePath().getParent();
                proofDirectory = folder.resolve("proof");
            }
            return new Arguments(new PublishRequest(source, Optional.ofNullable(pdf), Optional.ofNullable(printPdf),
                    Optional.ofNullable(epub), paper, Optional.ofNullable(proofDirectory), Optional.ofNullable(date),
                    strict), verbose, false, watch);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length || args[index].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static Instant instant(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date wants an ISO-8601 instant like 2021-06-01T00:00:00Z, not "
                        + value);
            }
        }

        /** The reproducible-builds convention: seconds since the epoch, from the environment. */
        private static Instant sourceDateEpoch() {
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            if (epoch == null || epoch.isBlank()) {
                return null;
            }
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, not " + epoch);
            }
        }
    }
}
