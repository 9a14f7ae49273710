package dev.hanzi.publisher.source;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import java.util.Map;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Turns the parser's and the validator's wording into catalogue entries an author can act on. */
final class XmlErrors {
    private XmlErrors() {
    }

    /** A parser's or validator's complaint; {@code otherwise} is the entry for what we do not recognise. */
    static Diagnostic diagnostic(SAXParseException e, Code otherwise) {
        return diagnostic(e, Location.at(e.getSystemId(), e.getLineNumber(), e.getColumnNumber()), otherwise);
    }

    static Diagnostic diagnostic(SAXException e, Location location, Code otherwise) {
        if (e instanceof CodedParseException coded) {
            return Diagnostic.of(coded.code(), location, coded.parameters());
        }
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        if (text.contains("disallow-doctype-decl") || text.contains("DOCTYPE is disallowed")) {
            return Diagnostic.of(Code.SRC_DOCTYPE, location);
        }
        if (text.startsWith("Invalid byte") && text.contains("UTF-8")) {
            return Diagnostic.of(Code.SRC_NOT_UTF8, location, Map.of("detail", text));
        }
        if (text.equals("Content is not allowed in prolog.")) {
            return Diagnostic.of(Code.SRC_NOT_XML, location);
        }
        if (text.equals("Premature end of file.")) {
            return Diagnostic.of(Code.SRC_TRUNCATED, location);
        }
        if (text.contains("was referenced, but not declared")) {
            return Diagnostic.of(Code.SRC_UNDECLARED_ENTITY, location, Map.of("detail", text));
        }
        return Diagnostic.of(otherwise, location, Map.of("detail", text
                .replace("\"http://docbook.org/ns/docbook\":", "")
                .replace(" from namespace \"http://docbook.org/ns/docbook\"", "")));
    }
}
