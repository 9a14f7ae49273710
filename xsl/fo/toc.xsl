<?xml version="1.0" encoding="UTF-8"?>
<!-- The table of contents: parts and their first section levels, with dot leaders and folios. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:toc" on-no-match="shallow-skip"/>

  <xsl:template name="toc">
    <fo:page-sequence master-reference="division" format="i" force-page-count="{$page-count}">
      <xsl:call-template name="running-head-and-folio">
        <xsl:with-param name="title" select="f:gentext('contents')"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="toc.title" id="toc" role="H1">
          <xsl:value-of select="f:gentext('contents')"/>
        </fo:block>
        <xsl:apply-templates select="/db:book/*" mode="m:toc"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template match="db:preface | db:chapter | db:appendix | db:colophon[db:title]" mode="m:toc">
    <xsl:call-template name="toc-entry">
      <xsl:with-param name="level" select="0"/>
    </xsl:call-template>
    <xsl:apply-templates select="db:section" mode="m:toc"/>
  </xsl:template>

  <xsl:template match="db:section" mode="m:toc">
    <xsl:variable name="level" select="count(ancestor-or-self::db:section)"/>
    <xsl:if test="$level le $toc-section-depth">
      <xsl:call-template name="toc-entry">
        <xsl:with-param name="level" select="$level"/>
      </xsl:call-template>
      <xsl:apply-templates select="db:section" mode="m:toc"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="toc-entry">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:choose>
      <xsl:when test="$level = 0">
        <fo:block xsl:use-attribute-sets="toc.entry.level0"><xsl:call-template name="toc-entry-content"/></fo:block>
      </xsl:when>
      <xsl:when test="$level = 1">
        <fo:block xsl:use-attribute-sets="toc.entry.level1"><xsl:call-template name="toc-entry-content"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="toc.entry.level2"><xsl:call-template name="toc-entry-content"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="toc-entry-content">
    <xsl:variable name="label" select="f:division-label(.)"/>
    <xsl:variable name="entry" as="node()*">
      <xsl:if test="$label">
        <fo:inline xsl:use-attribute-sets="toc.label"><xsl:sequence select="f:typeset-string($label, '', '')"/></fo:inline>
      </xsl:if>
      <xsl:apply-templates select="db:title/node()" mode="m:typeset-title"/>
      <fo:leader xsl:use-attribute-sets="toc.leader"/>
      <fo:inline xsl:use-attribute-sets="toc.page-number"><fo:page-number-citation ref-id="{f:id(.)}"/></fo:inline>
    </xsl:variable>
    <xsl:choose>
      <!-- In print the contents are text: PDF/X allows no annotations on the page. -->
      <xsl:when test="$print"><xsl:sequence select="$entry"/></xsl:when>
      <xsl:otherwise>
        <fo:basic-link internal-destination="{f:id(.)}"
            fox:alt-text="{f:label-and-title(.)}">
          <xsl:sequence select="$entry"/>
        </fo:basic-link>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
