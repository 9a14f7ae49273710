package dev.hanzi.publisher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;

/**
 * The publishing pipeline: load → validate → transform → render PDF / package EPUB. One instance
 * keeps the compiled schema and stylesheets and FOP's font setup, so a second book (or the same
 * book again, in watch mode) builds warm. One publication at a time (the EPUB is made on a
 * second thread while the PDF is rendered).
 */
public final class Publisher {
    private final Installation installation;
    private final Processor processor = new Processor(false);
    private final SourceLoader loader;
    // Compiling the stylesheets and reading the fonts take most of a cold run; they are
    // independent, so they start at once, each on its own thread, while the book loads.
    private final FutureTask<PreparedFonts> fonts;
    private final FutureTask<FoTransformer> foTransformer;
    private final FutureTask<XhtmlTransformer> xhtmlTransformer;
    private PdfRenderer pdfRenderer;
    private CoverImage coverImage;
    private EpubPackager epubPackager;

    public Publisher(Installation installation) throws PublishException {
        this.installation = installation;
        this.fonts = start("fonts", () -> PreparedFonts.prepare(installation.fopConfiguration(),
                new FontMetricsCache(installation.fontMetricsCache())));
        // The PDF stylesheet first: the PDF takes longest, and on two cores compiling both at
        // once only delays it. The EPUB's is compiled next, or at once by a publication that
        // asks for an EPUB alone (FutureTask runs once, on whichever thread gets there first).
        this.foTransformer = new FutureTask<>(() -> new FoTransformer(processor, installation));
        this.xhtmlTransformer = new FutureTask<>(() -> new XhtmlTransformer(processor, installation));
        start("stylesheets", () -> {
            foTransformer.run();
            xhtmlTransformer.run();
            return null;
        });
        this.loader = new SourceLoader(processor, installation);
    }

    private static <T> FutureTask<T> start(String name, java.util.concurrent.Callable<T> setUp) {
        FutureTask<T> task = new FutureTask<>(setUp);
        Thread thread = new Thread(task, "set-up " + name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The task's result; its PublishException or RuntimeException as if thrown here. */
    private static <T> T ready(FutureTask<T> task) throws PublishException {
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
            throw new PublishException(Diagnostic.general("interrupted"));
        }
    }

    /** What a publication read: every file, the main one first, and every image. */
    public record Publication(List<Path> files) {
    }

    /**
     * Publishes the book as requested. Nothing is written unless the book loads and passes its
     * checks; after that each output is written whole or not at all (an error in one, say a FOP
     * error in the PDF, leaves the other outputs written and the earlier file of this one).
     */
    public Publication publish(PublishRequest request, PublishListener listener) throws PublishException {
        checkOutputs(request);
        long start = System.nanoTime();
        LoadedBook book = loader.load(request.source());
        checker().check(book);
        listener.stageDone("validate", since(start), book.files().size() + " files");
        BookInfo info = BookInfo.read(processor, book, request.buildDate());
        // The EPUB does not wait for the PDF: they share nothing but the loaded book, and the
        // machine has more than one core.
        FutureTask<Void> epub = new FutureTask<>(() -> {
            if (request.epub().isPresent()) {
                if (request.pdf().isEmpty() && request.printPdf().isEmpty()) {
                    xhtmlTransformer.run();
                }
                publishEpub(book, info, request.epub().get(), listener);
            }
            return null;
        });
        Thread epubThread = new Thread(epub, "epub");
        epubThread.start();
        List<Diagnostic> problems = new ArrayList<>();
        try {
            if (request.pdf().isPresent()) {
                publishPdf(book, info, request.paper(), request.edition(), request.pdf().get(), listener);
            }
            if (request.printPdf().isPresent()) {
                publishPdf(book, info, request.paper(), Edition.PRINT, request.printPdf().get(), listener);
            }
            if (request.proof().isPresent()) {
                Path proofOf = request.pdf().or(request::printPdf).orElseThrow(() -> new PublishException(
                        Diagnostic.general("a proof is made from a PDF: ask for --pdf too")));
                long proofStart = System.nanoTime();
                ProofSheets.Proof proof = new ProofSheets().write(proofOf, request.proof().get());
                listener.stageDone("proof", since(proofStart), proof.pages() + " pages  "
                        + Diagnostic.displayName(proof.contactSheet().toString()));
            }
        } catch (PublishException e) {
            problems.addAll(e.diagnostics());
        }
        try {
            ready(epub);
        } catch (PublishException e) {
            problems.addAll(e.diagnostics());
        }
        if (!problems.isEmpty()) {
            throw new PublishException(problems);
        }
        List<Path> files = new ArrayList<>(book.files());
        files.addAll(checker().images(book));
        Path typography = book.root().resolve(Typography.FILE_NAME);
        if (Files.exists(typography)) {
            files.add(typography);
        }
        return new Publication(List.copyOf(files));
    }

    private void publishEpub(LoadedBook book, BookInfo info, Path target, PublishListener listener)
            throws PublishException {
        long start = System.nanoTime();
        EpubContent content = xhtmlTransformer().transform(book);
        listener.stageDone("xhtml", since(start), content.documents().size() + " documents");
        start = System.nanoTime();
        CoverImage cover = coverImage();
        EpubPackager packager = epubPackager();
        AtomicOutput.write(target, out -> {
            packager.write(content, info, cover.render(info), out);
            return null;
        });
        listener.stageDone("epub", since(start), size(target));
    }

    private void publishPdf(LoadedBook book, BookInfo info, Paper paper, Edition edition, Path target,
            PublishListener listener) throws PublishException {
        if (edition == Edition.PRINT) {
            flagRgbImages(book, listener);
        }
        long start = System.nanoTime();
        XdmNode fo = foTransformer().transform(book, paper, edition);
        listener.stageDone("fo", since(start), edition.cliName());
        start = System.nanoTime();
        PdfRenderer renderer = pdfRenderer();
        PdfRenderer.Rendered rendered = AtomicOutput.write(target, out -> renderer.render(fo, info, edition, out));
        rendered.warnings().forEach(listener::warning);
        listener.stageDone("pdf", since(start), rendered.pages() + " pages  " + size(target) + "  " + edition.cliName());
    }

    /**
     * PDF/X wants print colour; an SVG's colours reach the page as DeviceRGB. The print shop
     * converts them, but they should know: one warning per SVG.
     */
    private void flagRgbImages(LoadedBook book, PublishListener listener) throws PublishException {
        for (Path image : checker().images(book)) {
            if (isSvg(image)) {
                listener.warning(Diagnostic.displayName(image.toString()) + ": the SVG's colours are RGB; the print"
                        + " edition passes them on as they are, for the print shop to convert to CMYK");
            }
        }
    }

    /** By content, as BookChecker tells formats, not by the file's name. */
    private static boolean isSvg(Path image) throws PublishException {
        try {
            return "svg".equals(ImageFormats.sniff(image));
        } catch (IOException e) {
            throw new PublishException(Diagnostic.of(image, "cannot read: " + e.getMessage()), e);
        }
    }

    private static void checkOutputs(PublishRequest request) throws PublishException {
        Path source = request.source().toAbsolutePath().normalize();
        for (Optional<Path> output : List.of(request.pdf(), request.epub(), request.printPdf())) {
            if (output.isPresent() && output.get().toAbsolutePath().normalize().equals(source)) {
                throw new PublishException(Diagnostic.of(output.get(),
                        "the output would overwrite the source: choose another output file"));
            }
            if (output.isPresent() && Files.isDirectory(output.get())) {
                throw new PublishException(Diagnostic.of(output.get(), "is a folder: give an output file name"));
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
            throw new PublishException(Diagnostic.of(output, "cannot write here: " + folder + " is a file, not a folder"));
        }
        if (!Files.isWritable(folder)) {
            throw new PublishException(Diagnostic.of(output, "cannot write here: the folder " + folder
                    + " is not writable"));
        }
    }

    private BookChecker checker() throws PublishException {
        return new BookChecker(ready(fonts));
    }

    private FoTransformer foTransformer() throws PublishException {
        return ready(foTransformer);
    }

    private PdfRenderer pdfRenderer() throws PublishException {
        if (pdfRenderer == null) {
            pdfRenderer = new PdfRenderer(processor, installation, ready(fonts));
        }
        return pdfRenderer;
    }

    private XhtmlTransformer xhtmlTransformer() throws PublishException {
        return ready(xhtmlTransformer);
    }

    private CoverImage coverImage() throws PublishException {
        if (coverImage == null) {
            Path fonts = installation.fontsDirectory();
            coverImage = new CoverImage(fonts.resolve("NotoSansCJKsc-Bold.otf"), fonts.resolve("NotoSansCJKsc-Regular.otf"));
        }
        return coverImage;
    }

    private EpubPackager epubPackager() throws PublishException {
        if (epubPackager == null) {
            try {
                epubPackager = new EpubPackager(installation.resourceBytes("xsl/epub/book.css"));
            } catch (IOException e) {
                throw new PublishException(Diagnostic.general("cannot read the EPUB stylesheet: " + e), e);
            }
        }
        return epubPackager;
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
