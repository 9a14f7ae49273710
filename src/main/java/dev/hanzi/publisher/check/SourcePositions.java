package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.source.LoadedBook;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * The line and column of a character of the book's text in its file. Saxon records where each
 * element's start tag ends, not where its text nodes are, so a slip in the third line of a
 * paragraph, or after an inline element, was reported at the paragraph's start (column 1): a
 * proofreader looking for 「,」 in a long paragraph had to search for it. The file is read
 * again, through the book's folder and only if the book was read from it, and the element's
 * character data is walked from the end of its start tag, markup skipped and references
 * decoded, alongside the tree's text. Where the two do not agree (an entity of a DocBook DOCTYPE
 * the loader ignores, text an XInclude brought with parse="text", a file in another encoding than
 * it declares), the element's line is what is given, as before. Columns are counted as the XML
 * parser counts them, in UTF-16 units: a character beyond the BMP counts two.
 */
final class SourcePositions {
    /** An XInclude's start tag: its qualified name, whose local name is include (DocBook has no element of that name). */
    private static final Pattern INCLUDE = Pattern.compile("<((?:[A-Za-z_][\\w.-]*:)?include)[\\s/>]");
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final LoadedBook book;
    /** The files' text, by system id; empty where a file cannot be read as the book was. */
    private final Map<String, Optional<SourceFile>> files = new HashMap<>();
    /**
     * Where the last answers left the walks through their elements (a paragraph's, and an
     * emphasis's inside it, taken in turn), and the count of a fallback's newlines.
     */
    private final Map<XdmNode, Walk> walks = new HashMap<>();
    private NewlineCount newlines;
    /** Walks kept at most: the elements of a few nested inlines; past that they start over. */
    private static final int WALKS_KEPT = 64;

    SourcePositions(LoadedBook book) {
        this.book = book;
    }

    /** A file's text and where its lines start. */
    private record SourceFile(String text, int[] lineStarts) {
        static SourceFile of(String text) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // XML's line ends: \n, \r\n and a lone \r (as the parser counts them).
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
            return new SourceFile(text, starts.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The offset of a 1-based line and column, or -1. */
        int offset(int line, int column) {
            if (line < 1 || line > lineStarts.length || column < 1) {
                return -1;
            }
            int offset = lineStarts[line - 1] + column - 1;
            return offset <= text.length() ? offset : -1;
        }

        Location location(String systemId, int offset) {
            int index = Arrays.binarySearch(lineStarts, offset);
            int line = index >= 0 ? index : -index - 2;
            return Location.at(systemId, line + 1, offset - lineStarts[line] + 1);
        }
    }

    /**
     * Where the character at {@code index} of a text node stands, or the line of its element
     * plus the newlines before it in the text node where the file cannot be matched. The checks
     * ask in document order, so the walk goes on from where the last answer left it: a paragraph
     * of ten thousand slips is walked once, not ten thousand times.
     */
    Location of(XdmNode text, int index) {
        XdmNode parent = text.getParent();
        String systemId = Nodes.systemId(parent);
        Optional<SourceFile> file = files.computeIfAbsent(systemId, this::read);
        if (file.isPresent()) {
            Walk walk = walks.get(parent);
            if (walk == null || !walk.canReach(text, index)) {
                if (walks.size() >= WALKS_KEPT) {
                    walks.clear();
                }
                walk = new Walk(file.get(), parent);
                walks.put(parent, walk);
            }
            int offset = walk.offsetOf(text, index);
            if (offset >= 0) {
                return file.get().location(systemId, offset);
            }
        }
        if (newlines == null || !newlines.text.equals(text) || newlines.index > index) {
            newlines = new NewlineCount(text, text.getStringValue());
        }
        return Location.at(systemId, parent.getLineNumber() + newlines.before(index), 0);
    }

    /** The newlines of a text node before an index, counted on from the last index asked. */
    private static final class NewlineCount {
        final XdmNode text;
        final String value;
        int index;
        int count;

        NewlineCount(XdmNode text, String value) {
            this.text = text;
            this.value = value;
        }

        int before(int to) {
            for (; index < to; index++) {
                if (value.charAt(index) == '\n') {
                    count++;
                }
            }
            return count;
        }
    }

    private Optional<SourceFile> read(String systemId) {
        if (!systemId.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(URI.create(systemId));
            // Only a file the book was read from, and through its folder, which checks it again.
            if (book.files().stream().noneMatch(f -> f.toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize()))) {
                return Optional.empty();
            }
            return Optional.of(SourceFile.of(decode(book.folder().read(path))));
        } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The file's text in the encoding its byte order mark or XML declaration names (UTF-8 by default). */
    private static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = ENCODING.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        if (declared.find()) {
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalArgumentException unknown) {
                // The parser read it, so the JDK knows it; if not, UTF-8, and a walk that does not agree.
            }
        }
        return new String(bytes, charset);
    }

    /**
     * An element's character data in its file, walked from the end of its start tag alongside the
     * text of the tree's nodes from this file (text an XInclude brought from elsewhere is not in
     * the file, and not walked). Whitespace the tree does not hold is passed over; anything else
     * that does not agree ends the walk: every later answer of it is -1.
     */
    private static final class Walk {
        private final String raw;
        /** The element's text nodes from this file, in document order, and their place in that order. */
        private final Map<XdmNode, Integer> nodes = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private int node;
        private int i;
        private int p;
        private int depth;
        private boolean failed;
        private final int[] decoded = new int[1];

        Walk(SourceFile file, XdmNode element) {
            this.raw = file.text();
            String systemId = Nodes.systemId(element);
            for (XdmNode n : element.select(Steps.descendant()).asList()) {
                if (n.getNodeKind() == XdmNodeKind.TEXT && Nodes.systemId(n.getParent()).equals(systemId)) {
                    nodes.put(n, values.size());
                    values.add(n.getStringValue());
                }
            }
            p = file.offset(element.getLineNumber(), element.getColumnNumber());
            failed = p <= 0 || raw.charAt(p - 1) != '>';
        }

        /** Whether the character is ahead of (or at) where this walk stands. */
        boolean canReach(XdmNode text, int index) {
            int target = nodes.getOrDefault(text, -1);
            return target > node || target == node && index >= i;
        }

        /** The offset in the file of the character at {@code index} of {@code text}, or -1. */
        int offsetOf(XdmNode text, int index) {
            int target = nodes.getOrDefault(text, -1);
            if (target < 0) {
                failed = true;
            }
            while (!failed && node < target) {
                advance(values.get(node).length());
                if (!failed) {
                    node++;
                    i = 0;
                }
            }
            if (failed) {
                return -1;
            }
            return advance(index);
        }

        /**
         * Walks the current node's characters up to {@code to}; the offset of the character at
         * {@code to}, once its own character data is reached (or -1 at the node's end).
         */
        private int advance(int to) {
            String value = values.get(node);
            while (!failed) {
                if (p >= raw.length()) {
                    failed = true;
                    break;
                }
                char c = raw.charAt(p);
                if (c == '<') {
                    int inCdata = markup(to);
                    if (inCdata >= 0) {
                        return inCdata;
                    }
                    continue;
                }
                if (i == value.length()) {
                    return -1;
                }
                String chars;
                int width = 1;
                if (c == '&') {
                    width = reference(raw, p, decoded);
                    if (width < 0) {
                        failed = true;
                        break;
                    }
                    chars = new String(Character.toChars(decoded[0]));
                } else if (c == '\r') {
                    // \r\n and a lone \r are read as \n.
                    chars = "\n";
                    width = p + 1 < raw.length() && raw.charAt(p + 1) == '\n' ? 2 : 1;
                } else {
                    chars = String.valueOf(c);
                }
                if (value.startsWith(chars, i)) {
                    if (i <= to && to < i + chars.length()) {
                        return p;
                    }
                    i += chars.length();
                } else if (!Character.isWhitespace(c)) {
                    failed = true;
                    break;
                }
                p += width;
                if (i == to && to == value.length()) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Passes over the markup at p: a tag, a comment, a processing instruction, or CDATA, whose
         * characters are walked (the offset of the character at {@code to} if it is one of them, else -1).
         */
        private int markup(int to) {
            int end = markupEnd(raw, p);
            if (end < 0) {
                failed = true;
            } else if (raw.startsWith("<![CDATA[", p)) {
                return cdata(end, to);
            } else if (raw.startsWith("</", p)) {
                failed = --depth < 0;
                p = end;
            } else if (raw.startsWith("<!--", p) || raw.startsWith("<?", p)) {
                p = end;
            } else if (raw.charAt(end - 2) != '/' && INCLUDE.matcher(raw).region(p, end).lookingAt()) {
                // An XInclude with a fallback: what the tree holds of it came from elsewhere.
                Matcher include = INCLUDE.matcher(raw).region(p, end);
                include.lookingAt();
                int close = raw.indexOf("</" + include.group(1), end);
                int closeEnd = close < 0 ? -1 : markupEnd(raw, close);
                failed = closeEnd < 0;
                p = failed ? p : closeEnd;
            } else {
                depth += raw.charAt(end - 2) != '/' ? 1 : 0;
                p = end;
            }
            return -1;
        }

        /** Walks a CDATA section's characters, which are text as they stand (but for line ends). */
        private int cdata(int end, int to) {
            String value = values.get(node);
            for (int q = p + 9; q < end - 3; q++) {
                char c = raw.charAt(q);
                int at = q;
                if (c == '\r') {
                    c = '\n';
                    if (q + 1 < end - 3 && raw.charAt(q + 1) == '\n') {
                        q++;
                    }
                }
                if (i == value.length() || c != value.charAt(i)) {
                    failed = true;
                    return -1;
                }
                if (i == to) {
                    p = at;
                    return at;
                }
                i++;
            }
            p = end;
            return -1;
        }
    }

    /** The end (exclusive) of the markup at {@code p}: a tag, a comment, a processing instruction or CDATA. */
    private static int markupEnd(String raw, int p) {
        if (raw.startsWith("<!--", p)) {
            int end = raw.indexOf("-->", p + 4);
            return end < 0 ? -1 : end + 3;
        }
        if (raw.startsWith("<![CDATA[", p)) {
            int end = raw.indexOf("]]>", p + 9);
            return end < 0 ? -1 : end + 3;
        }
        if (raw.startsWith("<?", p)) {
            int end = raw.indexOf("?>", p + 2);
            return end < 0 ? -1 : end + 2;
        }
        char quote = 0;
        for (int q = p + 1; q < raw.length(); q++) {
            char c = raw.charAt(q);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return q + 1;
            }
        }
        return -1;
    }

    /** The code point of the character or predefined entity reference at {@code p}, and its length, or -1. */
    private static int reference(String raw, int p, int[] codePoint) {
        int end = raw.indexOf(';', p);
        if (end < 0 || end - p > 12) {
            return -1;
        }
        String name = raw.substring(p + 1, end);
        try {
            codePoint[0] = switch (name) {
                case "lt" -> '<';
                case "gt" -> '>';
                case "amp" -> '&';
                case "quot" -> '"';
                case "apos" -> '\'';
                default -> name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
            };
        } catch (NumberFormatException e) {
            return -1;
        }
        return codePoint[0] >= 0 && Character.isValidCodePoint(codePoint[0]) ? end + 1 - p : -1;
    }
}
