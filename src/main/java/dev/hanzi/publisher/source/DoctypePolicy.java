package dev.hanzi.publisher.source;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.LexicalHandler;

/**
 * What a book's DOCTYPE may be. Real DocBook 5 files often keep the DOCTYPE naming DocBook's DTD
 * that their editor wrote; that one is ignored with a warning (the parser never loads an
 * external DTD, so nothing it names is opened). Any other DOCTYPE, and any internal subset (an
 * entity, element or attribute declaration, even a comment), is refused as before: a book
 * declares no entities, so no entity can reach a file or expand without end.
 */
final class DoctypePolicy implements LexicalHandler, DeclHandler {
    /** DocBook's public identifiers ("-//OASIS//DTD DocBook XML V5.0//EN", V4.5 …). */
    private static final Pattern DOCBOOK_PUBLIC = Pattern.compile("-//OASIS//DTD DocBook (XML |V)?.*", Pattern.CASE_INSENSITIVE);
    /** DocBook's system identifiers end in docbook.dtd or docbookx.dtd. */
    private static final Pattern DOCBOOK_SYSTEM = Pattern.compile("(.*/)?docbookx?\\.dtd", Pattern.CASE_INSENSITIVE);

    private final Locator locator;
    private final List<Diagnostic> warnings;
    private boolean inDtd;
    private Diagnostic pending;

    DoctypePolicy(Locator locator, List<Diagnostic> warnings) {
        this.locator = locator;
        this.warnings = warnings;
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
        boolean docBook = publicId != null ? DOCBOOK_PUBLIC.matcher(publicId.strip()).matches()
                : systemId != null && DOCBOOK_SYSTEM.matcher(systemId.strip()).matches();
        if (!docBook) {
            throw refused();
        }
        inDtd = true;
        String dtd = publicId != null ? publicId.strip() : systemId.strip();
        pending = Diagnostic.of(Code.SRC_DOCTYPE_IGNORED,
                Location.at(locator.getSystemId(), locator.getLineNumber(), locator.getColumnNumber()),
                Map.of("dtd", dtd));
    }

    @Override
    public void endDTD() {
        inDtd = false;
        if (pending != null) {
            warnings.add(pending);
            pending = null;
        }
    }

    private CodedParseException refused() {
        return new CodedParseException(Code.SRC_DOCTYPE, Map.of(), locator);
    }

    // ---- an internal subset: refused, whatever it declares

    @Override
    public void elementDecl(String name, String model) throws SAXException {
        throw refused();
    }

    @Override
    public void attributeDecl(String eName, String aName, String type, String mode, String value) throws SAXException {
        throw refused();
    }

    @Override
    public void internalEntityDecl(String name, String value) throws SAXException {
        throw refused();
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
        throw refused();
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        if (inDtd) {
            throw refused();
        }
    }

    @Override
    public void startEntity(String name) throws SAXException {
        // Only "[dtd]" could come here, and the external subset is never loaded; no entity is declared.
        if (inDtd) {
            throw refused();
        }
    }

    @Override
    public void endEntity(String name) {
    }

    @Override
    public void startCDATA() {
    }

    @Override
    public void endCDATA() {
    }
}
