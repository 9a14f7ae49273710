package dev.hanzi.publisher.source;

import dev.hanzi.publisher.diagnostics.Code;
import java.util.Map;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/** A problem our own SAX filters find while the book is parsed, with its catalogue entry. */
final class CodedParseException extends SAXParseException {
    private static final long serialVersionUID = 1L;
    private final Code code;
    private final transient Map<String, ?> parameters;

    CodedParseException(Code code, Map<String, ?> parameters, Locator locator) {
        super(code.format(parameters), locator);
        this.code = code;
        this.parameters = Map.copyOf(parameters);
    }

    Code code() {
        return code;
    }

    Map<String, ?> parameters() {
        return parameters;
    }
}
