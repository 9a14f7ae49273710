package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * A CALS table's grid, as FOP will lay it out: every entry names declared columns, spans run
 * forward, and no row holds more columns than its tgroup declares or spans rows it does not
 * have. FOP fails on such a table with a message that names no line of the book; here the
 * entry at fault is named.
 */
final class TableCheck {
    private static final QName COLS = new QName("cols");
    private static final QName COLNAME = new QName("colname");
    private static final QName COLNUM = new QName("colnum");
    private static final QName NAMEST = new QName("namest");
    private static final QName NAMEEND = new QName("nameend");
    private static final QName MOREROWS = new QName("morerows");

    private TableCheck() {
    }

    static void check(XdmNode tgroup, List<Diagnostic> problems) {
        Map<String, Integer> columns = new HashMap<>();
        int position = 0;
        for (XdmNode colspec : elements(tgroup, "colspec")) {
            String number = colspec.getAttributeValue(COLNUM);
            position = number != null && number.matches("\\d+") ? Integer.parseInt(number) : position + 1;
            String name = colspec.getAttributeValue(COLNAME);
            if (name != null) {
                columns.put(name, position);
            }
        }
        String declared = tgroup.getAttributeValue(COLS);
        int cols = declared != null && declared.matches("\\d+") ? Integer.parseInt(declared) : Integer.MAX_VALUE;
        for (XdmNode part : elements(tgroup, null)) {
            if (List.of("thead", "tbody", "tfoot").contains(Nodes.name(part))) {
                checkRows(part, columns, cols, problems);
            }
        }
    }

    private static void checkRows(XdmNode part, Map<String, Integer> columns, int cols, List<Diagnostic> problems) {
        List<XdmNode> rows = elements(part, "row");
        // For each column, how many more rows an entry above still covers.
        Map<Integer, Integer> covered = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            int next = 1;
            Map<Integer, Integer> coveredBelow = new HashMap<>();
            covered.forEach((column, remaining) -> {
                if (remaining > 1) {
                    coveredBelow.put(column, remaining - 1);
                }
            });
            for (XdmNode entry : elements(rows.get(r), null)) {
                if (!namesDeclared(entry, columns, problems)) {
                    continue;
                }
                int start = entry.getAttributeValue(COLNAME) != null ? columns.get(entry.getAttributeValue(COLNAME))
                        : entry.getAttributeValue(NAMEST) != null ? columns.get(entry.getAttributeValue(NAMEST))
                        : firstFree(next, covered);
                int end = entry.getAttributeValue(NAMEEND) != null ? columns.get(entry.getAttributeValue(NAMEEND)) : start;
                if (end < start) {
                    problems.add(Nodes.at(entry, Code.CHK_TABLE_SPAN_ORDER, Map.of(
                            "namest", entry.getAttributeValue(NAMEST) == null ? "column " + start : entry.getAttributeValue(NAMEST),
                            "nameend", entry.getAttributeValue(NAMEEND))));
                    continue;
                }
                if (end > cols) {
                    problems.add(Nodes.at(entry, Code.CHK_TABLE_TOO_WIDE, Map.of("used", end, "cols", cols)));
                    return;
                }
                String more = entry.getAttributeValue(MOREROWS);
                int morerows = more != null && more.matches("\\d+") ? Integer.parseInt(more) : 0;
                if (r + morerows >= rows.size()) {
                    problems.add(Nodes.at(entry, Code.CHK_TABLE_ROWS_PAST_END, Map.of("morerows", morerows,
                            "part", Nodes.name(part))));
                }
                for (int column = start; column <= end && morerows > 0; column++) {
                    coveredBelow.put(column, morerows);
                }
                next = end + 1;
            }
            covered = coveredBelow;
        }
    }

    /** The first column from {@code from} on that no entry of a row above covers. */
    private static int firstFree(int from, Map<Integer, Integer> covered) {
        int column = from;
        while (covered.containsKey(column)) {
            column++;
        }
        return column;
    }

    /** An entry may name only the columns its tgroup declares; true when it does. */
    private static boolean namesDeclared(XdmNode entry, Map<String, Integer> columns, List<Diagnostic> problems) {
        boolean known = true;
        for (QName attribute : List.of(COLNAME, NAMEST, NAMEEND)) {
            String name = entry.getAttributeValue(attribute);
            if (name != null && !columns.containsKey(name)) {
                problems.add(Nodes.at(entry, Code.CHK_UNDECLARED_COLUMN, Map.of("attribute", attribute.getLocalName(),
                        "name", name, "declared", columns.isEmpty() ? "none" : String.join(", ", new TreeSet<>(columns.keySet())))));
                known = false;
            }
        }
        return known;
    }

    /** The element children, all of them or those of one local name. */
    private static List<XdmNode> elements(XdmNode parent, String localName) {
        List<XdmNode> children = new ArrayList<>();
        for (XdmNode child : parent.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT && (localName == null || Nodes.name(child).equals(localName))) {
                children.add(child);
            }
        }
        return children;
    }
}
