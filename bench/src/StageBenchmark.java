import dev.hanzi.publisher.Paper;
import dev.hanzi.publisher.PublishListener;
import dev.hanzi.publisher.PublishRequest;
import dev.hanzi.publisher.Publisher;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.output.Installation;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

/**
 * Stage breakdown of the publisher in one warm JVM, through the public API only.
 *
 * <pre>java -cp target/publisher.jar bench/src/StageBenchmark.java SOURCE.xml OUT_DIR RUNS RESULT.md</pre>
 *
 * Makes one {@link Publisher} and publishes SOURCE (PDF and EPUB, A4, screen edition) RUNS times,
 * collecting each stage's time from the {@link PublishListener}. Build 1 is the cold one (class
 * loading, JIT, stylesheet and schema compilation, font set-up); builds 2..RUNS are the warm
 * rebuilds that watch mode and a long-running service see. Then a font probe renders tiny FO
 * documents with FOP's own API and the same fop.xconf, to tell how much of a PDF render is font
 * loading. Writes a Markdown fragment to RESULT.md and prints it.
 */
public final class StageBenchmark {
    private static final List<String> STAGES = List.of("validate", "fo", "pdf", "xhtml", "epub");

    public static void main(String[] args) throws Exception {
        Path source = Paths.get(args[0]);
        Path outDir = Paths.get(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path result = Paths.get(args[3]);
        Files.createDirectories(outDir);

        long start = System.nanoTime();
        Installation installation = Installation.locate();
        Publisher publisher = new Publisher(installation);
        double setup = ms(System.nanoTime() - start);

        List<Map<String, Double>> builds = new ArrayList<>();
        String pages = "";
        for (int i = 1; i <= runs; i++) {
            Map<String, Double> stages = new ConcurrentHashMap<>();
            Map<String, String> results = new ConcurrentHashMap<>();
            PublishListener listener = new PublishListener() {
                @Override
                public void stageDone(String stage, Duration time, String result) {
                    stages.put(stage, time.toNanos() / 1e6);
                    results.put(stage, result);
                }

                @Override
                public void report(Diagnostic diagnostic) {
                }
            };
            long t = System.nanoTime();
            publisher.publish(new PublishRequest(source, Optional.of(outDir.resolve("stage.pdf")), Optional.empty(),
                    Optional.of(outDir.resolve("stage.epub")), Paper.A4, Optional.empty(), Optional.empty()), listener);
            stages.put("total", ms(System.nanoTime() - t));
            builds.add(stages);
            pages = results.getOrDefault("pdf", "");
            System.err.printf(Locale.ROOT, "build %d: %s%n", i, stages);
        }
        double hwmAfterBuilds = vmHwmMb();

        FontProbe probe = new FontProbe(installation.fopConfiguration().toFile());
        Map<String, String> fonts = probe.run();

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT,
                "One JVM (`java -cp target/publisher.jar`, default heap), one `Publisher`, %d builds of `%s` "
                        + "(PDF A4 screen edition + EPUB); the PDF has %s. `new Publisher(…)` took %.0f ms "
                        + "(RELAX NG schema compiled). Peak RSS of the JVM after the builds: %.0f MB.%n%n",
                runs, display(source), pages.replaceAll("\\s+screen$", "").trim().replaceAll("\\s{2,}", ", "), setup,
                hwmAfterBuilds));
        md.append("| stage | build 1 (cold JVM), ms | median of builds 2–").append(runs)
                .append(" (warm), ms | min warm | max warm | share of warm total |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        List<Map<String, Double>> warm = builds.subList(1, builds.size());
        double warmTotal = median(warm, "total");
        List<String> rows = new ArrayList<>(STAGES);
        rows.add("total");
        for (String stage : rows) {
            double first = builds.get(0).getOrDefault(stage, Double.NaN);
            double med = median(warm, stage);
            String share = stage.equals("total") ? "" : String.format(Locale.ROOT, "%.0f %%", 100 * med / warmTotal);
            String name = stage.equals("total") ? "**total** (wall time of `publish`)" : "`" + stage + "`";
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", name, fmt(first), fmt(med),
                    fmt(min(warm, stage)), fmt(max(warm, stage)), share));
        }
        md.append("\n`xhtml` and `epub` run on a second thread while `fo` and `pdf` run, so the total is the "
                + "wall time of one `publish` call, not the sum of the stages; `validate` includes loading "
                + "(XInclude) and, in build 1, reading the fonts (from the metrics cache); build 1's `fo` and `xhtml` "
                + "include compiling the stylesheets, its `pdf` includes FOP's set-up.\n\n");
        md.append("**Font probe** (FOP 2.11 API, same `fop.xconf`, after the builds above, so classes are loaded "
                + "and JIT-compiled): a one-page FO document rendered to PDF.\n\n");
        md.append("| what | time |\n|---|---:|\n");
        fonts.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n");
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.writeString(result, md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
        System.exit(0);
    }

    /** Renders tiny FO documents to tell font loading apart from the rest of a render. */
    static final class FontProbe {
        private static final String HEAD = "<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format'>"
                + "<fo:layout-master-set><fo:simple-page-master master-name='p' page-width='210mm' page-height='297mm'>"
                + "<fo:region-body margin='20mm'/></fo:simple-page-master></fo:layout-master-set>"
                + "<fo:page-sequence master-reference='p'><fo:flow flow-name='xsl-region-body'>";
        private static final String TAIL = "</fo:flow></fo:page-sequence></fo:root>";
        /** No text at all: no font is needed. */
        static final String EMPTY = HEAD + "<fo:block-container height='10mm'><fo:block/></fo:block-container>" + TAIL;
        /** One line in each of the four fonts of fop.xconf. */
        static final String FOUR_FONTS = HEAD
                + "<fo:block font-family='Noto Serif CJK SC'>中文排版</fo:block>"
                + "<fo:block font-family='Noto Serif CJK SC' font-weight='bold'>中文排版</fo:block>"
                + "<fo:block font-family='Noto Sans CJK SC'>中文排版</fo:block>"
                + "<fo:block font-family='Noto Sans CJK SC' font-weight='bold'>中文排版</fo:block>" + TAIL;
        static final String ONE_FONT = HEAD + "<fo:block font-family='Noto Serif CJK SC'>中文排版</fo:block>" + TAIL;

        private final File configuration;

        FontProbe(File configuration) {
            this.configuration = configuration;
        }

        Map<String, String> run() throws Exception {
            Map<String, String> out = new LinkedHashMap<>();
            long t = System.nanoTime();
            FopFactory factory = factory();
            out.put("new `FopFactory` from fop.xconf", fmt(ms(System.nanoTime() - t)) + " ms");
            double emptyFirst = render(factory, EMPTY);
            List<Double> empty = repeat(() -> render(factory, EMPTY), 5);
            double fourFirst = render(factory, FOUR_FONTS);
            List<Double> four = repeat(() -> render(factory, FOUR_FONTS), 5);
            List<Double> one = repeat(() -> render(factory, ONE_FONT), 5);
            FopFactory fresh = factory();
            double freshFactory = render(fresh, FOUR_FONTS);
            out.put("page without text, first / median of 5 more", fmt(emptyFirst) + " / " + fmt(median(empty)) + " ms");
            out.put("page with 1 line in each of the 4 fonts, first / median of 5 more (same factory)",
                    fmt(fourFirst) + " / " + fmt(median(four)) + " ms");
            out.put("page with 1 line in 1 font, median of 5 (same factory)", fmt(median(one)) + " ms");
            out.put("page with the 4 fonts, first render with a new factory", fmt(freshFactory) + " ms");
            out.put("⇒ font cost per document, 4 fonts (median 4-font page − median empty page)",
                    "**" + fmt(median(four) - median(empty)) + " ms**");
            out.put("⇒ font cost per document, 1 font (median 1-font page − median empty page)",
                    fmt(median(one) - median(empty)) + " ms");
            return out;
        }

        private FopFactory factory() throws Exception {
            return new FopConfParser(configuration).getFopFactoryBuilder().build();
        }

        private static double render(FopFactory factory, String fo) {
            try {
                long t = System.nanoTime();
                FOUserAgent agent = factory.newFOUserAgent();
                Fop fop = agent.newFop(MimeConstants.MIME_PDF, OutputStream.nullOutputStream());
                Transformer identity = TransformerFactory.newInstance().newTransformer();
                identity.transform(new StreamSource(new ByteArrayInputStream(fo.getBytes(StandardCharsets.UTF_8))),
                        new SAXResult(fop.getDefaultHandler()));
                return ms(System.nanoTime() - t);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static List<Double> repeat(Supplier<Double> action, int times) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                values.add(action.get());
            }
            return values;
        }
    }

    /** The source as "folder/file", without the machine's path. */
    static String display(Path source) {
        Path parent = source.toAbsolutePath().getParent();
        return (parent == null ? "" : parent.getFileName() + "/") + source.getFileName();
    }

    static double vmHwmMb() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return Double.NaN;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String fmt(double ms) {
        return Double.isNaN(ms) ? "n/a" : String.format(Locale.ROOT, "%.0f", ms);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static List<Double> values(List<Map<String, Double>> builds, String stage) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Double> build : builds) {
            if (build.containsKey(stage)) {
                values.add(build.get(stage));
            }
        }
        return values;
    }

    static double median(List<Map<String, Double>> builds, String stage) {
        return median(values(builds, stage));
    }

    static double min(List<Map<String, Double>> builds, String stage) {
        return values(builds, stage).stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Map<String, Double>> builds, String stage) {
        return values(builds, stage).stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
