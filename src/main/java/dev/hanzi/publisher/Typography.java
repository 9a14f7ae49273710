package dev.hanzi.publisher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * </pre>
 */
public final class Typography {
    public static final String FILE_NAME = "typography.properties";
    private static final Map<String, String> PARAMETERS = Map.of(
            "font-size", "font-size", "line-height", "line-height",
            "margin-inner", "margin-inner-mm", "margin-outer", "margin-outer-mm",
            "body-font", "body-font", "heading-font", "heading-font");
    private static final Map<String, double[]> RANGES = Map.of(
            "font-size", new double[] {6, 24}, "line-height", new double[] {1, 3},
            "margin-inner", new double[] {5, 60}, "margin-outer", new double[] {5, 60});

    private Typography() {
    }

    /** The stylesheet parameters the book's file sets (name to value); empty when it has none. */
    public static Map<String, String> read(Path source) throws PublishException {
        Path file = source.toAbsolutePath().getParent().resolve(FILE_NAME);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return parameters;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublishException(Diagnostic.of(file, "cannot read: " + e.getMessage()), e);
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
            if (!PARAMETERS.containsKey(key)) {
                problems.add(Diagnostic.at(where, n + 1, 1, "unknown setting \"" + key + "\" (known: "
                        + String.join(", ", PARAMETERS.keySet().stream().sorted().toList()) + ")"));
            } else if (value.isEmpty()) {
                problems.add(Diagnostic.at(where, n + 1, 1, key + " needs a value: " + key + " = …"));
            } else if (RANGES.containsKey(key) && !inRange(value, RANGES.get(key))) {
                double[] range = RANGES.get(key);
                problems.add(Diagnostic.at(where, n + 1, equals + 2, key + " must be a number from " + range[0]
                        + " to " + range[1] + ", not " + value));
            } else {
                parameters.put(PARAMETERS.get(key), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new PublishException(problems);
        }
        return parameters;
    }

    private static boolean inRange(String value, double[] range) {
        try {
            double number = Double.parseDouble(value);
            return number >= range[0] && number <= range[1];
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
