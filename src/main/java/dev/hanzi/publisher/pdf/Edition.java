package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.source.BookInfo;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;

/**
 * The two PDF editions of a book, each deciding everything that differs between them in Java:
 * its name in the stylesheets, FOP's settings, and the post-processing of FOP's PDF. The
 * stylesheets decide the rest from the name, in one place ({@code $print} in xsl/fo/theme.xsl). The
 * finish step works inside FOP's rendering, on its PDF objects before they are written, so that
 * nothing reloads the PDF FOP writes (a long book's structure tree would be held twice).
 */
public enum Edition {
    /** Tagged, archival, linked: PDF/UA-1 and PDF/A-2u, for screens, screen readers and archives. */
    SCREEN("screen") {
        @Override
        void configure(FOUserAgent agent, String outputProfile) {
            // Tagged PDF (structure tree, reading order, alternative text, languages), PDF/UA-1
            // and archival PDF/A-2u: FOP checks both while it writes.
            agent.setAccessibility(true);
            agent.getRendererOptions().put("pdf-ua-mode", "PDF/UA-1");
            agent.getRendererOptions().put("pdf-a-mode", "PDF/A-2u");
        }

        @Override
        void finish(FOUserAgent agent, BookInfo info) throws FOPException {
            AccessiblePdf.install(agent, XmpMetadata.screenEdition(info));
        }
    },
    /** PDF/X for the print shop: bleed, crop marks, chapters opening on recto pages. */
    PRINT("print") {
        @Override
        void configure(FOUserAgent agent, String outputProfile) {
            // PDF/X-4 with a CMYK output intent: what a print shop's preflight checks.
            agent.getRendererOptions().put("pdf-x-mode", "PDF/X-4");
            // PDF/X-4 is a subset of PDF 1.6; FOP writes 1.4 unless told, and preflight refuses that.
            agent.getRendererOptions().put("version", "1.6");
            agent.getRendererOptions().put("output-profile", outputProfile);
        }

        @Override
        void finish(FOUserAgent agent, BookInfo info) {
            // FOP's PDF/X is final as it is.
        }
    };

    private final String styleName;

    Edition(String styleName) {
        this.styleName = styleName;
    }

    /** The value of the stylesheets' {@code edition} parameter, and the name the CLI prints. */
    public String styleName() {
        return styleName;
    }

    /** FOP's settings for this edition; {@code outputProfile} is the print edition's ICC profile. */
    abstract void configure(FOUserAgent agent, String outputProfile);

    /**
     * What the edition does to FOP's PDF before it is made reproducible: a document handler put
     * in front of the agent's PDF handler (the prepared fonts, the line pass), set up last.
     */
    abstract void finish(FOUserAgent agent, BookInfo info) throws FOPException;
}
