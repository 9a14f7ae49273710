package dev.hanzi.publisher.source;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a book's main file and its XIncludes into one tree and validates it against the official
 * DocBook 5.1 RELAX NG schema ({@code schema/5.1/rng/docbook.rng}, from org.docbook:docbook-schemas)
 * in the same pass. Parse errors stop at the first; schema errors are all collected (up to 20), so
 * an author fixes them in one round. The root must be a {@code book} or an {@code article}, and
 * a few common slips are read sensibly with a warning ({@link RootAndLanguage}, {@link DoctypePolicy}).
 * The schema (630 KB) is compiled once, when the loader is made: one per Publisher.
 */
public final class SourceLoader {
    /** Enough to fix in one round; more would bury the first, which often causes the rest. */
    private static final int MAX_SCHEMA_ERRORS = 20;

    private final Processor processor;
    private final Schema schema;

    public SourceLoader(Processor processor, Installation installation) throws PublishException {
        this.processor = processor;
        this.schema = compileSchema(installation.resource("schema/5.1/rng/docbook.rng"));
    }

    private static Schema compileSchema(String url) throws PublishException {
        try {
            PropertyMapBuilder properties = new PropertyMapBuilder();
            return SAXSchemaReader.getInstance()
                    .createSchema(new InputSource(url), properties.toPropertyMap());
        } catch (IOException | SAXException | IncorrectSchemaException e) {
            throw new PublishException(Code.STY_DOES_NOT_COMPILE, Location.NOWHERE,
                    Map.of("detail", "the publisher's schema does not compile: " + e), e);
        }
    }

    public LoadedBook load(Path source) throws PublishException {
        Path file = source.toAbsolutePath().normalize();
        checkReadable(file);
        BookFolder folder = new BookFolder(file);
        List<Diagnostic> schemaErrors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        ErrorHandler errors = new CollectingErrorHandler(schemaErrors);

        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, errors);
        var validator = schema.createValidator(properties.toPropertyMap());

        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        BuildingContentHandler tree;
        try {
            tree = builder.newBuildingContentHandler();
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
        XIncludeHandler includes = new XIncludeHandler(folder, new DepthLimit(new RootAndLanguage(
                new TeeContentHandler(validator.getContentHandler(), SourceLocations.stamping(tree)), warnings)), warnings);
        includes.setErrorHandler(errors);
        try {
            includes.parse(file);
        } catch (SAXParseException e) {
            throw new PublishException(XmlErrors.diagnostic(e, Code.SRC_NOT_WELL_FORMED));
        } catch (SAXException e) {
            if (schemaErrors.size() >= MAX_SCHEMA_ERRORS) {
                schemaErrors.add(Diagnostic.of(Code.SRC_TOO_MANY_ERRORS, Location.of(file)));
                throw new PublishException(schemaErrors);
            }
            throw new PublishException(XmlErrors.diagnostic(e, Location.of(file), Code.SRC_NOT_WELL_FORMED));
        } catch (IOException e) {
            throw new PublishException(Code.SRC_UNREADABLE, Location.of(file), Map.of("reason", String.valueOf(e.getMessage())), e);
        }
        if (!schemaErrors.isEmpty()) {
            throw new PublishException(schemaErrors);
        }
        try {
            return new LoadedBook(tree.getDocumentNode(), file, includes.files(), folder, List.copyOf(warnings));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkReadable(Path file) throws PublishException {
        if (!Files.exists(file)) {
            throw new PublishException(Diagnostic.of(Code.SRC_NO_SUCH_FILE, Location.of(file)));
        }
        if (!Files.isRegularFile(file)) {
            throw new PublishException(Diagnostic.of(Code.SRC_NOT_A_FILE, Location.of(file)));
        }
        if (!Files.isReadable(file)) {
            throw new PublishException(Diagnostic.of(Code.SRC_PERMISSION_DENIED, Location.of(file)));
        }
        try {
            if (Files.size(file) == 0) {
                throw new PublishException(Diagnostic.of(Code.SRC_EMPTY, Location.of(file)));
            }
        } catch (IOException e) {
            throw new PublishException(Code.SRC_UNREADABLE, Location.of(file), Map.of("reason", String.valueOf(e.getMessage())), e);
        }
    }

    /** Collects schema errors; lets well-formedness errors stop the parse. */
    private static final class CollectingErrorHandler implements ErrorHandler {
        private final List<Diagnostic> diagnostics;

        CollectingErrorHandler(List<Diagnostic> diagnostics) {
            this.diagnostics = diagnostics;
        }

        @Override
        public void warning(SAXParseException e) {
            // The schema has no warnings; the parser's are about things we refuse anyway.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            Diagnostic diagnostic = XmlErrors.diagnostic(e, Code.SRC_INVALID);
            // Jing reports a misplaced element once for its start and again for what follows
            // on the same line: one message is enough.
            if (!diagnostics.isEmpty()) {
                Diagnostic last = diagnostics.get(diagnostics.size() - 1);
                if (last.message().equals(diagnostic.message()) && last.line() == diagnostic.line()) {
                    return;
                }
            }
            diagnostics.add(diagnostic);
            if (diagnostics.size() >= MAX_SCHEMA_ERRORS) {
                throw new SAXException("too many errors");
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
