package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.streams.Steps;

/**
 * What a PDF edition learns from laying the book out, and lays it out again with: FOP 2.11 has no
 * XSL 1.1 index objects and no way to print a count of pages that arithmetic needs, so
 * <ul>
 * <li>the index's page numbers: the FO asks for them (a processing instruction
 * {@code hanzi-index-anchors} listing the anchors of the index terms, xsl/fo/index.xsl); a layout
 * tells the page of each, and the stylesheets set them as {@code $index-pages};</li>
 * <li>the page count of the copyright page's 印张 and 字数 (the instruction
 * {@code hanzi-page-count}): the edition's pages, the print edition's with its blank pages
 * ({@code $book-pages});</li>
 * <li>in print, the blank pages that make the book block up to whole signatures.</li>
 * </ul>
 * The book is laid out with what the last layout learnt until a layout learns nothing new: a
 * book that asks for nothing and needs no blank pages is laid out once, one with an index or a
 * page count normally twice (the index's own numbers can lengthen it by a page, which moves its
 * blank pages or its count: a third). Pages that still move after {@value #MAX_LAYOUTS} layouts
 * are an error rather than an index that points to the wrong pages.
 */
public final class LayoutPasses {
    /** Layouts before the pages must have settled. */
    public static final int MAX_LAYOUTS = 4;

    private LayoutPasses() {
    }

    /** Transforms the book into formatting objects, with the parameters of a layout added. */
    @FunctionalInterface
    public interface Transformation {
        XdmNode transform(Map<QName, XdmValue> layout) throws PublishException;
    }

    /** Renders formatting objects into the edition's output, learning the pages of {@code anchors}. */
    @FunctionalInterface
    public interface Rendering {
        PdfRenderer.Rendered render(XdmNode fo, Set<String> anchors) throws PublishException;
    }

    /**
     * The final layout: its rendering (already written by {@code rendering}), the layouts it took
     * and the blank pages at its end.
     */
    public record Outcome(PdfRenderer.Rendered rendered, int layouts, int blanks) {
    }

    /** What the stylesheets are given from a layout before. */
    record Layout(Map<String, PdfRenderer.AnchorPages> anchors, int bookPages, int blanks) {
        static final Layout FIRST = new Layout(Map.of(), 0, 0);

        Map<QName, XdmValue> parameters() {
            Map<QName, XdmValue> parameters = new LinkedHashMap<>();
            Map<XdmAtomicValue, XdmValue> pages = new LinkedHashMap<>();
            anchors.forEach((id, at) -> pages.put(new XdmAtomicValue(id), new XdmValue(List.<XdmItem>of(
                    new XdmAtomicValue(at.first()), new XdmAtomicValue(at.firstLabel()),
                    new XdmAtomicValue(at.last()), new XdmAtomicValue(at.lastLabel())))));
            parameters.put(new QName("index-pages"), new XdmMap(pages));
            parameters.put(new QName("book-pages"), new XdmAtomicValue(bookPages));
            if (blanks > 0) {
                parameters.putAll(PrintCover.blankPages(blanks));
            }
            return parameters;
        }
    }

    /** What the formatting objects ask a layout to learn (their processing instructions). */
    record Requests(Set<String> anchors, boolean pageCount) {
        static Requests of(XdmNode fo) {
            Set<String> anchors = new LinkedHashSet<>();
            boolean pageCount = false;
            for (XdmNode node : fo.select(Steps.child().then(Steps.child())).asList()) {
                if (node.getNodeKind() != XdmNodeKind.PROCESSING_INSTRUCTION) {
                    continue;
                }
                String name = node.getNodeName().getLocalName();
                if (name.equals("hanzi-index-anchors")) {
                    anchors.addAll(List.of(node.getStringValue().strip().split("\\s+")));
                } else if (name.equals("hanzi-page-count")) {
                    pageCount = true;
                }
            }
            anchors.remove("");
            return new Requests(Set.copyOf(anchors), pageCount);
        }
    }

    /**
     * Lays the book out as often as it takes (see above). {@code signatures}: the print edition's,
     * whose book block is made up to whole signatures; {@code target}: the output named in an
     * error.
     */
    public static Outcome run(Transformation transformation, Edition edition, Optional<Signatures> signatures,
            Rendering rendering, Location target) throws PublishException {
        Layout layout = Layout.FIRST;
        XdmNode fo = transformation.transform(layout.parameters());
        Requests requests = Requests.of(fo);
        for (int layouts = 1; ; layouts++) {
            PdfRenderer.Rendered rendered = rendering.render(fo, requests.anchors());
            int bookPages = rendered.pages() - layout.blanks();
            int blanks = signatures.isPresent() ? signatures.get().blanksAfter(bookPages) : 0;
            Layout learnt = new Layout(requests.anchors().isEmpty() ? Map.of() : rendered.anchors(),
                    requests.pageCount() ? bookPages + blanks : 0, blanks);
            if (learnt.equals(layout)) {
                return new Outcome(rendered, layouts, blanks);
            }
            if (layouts == MAX_LAYOUTS) {
                throw new PublishException(Code.PDF_LAYOUT_UNSTABLE, target,
                        Map.of("passes", layouts, "edition", edition.styleName()));
            }
            layout = learnt;
            fo = transformation.transform(layout.parameters());
        }
    }
}
