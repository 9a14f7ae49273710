package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;

/**
 * An ISBN given in {@code <biblioid class="isbn">}: the copyright page prints it, and a printer
 * makes its bar code from it, so a slip in one digit would go to press. ISBN-13 (ISO 2108: the
 * digits weighted 1, 3, 1, 3 …, the sum a multiple of 10, prefix 978 or 979) and ISBN-10 (weights
 * 10 down to 1, the sum a multiple of 11, X for a check value of 10) are checked; hyphens and
 * spaces between the groups and an "ISBN" before them are allowed. Only the book's own ISBN (in
 * the info of the root element) is checked: one in a reference is the cited work's, as written.
 */
final class IsbnCheck {
    private static final QName CLASS = new QName("class");

    private IsbnCheck() {
    }

    static void check(XdmNode biblioid, List<Diagnostic> problems) {
        XdmNode info = biblioid.getParent();
        if (!"isbn".equals(biblioid.getAttributeValue(CLASS)) || info == null || !"info".equals(Nodes.name(info))
                || info.getParent() == null || info.getParent().getParent() == null
                || info.getParent().getParent().getNodeKind() != net.sf.saxon.s9api.XdmNodeKind.DOCUMENT) {
            return;
        }
        String written = biblioid.getStringValue().strip();
        String digits = Isbn.normalize(written);
        String problem = Isbn.problem(digits);
        if (problem != null) {
            problems.add(Nodes.at(biblioid, Code.CHK_ISBN, Map.of("isbn", written, "problem", problem)));
        }
    }
}
