package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;

/** Where a node of the loaded book came from, for the checks' diagnostics. */
final class Nodes {
    private Nodes() {
    }

    static String systemId(XdmNode node) {
        String systemId = node.getUnderlyingNode().getSystemId();
        return systemId == null ? "" : systemId;
    }

    static Location location(XdmNode node) {
        return Location.at(systemId(node), node.getLineNumber(), node.getColumnNumber());
    }

    static Diagnostic at(XdmNode node, Code code, Map<String, ?> parameters) {
        return Diagnostic.of(code, location(node), parameters);
    }

    static String name(XdmNode element) {
        return element.getNodeName().getLocalName();
    }
}
