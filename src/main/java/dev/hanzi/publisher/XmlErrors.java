package dev.hanzi.publisher;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Turns the parser's and the validator's wording into messages an author can act on. */
final class XmlErrors {
    private XmlErrors() {
    }

    static Diagnostic diagnostic(SAXParseException e) {
        return Diagnostic.at(e.getSystemId(), e.getLineNumber(), e.getColumnNumber(), message(e));
    }

    static String message(SAXException e) {
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        if (text.contains("disallow-doctype-decl") || text.contains("DOCTYPE is disallowed")) {
            return "DOCTYPE declarations are not allowed: a book may not declare a DTD or entities"
                    + " (nothing external is ever loaded)";
        }
        if (text.startsWith("Invalid byte") && text.contains("UTF-8")) {
            return "bytes that are not UTF-8 in a file read as UTF-8 (" + text + ")";
        }
        if (text.equals("Content is not allowed in prolog.")) {
            return "not an XML file: text or bytes before the first element";
        }
        if (text.equals("Premature end of file.")) {
            return "the file ends before the book does (is it truncated?)";
        }
        return text
                .replace("\"http://docbook.org/ns/docbook\":", "")
                .replace(" from namespace \"http://docbook.org/ns/docbook\"", "");
    }
}
