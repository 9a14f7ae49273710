package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.source.DocBook;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * The rules of DocBook 5.1 that its schema states only in Schematron (embedded in docbook.rng,
 * which Jing does not check) and that the layout depends on: a formal object (numbered, with a
 * caption) inside another would be numbered inside it; a table, figure or admonition inside a
 * footnote cannot go to the foot of a page; an admonition inside an admonition, a sidebar
 * inside a sidebar, a table inside a table's entry have no layout; a footnoteref repeats a
 * footnote's number, so it must point at a footnote; a segmented list's items are set in the
 * columns of its titles. A book or an article needs a title, which DocBook leaves optional. (A footnote inside a footnote has its own entry, HZ-CHK-050; the rules
 * about XLink extended links, glossary links and index ranges do not touch the layout.)
 */
final class LayoutRules {
    private static final QName LINKEND = new QName("linkend");
    private static final Set<String> FORMAL = Set.of("example", "figure", "table", "equation");
    private static final Set<String> ADMONITIONS = Set.of("caution", "important", "note", "tip", "warning");

    /** For each element, the descendants DocBook forbids inside it (footnote in footnote aside). */
    private static final Map<String, Set<String>> FORBIDDEN = Map.ofEntries(
            Map.entry("footnote", union(FORMAL, ADMONITIONS, Set.of("sidebar", "task", "epigraph"))),
            Map.entry("caption", union(FORMAL, ADMONITIONS, Set.of("sidebar", "task"))),
            Map.entry("example", FORMAL),
            Map.entry("figure", FORMAL),
            Map.entry("equation", FORMAL),
            Map.entry("table", Set.of("example", "figure", "equation")),
            Map.entry("entry", Set.of("table", "informaltable")),
            Map.entry("sidebar", Set.of("sidebar")),
            Map.entry("caution", ADMONITIONS),
            Map.entry("important", ADMONITIONS),
            Map.entry("note", ADMONITIONS),
            Map.entry("tip", ADMONITIONS),
            Map.entry("warning", ADMONITIONS));

    private static final Set<String> RESTRICTED = FORBIDDEN.values().stream()
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private LayoutRules() {
    }

    /** Checks one element of the book against the rules about where it may be. */
    static void check(XdmNode element, List<Diagnostic> found) {
        if (!isDocBook(element)) {
            return;
        }
        String name = Nodes.name(element);
        if (RESTRICTED.contains(name)) {
            // The nearest ancestor that forbids it: one error for each misplaced element.
            for (XdmNode ancestor : element.select(Steps.ancestor()).asList()) {
                if (ancestor.getNodeKind() == XdmNodeKind.ELEMENT && isDocBook(ancestor)
                        && FORBIDDEN.getOrDefault(Nodes.name(ancestor), Set.of()).contains(name)) {
                    found.add(Nodes.at(element, Code.CHK_NESTED_BLOCK, Map.of("inner", name, "outer", Nodes.name(ancestor))));
                    break;
                }
            }
        }
        // DocBook lets a book or an article go without a title; a publication cannot.
        if (element.getParent() != null && element.getParent().getNodeKind() == XdmNodeKind.DOCUMENT
                && !element.select(Steps.child("title")).exists()
                && !element.select(Steps.child("info").then(Steps.child("title"))).exists()) {
            found.add(Nodes.at(element, Code.CHK_NO_TITLE, Map.of("name", name)));
        }
        if ("seglistitem".equals(name)) {
            XdmNode list = element.getParent();
            long segs = element.select(Steps.child("seg")).count();
            long titles = list == null ? 0 : list.select(Steps.child("segtitle")).count();
            if (segs != titles) {
                found.add(Nodes.at(element, Code.CHK_SEGMENT_COUNT, Map.of("segs", segs, "titles", titles)));
            }
        }
    }

    /** A footnoteref prints the number of the footnote it points at: it must point at one. */
    static void checkFootnoteref(XdmNode element, XdmNode target, List<Diagnostic> found) {
        if ("footnoteref".equals(Nodes.name(element)) && isDocBook(element)
                && !("footnote".equals(Nodes.name(target)) && isDocBook(target))) {
            found.add(Nodes.at(element, Code.CHK_FOOTNOTEREF_TARGET,
                    Map.of("linkend", element.getAttributeValue(LINKEND),
                            "target", Nodes.name(target))));
        }
    }

    private static boolean isDocBook(XdmNode element) {
        return DocBook.NAMESPACE.equals(element.getNodeName().getNamespaceUri().toString());
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Arrays.stream(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }
}
