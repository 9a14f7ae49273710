package dev.hanzi.publisher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;

/**
 * The publishing pipeline: load → validate → transform → render PDF / package EPUB. One instance
 * keeps the compiled schema and stylesheets and FOP's font setup, so a second book (or the same
 * book again, in watch mode) builds warm. Not thread-safe: one publication at a time.
 */
public final class Publisher {
    private final Installation installation;
    private final Processor processor = new Processor(false);
    private final SourceLoader loader;
    private BookChecker checker;
    private FoTransformer foTransformer;
    private PdfRenderer pdfRenderer;
    private XhtmlTransformer xhtmlTransformer;
    private CoverImage coverImage;
    private EpubPackager epubPackager;

    public Publisher(Installation installation) throws PublishException {
        this.installation = installation;
        this.loader = new SourceLoader(processor, installation);
    }

    /** Publishes the book as requested; no output is written unless the whole book is good. */
    public void publish(PublishRequest request, PublishListener listener) throws PublishException {
        checkOutputs(request);
        long start = System.nanoTime();
        LoadedBook book = loader.load(request.source());
        checker().check(book);
        listener.stageDone("validate", since(start), book.files().size() + " files");
        BookInfo info = BookInfo.read(processor, book, request.buildDate());
        if (request.pdf().isPresent()) {
            publishPdf(book, info, request, request.pdf().get(), listener);
        }
        if (request.epub().isPresent()) {
            publishEpub(book, info, request.epub().get(), listener);
        }
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

    private void publishPdf(LoadedBook book, BookInfo info, PublishRequest request, Path target,
            PublishListener listener) throws PublishException {
        long start = System.nanoTime();
        XdmNode fo = foTransformer().transform(book, request.paper(), info.date());
        listener.stageDone("fo", since(start), "");
        start = System.nanoTime();
        PdfRenderer renderer = pdfRenderer();
        PdfRenderer.Rendered rendered = AtomicOutput.write(target, out -> renderer.render(fo, info, request.edition(), out));
        rendered.warnings().forEach(listener::warning);
        listener.stageDone("pdf", since(start), rendered.pages() + " pages  " + size(target));
    }

    private static void checkOutputs(PublishRequest request) throws PublishException {
        Path source = request.source().toAbsolutePath().normalize();
        for (Optional<Path> output : java.util.List.of(request.pdf(), request.epub())) {
            if (output.isPresent() && output.get().toAbsolutePath().normalize().equals(source)) {
                throw new PublishException(Diagnostic.of(output.get(),
                        "the output would overwrite the source: choose another output file"));
            }
            if (output.isPresent() && Files.isDirectory(output.get())) {
                throw new PublishException(Diagnostic.of(output.get(), "is a folder: give an output file name"));
            }
        }
    }

    private BookChecker checker() throws PublishException {
        if (checker == null) {
            checker = new BookChecker(FontCoverage.read(fontFiles()));
        }
        return checker;
    }

    private Map<String, Path> fontFiles() throws PublishException {
        Map<String, Path> fonts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(installation.fontsDirectory())) {
            files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".otf"))
                    .sorted()
                    .forEach(f -> fonts.put(f.getFileName().toString(), f));
        } catch (IOException e) {
            throw new PublishException(Diagnostic.of(installation.fontsDirectory(), "cannot list fonts: " + e), e);
        }
        return fonts;
    }

    private FoTransformer foTransformer() throws PublishException {
        if (foTransformer == null) {
            foTransformer = new FoTransformer(processor, installation);
        }
        return foTransformer;
    }

    private PdfRenderer pdfRenderer() throws PublishException {
        if (pdfRenderer == null) {
            pdfRenderer = new PdfRenderer(processor, installation);
        }
        return pdfRenderer;
    }

    private XhtmlTransformer xhtmlTransformer() throws PublishException {
        if (xhtmlTransformer == null) {
            xhtmlTransformer = new XhtmlTransformer(processor, installation);
        }
        return xhtmlTransformer;
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
