package dev.hanzi.publisher;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FormattingResults;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.xml.sax.SAXException;

/**
 * Stage 4, render PDF: XSL-FO to PDF with FOP, in process. The {@link FopFactory} (font setup) is
 * made once per renderer; each run gets a fresh user agent, as FOP requires. FOP events that would
 * silently damage the book (a missing glyph, a substituted font, a lost image) are errors.
 */
public final class PdfRenderer {
    /** Events after which the PDF is wrong, whatever FOP's own severity says. */
    private static final Set<String> FATAL_EVENTS = Set.of(
            "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable",
            "org.apache.fop.fonts.FontEventProducer.fontSubstituted",
            "org.apache.fop.fonts.FontEventProducer.fontLoadingErrorAtAutoDetection",
            "org.apache.fop.events.ResourceEventProducer.imageNotFound",
            "org.apache.fop.events.ResourceEventProducer.imageError",
            "org.apache.fop.events.ResourceEventProducer.imageIOError",
            "org.apache.fop.events.ResourceEventProducer.uriError");

    /** The print edition's output intent: a CMYK printing condition (see icc/README.md). */
    static final String OUTPUT_PROFILE = "icc/FOGRA39-argyll.icc";

    private final Processor processor;
    private final FopFactory fopFactory;
    private final PreparedFonts fonts;
    private final String outputProfile;

    public PdfRenderer(Processor processor, Installation installation, PreparedFonts fonts) throws PublishException {
        this.processor = processor;
        this.fonts = fonts;
        this.outputProfile = installation.resource(OUTPUT_PROFILE);
        this.fopFactory = fopFactory(installation.fopConfiguration());
    }

    /** A FOP factory set up from fop.xconf (fonts, strictness, complex scripts). */
    static FopFactory fopFactory(java.nio.file.Path configuration) throws PublishException {
        try {
            return new FopConfParser(configuration.toFile()).getFopFactoryBuilder().build();
        } catch (SAXException | IOException e) {
            throw new PublishException(Diagnostic.of(configuration, "FOP configuration cannot be read: " + e.getMessage()), e);
        }
    }

    /** The outcome of one rendering: page count and the warnings worth an author's attention. */
    public record Rendered(int pages, List<String> warnings) {
    }

    public Rendered render(XdmNode fo, BookInfo info, Edition edition, OutputStream out) throws PublishException {
        FOUserAgent agent = fopFactory.newFOUserAgent();
        if (edition == Edition.SCREEN) {
            // Tagged PDF (structure tree, reading order, alternative text, languages), PDF/UA-1
            // and archival PDF/A-2u: FOP checks both while it writes.
            agent.setAccessibility(true);
            agent.getRendererOptions().put("pdf-ua-mode", "PDF/UA-1");
            agent.getRendererOptions().put("pdf-a-mode", "PDF/A-2u");
        } else {
            // PDF/X-4 with a CMYK output intent: what a print shop's preflight checks.
            agent.getRendererOptions().put("pdf-x-mode", "PDF/X-4");
            // PDF/X-4 is a subset of PDF 1.6; FOP writes 1.4 unless told, and preflight refuses that.
            agent.getRendererOptions().put("version", "1.6");
            agent.getRendererOptions().put("output-profile", outputProfile);
        }
        agent.setTitle(info.title());
        if (!info.author().isEmpty()) {
            agent.setAuthor(info.author());
        }
        agent.setCreator(XmpMetadata.PRODUCER);
        agent.setProducer(XmpMetadata.PRODUCER);
        agent.setCreationDate(Date.from(info.date()));
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        agent.getEventBroadcaster().addEventListener(event -> classify(event, errors, warnings));
        FormattingResults results;
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        try {
            fonts.lendTo(agent);
            Fop fop = agent.newFop(MimeConstants.MIME_PDF, pdf);
            processor.writeXdmValue(fo, new SAXDestination(SourceLocations.forFop(fop.getDefaultHandler())));
            results = fop.getResults();
        } catch (FOPException | SaxonApiException | RuntimeException e) {
            // FOP reports some problems of the document as unchecked exceptions: still the
            // book's problem, reported as such, never as a stack trace.
            if (errors.isEmpty()) {
                errors.add("FOP failed: " + rootMessage(e));
            }
            throw new PublishException(errors.stream().map(Diagnostic::general).toList());
        }
        if (!errors.isEmpty()) {
            throw new PublishException(errors.stream().map(Diagnostic::general).toList());
        }
        try {
            byte[] bytes = pdf.toByteArray();
            if (edition == Edition.SCREEN) {
                bytes = AccessiblePdf.fix(bytes, XmpMetadata.screenEdition(info));
            }
            out.write(ReproduciblePdf.fix(bytes, info.date()));
        } catch (IOException e) {
            throw new PublishException(Diagnostic.general("cannot write the PDF: " + e.getMessage()), e);
        }
        return new Rendered(results.getPageCount(), List.copyOf(warnings));
    }

    private static void classify(Event event, List<String> errors, List<String> warnings) {
        String message = EventFormatter.format(event).replaceAll("\\s*\\(See position [^)]*\\)", "");
        if (event.getParam("loc") instanceof org.xml.sax.Locator locator && locator.getSystemId() != null
                && locator.getLineNumber() > 0) {
            message = Diagnostic.at(locator.getSystemId(), locator.getLineNumber(), locator.getColumnNumber(),
                    message).toString();
        }
        if (FATAL_EVENTS.contains(event.getEventID())
                || event.getSeverity() == EventSeverity.ERROR || event.getSeverity() == EventSeverity.FATAL) {
            errors.add(message);
        } else if (event.getSeverity() == EventSeverity.WARN && !warnings.contains(message)) {
            warnings.add(message);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
