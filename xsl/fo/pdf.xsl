<?xml version="1.0" encoding="UTF-8"?>
<!--
  DocBook to XSL-FO for FOP: the driver. It only includes the modules, one per concern; a book's
  own customisation imports this file and overrides what it needs.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/functions.xsl"/>
  <xsl:include href="../common/gbt7714.xsl"/>
  <xsl:include href="../common/table-rules.xsl"/>
  <xsl:include href="../common/index.xsl"/>
  <!-- The theme first: the edition and the base values every other module builds on. -->
  <xsl:include href="theme.xsl"/>
  <xsl:include href="attributes.xsl"/>
  <xsl:include href="page-layout.xsl"/>
  <xsl:include href="headers.xsl"/>
  <xsl:include href="titlepages.xsl"/>
  <xsl:include href="toc.xsl"/>
  <xsl:include href="bookmarks.xsl"/>
  <xsl:include href="divisions.xsl"/>
  <xsl:include href="glossary.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="admonitions.xsl"/>
  <xsl:include href="tables.xsl"/>
  <xsl:include href="cjk.xsl"/>
  <xsl:include href="inlines.xsl"/>
  <xsl:include href="code.xsl"/>
  <xsl:include href="footnotes.xsl"/>
  <xsl:include href="bibliography.xsl"/>
  <xsl:include href="index.xsl"/>
  <xsl:include href="print-cover.xsl"/>
  <!-- Last, at the lowest priority: the text of elements no other module renders. -->
  <xsl:include href="fallback.xsl"/>

  <xsl:output method="xml" indent="no"/>

  <!-- The book arrives normalised (common/normalize.xsl, run once per build for both outputs). -->
  <xsl:template match="/">
    <fo:root xsl:use-attribute-sets="root">
      <xsl:choose>
        <!-- The print edition's cover, a file of its own beside the book block (pdf/PrintCover). -->
        <xsl:when test="$print-cover">
          <xsl:call-template name="print-cover-master-set"/>
          <xsl:call-template name="print-cover"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="layout-requests"/>
          <xsl:call-template name="layout-master-set"/>
          <xsl:call-template name="bookmarks"/>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="$print-cover"/>
        <!-- An article is one document: its title block, its sections, one page sequence. -->
        <xsl:when test="db:article">
          <xsl:apply-templates select="db:article"/>
        </xsl:when>
        <xsl:otherwise>
          <!-- The screen edition opens with its cover; the print edition's book block with the
               title page, its cover being printed apart (print-cover.xsl). -->
          <xsl:if test="not($print)">
            <xsl:call-template name="cover"/>
          </xsl:if>
          <xsl:call-template name="title-and-copyright-pages"/>
          <xsl:call-template name="toc"/>
          <xsl:apply-templates select="db:book/*[f:is-division(.)]"/>
        </xsl:otherwise>
      </xsl:choose>
      <!-- The print edition made up to whole signatures (pdf/Signatures). -->
      <xsl:if test="not($print-cover)">
        <xsl:call-template name="signature-blank-pages"/>
      </xsl:if>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
