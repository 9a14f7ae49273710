package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.source.BookInfo;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The screen edition's XMP metadata, from the book's {@code <info>}: what PDF/A-2 and PDF/UA-1
 * ask for (dc:title as a language alternative, the pdfaid and pdfuaid identification, the
 * extension schema that declares pdfuaid) and agreeing with the document information FOP writes.
 */
public final class XmpMetadata {
    static final String PRODUCER = "Hanzi Publisher";

    private XmpMetadata() {
    }

    public static byte[] screenEdition(BookInfo info) {
        String date = DateTimeFormatter.ISO_INSTANT.format(info.date().truncatedTo(ChronoUnit.SECONDS));
        StringBuilder xmp = new StringBuilder();
        xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n")
                .append("    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n")
                .append("    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n")
                .append("    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n")
                .append("    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n")
                .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!info.author().isEmpty()) {
            xmp.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(info.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!info.publisher().isEmpty()) {
            xmp.append("   <dc:publisher><rdf:Bag><rdf:li>").append(escape(info.publisher()))
                    .append("</rdf:li></rdf:Bag></dc:publisher>\n");
        }
        xmp.append("   <dc:language><rdf:Bag><rdf:li>").append(escape(info.language())).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("   <xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n")
                .append("   <pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n")
                .append("   <pdfaid:part>2</pdfaid:part>\n")
                .append("   <pdfaid:conformance>U</pdfaid:conformance>\n")
                .append("   <pdfuaid:part>1</pdfuaid:part>\n")
                .append("   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("     <pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("     <pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("     <pdfaProperty:description>Indicates which part of ISO 14289 the document follows</pdfaProperty:description>\n")
                .append("    </rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("  </rdf:Description>\n")
                .append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return xmp.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
