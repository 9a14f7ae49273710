package dev.hanzi.publisher.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.fop.accessibility.StructureTreeElement;
import org.apache.fop.accessibility.StructureTreeEventHandler;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.fo.extensions.ExtensionElementMapping;
import org.apache.fop.fo.extensions.InternalElementMapping;
import org.apache.fop.fo.extensions.xmp.XMPMetadata;
import org.apache.fop.pdf.PDFAction;
import org.apache.fop.pdf.PDFDictionary;
import org.apache.fop.pdf.PDFDocument;
import org.apache.fop.pdf.PDFLink;
import org.apache.fop.pdf.PDFMetadata;
import org.apache.fop.pdf.PDFObject;
import org.apache.fop.pdf.PDFRoot;
import org.apache.fop.pdf.PDFStructElem;
import org.apache.fop.pdf.PDFText;
import org.apache.fop.pdf.PDFUri;
import org.apache.fop.pdf.StandardStructureAttributes;
import org.apache.fop.pdf.StandardStructureTypes;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentNavigationHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.extensions.Link;
import org.apache.fop.render.intermediate.util.IFDocumentHandlerProxy;
import org.apache.xmlgraphics.xmp.Metadata;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Finishes the screen edition where FOP 2.11 falls short of PDF/UA-1 and PDF/A-2 (see
 * shared research §1(g)), inside FOP's own rendering, on FOP's structure elements and PDF
 * objects before they are written:
 * <ul>
 * <li>every Note structure element gets the ID that PDF/UA requires (rule 7.9-1; FOP tags
 * fo:footnote without one): note-1, note-2 … in the order FOP makes them;</li>
 * <li>every table header cell (TH) gets a Scope (rule 7.5-1; FOP writes none below PDF 1.5, and
 * above it writes the scope where a cell's spans then overwrite it): column, since our header
 * cells head columns, in the one Table attribute dictionary that also holds the spans;</li>
 * <li>a link annotation gets the /Contents PDF/UA requires (rule 7.18.5-2) from the alternative
 * text FOP puts on its Link structure element (FOP-3322, fixed after 2.11; FOP 2.11 writes it
 * for external links only);</li>
 * <li>a phrase in another language gets its /Lang (FOP tags the language of blocks only; the
 * stylesheet passes an inline's language as {@code fox:abbreviation="xml:lang=ru"}, the one inline
 * property FOP copies into the structure tree, as /E; here it becomes /Lang instead);</li>
 * <li>the XMP metadata is {@link XmpMetadata}'s (FOP writes dc:title as a plain value, PDF/A and
 * PDF/UA want a language alternative, rules 6.6.2.3.1-2 and 7.1-9), and the document opens with
 * its bookmarks showing.</li>
 * </ul>
 * Done here rather than on the finished file, because reloading the file means holding its whole
 * structure tree a second time: a chapter of 30,000 paragraphs has some 180,000 structure
 * elements, which PDFBox needed 350–400 MB to load (issue 14).
 */
final class AccessiblePdf extends IFDocumentHandlerProxy {
    private static final String LANGUAGE_MARK = "xml:lang=";
    private static final String ABBREVIATION = "abbreviation";
    private static final String TABLE_CELL = "table-cell";
    private static final List<String> SPANS = List.of("number-columns-spanned", "number-rows-spanned");

    private final byte[] xmp;
    private final Structure structure;
    private final IFDocumentNavigationHandler navigation;
    /** FOP's PDF document, known from the first structure element FOP makes. */
    private PDFDocument document;
    private int notes;

    private AccessiblePdf(IFDocumentHandler delegate, byte[] xmp) {
        super(delegate);
        this.xmp = xmp.clone();
        this.structure = new Structure(delegate.getStructureTreeEventHandler());
        this.navigation = delegate.getDocumentNavigationHandler() == null ? null
                : new DescribedLinks(delegate.getDocumentNavigationHandler());
    }

    /**
     * Puts the fixes in front of the PDF handler the agent will paint with (whatever is there
     * already: the prepared fonts, the line pass), with {@code xmp} as the document's metadata.
     * Call after the agent's accessibility is switched on.
     */
    static void install(FOUserAgent agent, byte[] xmp) throws FOPException {
        IFDocumentHandler target = agent.getDocumentHandlerOverride();
        if (target == null) {
            target = agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF);
        }
        // The agent takes the structure tree handler of the override it is given: this one's.
        agent.setDocumentHandlerOverride(new AccessiblePdf(target, xmp));
    }

    @Override
    public StructureTreeEventHandler getStructureTreeEventHandler() {
        return structure;
    }

    @Override
    public IFDocumentNavigationHandler getDocumentNavigationHandler() {
        return navigation;
    }

    /**
     * The document's metadata, which FOP's renderer hands over just before the header ends (its
     * own, or the book's): {@link XmpMetadata}'s instead, written as it is. FOP's would carry
     * the time of the build.
     */
    @Override
    public void handleExtensionObject(Object extension) throws IFException {
        if (extension instanceof Metadata || extension instanceof XMPMetadata) {
            useMetadata();
        } else {
            super.handleExtensionObject(extension);
        }
    }

    /**
     * The document's catalogue before FOP makes its own metadata (which it does here only when
     * there is none). FOP has built the first page sequence's structure by now: its formatting
     * objects are read before they are laid out, and the header ends with the first laid-out page.
     */
    @Override
    public void endDocumentHeader() throws IFException {
        useMetadata();
        // Open on the first page with the bookmarks showing: the book's structure at a glance.
        document.getRoot().setPageMode(PDFRoot.PAGEMODE_USEOUTLINES);
        super.endDocumentHeader();
    }

    private void useMetadata() throws IFException {
        if (document == null) {
            throw new IFException("the structure tree was not started before the document header", null);
        }
        PDFRoot catalog = document.getRoot();
        if (!(catalog.getMetadata() instanceof XmpStream)) {
            PDFMetadata metadata = new XmpStream(xmp);
            document.registerObject(metadata);
            catalog.setMetadata(metadata);
        }
    }

    /** FOP's structure tree builder, with each element it makes finished as it is made. */
    private final class Structure implements StructureTreeEventHandler {
        private final StructureTreeEventHandler fop;

        Structure(StructureTreeEventHandler fop) {
            this.fop = fop;
        }

        @Override
        public void startPageSequence(Locale locale, String role) {
            fop.startPageSequence(locale, role);
        }

        @Override
        public StructureTreeElement startNode(String name, Attributes attributes, StructureTreeElement parent) {
            return finish(name, attributes, fop.startNode(name, forFop(name, attributes), parent));
        }

        @Override
        public StructureTreeElement startImageNode(String name, Attributes attributes, StructureTreeElement parent) {
            return finish(name, attributes, fop.startImageNode(name, forFop(name, attributes), parent));
        }

        @Override
        public StructureTreeElement startReferencedNode(String name, Attributes attributes, StructureTreeElement parent) {
            return finish(name, attributes, fop.startReferencedNode(name, forFop(name, attributes), parent));
        }

        @Override
        public void endNode(String name) {
            fop.endNode(name);
        }

        @Override
        public void endPageSequence() {
            fop.endPageSequence();
        }
    }

    /**
     * The attributes FOP is given: without a cell's spans (FOP would write them as attribute
     * dictionaries of their own that replace a header cell's scope; {@link #finish} writes all
     * three together) and without an inline's language mark (which would become /E).
     */
    private static Attributes forFop(String name, Attributes attributes) {
        boolean cell = TABLE_CELL.equals(name) && SPANS.stream().anyMatch(span -> attributes.getValue(span) != null);
        if (!cell && language(attributes) == null) {
            return attributes;
        }
        AttributesImpl copy = new AttributesImpl(attributes);
        for (int i = copy.getLength() - 1; i >= 0; i--) {
            boolean span = cell && copy.getURI(i).isEmpty() && SPANS.contains(copy.getLocalName(i));
            boolean mark = ExtensionElementMapping.URI.equals(copy.getURI(i)) && ABBREVIATION.equals(copy.getLocalName(i));
            if (span || mark) {
                copy.removeAttribute(i);
            }
        }
        return copy;
    }

    /** The language an inline's {@code fox:abbreviation} carries, or null. */
    private static String language(Attributes attributes) {
        String abbreviation = attributes.getValue(ExtensionElementMapping.URI, ABBREVIATION);
        return abbreviation != null && abbreviation.startsWith(LANGUAGE_MARK)
                ? abbreviation.substring(LANGUAGE_MARK.length()) : null;
    }

    private StructureTreeElement finish(String name, Attributes attributes, StructureTreeElement made) {
        if (!(made instanceof PDFStructElem element)) {
            return made;
        }
        if (document == null) {
            document = element.getDocumentSafely();
        }
        if (element.getStructureType() == StandardStructureTypes.InlineLevelStructure.NOTE && element.get("ID") == null) {
            notes++;
            element.put("ID", "note-" + notes);
        }
        if (TABLE_CELL.equals(name)) {
            tableAttributes(element, attributes);
        }
        String language = language(attributes);
        if (language != null) {
            element.put("Lang", language);
        }
        return element;
    }

    /** A cell's spans and, for a header cell, its scope (column unless FOP's scope says otherwise), in one dictionary. */
    private static void tableAttributes(PDFStructElem cell, Attributes attributes) {
        PDFDictionary table = new PDFDictionary();
        table.put("O", StandardStructureAttributes.Table.NAME);
        if (attributes.getValue("number-columns-spanned") != null) {
            table.put("ColSpan", Integer.parseInt(attributes.getValue("number-columns-spanned").strip()));
        }
        if (attributes.getValue("number-rows-spanned") != null) {
            table.put("RowSpan", Integer.parseInt(attributes.getValue("number-rows-spanned").strip()));
        }
        if (cell.getStructureType() == StandardStructureTypes.Table.TH) {
            String scope = attributes.getValue(InternalElementMapping.URI, InternalElementMapping.SCOPE);
            table.put("Scope", (scope == null ? StandardStructureAttributes.Table.Scope.COLUMN
                    : StandardStructureAttributes.Table.Scope.valueOf(scope.toUpperCase(Locale.ENGLISH))).getName());
        }
        if (table.keySet().size() > 1) {
            cell.put("A", table);
        }
    }

    /** FOP's navigation, with each link annotation described by its Link element's alternative text. */
    private static final class DescribedLinks extends ForwardingNavigation {
        DescribedLinks(IFDocumentNavigationHandler fop) {
            super(fop);
        }

        @Override
        public void renderLink(Link link) throws IFException {
            next.renderLink(link);
            if (link.getAction().getStructureTreeElement() instanceof PDFStructElem element
                    && element.get("Alt") instanceof String alt && !alt.isEmpty()) {
                describe(element, alt);
            }
        }

        /**
         * The annotation FOP has just made for the link is the object reference it added last to
         * the Link element; FOP 2.11's PDFLink writes /Contents for an external link with
         * alternative text only, and has no entry of its own for any other, so the action it
         * writes carries the /Contents entry after it.
         */
        private static void describe(PDFStructElem element, String alt) {
            List<PDFObject> kids = element.getKids();
            if (kids == null || kids.isEmpty() || !(kids.get(kids.size() - 1) instanceof PDFDictionary reference)
                    || !(reference.get("Obj") instanceof PDFLink annotation)) {
                return;
            }
            Set<PDFObject> children = new HashSet<>();
            annotation.getChildren(children);
            List<PDFAction> actions = children.stream().filter(PDFAction.class::isInstance).map(PDFAction.class::cast).toList();
            if (actions.size() != 1 || actions.get(0) instanceof DescribedAction) {
                return;
            }
            PDFAction action = actions.get(0);
            if (action instanceof PDFUri uri && uri.getAltText() != null && !uri.getAltText().isEmpty()) {
                return;
            }
            annotation.setAction(new DescribedAction(action, alt));
        }
    }

    /** An action as FOP writes it into an annotation, followed by the annotation's /Contents. */
    private static final class DescribedAction extends PDFAction {
        private final PDFAction action;
        private final String contents;

        DescribedAction(PDFAction action, String contents) {
            this.action = action;
            this.contents = contents;
        }

        @Override
        public String getAction() {
            return action.getAction() + "\n/Contents " + PDFText.escapeText(contents);
        }

        @Override
        public void getChildren(Set<PDFObject> children) {
            if (action.hasObjectNumber()) {
                children.add(action);
            }
            action.getChildren(children);
        }
    }

    /** The metadata stream with {@link XmpMetadata}'s packet as it is, uncompressed (ReproduciblePdf edits it in place). */
    private static final class XmpStream extends PDFMetadata {
        private final byte[] packet;

        XmpStream(byte[] packet) {
            super(new Metadata(), true);
            this.packet = packet;
        }

        @Override
        protected void outputRawStreamData(OutputStream out) throws IOException {
            out.write(packet);
        }
    }
}
