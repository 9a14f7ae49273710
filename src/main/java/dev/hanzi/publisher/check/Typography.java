package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.source.BookFolder;
import dev.hanzi.publisher.source.LoadedBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A book's own typography: {@code typography.properties} beside the book's main file, a few
 * {@code key = value} lines that override our defaults without touching the stylesheets.
 *
 * <pre>
 * font-size = 11          # body text, points
 * line-height = 1.8       # line pitch, times the font size
 * margin-inner = 25       # millimetres (the gutter)
 * margin-outer = 20
 * body-font = Noto Serif CJK SC      # a family registered in fonts/fop.xconf
 * heading-font = Noto Sans CJK SC
 * characters-per-line = 40   # the type area (版心) in characters of the body size…
 * lines-per-page = 36        # …and in lines; the margins then follow from it
 * punctuation-style = trim   # line-edge marks: trim (default), full, hang
 * signature-pages = 16       # print: the book block made up to whole signatures of this many pages
 * paper-thickness-mm = 0.1   # print: one leaf's thickness, for the cover's spine
 * running-heads = book       # book: the book's title on left pages, the chapter's on right ones
 *                            # (default in print); chapter: the chapter's on every page (on screen)
 * parent-sheet = 787×1092    # the sheet printed on, mm: the copyright page's 开本 (default 787×1092)
 * </pre>
 *
 * The type area is always whole characters by whole lines: margins given in millimetres are
 * rounded to the grid by the stylesheets (the measure down to whole characters, the rest shared
 * by the two margins).
 */
public record Typography(OptionalDouble fontSize, OptionalDouble lineHeight, OptionalDouble marginInnerMm,
        OptionalDouble marginOuterMm, Optional<String> bodyFont, Optional<String> headingFont,
        OptionalInt charactersPerLine, OptionalInt linesPerPage, Optional<String> punctuationStyle,
        OptionalInt signaturePages, OptionalDouble paperThicknessMm,
        Optional<String> runningHeads, Optional<String> parentSheet) {
    public static final String FILE_NAME = "typography.properties";
    /** How stops and closing marks end a full line, and opening marks start one. */
    public static final List<String> PUNCTUATION_STYLES = List.of("trim", "full", "hang");
    /** What the running heads carry: the book's title on left pages (book) or the chapter's on all (chapter). */
    public static final List<String> RUNNING_HEADS = List.of("book", "chapter");
    private static final List<String> KEYS = List.of("body-font", "characters-per-line", "font-size", "heading-font",
            "line-height", "lines-per-page", "margin-inner", "margin-outer", "paper-thickness-mm", "parent-sheet",
            "punctuation-style", "running-heads", "signature-pages");
    private static final Map<String, double[]> RANGES = Map.of(
            "font-size", new double[] {6, 24}, "line-height", new double[] {1, 3},
            "margin-inner", new double[] {5, 60}, "margin-outer", new double[] {5, 60},
            "characters-per-line", new double[] {10, 80}, "lines-per-page", new double[] {5, 80},
            // Print: a signature is a folded sheet (4 to 64 pages); a leaf of book paper is
            // 0.05 to 0.5 mm thick.
            "signature-pages", new double[] {4, 64}, "paper-thickness-mm", new double[] {0.05, 0.5});
    private static final List<String> WHOLE_NUMBERS = List.of("characters-per-line", "lines-per-page", "signature-pages");

    /** The book's settings, read through its folder (BookFolder decides); all empty when it has no file. */
    public static Typography read(LoadedBook book) throws PublishException {
        Path file = book.root().resolve(FILE_NAME);
        try {
            file = book.folder().inside(file, FILE_NAME);
        } catch (BookFolder.RefusedException e) {
            throw new PublishException(Code.CHK_SETTINGS_REFUSED, Location.of(file), Map.of());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            settings = settings(book.folder(), file);
        }
        return new Typography(number(settings, "font-size"), number(settings, "line-height"),
                number(settings, "margin-inner"), number(settings, "margin-outer"),
                Optional.ofNullable(settings.get("body-font")), Optional.ofNullable(settings.get("heading-font")),
                whole(settings, "characters-per-line"), whole(settings, "lines-per-page"),
                Optional.ofNullable(settings.get("punctuation-style")),
                whole(settings, "signature-pages"), number(settings, "paper-thickness-mm"),
                Optional.ofNullable(settings.get("running-heads")),
                Optional.ofNullable(settings.get("parent-sheet")).map(v -> v.replaceAll("\\s*[x×*]\\s*", "×")));
    }

    private static OptionalInt whole(Map<String, String> settings, String key) {
        String value = settings.get(key);
        return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value));
    }

    private static OptionalDouble number(Map<String, String> settings, String key) {
        String value = settings.get(key);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
    }

    private static Map<String, String> settings(BookFolder folder, Path file) throws PublishException {
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = new String(folder.read(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new PublishException(Code.SRC_UNREADABLE, Location.of(file), Map.of("reason", String.valueOf(e.getMessage())), e);
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).replaceAll("\\s+#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? line : line.substring(0, equals).strip();
            String value = equals < 0 ? "" : line.substring(equals + 1).strip();
            String where = file.toString();
            if (!KEYS.contains(key)) {
                problems.add(Diagnostic.of(Code.CHK_SETTING_UNKNOWN, Location.at(where, n + 1, 1),
                        Map.of("key", key, "known", String.join(", ", KEYS))));
            } else if (value.isEmpty()) {
                problems.add(Diagnostic.of(Code.CHK_SETTING_EMPTY, Location.at(where, n + 1, 1), Map.of("key", key)));
            } else if (RANGES.containsKey(key) && !inRange(value, RANGES.get(key), WHOLE_NUMBERS.contains(key))) {
                double[] range = RANGES.get(key);
                problems.add(Diagnostic.of(Code.CHK_SETTING_RANGE, Location.at(where, n + 1, equals + 2),
                        Map.of("key", key, "min", range[0], "max", range[1], "value", value)));
            } else if (key.equals("punctuation-style") && !PUNCTUATION_STYLES.contains(value)) {
                problems.add(Diagnostic.of(Code.CHK_SETTING_CHOICE, Location.at(where, n + 1, equals + 2),
                        Map.of("key", key, "choices", String.join(", ", PUNCTUATION_STYLES), "value", value)));
            } else if (key.equals("parent-sheet") && !value.matches("[1-9]\\d{2,3}\\s*[x×*]\\s*[1-9]\\d{2,3}")) {
                problems.add(Diagnostic.of(Code.CHK_SETTING_CHOICE, Location.at(where, n + 1, equals + 2),
                        Map.of("key", key, "choices", "WIDTH×HEIGHT in millimetres (787×1092, 889×1194 …)", "value", value)));
            } else if (key.equals("running-heads") && !RUNNING_HEADS.contains(value)) {
                problems.add(Diagnostic.of(Code.CHK_SETTING_CHOICE, Location.at(where, n + 1, equals + 2),
                        Map.of("key", key, "choices", String.join(", ", RUNNING_HEADS), "value", value)));
            } else {
                settings.put(key, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new PublishException(problems);
        }
        return settings;
    }

    private static boolean inRange(String value, double[] range, boolean whole) {
        try {
            double number = Double.parseDouble(value);
            return number >= range[0] && number <= range[1] && (!whole || value.matches("\\d+"));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
