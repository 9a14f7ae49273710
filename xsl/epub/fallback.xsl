<?xml version="1.0" encoding="UTF-8"?>
<!--
  The generic fallback of the EPUB: a valid DocBook element that no template renders in its own
  way still publishes its text, as a block (div) or an inline (span) as the schema places it
  (common/fallback.xsl), with its title as a small heading. Inside a paragraph or an inline,
  where XHTML allows no div, a block is a span of its own. Metadata is not printed. Each
  element is recorded through f:unrendered (style/Fallbacks.java), which warns once per element
  name; the templates of every other module win over these, whose priority is the lowest.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/fallback.xsl"/>

  <!-- Metadata that no template prints: nothing in the text. -->
  <xsl:template match="*[f:fallback-metadata(.)]" priority="-9"/>

  <xsl:template match="*" priority="-10">
    <!-- Inside what becomes a p, a heading or an inline element, XHTML takes phrasing content only. -->
    <xsl:variable name="phrasing" select="exists(ancestor::*[self::db:para or self::db:simpara or self::db:title
        or self::db:subtitle or local-name() = $f:inline-elements])"/>
    <xsl:choose>
      <xsl:when test="f:fallback-inline(.)">
        <span>
          <xsl:call-template name="common-attributes"/>
          <xsl:sequence select="f:unrendered(., 'inline')" use-when="function-available('f:unrendered', 2)"/>
          <xsl:apply-templates select="node()[not(f:fallback-metadata(.))]"/>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if ($phrasing) then 'span' else 'div'}">
          <xsl:call-template name="common-attributes"/>
          <xsl:sequence select="f:unrendered(., 'block')" use-when="function-available('f:unrendered', 2)"/>
          <xsl:variable name="title" select="(db:title, db:info/db:title)[1]"/>
          <xsl:variable name="subtitle" select="(db:subtitle, db:info/db:subtitle)[1]"/>
          <xsl:for-each select="$title, $subtitle">
            <xsl:element name="{if ($phrasing) then 'span' else 'p'}">
              <xsl:attribute name="class" select="'list-title'"/>
              <xsl:apply-templates/>
            </xsl:element>
          </xsl:for-each>
          <xsl:for-each-group select="node()[not(f:fallback-metadata(.))] except ($title, $subtitle)"
              group-adjacent="self::text() or (self::* and f:fallback-inline(.))">
            <xsl:choose>
              <!-- Text among the element's blocks: a paragraph of its own, as DocBook would set it. -->
              <xsl:when test="current-grouping-key()
                  and (current-group()[self::*] or normalize-space(string-join(current-group() ! string())))">
                <xsl:element name="{if ($phrasing) then 'span' else 'p'}">
                  <xsl:attribute name="class" select="'plain'"/>
                  <xsl:apply-templates select="current-group()"/>
                </xsl:element>
              </xsl:when>
              <xsl:when test="current-grouping-key()"/>
              <xsl:otherwise>
                <xsl:apply-templates select="current-group()"/>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each-group>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
