<?xml version="1.0" encoding="UTF-8"?>
<!-- PDF bookmarks (the outline): the contents, every part, every section. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:bookmark" on-no-match="shallow-skip"/>

  <xsl:template name="bookmarks">
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="toc">
        <fo:bookmark-title><xsl:value-of select="f:gentext('contents')"/></fo:bookmark-title>
      </fo:bookmark>
      <xsl:apply-templates select="/db:book/*" mode="m:bookmark"/>
    </fo:bookmark-tree>
  </xsl:template>

  <xsl:template match="db:preface | db:chapter | db:appendix | db:colophon[db:title] | db:section" mode="m:bookmark">
    <fo:bookmark internal-destination="{f:id(.)}" starting-state="hide">
      <fo:bookmark-title>
        <xsl:value-of select="f:label-and-title(.)"/>
      </fo:bookmark-title>
      <xsl:apply-templates select="db:section" mode="m:bookmark"/>
    </fo:bookmark>
  </xsl:template>
</xsl:stylesheet>
