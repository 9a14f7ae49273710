<?xml version="1.0" encoding="UTF-8"?>
<!-- The table of contents: parts, divisions and their first section levels, with dot leaders and
     folios; an article's short contents. -->
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

  <xsl:template match="db:part" mode="m:toc">
    <fo:block xsl:use-attribute-sets="toc.entry.part"><xsl:call-template name="toc-entry-content"/></fo:block>
    <xsl:apply-templates select="*[f:is-division(.)]" mode="m:toc"/>
  </xsl:template>

  <xsl:template match="(db:preface | db:chapter | db:appendix | db:colophon[f:title(.)] | db:dedication
      | db:acknowledgements | db:glossary)[f:is-division(.)]" mode="m:toc">
    <xsl:call-template name="toc-entry">
      <xsl:with-param name="level" select="0"/>
    </xsl:call-template>
    <xsl:apply-templates select="f:subsections(.)" mode="m:toc"/>
  </xsl:template>

  <xsl:template match="db:section | db:sect1 | db:sect2 | db:sect3 | db:sect4 | db:sect5 | db:simplesect" mode="m:toc">
    <xsl:param name="depth" as="xs:integer" select="$toc-section-depth" tunnel="yes"/>
    <xsl:variable name="level" select="f:section-level(.)"/>
    <xsl:if test="$level le $depth">
      <xsl:call-template name="toc-entry">
        <xsl:with-param name="level" select="$level"/>
      </xsl:call-template>
      <xsl:apply-templates select="f:subsections(.)" mode="m:toc"/>
    </xsl:if>
  </xsl:template>

  <!-- An article's contents, after its title block: its first two section levels, when it has at
       least $f:article-toc-sections first-level sections. A shorter article's headings are all on
       its first pages, where a contents would only repeat them; the PDF's bookmarks and the
       EPUB's navigation list its sections in any case. -->
  <xsl:variable name="f:article-toc-sections" as="xs:integer" select="4"/>

  <xsl:template name="article-toc">
    <xsl:if test="count(f:subsections(.) | *[f:is-article-component(.)]) ge $f:article-toc-sections">
      <fo:block xsl:use-attribute-sets="article.toc" id="toc">
        <fo:block xsl:use-attribute-sets="article.info.heading"><xsl:value-of select="f:gentext('contents')"/></fo:block>
        <xsl:apply-templates select="f:subsections(.) | *[f:is-article-component(.)][f:title-text(.)]" mode="m:toc">
          <xsl:with-param name="depth" select="max(($toc-section-depth, 2))" tunnel="yes"/>
        </xsl:apply-templates>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*[f:is-article-component(.)]" mode="m:toc" priority="1">
    <xsl:call-template name="toc-entry">
      <xsl:with-param name="level" select="1"/>
    </xsl:call-template>
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
      <xsl:choose>
        <xsl:when test="f:title(.)"><xsl:apply-templates select="f:title(.)/node()" mode="m:typeset-title"/></xsl:when>
        <xsl:otherwise><xsl:sequence select="f:typeset-string(f:default-title(.), '', '')"/></xsl:otherwise>
      </xsl:choose>
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
