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
        String digits = digits(written);
        String problem = problem(digits);
        if (problem != null) {
            problems.add(Nodes.at(biblioid, Code.CHK_ISBN, Map.of("isbn", written, "problem", problem)));
        }
    }

    /** The ISBN without "ISBN", hyphens and spaces, X upper case. */
    static String digits(String written) {
        return written.replaceFirst("^(?i)isbn(-1[03])?[:：]?", "").replaceAll("[\\s\\-‐–]", "").toUpperCase();
    }

    /** What is wrong with the ISBN, or null when it is a valid ISBN-13 or ISBN-10. */
    static String problem(String digits) {
        if (digits.matches("\\d{13}")) {
            if (!digits.startsWith("978") && !digits.startsWith("979")) {
                return "an ISBN-13 starts with 978 or 979";
            }
            int sum = 0;
            for (int i = 0; i < 12; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            int check = (10 - sum % 10) % 10;
            return check == digits.charAt(12) - '0' ? null : "its check digit is " + digits.charAt(12) + ", the digits before it give " + check;
        }
        if (digits.matches("\\d{9}[\\dX]")) {
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            String expected = check == 10 ? "X" : String.valueOf(check);
            return expected.equals(digits.substring(9)) ? null
                    : "its check digit is " + digits.charAt(9) + ", the digits before it give " + expected;
        }
        return "an ISBN has 13 digits (or 10, the last of which may be X)";
    }
}
