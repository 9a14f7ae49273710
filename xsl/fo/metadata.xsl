<?xml version="1.0" encoding="UTF-8"?>
<!--
  The PDF's XMP metadata, from <info>: title, authors, publisher, language, dates. Written here
  rather than left to FOP, which stamps the time of the build into xmp:MetadataDate and so makes
  every build's bytes different; dc:title is an rdf:Alt, as PDF/A and PDF/UA require.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    exclude-result-prefixes="db f">

  <xsl:template name="metadata">
    <xsl:variable name="info" select="/db:book/db:info"/>
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title>
              <rdf:Alt>
                <rdf:li xml:lang="x-default"><xsl:value-of select="f:title-text($info)"/></rdf:li>
              </rdf:Alt>
            </dc:title>
            <xsl:for-each select="($info/db:author/*, $info/db:publisher/db:publishername)[normalize-space()][1]">
              <dc:creator>
                <rdf:Seq><rdf:li><xsl:value-of select="normalize-space(.)"/></rdf:li></rdf:Seq>
              </dc:creator>
            </xsl:for-each>
            <xsl:if test="normalize-space($info/db:publisher/db:publishername)">
              <dc:publisher>
                <rdf:Bag><rdf:li><xsl:value-of select="normalize-space($info/db:publisher/db:publishername)"/></rdf:li></rdf:Bag>
              </dc:publisher>
            </xsl:if>
            <dc:language>
              <rdf:Bag><rdf:li><xsl:value-of select="$f:language"/></rdf:li></rdf:Bag>
            </dc:language>
            <dc:format>application/pdf</dc:format>
            <xmp:CreateDate><xsl:value-of select="$build-date"/></xmp:CreateDate>
            <xmp:ModifyDate><xsl:value-of select="$build-date"/></xmp:ModifyDate>
            <xmp:MetadataDate><xsl:value-of select="$build-date"/></xmp:MetadataDate>
            <xmp:CreatorTool>Hanzi Publisher</xmp:CreatorTool>
            <pdf:Producer>Hanzi Publisher</pdf:Producer>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>
</xsl:stylesheet>
