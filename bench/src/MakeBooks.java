import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the scale books of the benchmark: a book N times the size of a given one, by repeating
 * its chapters.
 *
 * <pre>java bench/src/MakeBooks.java SOURCE.xml OUT_DIR N</pre>
 *
 * The source's folder is copied to OUT_DIR (images and all) and OUT_DIR/book.xml is written: the
 * source's main file with its run of chapter includes repeated N times. Copy 1 of each chapter is
 * the original file, byte for byte (so the 1x book is the source itself); copy k (k ≥ 2) is a new
 * file {@code NAME.xK.xml} in which every xml:id gets the suffix {@code -xK}, every reference to
 * an id of the chapters (linkend, linkends, endterm, xlink:href="#…") follows it, and the
 * chapter's title gets "（K）", so ids stay unique and titles distinct. Footnotes, sections,
 * figures and tables are repeated with their chapter. Preface, appendices and colophon stay once.
 * Plain text processing: the files keep their exact bytes apart from those attributes. A chapter's
 * own xi:includes are copied as they are (the report has none): ids in files they include would
 * repeat.
 */
public final class MakeBooks {
    private static final Pattern INCLUDE = Pattern.compile("<xi:include\\s[^>]*?href\\s*=\\s*([\"'])(.*?)\\1[^>]*?/>");
    private static final Pattern ID = Pattern.compile("(xml:id\\s*=\\s*)([\"'])(.*?)\\2");
    private static final Pattern REFERENCE =
            Pattern.compile("((?:linkend|endterm|linkends|startref)\\s*=\\s*)([\"'])(.*?)\\2");
    private static final Pattern LOCAL_HREF = Pattern.compile("(xlink:href\\s*=\\s*)([\"'])#(.*?)\\2");
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z][\\w.-]*)[\\s>]");
    private static final Pattern FIRST_TITLE = Pattern.compile("(<title(?:\\s[^>]*)?>)(.*?)(</title>)", Pattern.DOTALL);

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java MakeBooks.java SOURCE.xml OUT_DIR N");
            System.exit(2);
        }
        Path source = Paths.get(args[0]).toAbsolutePath().normalize();
        Path out = Paths.get(args[1]).toAbsolutePath().normalize();
        int n = Integer.parseInt(args[2]);
        copyFolder(source.getParent(), out);
        String main = Files.readString(source, StandardCharsets.UTF_8);

        // The run of includes from the first chapter to the last.
        List<int[]> spans = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        Matcher m = INCLUDE.matcher(main);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            hrefs.add(m.group(2));
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < hrefs.size(); i++) {
            if (isRepeated(source.getParent().resolve(hrefs.get(i)))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            throw new IllegalStateException("no chapter included from " + source);
        }
        List<String> chapterFiles = hrefs.subList(first, last + 1);
        // Every id defined in the repeated files: references to them move with each copy.
        Set<String> chapterIds = new HashSet<>();
        for (String href : chapterFiles) {
            Matcher id = ID.matcher(Files.readString(source.getParent().resolve(href), StandardCharsets.UTF_8));
            while (id.find()) {
                chapterIds.add(id.group(3));
            }
        }
        String block = main.substring(spans.get(first)[0], spans.get(last)[1]);
        String indent = indentBefore(main, spans.get(first)[0]);
        StringBuilder repeated = new StringBuilder(block);
        for (int k = 2; k <= n; k++) {
            String suffix = "-x" + k;
            String copyBlock = block;
            for (String href : chapterFiles) {
                String copyName = copyName(href, k);
                String text = Files.readString(source.getParent().resolve(href), StandardCharsets.UTF_8);
                Path target = out.resolve(copyName);
                Files.createDirectories(target.getParent());
                Files.writeString(target, renumber(text, chapterIds, suffix, k), StandardCharsets.UTF_8);
                copyBlock = copyBlock.replace("\"" + href + "\"", "\"" + copyName + "\"")
                        .replace("'" + href + "'", "'" + copyName + "'");
            }
            repeated.append('\n').append(indent).append(copyBlock);
        }
        String book = main.substring(0, spans.get(first)[0]) + repeated + main.substring(spans.get(last)[1]);
        Files.writeString(out.resolve("book.xml"), book, StandardCharsets.UTF_8);
        System.out.println(out.resolve("book.xml") + ": " + n + " x " + chapterFiles.size() + " chapters");
    }

    /** Chapters and appendices are repeated; preface and colophon are not. */
    private static boolean isRepeated(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int start = text.indexOf('<');
        while (start >= 0 && (text.startsWith("<?", start) || text.startsWith("<!--", start))) {
            start = text.startsWith("<?", start) ? text.indexOf("?>", start) : text.indexOf("-->", start);
            start = start < 0 ? -1 : text.indexOf('<', start);
        }
        if (start < 0) {
            return false;
        }
        Matcher root = ROOT.matcher(text);
        return root.find(start) && root.start() == start && root.group(1).equals("chapter");
    }

    private static String renumber(String text, Set<String> chapterIds, String suffix, int k) {
        text = ID.matcher(text).replaceAll(r -> Matcher.quoteReplacement(
                r.group(1) + r.group(2) + r.group(3) + suffix + r.group(2)));
        text = REFERENCE.matcher(text).replaceAll(r -> {
            StringBuilder ids = new StringBuilder();
            for (String id : r.group(3).trim().split("\\s+")) {
                if (ids.length() > 0) {
                    ids.append(' ');
                }
                ids.append(chapterIds.contains(id) ? id + suffix : id);
            }
            return Matcher.quoteReplacement(r.group(1) + r.group(2) + ids + r.group(2));
        });
        text = LOCAL_HREF.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + "#"
                + (chapterIds.contains(r.group(3)) ? r.group(3) + suffix : r.group(3)) + r.group(2)));
        Matcher title = FIRST_TITLE.matcher(text);
        if (title.find()) {
            text = text.substring(0, title.end(2)) + "（" + k + "）" + text.substring(title.end(2));
        }
        return text;
    }

    private static String copyName(String href, int k) {
        int dot = href.lastIndexOf('.');
        return (dot > href.lastIndexOf('/') ? href.substring(0, dot) : href) + ".x" + k + ".xml";
    }

    private static String indentBefore(String text, int position) {
        int lineStart = text.lastIndexOf('\n', position - 1) + 1;
        String before = text.substring(lineStart, position);
        return before.isBlank() ? before : "";
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
