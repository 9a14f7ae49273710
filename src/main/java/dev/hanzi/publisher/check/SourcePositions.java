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
 * decoded, alongside the tree's text. Where the two do not agree (an entity of the document's
 * DTD, a file in another encoding than it declares), the element's line is what is given, as before.
 */
final class SourcePositions {
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final LoadedBook book;
    /** The files' text, by system id; empty where a file cannot be read as the book was. */
    private final Map<String, Optional<SourceFile>> files = new HashMap<>();

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
     * plus the newlines before it in the text node where the file cannot be matched.
     */
    Location of(XdmNode text, int index) {
        XdmNode parent = text.getParent();
        String systemId = Nodes.systemId(parent);
        Optional<SourceFile> file = files.computeIfAbsent(systemId, this::read);
        if (file.isPresent()) {
            int offset = find(file.get(), parent, text, index);
            if (offset >= 0) {
                return file.get().location(systemId, offset);
            }
        }
        String before = text.getStringValue().substring(0, index);
        return Location.at(systemId, parent.getLineNumber() + (int) before.chars().filter(c -> c == '\n').count(), 0);
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
                // The parser read it, so it is known to the JDK; if not, UTF-8 and the check below.
            }
        }
        return new String(bytes, charset);
    }

    /**
     * The offset in the file of the character at {@code index} of {@code target}: the element's
     * character data, from the end of its start tag, walked alongside the text of the tree's
     * nodes from this file. Whitespace the tree does not hold is passed over; anything else that
     * does not agree gives -1.
     */
    private static int find(SourceFile file, XdmNode element, XdmNode target, int index) {
        String raw = file.text();
        int p = file.offset(element.getLineNumber(), element.getColumnNumber());
        if (p <= 0 || raw.charAt(p - 1) != '>') {
            return -1;
        }
        String systemId = Nodes.systemId(element);
        int depth = 0;
        int[] decoded = new int[2];
        for (XdmNode node : element.select(Steps.descendant()).asList()) {
            if (node.getNodeKind() != XdmNodeKind.TEXT || !Nodes.systemId(node.getParent()).equals(systemId)) {
                continue;
            }
            String value = node.getStringValue();
            boolean isTarget = node.equals(target);
            int i = 0;
            while (i < value.length()) {
                // The next character of the file's character data.
                if (p >= raw.length()) {
                    return -1;
                }
                char c = raw.charAt(p);
                if (c == '<') {
                    int end = markupEnd(raw, p);
                    if (end < 0) {
                        return -1;
                    }
                    if (raw.startsWith("<![CDATA[", p)) {
                        // Its characters are text, matched one by one.
                        for (int q = p + 9; q < end - 3; q++, i++) {
                            if (i == value.length() || raw.charAt(q) != value.charAt(i)) {
                                return -1;
                            }
                            if (isTarget && i == index) {
                                return q;
                            }
                        }
                    } else if (raw.startsWith("</", p)) {
                        if (--depth < 0) {
                            return -1;
                        }
                    } else if (!raw.startsWith("<!--", p) && !raw.startsWith("<?", p) && raw.charAt(end - 2) != '/') {
                        depth++;
                    }
                    p = end;
                    continue;
                }
                String chars;
                int width = 1;
                if (c == '&') {
                    width = reference(raw, p, decoded);
                    if (width < 0) {
                        return -1;
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
                    if (isTarget && index >= i && index < i + chars.length()) {
                        return p;
                    }
                    i += chars.length();
                } else if (!Character.isWhitespace(c)) {
                    return -1;
                }
                p += width;
            }
            if (isTarget) {
                return -1;
            }
        }
        return -1;
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
