package dev.hanzi.publisher.style;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.source.SourceLocations;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.om.TreeInfo;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.tree.tiny.TinyNodeImpl;
import net.sf.saxon.value.EmptySequence;
import net.sf.saxon.value.SequenceType;

/**
 * The elements that both outputs publish through their generic fallback (xsl/fo/fallback.xsl,
 * xsl/epub/fallback.xsl): valid DocBook that no template renders in its own way, published as
 * its text. The fallback templates call {@code f:unrendered(element, 'block'|'inline')}, an
 * extension function registered on the publisher's Processor before the stylesheets are
 * compiled; each call is recorded for the normalised book the element belongs to. A build then
 * warns once per element name, at its first place in the book, whether the PDF, the EPUB or both
 * fell back on it.
 */
public final class Fallbacks {
    /** The name the stylesheets call: {@code f:unrendered}. */
    static final StructuredQName NAME = new StructuredQName("f", TransformErrors.STYLESHEET_NAMESPACE, "unrendered");

    /** The record of each normalised book still being published, by its tree. */
    private final Map<TreeInfo, Report> books = Collections.synchronizedMap(new WeakHashMap<>());

    private Fallbacks() {
    }

    /** Registers f:unrendered on the processor; call it before compiling the stylesheets. */
    public static Fallbacks register(Processor processor) {
        Fallbacks fallbacks = new Fallbacks();
        processor.registerExtensionFunction(fallbacks.new Unrendered());
        return fallbacks;
    }

    /** A new record for the normalised book: what its transformations fall back on. */
    Report track(XdmNode normalized) {
        Report report = new Report();
        books.put(normalized.getUnderlyingNode().getTreeInfo(), report);
        return report;
    }

    /**
     * What one normalised book's transformations fell back on. Thread-safe: the PDF and the EPUB
     * are transformed at once. It holds no node of the book, so a book published and forgotten
     * leaves nothing behind.
     */
    public static final class Report {
        private final Map<String, First> first = new LinkedHashMap<>();

        private record First(long order, Location location, String kind) {
        }

        synchronized void record(String name, long order, Location location, String kind) {
            First earlier = first.get(name);
            if (earlier == null || order < earlier.order()) {
                first.put(name, new First(order, location, kind));
            }
        }

        /** One warning per element name, at its first place in the book, in the book's order. */
        public synchronized List<Diagnostic> warnings() {
            return first.entrySet().stream()
                    .sorted(Comparator.comparingLong(entry -> entry.getValue().order()))
                    .map(entry -> Diagnostic.of(Code.STY_FALLBACK, entry.getValue().location(), Map.of("name", entry.getKey(),
                            "kind", "inline".equals(entry.getValue().kind()) ? "an inline" : "a block")))
                    .toList();
        }
    }

    /** f:unrendered($element as element(), $kind as xs:string) as empty-sequence(). */
    private final class Unrendered extends ExtensionFunctionDefinition {
        @Override
        public StructuredQName getFunctionQName() {
            return NAME;
        }

        @Override
        public SequenceType[] getArgumentTypes() {
            return new SequenceType[] {SequenceType.SINGLE_NODE, SequenceType.SINGLE_STRING};
        }

        @Override
        public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
            return SequenceType.EMPTY_SEQUENCE;
        }

        @Override
        public boolean hasSideEffects() {
            // Never optimised away or moved: each call records an element.
            return true;
        }

        @Override
        public ExtensionFunctionCall makeCallExpression() {
            return new ExtensionFunctionCall() {
                @Override
                public Sequence call(XPathContext context, Sequence[] arguments) throws net.sf.saxon.trans.XPathException {
                    NodeInfo element = (NodeInfo) arguments[0].head();
                    String kind = arguments[1].head().getStringValue();
                    Report report = books.get(element.getTreeInfo());
                    if (report != null) {
                        // Document order within the normalised tree (a TinyTree, as Saxon builds it).
                        long order = element instanceof TinyNodeImpl tiny ? tiny.getNodeNumber() : Long.MAX_VALUE;
                        report.record(element.getLocalPart(), order, SourceLocations.of(element), kind);
                    }
                    return EmptySequence.getInstance();
                }
            };
        }
    }
}
