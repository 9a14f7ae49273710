package dev.hanzi.publisher.diagnostics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The book could not be published; every diagnostic says where and why. */
public class PublishException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public PublishException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public PublishException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public PublishException(Diagnostic diagnostic, Throwable cause) {
        this(List.of(diagnostic));
        initCause(cause);
    }

    /** One problem from the catalogue. */
    public PublishException(Code code, Location location, Map<String, ?> parameters) {
        this(Diagnostic.of(code, location, parameters));
    }

    public PublishException(Code code, Location location, Map<String, ?> parameters, Throwable cause) {
        this(Diagnostic.of(code, location, parameters), cause);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
