package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.fonts.FopFactories;
import dev.hanzi.publisher.fonts.PreparedFonts;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.source.BookFolder;
import dev.hanzi.publisher.source.BookInfo;
import dev.hanzi.publisher.source.SourceLocations;
import dev.hanzi.publisher.style.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FormattingResults;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.PageViewport;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;

/**
 * XSL-FO to PDF with FOP, in process. The {@link FopFactory} (font setup) is
 * made once per renderer; each run gets a fresh user agent, as FOP requires. FOP events that would
 * silently damage the book (a missing glyph, a substituted font, a lost image) are errors.
 */
public final class PdfRenderer {
    /** Events after which the PDF is wrong, whatever FOP's own severity says, and their entries. */
    private static final Map<String, Code> FATAL_EVENTS = Map.of(
            "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable", Code.PDF_GLYPH_MISSING,
            "org.apache.fop.fonts.FontEventProducer.fontSubstituted", Code.PDF_FONT_SUBSTITUTED,
            "org.apache.fop.fonts.FontEventProducer.fontLoadingErrorAtAutoDetection", Code.PDF_FONT_SUBSTITUTED,
            "org.apache.fop.events.ResourceEventProducer.imageNotFound", Code.PDF_IMAGE,
            "org.apache.fop.events.ResourceEventProducer.imageError", Code.PDF_IMAGE,
            "org.apache.fop.events.ResourceEventProducer.imageIOError", Code.PDF_IMAGE,
            "org.apache.fop.events.ResourceEventProducer.uriError", Code.PDF_IMAGE);

    /** The print edition's output intent: a CMYK printing condition (see icc/README.md). */
    static final String OUTPUT_PROFILE = "icc/FOGRA39-argyll.icc";

    private final Processor processor;
    private final FopFactory fopFactory;
    private final PreparedFonts fonts;
    private final String outputProfile;
    private final BookResources resources;
    /** For the line pass: where the body face's marks have their ink (common/theme.xml). */
    private final Theme.PunctuationInk punctuationInk;

    public PdfRenderer(Processor processor, Installation installation, PreparedFonts fonts) throws PublishException {
        this.processor = processor;
        this.fonts = fonts;
        this.outputProfile = installation.resource(OUTPUT_PROFILE);
        this.resources = new BookResources(installation.fontsDirectory(), Set.of(URI.create(outputProfile)));
        this.fopFactory = FopFactories.fromConfiguration(installation.fopConfiguration(), resources);
        this.punctuationInk = Theme.read(installation).punctuationInk();
    }

    /**
     * The outcome of one rendering: page count, the warnings worth an author's attention, the
     * pages of the anchors asked for (those FOP placed), and the images placed from files, with
     * the size they print at.
     */
    public record Rendered(int pages, List<Diagnostic> warnings, Map<String, AnchorPages> anchors,
            List<ImagePlacement> images) {
        public Rendered(int pages, List<Diagnostic> warnings) {
            this(pages, warnings, Map.of(), List.of());
        }
    }

    /**
     * Where an element with an id was laid out: its first and last page, each as its position in
     * the document (from 0, through every page sequence) and its number as printed (iv, 12).
     */
    public record AnchorPages(int first, String firstLabel, int last, String lastLabel) {
    }

    /** Renders the formatting objects of the book in {@code folder}, whose files alone FOP may read. */
    public synchronized Rendered render(XdmNode fo, BookInfo info, Edition edition, BookFolder folder, OutputStream out)
            throws PublishException {
        return render(fo, info, edition, folder, Set.of(), out);
    }

    /** The same, learning the pages of the elements whose ids are {@code anchors}. */
    public synchronized Rendered render(XdmNode fo, BookInfo info, Edition edition, BookFolder folder,
            Set<String> anchors, OutputStream out) throws PublishException {
        List<Diagnostic> warnings = new ArrayList<>();
        PdfBuffer pdf = new PdfBuffer();
        Map<String, AnchorPages> pagesOfAnchors = new LinkedHashMap<>();
        List<ImagePlacement> images = new ArrayList<>();
        int pages = layOut(fo, info, edition, folder, warnings, pdf, anchors, pagesOfAnchors, images);
        try {
            // In FOP's buffer, not a copy of it: a long book's PDF is tens of megabytes.
            ReproduciblePdf.fix(pdf.bytes(), pdf.size(), info.date());
            out.write(pdf.bytes(), 0, pdf.size());
        } catch (IOException e) {
            throw new PublishException(Code.PDF_WRITE_FAILED, Location.NOWHERE, Map.of("reason", String.valueOf(e.getMessage())), e);
        }
        return new Rendered(pages, List.copyOf(warnings), Collections.unmodifiableMap(pagesOfAnchors), List.copyOf(images));
    }

    /** What FOP writes the PDF into, its bytes taken as they are. */
    private static final class PdfBuffer extends java.io.ByteArrayOutputStream {
        PdfBuffer() {
            super(1 << 20);
        }

        /** The buffer itself: the PDF is its first {@link #size()} bytes. */
        byte[] bytes() {
            return buf;
        }
    }

    /**
     * FOP's part of the rendering, the edition's finish included, in a method of its own that
     * writes the PDF into {@code pdf} and returns its page count: when it returns, nothing refers
     * to FOP's user agent, document handler and structure tree any more, so making the PDF
     * reproducible and writing it out has the memory they held.
     */
    private int layOut(XdmNode fo, BookInfo info, Edition edition, BookFolder folder, List<Diagnostic> warnings,
            OutputStream pdf, Set<String> anchors, Map<String, AnchorPages> pagesOfAnchors, List<ImagePlacement> images)
            throws PublishException {
        FOUserAgent agent = fopFactory.newFOUserAgent();
        edition.configure(agent, outputProfile);
        agent.setTitle(info.title());
        if (!info.author().isEmpty()) {
            agent.setAuthor(info.author());
        }
        agent.setCreator(XmpMetadata.PRODUCER);
        agent.setProducer(XmpMetadata.PRODUCER);
        agent.setCreationDate(Date.from(info.date()));
        List<Diagnostic> errors = new ArrayList<>();
        agent.getEventBroadcaster().addEventListener(event -> classify(event, errors, warnings));
        FormattingResults results;
        SourceLocations.FopInput input = null;
        resources.renderingBook(folder);
        try {
            fonts.lendTo(agent);
            LineGrid grid = LineGrid.install(agent, fo, punctuationInk);
            edition.finish(agent, info);
            // FOP's own area tree handler, made here (after every override of the agent, which
            // it reads) rather than inside FOP, so that its record of the pages each id was laid
            // out on can be read when the layout is done.
            AreaTreeHandler areaTree = null;
            if (!anchors.isEmpty()) {
                areaTree = new AreaTreeHandler(agent, MimeConstants.MIME_PDF, pdf);
                agent.setFOEventHandlerOverride(areaTree);
            }
            Fop fop = agent.newFop(MimeConstants.MIME_PDF, pdf);
            input = SourceLocations.forFop(fop.getDefaultHandler());
            processor.writeXdmValue(fo, new SAXDestination(input.handler()));
            results = fop.getResults();
            images.addAll(grid.images());
            if (areaTree != null) {
                for (String id : anchors) {
                    PageViewport first = areaTree.getIDTracker().getFirstPageViewportContaining(id);
                    PageViewport last = areaTree.getIDTracker().getLastPageViewportContaining(id);
                    if (first != null && last != null) {
                        pagesOfAnchors.put(id, new AnchorPages(first.getPageIndex(), first.getPageNumberString(),
                                last.getPageIndex(), last.getPageNumberString()));
                    }
                }
            }
        } catch (FOPException | SaxonApiException | RuntimeException | StackOverflowError e) {
            // FOP reports some problems of the document as unchecked exceptions: still the
            // book's problem, reported at the book's line FOP was reading, never as a stack
            // trace or a message naming FOP's files.
            if (errors.isEmpty()) {
                errors.add(Diagnostic.of(Code.PDF_FOP_FAILED, input == null ? Location.NOWHERE : input.lastPosition(),
                        Map.of("detail", withoutFileUris(rootMessage(e)))));
            }
            throw new PublishException(errors);
        } finally {
            resources.renderingBook(null);
            // Or FOP's constants keep this rendering's document, structure tree and all, in memory.
            FopConstants.release();
        }
        if (!errors.isEmpty()) {
            throw new PublishException(errors);
        }
        return results.getPageCount();
    }

    private static void classify(Event event, List<Diagnostic> errors, List<Diagnostic> warnings) {
        Map<String, String> detail = Map.of("detail",
                withoutFileUris(EventFormatter.format(event).replaceAll("\\s*\\(See position [^)]*\\)", "")));
        Location location = Location.NOWHERE;
        if (event.getParam("loc") instanceof org.xml.sax.Locator locator && locator.getSystemId() != null
                && locator.getLineNumber() > 0) {
            location = Location.at(locator.getSystemId(), locator.getLineNumber(), locator.getColumnNumber());
        }
        if (FATAL_EVENTS.containsKey(event.getEventID())) {
            errors.add(Diagnostic.of(FATAL_EVENTS.get(event.getEventID()), location, detail));
        } else if (event.getSeverity() == EventSeverity.ERROR || event.getSeverity() == EventSeverity.FATAL) {
            errors.add(Diagnostic.of(Code.PDF_LAYOUT_ERROR, location, detail));
        } else if (event.getSeverity() == EventSeverity.WARN) {
            Diagnostic warning = Diagnostic.of(Code.PDF_LAYOUT_WARNING, location, detail);
            if (!warnings.contains(warning)) {
                warnings.add(warning);
            }
        }
    }

    /** FOP's messages name files as file: URIs (its own formatting objects, the book's files): as the author names them instead. */
    private static String withoutFileUris(String message) {
        java.util.regex.Matcher uri = java.util.regex.Pattern.compile("file:[^\\s,;)\"']+").matcher(message);
        StringBuilder plain = new StringBuilder();
        while (uri.find()) {
            uri.appendReplacement(plain, java.util.regex.Matcher.quoteReplacement(Location.displayName(uri.group())));
        }
        uri.appendTail(plain);
        return plain.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
