package dev.hanzi.publisher.style;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XsltCompiler;

/**
 * The classes of characters that the PDF's stylesheets and its line pass must agree on, written
 * once: the stylesheets set a mark's white aside where a line may break beside it (xsl/fo/cjk.xsl)
 * and the line pass puts its ink at the margin (pdf/LineSpacing); a mark in one list and not in
 * the other would be measured half wide by FOP's breaker and set full wide after it. The
 * stylesheets receive them as static parameters ({@link #declareTo}).
 */
public final class CharacterClasses {
    /** Stops and closing marks (clreq §3.1): their ink is in the left half of the em. */
    public static final String CLOSING = "，。、；：？！）》」』】〕〉〗］｝”’";
    /** Opening marks: their ink is in the right half. */
    public static final String OPENING = "（《「『【〔〈〖［｛“‘";
    /**
     * Marks that may open a Western run after Han, taking the quarter em before them as a letter
     * does: an option's dashes, a path's ~ / and ., a variable's $ (-o, --release, ~/.m2, $HOME).
     */
    public static final String WESTERN_OPENERS = "-~$/.";

    private static final String NAMESPACE = "http://hanzi.dev/ns/functions";

    private CharacterClasses() {
    }

    /** Gives the classes to a stylesheet compiler, as the static parameters f:closing, f:opening, f:western-openers. */
    static void declareTo(XsltCompiler compiler) {
        compiler.setParameter(new QName(NAMESPACE, "closing"), new XdmAtomicValue(CLOSING));
        compiler.setParameter(new QName(NAMESPACE, "opening"), new XdmAtomicValue(OPENING));
        compiler.setParameter(new QName(NAMESPACE, "western-openers"), new XdmAtomicValue(WESTERN_OPENERS));
    }
}
