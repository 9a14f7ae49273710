<?xml version="1.0" encoding="UTF-8"?>
<!--
  Parts of the book (preface, chapter, appendix, colophon), each a page sequence that opens on a
  new page with its own running head; and the sections inside them. Front matter is numbered in
  roman numerals, the body in arabic from 1.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- FOP keeps a whole page sequence in memory until its end (its formatting objects and the
       layout of every line): a part of thousands of paragraphs would need gigabytes. A part
       with more blocks than this is set as several page sequences, each of this many blocks,
       the later ones continuing the part's pages and head; the price is a page break between
       them, which no real part of a book reaches (this is about 60 pages of short paragraphs). -->
  <xsl:variable name="f:blocks-per-page-sequence" as="xs:integer" select="2500"/>

  <xsl:template match="db:preface | db:chapter | db:appendix | db:colophon">
    <xsl:variable name="division" select="."/>
    <xsl:variable name="first-body-part" select="(/db:book/(db:chapter | db:appendix | db:colophon))[1]"/>
    <xsl:variable name="format" select="if (self::db:preface) then 'i' else '1'"/>
    <xsl:variable name="blocks" select="* except db:title"/>
    <xsl:variable name="sequences" select="max((1, (count($blocks) + $f:blocks-per-page-sequence - 1) idiv $f:blocks-per-page-sequence))"/>
    <xsl:for-each select="1 to $sequences">
      <xsl:variable name="sequence" select="."/>
      <!-- Back to the division as the context, which the templates called below expect. -->
      <xsl:for-each select="$division">
        <fo:page-sequence master-reference="{if ($sequence = 1) then 'division' else 'division-continued'}"
            force-page-count="{if ($sequence = $sequences) then $page-count else 'no-force'}" format="{$format}">
          <xsl:if test="$sequence = 1 and . is $first-body-part">
            <xsl:attribute name="initial-page-number">1</xsl:attribute>
          </xsl:if>
          <xsl:call-template name="running-head-and-folio">
            <xsl:with-param name="title" select="f:title-text(.)"/>
          </xsl:call-template>
          <fo:flow flow-name="xsl-region-body">
            <xsl:if test="$sequence = 1">
              <fo:block id="{f:id(.)}">
                <xsl:call-template name="division-heading"/>
              </fo:block>
            </xsl:if>
            <xsl:apply-templates select="subsequence($blocks, ($sequence - 1) * $f:blocks-per-page-sequence + 1,
                $f:blocks-per-page-sequence)"/>
          </fo:flow>
        </fo:page-sequence>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="division-heading">
    <xsl:variable name="label" select="f:division-label(.)"/>
    <xsl:choose>
      <xsl:when test="$label">
        <fo:block xsl:use-attribute-sets="division.label"><xsl:sequence select="f:typeset-string($label, '', '')"/></fo:block>
        <!-- role: the structure type in the tagged PDF (FOP would tag every block P). -->
        <fo:block xsl:use-attribute-sets="division.title__labelled" role="H1">
          <xsl:apply-templates select="db:title/node()"/>
        </fo:block>
      </xsl:when>
      <xsl:when test="db:title">
        <fo:block xsl:use-attribute-sets="division.title" role="H1">
          <xsl:apply-templates select="db:title/node()"/>
        </fo:block>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="db:subtitle">
    <fo:block xsl:use-attribute-sets="section.title.level2"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="db:section">
    <fo:block id="{f:id(.)}">
      <xsl:variable name="level" select="count(ancestor-or-self::db:section)"/>
      <xsl:choose>
        <xsl:when test="$level = 1">
          <fo:block xsl:use-attribute-sets="section.title.level1" role="H2"><xsl:apply-templates select="db:title/node()"/></fo:block>
        </xsl:when>
        <xsl:when test="$level = 2">
          <fo:block xsl:use-attribute-sets="section.title.level2" role="H3"><xsl:apply-templates select="db:title/node()"/></fo:block>
        </xsl:when>
        <xsl:otherwise>
          <fo:block xsl:use-attribute-sets="section.title.level3" role="H4"><xsl:apply-templates select="db:title/node()"/></fo:block>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="* except db:title"/>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
