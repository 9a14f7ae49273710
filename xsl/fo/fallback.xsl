<?xml version="1.0" encoding="UTF-8"?>
<!--
  The generic fallback of the PDF: a valid DocBook element that no template renders in its own
  way still publishes its text, as a block or an inline as the schema places it
  (common/fallback.xsl), with its title as a small heading. Metadata is not printed. Each element
  is recorded through f:unrendered (style/Fallbacks.java), which warns once per element name;
  the templates of every other module win over these, whose priority is the lowest.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:src="urn:hanzi:source"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/fallback.xsl"/>

  <!-- Metadata that no template prints: nothing on the page. -->
  <xsl:template match="*[f:fallback-metadata(.)]" priority="-9"/>

  <xsl:template match="*" priority="-10">
    <xsl:choose>
      <xsl:when test="f:fallback-inline(.)">
        <fo:inline>
          <xsl:call-template name="fallback-attributes"/>
          <xsl:sequence select="f:unrendered(., 'inline')" use-when="function-available('f:unrendered', 2)"/>
          <xsl:apply-templates select="node()[not(f:fallback-metadata(.))]"/>
        </fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <fo:block>
          <xsl:call-template name="fallback-attributes"/>
          <xsl:sequence select="f:unrendered(., 'block')" use-when="function-available('f:unrendered', 2)"/>
          <xsl:variable name="title" select="(db:title, db:info/db:title)[1]"/>
          <xsl:variable name="subtitle" select="(db:subtitle, db:info/db:subtitle)[1]"/>
          <xsl:for-each select="$title, $subtitle">
            <fo:block xsl:use-attribute-sets="list.title">
              <xsl:apply-templates/>
            </fo:block>
          </xsl:for-each>
          <xsl:for-each-group select="node()[not(f:fallback-metadata(.))] except ($title, $subtitle)"
              group-adjacent="self::text() or (self::* and f:fallback-inline(.))">
            <xsl:choose>
              <!-- Text among the element's blocks: a paragraph of its own, as DocBook would set it. -->
              <xsl:when test="current-grouping-key()
                  and (current-group()[self::*] or normalize-space(string-join(current-group() ! string())))">
                <fo:block xsl:use-attribute-sets="para__plain">
                  <xsl:apply-templates select="current-group()"/>
                </fo:block>
              </xsl:when>
              <xsl:when test="current-grouping-key()"/>
              <xsl:otherwise>
                <xsl:apply-templates select="current-group()"/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each-group>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where it came from (for FOP's warnings), its id (for links to it), its language. -->
  <xsl:template name="fallback-attributes">
    <xsl:copy-of select="@src:loc"/>
    <xsl:if test="@xml:id">
      <xsl:attribute name="id" select="@xml:id"/>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="xml:lang" select="@xml:lang"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
