<?xml version="1.0" encoding="UTF-8"?>
<!--
  Running heads and folios. Each part is its own page sequence, so its head is simply its title,
  exactly as in <title>; the opening page uses a master without a head. An article's head is its
  title and the section the page is in. With book heads (running-heads = book, the default in
  print) the left-hand page carries the book's title instead, and the folio moves into the head.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- The static content of a part's pages; $title is the running head. -->
  <xsl:template name="running-head-and-folio">
    <xsl:param name="title" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <!-- An article's head adds its first-level section the page is in (or continues): the
         section sets a marker (divisions.xsl) that is retrieved here. -->
    <xsl:param name="section-marker" as="xs:boolean" select="false()" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:choose>
      <xsl:when test="$book-heads">
        <!-- Book heads (page-layout.xsl): the book's title on the left-hand page, this part's on
             the right-hand one, the folio at the outer corner of the same line. The folio goes
             in the head, not the foot: a reader leafing through finds title and page at one
             glance at the top outer corner, as Chinese books set their 书眉, and the foot stays
             free below the text. An article keeps its own head (its title and section) on both
             sides. -->
        <xsl:variable name="verso-title" select="if ($section-marker) then $title
            else f:title-text((ancestor-or-self::db:book, root(.)/*)[1])" xmlns:db="http://docbook.org/ns/docbook"/>
        <fo:static-content flow-name="header-verso">
          <fo:block xsl:use-attribute-sets="header__book">
            <fo:inline xsl:use-attribute-sets="header.folio"><fo:page-number/></fo:inline>
            <fo:leader xsl:use-attribute-sets="header.gap"/>
            <xsl:call-template name="running-head-text">
              <xsl:with-param name="title" select="$verso-title"/>
              <xsl:with-param name="section-marker" select="$section-marker"/>
            </xsl:call-template>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="header-recto">
          <fo:block xsl:use-attribute-sets="header__book">
            <xsl:call-template name="running-head-text">
              <xsl:with-param name="title" select="$title"/>
              <xsl:with-param name="section-marker" select="$section-marker"/>
            </xsl:call-template>
            <fo:leader xsl:use-attribute-sets="header.gap"/>
            <fo:inline xsl:use-attribute-sets="header.folio"><fo:page-number/></fo:inline>
          </fo:block>
        </fo:static-content>
      </xsl:when>
      <xsl:otherwise>
        <fo:static-content flow-name="header">
          <fo:block xsl:use-attribute-sets="header">
            <xsl:call-template name="running-head-text">
              <xsl:with-param name="title" select="$title"/>
              <xsl:with-param name="section-marker" select="$section-marker"/>
            </xsl:call-template>
          </fo:block>
        </fo:static-content>
        <fo:static-content flow-name="footer">
          <fo:block xsl:use-attribute-sets="footer.folio">
            <fo:page-number/>
          </fo:block>
        </fo:static-content>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="footnote-separator"/>
    <xsl:call-template name="crop-marks"/>
  </xsl:template>

  <!-- The words of a running head: a title, and for an article the section the page is in. -->
  <xsl:template name="running-head-text">
    <xsl:param name="title" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:param name="section-marker" as="xs:boolean" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:sequence select="f:typeset-string($title, '', '')"/>
    <xsl:if test="$section-marker">
      <fo:inline xsl:use-attribute-sets="header.section">
        <fo:retrieve-marker retrieve-class-name="section" retrieve-position="first-including-carryover"
            retrieve-boundary="page-sequence"/>
      </fo:inline>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
