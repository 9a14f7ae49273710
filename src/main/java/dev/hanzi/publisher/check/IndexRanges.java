package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;

/**
 * A range of the index (DocBook's {@code indexterm class="startofrange"} … {@code class="endofrange"
 * startref="…"}): the end names the start by its xml:id. An end whose startref names no start
 * would silently drop the range from the index (its pages would be the end's alone), so it is an
 * error at the end's line.
 */
final class IndexRanges {
    private static final QName CLASS = new QName("class");
    private static final QName STARTREF = new QName("startref");

    private IndexRanges() {
    }

    static void check(XdmNode document, Map<String, XdmNode> ids, List<Diagnostic> problems) {
        for (XdmNode end : document.select(Steps.descendant("indexterm")).asList()) {
            if (!"endofrange".equals(end.getAttributeValue(CLASS))) {
                continue;
            }
            String startref = String.valueOf(end.getAttributeValue(STARTREF)).strip();
            XdmNode start = ids.get(startref);
            if (start == null || !"indexterm".equals(Nodes.name(start))
                    || !"startofrange".equals(start.getAttributeValue(CLASS))) {
                problems.add(Nodes.at(end, Code.CHK_INDEX_STARTREF, Map.of("startref", startref)));
            }
        }
    }
}
