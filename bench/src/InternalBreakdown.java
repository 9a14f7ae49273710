import dev.hanzi.publisher.Paper;
import dev.hanzi.publisher.check.BookChecker;
import dev.hanzi.publisher.check.Typography;
import dev.hanzi.publisher.epub.CoverImage;
import dev.hanzi.publisher.epub.EpubContent;
import dev.hanzi.publisher.epub.EpubPackager;
import dev.hanzi.publisher.epub.XhtmlTransformer;
import dev.hanzi.publisher.fonts.FontMetricsCache;
import dev.hanzi.publisher.fonts.PreparedFonts;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.pdf.Edition;
import dev.hanzi.publisher.pdf.FoTransformer;
import dev.hanzi.publisher.pdf.PdfRenderer;
import dev.hanzi.publisher.source.BookInfo;
import dev.hanzi.publisher.source.LoadedBook;
import dev.hanzi.publisher.source.SourceLoader;
import dev.hanzi.publisher.style.NormalizedBook;
import dev.hanzi.publisher.style.Normalizer;
import dev.hanzi.publisher.style.StyleParameters;
import dev.hanzi.publisher.style.Theme;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

/**
 * Where the time of a build goes, inside the stages: calls the publisher's stage classes one by
 * one, on one thread, so that each step is timed alone. Uses classes that are public but not the
 * publisher's API: when they change, this program may no longer compile, and run.sh reports the
 * section as skipped (the rest of the benchmark does not depend on it).
 *
 * <pre>java -cp target/publisher.jar bench/src/InternalBreakdown.java SOURCE.xml RUNS RESULT.md [FO_OUT]</pre>
 *
 * FO_OUT, if given, receives our XSL-FO of the book (for its size).
 */
public final class InternalBreakdown {
    public static void main(String[] args) throws Exception {
        Path source = Paths.get(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        Path result = Paths.get(args[2]);
        Path foOut = args.length > 3 ? Paths.get(args[3]) : null;
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));

        Map<String, Double> once = new LinkedHashMap<>();
        long t = System.nanoTime();
        Processor processor = new Processor(false);
        Installation installation = Installation.locate();
        SourceLoader loader = new SourceLoader(processor, installation);
        once.put("compile the RELAX NG schema (`new SourceLoader`)", ms(t));
        t = System.nanoTime();
        PreparedFonts preparedFonts = PreparedFonts.prepare(installation.fopConfiguration(),
                new FontMetricsCache(Files.createTempDirectory("metrics")));
        once.put("read the 4 fonts from their files, as FOP does (`PreparedFonts.prepare`, no cache)", ms(t));
        t = System.nanoTime();
        preparedFonts = PreparedFonts.prepare(installation.fopConfiguration(),
                new FontMetricsCache(installation.fontMetricsCache()));
        once.put("read the 4 fonts from the metrics cache (`PreparedFonts.prepare`)", ms(t));
        BookChecker checker = new BookChecker(preparedFonts::fontsLacking);
        Normalizer normalizer = new Normalizer(processor, installation);
        t = System.nanoTime();
        FoTransformer foTransformer = new FoTransformer(processor, installation);
        once.put("compile `xsl/fo/pdf.xsl` (`new FoTransformer`)", ms(t));
        t = System.nanoTime();
        XhtmlTransformer xhtmlTransformer = new XhtmlTransformer(processor, installation);
        once.put("compile `xsl/epub/epub.xsl` (`new XhtmlTransformer`)", ms(t));
        t = System.nanoTime();
        PdfRenderer renderer = new PdfRenderer(processor, installation, preparedFonts);
        FopFactory fopFactory = new FopConfParser(installation.fopConfiguration().toFile()).getFopFactoryBuilder().build();
        once.put("FOP factory from fop.xconf (`new PdfRenderer`, twice)", ms(t));
        t = System.nanoTime();
        Path fonts = installation.fontsDirectory();
        Theme theme = Theme.read(installation);
        CoverImage cover = new CoverImage(theme, fonts.resolve(theme.sansBoldFile()), fonts.resolve(theme.sansRegularFile()));
        once.put("load the cover's fonts into Java2D (`new CoverImage`)", ms(t));

        PdfRenderer unprepared = new PdfRenderer(processor, installation, PreparedFonts.none());
        List<String> steps = List.of(
                "load: parse + XInclude + RELAX NG (`SourceLoader.load`)",
                "check ids, links, images, font coverage (`BookChecker.check`)",
                "normalise, DocBook → XSL-FO (`Normalizer.normalize`, `FoTransformer.transform`)",
                "FOP → PDF screen edition, fonts lent (`PdfRenderer.render`: FOP, pdfbox fix-ups)",
                "the same, FOP reading the 4 fonts itself (`PreparedFonts.none()`)",
                "DocBook → XHTML (`XhtmlTransformer.transform`)",
                "cover image (`CoverImage.render`)",
                "EPUB zip (`EpubPackager.write`)");
        List<Map<String, Double>> rounds = new ArrayList<>();
        long foBytes = 0;
        long screenBytes = 0;
        for (int i = 0; i < runs; i++) {
            Map<String, Double> r = new LinkedHashMap<>();
            t = System.nanoTime();
            LoadedBook book = loader.load(source);
            r.put(steps.get(0), ms(t));
            t = System.nanoTime();
            checker.check(book);
            r.put(steps.get(1), ms(t));
            BookInfo info = BookInfo.read(processor, book, Optional.empty());
            StyleParameters parameters = StyleParameters.of(Paper.A4.widthMm(), Paper.A4.heightMm(),
                    Edition.SCREEN.styleName(), Typography.read(book));
            t = System.nanoTime();
            NormalizedBook normalized = normalizer.normalize(book, java.util.Set.of());
            XdmNode fo = (XdmNode) call(foTransformer, "transform", normalized, parameters, Edition.SCREEN);
            r.put(steps.get(2), ms(t));
            if (i == 0) {
                ByteArrayOutputStream foText = new ByteArrayOutputStream();
                Serializer serializer = processor.newSerializer(foText);
                serializer.serializeNode(fo);
                foBytes = foText.size();
                if (foOut != null) {
                    Files.write(foOut, foText.toByteArray());
                }
            }
            t = System.nanoTime();
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            call(renderer, "render", fo, info, Edition.SCREEN, book.folder(), screen);
            r.put(steps.get(3), ms(t));
            screenBytes = screen.size();
            t = System.nanoTime();
            call(unprepared, "render", fo, info, Edition.SCREEN, book.folder(), OutputStream.nullOutputStream());
            r.put(steps.get(4), ms(t));
            t = System.nanoTime();
            EpubContent content = xhtmlTransformer.transform(normalized);
            r.put(steps.get(5), ms(t));
            t = System.nanoTime();
            byte[] coverImage = cover.render(info);
            r.put(steps.get(6), ms(t));
            t = System.nanoTime();
            new EpubPackager(book.folder()).write(content, info, coverImage, OutputStream.nullOutputStream());
            r.put(steps.get(7), ms(t));
            rounds.add(r);
            System.err.println("round " + (i + 1) + ": " + r);
        }

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "A fresh JVM calls the stage classes one at a time on one thread "
                + "(no EPUB thread in parallel), %d rounds on `%s`. Round 1 is cold (class loading, JIT).%n%n",
                runs, source.getParent().getFileName() + "/" + source.getFileName()));
        md.append("One-time set-up (paid by the first build of every `java -jar` run, kept by a `Publisher`):\n\n");
        md.append("| set-up step | ms |\n|---|---:|\n");
        once.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(fmt(v)).append(" |\n"));
        md.append("\nPer build:\n\n");
        md.append("| step | round 1 (cold) ms | median of rounds 2–").append(runs).append(" ms |\n|---|---:|---:|\n");
        for (String step : steps) {
            List<Double> warm = new ArrayList<>();
            for (Map<String, Double> r : rounds.subList(1, rounds.size())) {
                warm.add(r.get(step));
            }
            md.append("| ").append(step).append(" | ").append(fmt(rounds.get(0).get(step))).append(" | ")
                    .append(fmt(median(warm))).append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "%nSizes: our XSL-FO %.0f KB; the screen edition's PDF %.0f KB.%n%n",
                foBytes / 1024.0, screenBytes / 1024.0));
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.writeString(result, md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
        System.exit(0);
    }

    /**
     * Calls the public method NAME of TARGET whose parameters can all be taken from POOL (the
     * first object of each type), so that a changed parameter list of the stage classes does not
     * break this program as long as the pool has what it asks for.
     */
    private static Object call(Object target, String name, Object... pool) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (!method.getName().equals(name)) {
                continue;
            }
            Object[] arguments = new Object[method.getParameterCount()];
            boolean found = true;
            for (int i = 0; i < arguments.length && found; i++) {
                found = false;
                for (Object candidate : pool) {
                    if (method.getParameterTypes()[i].isInstance(candidate)) {
                        arguments[i] = candidate;
                        found = true;
                        break;
                    }
                }
            }
            if (found) {
                try {
                    return method.invoke(target, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name + " with arguments from the pool");
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    // fmt and median are StageBenchmark's too: a program run as one source file cannot import another.
    private static String fmt(Double ms) {
        return ms == null || Double.isNaN(ms) ? "n/a" : String.format(Locale.ROOT, "%.0f", ms);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
