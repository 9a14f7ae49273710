package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;

/**
 * Which links are live: the one place that decides. Web, mail, news and telephone addresses and
 * the book's own ids are; a script or data link is an error (a reader's click would run or open
 * what the author of a hostile book chose); anything else (a file: URI, a path relative to the
 * book) points at nothing a reader has, so it is printed as text, with a warning. The
 * normalisation turns the links this check lists as not live into plain text for both outputs.
 */
final class LinkCheck {
    static final QName HREF = new QName("xlink", "http://www.w3.org/1999/xlink", "href");
    private static final Set<String> LIVE = Set.of("http", "https", "ftp", "mailto", "news", "tel");
    private static final Set<String> FORBIDDEN = Set.of("javascript", "vbscript", "data");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    private LinkCheck() {
    }

    /**
     * Checks the link of an element with xlink:href; true when it is live. A browser ignores
     * white space and control characters inside a scheme ("java\tscript:"): so does this check.
     */
    static boolean check(XdmNode element, Set<String> ids, List<Diagnostic> problems) {
        String href = element.getAttributeValue(HREF);
        String squeezed = href.replaceAll("[\\x00-\\x20\\x7F]", "").toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(squeezed);
        if (scheme.find()) {
            if (FORBIDDEN.contains(scheme.group(1))) {
                problems.add(Nodes.at(element, Code.CHK_LINK_SCRIPT, Map.of("href", abbreviated(href))));
                return false;
            }
            if (LIVE.contains(scheme.group(1))) {
                return true;
            }
        } else if (href.startsWith("#") && ids.contains(href.substring(1))) {
            return true;
        }
        problems.add(Nodes.at(element, Code.CHK_LINK_NOT_LIVE, Map.of("href", abbreviated(href))));
        return false;
    }

    /** A data: link can be megabytes long: the message shows its start. */
    private static String abbreviated(String href) {
        return href.length() <= 80 ? href : href.substring(0, 77) + "…";
    }
}
