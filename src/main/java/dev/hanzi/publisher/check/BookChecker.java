package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.diagnostics.Severity;
import dev.hanzi.publisher.source.BookFolder;
import dev.hanzi.publisher.source.LoadedBook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * The rules a schema cannot express, all checked at once so that an author fixes them in one
 * round: every xml:id is unique and every linkend points at one; every image is one the book may
 * read and FOP can place (ImageCheck); links are live or printed as text (LinkCheck); tables fit
 * their columns (TableCheck); no footnote sits in a footnote (DocBook's own rule, which its
 * schema states only in Schematron), nor any other block where DocBook's Schematron rules forbid
 * it and the layout would break (LayoutRules); every character is in the fonts and no word is endless
 * (TextCheck).
 */
public final class BookChecker {
    private static final QName XML_ID = new QName("xml", "http://www.w3.org/XML/1998/namespace", "id");
    private static final QName LINKEND = new QName("linkend");

    private final TextCheck text;

    public BookChecker(GlyphCoverage fonts) {
        this.text = new TextCheck(fonts);
    }

    /**
     * What the checks found that does not stop the book.
     *
     * @param warnings the warnings, in the order of the book
     * @param deadLinks the xlink:href values that are printed as text, not made links
     */
    public record Checked(List<Diagnostic> warnings, Set<String> deadLinks) {
    }

    /** Checks the book; its errors are thrown, its warnings returned. */
    public Checked check(LoadedBook book) throws PublishException {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, XdmNode> ids = new HashMap<>();
        List<XdmNode> linking = new ArrayList<>();
        SourcePositions positions = new SourcePositions(book);
        for (XdmNode node : book.document().select(Steps.descendant()).asList()) {
            if (node.getNodeKind() == XdmNodeKind.TEXT) {
                text.check(node, positions, found);
                continue;
            }
            if (node.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String id = node.getAttributeValue(XML_ID);
            if (id != null) {
                XdmNode first = ids.putIfAbsent(id, node);
                if (first != null) {
                    found.add(Nodes.at(node, Code.CHK_DUPLICATE_ID, Map.of("id", id, "first",
                            Location.displayName(Nodes.systemId(first)) + ":" + first.getLineNumber())));
                }
            }
            if (node.getAttributeValue(LinkCheck.HREF) != null) {
                linking.add(node);
            }
            switch (Nodes.name(node)) {
                case "imagedata" -> ImageCheck.check(book, node, found);
                case "tgroup" -> TableCheck.check(node, found);
                case "biblioid" -> IsbnCheck.check(node, found);
                case "footnote" -> {
                    if (node.select(Steps.ancestor("footnote")).exists()) {
                        found.add(Nodes.at(node, Code.CHK_FOOTNOTE_IN_FOOTNOTE, Map.of()));
                    }
                }
                default -> { }
            }
            LayoutRules.check(node, found);
        }
        Set<String> deadLinks = new LinkedHashSet<>();
        for (XdmNode node : linking) {
            if (!LinkCheck.check(node, ids.keySet(), found)) {
                deadLinks.add(node.getAttributeValue(LinkCheck.HREF));
            }
        }
        IndexRanges.check(book.document(), ids, found);
        for (XdmNode node : book.document().select(Steps.descendant()).asList()) {
            String linkend = node.getNodeKind() == XdmNodeKind.ELEMENT ? node.getAttributeValue(LINKEND) : null;
            if (linkend != null && !ids.containsKey(linkend)) {
                found.add(Nodes.at(node, Code.CHK_DANGLING_LINKEND, Map.of("element", Nodes.name(node), "linkend", linkend)));
            } else if (linkend != null) {
                LayoutRules.checkFootnoteref(node, ids.get(linkend), found);
            }
        }
        List<Diagnostic> errors = found.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new PublishException(errors);
        }
        return new Checked(List.copyOf(found), Set.copyOf(deadLinks));
    }

    /** The image files a (checked) book refers to. */
    public List<Path> images(LoadedBook book) {
        return imageReferences(book).stream().map(ImageReference::file).toList();
    }

    /** An imagedata of a checked book: where it stands, its fileref, and the file it names. */
    public record ImageReference(Location location, String fileref, Path file) {
    }

    /** The imagedata elements of a (checked) book, in document order. */
    public List<ImageReference> imageReferences(LoadedBook book) {
        List<ImageReference> references = new ArrayList<>();
        for (XdmNode node : book.document().select(Steps.descendant("imagedata")).asList()) {
            try {
                references.add(new ImageReference(Nodes.location(node), node.getAttributeValue(ImageCheck.FILEREF),
                        ImageCheck.path(book, node)));
            } catch (BookFolder.RefusedException refused) {
                // check() has refused the book already
            }
        }
        return references;
    }
}
