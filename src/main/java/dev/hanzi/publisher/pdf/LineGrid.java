package dev.hanzi.publisher.pdf;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import dev.hanzi.publisher.style.Theme;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentNavigationHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFPainter;
import org.apache.fop.render.intermediate.extensions.Link;
import org.apache.fop.render.intermediate.util.IFDocumentHandlerProxy;

/**
 * The line pass of issue 13: Chinese lines set on the character grid, after FOP has broken them.
 * FOP spreads one adjustment ratio over all the stretch of a line and knows nothing of
 * punctuation widths; once a page's lines are known, each justified line is spaced again in
 * clreq's order (see {@link LineSpacing}). The pass sits between FOP's layout and the PDF painter
 * of the same rendering: it records a page's painting, adjusts the text runs' glyph offsets, and
 * replays the page in its original order with its original context, so the structure tree,
 * marked content and the text layer are untouched. On the way it notes where each image was
 * placed and how large ({@link #images()}), for the print edition's preflight (PrintResolution).
 */
final class LineGrid extends IFDocumentHandlerProxy {
    /** The processing instruction in fo:root (page-layout.xsl) that carries the book's punctuation style. */
    static final String PUNCTUATION_STYLE = "hanzi-punctuation-style";

    private final PunctuationStyle style;
    private PagePainting page;
    private final Theme.PunctuationInk ink;
    /** The pass over the page being finished: its links are rendered after its content. */
    private LineSpacing spacing;
    /** The page being painted, from 1, and its number as printed. */
    private int pageNumber;
    private String folio;
    /** The images placed so far, on every page. */
    private final List<ImagePlacement> images = new ArrayList<>();

    private LineGrid(IFDocumentHandler delegate, PunctuationStyle style, Theme.PunctuationInk ink) {
        super(delegate);
        this.style = style;
        this.ink = ink;
    }

    /**
     * Puts the pass in front of the PDF handler the agent will paint with (the prepared-fonts
     * handler when there is one, else the one FOP would make).
     */
    static LineGrid install(FOUserAgent agent, XdmNode fo, Theme.PunctuationInk ink) throws FOPException {
        IFDocumentHandler target = agent.getDocumentHandlerOverride();
        if (target == null) {
            target = agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF);
        }
        LineGrid grid = new LineGrid(target, PunctuationStyle.named(punctuationStyle(fo)), ink);
        agent.setDocumentHandlerOverride(grid);
        return grid;
    }

    /** The images the document placed, page by page (read when the rendering is done). */
    List<ImagePlacement> images() {
        return List.copyOf(images);
    }

    @Override
    public void startPage(int index, String name, String pageMasterName, java.awt.Dimension size) throws IFException {
        pageNumber = index + 1;
        folio = name;
        super.startPage(index, name, pageMasterName, size);
    }

    private static String punctuationStyle(XdmNode fo) {
        for (XdmNode root : fo.children()) {
            for (XdmNode child : root.children()) {
                if (child.getNodeKind() == XdmNodeKind.PROCESSING_INSTRUCTION
                        && PUNCTUATION_STYLE.equals(child.getNodeName().getLocalName())) {
                    return child.getStringValue().strip();
                }
            }
        }
        return null;
    }

    @Override
    public IFPainter startPageContent() throws IFException {
        page = new PagePainting(super.startPageContent(), getContext(), getFontInfo());
        return page;
    }

    @Override
    public void endPageContent() throws IFException {
        spacing = new LineSpacing(style, ink);
        spacing.adjust(page.texts());
        page.images().forEach(image -> images.add(new ImagePlacement(image.uri(), pageNumber, folio, image.width(), image.height())));
        page.replay();
        page = null;
        super.endPageContent();
    }

    @Override
    public void endPage() throws IFException {
        spacing = null;
        super.endPage();
    }

    /**
     * FOP's navigation, with each link's rectangle moved with the text it is over: FOP renders a
     * page's links after its content, from where it laid the text out.
     */
    @Override
    public IFDocumentNavigationHandler getDocumentNavigationHandler() {
        IFDocumentNavigationHandler fop = super.getDocumentNavigationHandler();
        return fop == null ? null : new ForwardingNavigation(fop) {
            @Override
            public void renderLink(Link link) throws IFException {
                next.renderLink(spacing == null ? link : new Link(link.getAction(), spacing.moveLink(link.getTargetRect())));
            }
        };
    }
}
