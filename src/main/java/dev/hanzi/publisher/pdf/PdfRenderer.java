package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.fonts.FopFactories;
import dev.hanzi.publisher.fonts.PreparedFonts;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.source.BookInfo;
import dev.hanzi.publisher.source.SourceLocations;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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

    public PdfRenderer(Processor processor, Installation installation, PreparedFonts fonts) throws PublishException {
        this.processor = processor;
        this.fonts = fonts;
        this.outputProfile = installation.resource(OUTPUT_PROFILE);
        this.fopFactory = FopFactories.fromConfiguration(installation.fopConfiguration());
    }

    /** The outcome of one rendering: page count and the warnings worth an author's attention. */
    public record Rendered(int pages, List<Diagnostic> warnings) {
    }

    public Rendered render(XdmNode fo, BookInfo info, Edition edition, OutputStream out) throws PublishException {
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
        List<Diagnostic> warnings = new ArrayList<>();
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
                errors.add(Diagnostic.of(Code.PDF_FOP_FAILED, Location.NOWHERE, Map.of("detail", rootMessage(e))));
            }
            throw new PublishException(errors);
        }
        if (!errors.isEmpty()) {
            throw new PublishException(errors);
        }
        try {
            byte[] bytes = pdf.toByteArray();
            out.write(ReproduciblePdf.fix(edition.finish(bytes, info), info.date()));
        } catch (IOException e) {
            throw new PublishException(Code.PDF_WRITE_FAILED, Location.NOWHERE, Map.of("reason", String.valueOf(e.getMessage())), e);
        }
        return new Rendered(results.getPageCount(), List.copyOf(warnings));
    }

    private static void classify(Event event, List<Diagnostic> errors, List<Diagnostic> warnings) {
        Map<String, String> detail = Map.of("detail",
                EventFormatter.format(event).replaceAll("\\s*\\(See position [^)]*\\)", ""));
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

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
