<?xml version="1.0" encoding="UTF-8"?>
<!--
  EPUB 3 footnotes: a noteref in the text, and at the end of the part an aside per note with a
  link back, so that Apple Books, Kobo and Thorium show notes as pop-ups. Numbers are the PDF's.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:template match="db:footnote">
    <a epub:type="noteref" role="doc-noteref" href="#{f:id(.)}" id="{f:id(.)}-ref" class="noteref">
      <xsl:value-of select="f:footnote-number(.)"/>
    </a>
  </xsl:template>

  <!-- The notes of the current part, after its text. -->
  <xsl:template name="footnotes">
    <xsl:param name="notes" select=".//db:footnote"/>
    <xsl:if test="$notes">
      <section class="footnotes" aria-label="{f:gentext('footnotes')}">
        <xsl:for-each select="$notes">
          <aside epub:type="footnote" role="doc-footnote" id="{f:id(.)}">
            <xsl:for-each select="db:para">
              <p>
                <xsl:call-template name="common-attributes"/>
                <xsl:if test="position() = 1">
                  <a href="#{f:id(..)}-ref" role="doc-backlink" class="note-number"
                      title="{f:gentext('footnote-back')}"><xsl:value-of select="f:footnote-number(..)"/></a>
                  <xsl:text> </xsl:text>
                </xsl:if>
                <xsl:apply-templates/>
              </p>
            </xsl:for-each>
          </aside>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
