package dev.hanzi.publisher;

import dev.hanzi.publisher.check.BookChecker;
import dev.hanzi.publisher.check.Typography;
import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.epub.CoverImage;
import dev.hanzi.publisher.epub.EpubContent;
import dev.hanzi.publisher.epub.EpubPackager;
import dev.hanzi.publisher.epub.XhtmlTransformer;
import dev.hanzi.publisher.fonts.FontMetricsCache;
import dev.hanzi.publisher.fonts.PreparedFonts;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.output.OutputSet;
import dev.hanzi.publisher.pdf.Edition;
import dev.hanzi.publisher.pdf.FoTransformer;
import dev.hanzi.publisher.pdf.LayoutPasses;
import dev.hanzi.publisher.pdf.PrintResolution;
import dev.hanzi.publisher.pdf.PdfRenderer;
import dev.hanzi.publisher.pdf.PrintCover;
import dev.hanzi.publisher.pdf.ProofSheets;
import dev.hanzi.publisher.pdf.Signatures;
import dev.hanzi.publisher.source.BookInfo;
import dev.hanzi.publisher.source.ImageFormats;
import dev.hanzi.publisher.source.LoadedBook;
import dev.hanzi.publisher.source.SourceLoader;
import dev.hanzi.publisher.style.Fallbacks;
import dev.hanzi.publisher.style.NormalizedBook;
import dev.hanzi.publisher.style.Normalizer;
import dev.hanzi.publisher.style.StyleParameters;
import dev.hanzi.publisher.style.StylesheetResources;
import dev.hanzi.publisher.style.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;

/**
 * The publishing pipeline: load (source) → check → normalise (style) → transform and render the
 * PDF editions (pdf) and package the EPUB (epub). One instance keeps the compiled schema and
 * stylesheets and FOP's font setup, so a second book (or the same book again, in watch mode)
 * builds warm. One publication at a time (the EPUB is made on a second thread while the PDF is
 * rendered).
 */
public final class Publisher {
    private final Installation installation;
    private final Processor processor = new Processor(false);
    // The DocBook 5.1 schema (630 KB of RELAX NG) takes Jing seconds to compile: once per
    // Publisher, on its own thread, beside the stylesheets and the fonts.
    private final FutureTask<SourceLoader> loader;
    // Compiling the stylesheets and reading the fonts take most of a cold run; they are
    // independent, so they start at once, each on its own thread, while the book loads.
    private final FutureTask<PreparedFonts> fonts;
    private final FutureTask<Normalizer> normalizer;
    private final FutureTask<FoTransformer> foTransformer;
    private final FutureTask<XhtmlTransformer> xhtmlTransformer;
    private PdfRenderer pdfRenderer;
    private CoverImage coverImage;
    private Theme theme;

    public Publisher(Installation installation) throws PublishException {
        this.installation = installation;
        StylesheetResources.confine(processor, installation);
        // Before any stylesheet is compiled: the fallback templates call it.
        Fallbacks fallbacks = Fallbacks.register(processor);
        this.fonts = start("fonts", () -> PreparedFonts.prepare(installation.fopConfiguration(),
                new FontMetricsCache(installation.fontMetricsCache())));
        // The PDF stylesheet first: the PDF takes longest, and on two cores compiling both at
        // once only delays it. The EPUB's is compiled next, or at once by a publication that
        // asks for an EPUB alone (FutureTask runs once, on whichever thread gets there first).
        this.normalizer = new FutureTask<>(() -> new Normalizer(processor, installation, fallbacks));
        this.foTransformer = new FutureTask<>(() -> new FoTransformer(processor, installation));
        this.xhtmlTransformer = new FutureTask<>(() -> new XhtmlTransformer(processor, installation));
        start("stylesheets", () -> {
            normalizer.run();
            foTransformer.run();
            xhtmlTransformer.run();
            return null;
        });
        this.loader = start("schema", () -> new SourceLoader(processor, installation));
    }

    private static <T> FutureTask<T> start(String name, Callable<T> setUp) {
        FutureTask<T> task = new FutureTask<>(setUp);
        Thread thread = new Thread(task, "set-up " + name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The task's result; its PublishException or RuntimeException as if thrown here. */
    private static <T> T ready(FutureTask<T> task) throws PublishException {
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PublishException p) {
                throw p;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException(Diagnostic.of(Code.CLI_INTERRUPTED, Location.NOWHERE));
        }
    }

    /** What a publication read: every file, the main one first, and every image. */
    public record Publication(List<Path> files) {
    }

    /**
     * Publishes the book as requested: every output asked for, or none. Nothing is written
     * unless the book loads and passes its checks; the outputs are written beside their targets
     * and moved into place only when all of them are complete (and, in a strict build, no
     * warning was found): after an error every earlier output is as it was.
     */
    public Publication publish(PublishRequest request, PublishListener listener) throws PublishException {
        checkOutputs(request);
        long start = System.nanoTime();
        LoadedBook book = ready(loader).load(request.source());
        BookChecker checker = checker();
        BookChecker.Checked checked = checker.check(book);
        Warnings warnings = new Warnings(request.strict(), listener);
        book.warnings().forEach(warnings::add);
        checked.warnings().forEach(warnings::add);
        Typography typography = Typography.read(book);
        listener.stageDone("validate", since(start), book.files().size() + " files");
        BookInfo info = BookInfo.read(processor, book, request.buildDate());
        NormalizedBook normalized = ready(normalizer).normalize(book, checked.deadLinks());
        try (OutputSet outputs = new OutputSet()) {
            List<Diagnostic> problems = new ArrayList<>();
            // The EPUB does not wait for the PDF: they share nothing but the normalised book,
            // and the machine has more than one core.
            Optional<Path> epubFile = stage(outputs, request.epub());
            FutureTask<Void> epub = new FutureTask<>(() -> {
                if (epubFile.isPresent()) {
                    publishEpub(normalized, info, epubFile.get(), request.epub().get(), listener);
                }
                return null;
            });
            Thread epubThread = new Thread(epub, "epub");
            epubThread.start();
            try {
                StyleParameters parameters = StyleParameters.of(request.paper().widthMm(), request.paper().heightMm(),
                        Edition.SCREEN.styleName(), typography);
                Optional<Path> screen = stage(outputs, request.pdf());
                if (screen.isPresent()) {
                    publishPdf(normalized, info, parameters, Edition.SCREEN, screen.get(), request.pdf().get(),
                            listener, warnings);
                }
                Optional<Path> print = stage(outputs, request.printPdf());
                if (print.isPresent()) {
                    flagRgbImages(book, checker, warnings);
                    Path coverTarget = PrintCover.beside(request.printPdf().get());
                    publishPrint(normalized, info, parameters, typography, request.paper(),
                            new Staged(print.get(), request.printPdf().get()),
                            new Staged(outputs.file(coverTarget), coverTarget), listener, warnings);
                }
                if (request.proof().isPresent()) {
                    Path proofOf = screen.or(() -> print).orElseThrow(() -> new PublishException(
                            Diagnostic.of(Code.PDF_PROOF_NEEDS_PDF, Location.NOWHERE)));
                    Path named = request.pdf().or(request::printPdf).orElseThrow();
                    long proofStart = System.nanoTime();
                    Path folder = outputs.folder(request.proof().get());
                    ProofSheets.Proof proof = new ProofSheets(theme()).write(proofOf, named.getFileName().toString(), folder);
                    listener.stageDone("proof", since(proofStart), proof.pages() + " pages  "
                            + Location.displayName(request.proof().get().resolve(proof.contactSheet().getFileName()).toString()));
                }
            } catch (PublishException e) {
                problems.addAll(e.diagnostics());
            }
            try {
                ready(epub);
            } catch (PublishException e) {
                problems.addAll(e.diagnostics());
            }
            // Once per element name for both outputs, after both transformations.
            normalized.fallbacks().warnings().forEach(warnings::add);
            problems.addAll(warnings.errors());
            if (!problems.isEmpty()) {
                throw new PublishException(problems);
            }
            outputs.commit();
        }
        List<Path> files = new ArrayList<>(book.files());
        files.addAll(checker.images(book));
        Path typographyFile = book.root().resolve(Typography.FILE_NAME);
        if (Files.exists(typographyFile)) {
            files.add(typographyFile);
        }
        return new Publication(List.copyOf(files));
    }

    /** Where an output asked for is written until every output is complete. */
    private static Optional<Path> stage(OutputSet outputs, Optional<Path> target) throws PublishException {
        return target.isPresent() ? Optional.of(outputs.file(target.get())) : Optional.empty();
    }

    /**
     * The warnings of one build: told to the listener as they come, or, in a strict build,
     * kept as errors that stop it.
     */
    private static final class Warnings {
        private final boolean strict;
        private final PublishListener listener;
        private final List<Diagnostic> errors = new ArrayList<>();

        Warnings(boolean strict, PublishListener listener) {
            this.strict = strict;
            this.listener = listener;
        }

        synchronized void add(Diagnostic warning) {
            if (strict) {
                errors.add(warning.asError());
            } else {
                listener.report(warning);
            }
        }

        synchronized List<Diagnostic> errors() {
            return List.copyOf(errors);
        }
    }

    private void publishEpub(NormalizedBook book, BookInfo info, Path file, Path target, PublishListener listener)
            throws PublishException {
        long start = System.nanoTime();
        EpubContent content = ready(xhtmlTransformer).transform(book);
        listener.stageDone("xhtml", since(start), content.documents().size() + " documents");
        start = System.nanoTime();
        CoverImage cover = coverImage();
        EpubPackager packager = new EpubPackager(book.loaded().folder());
        try (OutputStream out = Files.newOutputStream(file)) {
            packager.write(content, info, cover.render(info), out);
        } catch (IOException e) {
            throw new PublishException(Code.OUT_WRITE_FAILED, Location.of(target), Map.of("reason", String.valueOf(e.getMessage())), e);
        }
        listener.stageDone("epub", since(start), size(file));
    }

    private void publishPdf(NormalizedBook book, BookInfo info, StyleParameters parameters, Edition edition,
            Path file, Path target, PublishListener listener, Warnings warnings) throws PublishException {
        long start = System.nanoTime();
        Staged output = new Staged(file, target);
        // Laid out once, or again with the index's page numbers and the page count it learnt.
        LayoutPasses.Outcome outcome = LayoutPasses.run(transformation(book, parameters, edition, listener), edition,
                Optional.empty(), (fo, anchors) -> render(fo, info, edition, book, output, anchors), Location.of(target));
        PdfRenderer.Rendered rendered = outcome.rendered();
        rendered.warnings().forEach(warnings::add);
        listener.stageDone("pdf", since(start), rendered.pages() + " pages  " + size(file) + "  " + edition.styleName()
                + layouts(outcome));
    }

    /** The edition's transformation for LayoutPasses; its first run is the build's "fo" stage. */
    private LayoutPasses.Transformation transformation(NormalizedBook book, StyleParameters parameters, Edition edition,
            PublishListener listener) throws PublishException {
        FoTransformer transformer = ready(foTransformer);
        boolean[] told = {false};
        return layout -> {
            long start = System.nanoTime();
            XdmNode fo = transformer.transform(book, parameters, edition, layout);
            if (!told[0]) {
                told[0] = true;
                listener.stageDone("fo", since(start), edition.styleName());
            }
            return fo;
        };
    }

    /** How many layouts a PDF took, when it took more than one. */
    private static String layouts(LayoutPasses.Outcome outcome) {
        return outcome.layouts() > 1 ? "  " + outcome.layouts() + " layouts" : "";
    }

    /** An output's temporary file, and its target, named in messages. */
    private record Staged(Path file, Path target) {
    }

    /**
     * The print edition and its cover. The book block is made up to whole signatures: laid out
     * once to count its pages, and again with the blank pages of its last signature (when it
     * needs any), so that they are pages of the book's own masters, crop marks and all; the same
     * layouts learn the index's page numbers and the copyright page's count (LayoutPasses). The
     * cover's spine is as thick as the pages made up.
     */
    private void publishPrint(NormalizedBook book, BookInfo info, StyleParameters parameters, Typography typography,
            Paper paper, Staged block, Staged coverFile, PublishListener listener, Warnings warnings)
            throws PublishException {
        long start = System.nanoTime();
        FoTransformer transformer = ready(foTransformer);
        Signatures signatures = Signatures.of(typography);
        LayoutPasses.Outcome outcome = LayoutPasses.run(transformation(book, parameters, Edition.PRINT, listener),
                Edition.PRINT, Optional.of(signatures), (fo, anchors) -> render(fo, info, Edition.PRINT, book, block, anchors),
                Location.of(block.target()));
        PdfRenderer.Rendered rendered = outcome.rendered();
        int blanks = outcome.blanks();
        if (rendered.pages() % signatures.pages() != 0) {
            throw new PublishException(Code.PDF_SIGNATURES, Location.of(block.target()),
                    Map.of("pages", rendered.pages(), "signature", signatures.pages()));
        }
        rendered.warnings().forEach(warnings::add);
        printResolution(book, rendered, warnings);
        listener.stageDone("pdf", since(start), rendered.pages() + " pages  " + size(block.file()) + "  "
                + Edition.PRINT.styleName() + "  " + blanks + " blank" + layouts(outcome));
        start = System.nanoTime();
        PrintCover cover = PrintCover.of(rendered.pages(), paper.widthMm(), paper.heightMm(), typography,
                book.loaded().document());
        XdmNode coverFo = transformer.transform(book, parameters, Edition.PRINT, cover.parameters());
        PdfRenderer.Rendered coverRendered = render(coverFo, info, Edition.PRINT, book, coverFile);
        coverRendered.warnings().forEach(warnings::add);
        listener.stageDone("cover", since(start), String.format(Locale.ROOT, "%.1f × %.1f mm, spine %.1f mm  %s",
                cover.spreadWidthMm(), cover.trimHeightMm(), cover.spineMm(), size(coverFile.file())));
    }

    private PdfRenderer.Rendered render(XdmNode fo, BookInfo info, Edition edition, NormalizedBook book, Staged output)
            throws PublishException {
        return render(fo, info, edition, book, output, java.util.Set.of());
    }

    private PdfRenderer.Rendered render(XdmNode fo, BookInfo info, Edition edition, NormalizedBook book, Staged output,
            java.util.Set<String> anchors) throws PublishException {
        try (OutputStream out = Files.newOutputStream(output.file())) {
            return pdfRenderer().render(fo, info, edition, book.loaded().folder(), anchors, out);
        } catch (IOException e) {
            throw new PublishException(Code.OUT_WRITE_FAILED, Location.of(output.target()),
                    Map.of("reason", String.valueOf(e.getMessage())), e);
        }
    }

    /** The print edition's images printed from too few pixels: one warning each (PrintResolution). */
    private void printResolution(NormalizedBook book, PdfRenderer.Rendered rendered, Warnings warnings)
            throws PublishException {
        LoadedBook loaded = book.loaded();
        try {
            PrintResolution.coarseImages(loaded.folder(), checker().imageReferences(loaded), rendered.images())
                    .forEach(warnings::add);
        } catch (IOException e) {
            throw new PublishException(Code.SRC_UNREADABLE, Location.of(loaded.source()),
                    Map.of("reason", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * PDF/X wants print colour; an SVG's colours reach the page as DeviceRGB. The print shop
     * converts them, but they should know: one warning per SVG.
     */
    private static void flagRgbImages(LoadedBook book, BookChecker checker, Warnings warnings)
            throws PublishException {
        for (Path image : checker.images(book)) {
            try {
                // By content, as BookChecker tells formats, not by the file's name.
                if ("svg".equals(ImageFormats.sniff(book.folder(), image))) {
                    warnings.add(Diagnostic.of(Code.PDF_SVG_RGB, Location.of(image)));
                }
            } catch (IOException e) {
                throw new PublishException(Code.SRC_UNREADABLE, Location.of(image),
                        Map.of("reason", String.valueOf(e.getMessage())), e);
            }
        }
    }

    private static void checkOutputs(PublishRequest request) throws PublishException {
        Path source = request.source().toAbsolutePath().normalize();
        for (Optional<Path> output : List.of(request.pdf(), request.printPdf(), request.printPdf().map(PrintCover::beside),
                request.epub())) {
            if (output.isPresent() && output.get().toAbsolutePath().normalize().equals(source)) {
                throw new PublishException(Diagnostic.of(Code.OUT_OVERWRITES_SOURCE, Location.of(output.get())));
            }
            if (output.isPresent() && Files.isDirectory(output.get())) {
                throw new PublishException(Diagnostic.of(Code.OUT_IS_FOLDER, Location.of(output.get())));
            }
            if (output.isPresent()) {
                checkWritable(output.get());
            }
        }
    }

    /** Says at once, before any work, that an output cannot be written where it is asked for. */
    private static void checkWritable(Path output) throws PublishException {
        Path folder = output.toAbsolutePath().getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new PublishException(Code.OUT_PARENT_IS_FILE, Location.of(output), Map.of("folder", String.valueOf(folder)));
        }
        if (!Files.isWritable(folder)) {
            throw new PublishException(Code.OUT_NOT_WRITABLE, Location.of(output), Map.of("folder", folder));
        }
    }

    private BookChecker checker() throws PublishException {
        return new BookChecker(ready(fonts)::fontsLacking);
    }

    private PdfRenderer pdfRenderer() throws PublishException {
        if (pdfRenderer == null) {
            pdfRenderer = new PdfRenderer(processor, installation, ready(fonts));
        }
        return pdfRenderer;
    }

    private CoverImage coverImage() throws PublishException {
        if (coverImage == null) {
            Path fontFolder = installation.fontsDirectory();
            coverImage = new CoverImage(theme(), fontFolder.resolve(theme().sansBoldFile()),
                    fontFolder.resolve(theme().sansRegularFile()));
        }
        return coverImage;
    }

    private Theme theme() throws PublishException {
        if (theme == null) {
            theme = Theme.read(installation);
        }
        return theme;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String size(Path file) {
        try {
            return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1_000_000.0);
        } catch (IOException e) {
            return "";
        }
    }
}
