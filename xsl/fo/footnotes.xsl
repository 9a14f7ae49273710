<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes at the foot of the page where they are referenced, under a short rule, numbered
  through the whole book. The mark in the text is a raised small figure that keeps to its line.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:template match="db:footnote">
    <xsl:variable name="number" select="f:footnote-number(.)"/>
    <fo:footnote>
      <fo:inline xsl:use-attribute-sets="footnote.mark" id="{f:id(.)}-ref">
        <!-- A mark followed by digits or Latin letters keeps a visible gap from them (“³2017”
             reads as one number). -->
        <xsl:if test="f:is-western(f:first-char(f:text-after(.)))">
          <xsl:attribute name="letter-spacing" select="$footnote-mark-gap"/>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$print"><xsl:value-of select="$number"/></xsl:when>
          <xsl:otherwise>
            <fo:basic-link internal-destination="{f:id(.)}"
                fox:alt-text="{f:gentext('footnote-ref', map{'n': $number})}"><xsl:value-of select="$number"/></fo:basic-link>
          </xsl:otherwise>
        </xsl:choose>
      </fo:inline>
      <fo:footnote-body>
        <fo:list-block xsl:use-attribute-sets="footnote.list" id="{f:id(.)}">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()">
              <fo:block xsl:use-attribute-sets="footnote.body"><xsl:value-of select="$number"/></fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <xsl:apply-templates/>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <xsl:template match="db:footnote/db:para">
    <fo:block xsl:use-attribute-sets="footnote.body para__plain">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template name="footnote-separator">
    <fo:static-content flow-name="xsl-footnote-separator">
      <fo:block xsl:use-attribute-sets="footnote.separator.block">
        <fo:leader xsl:use-attribute-sets="footnote.separator"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>
</xsl:stylesheet>
