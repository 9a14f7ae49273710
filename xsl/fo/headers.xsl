<?xml version="1.0" encoding="UTF-8"?>
<!--
  Running heads and folios. Each part is its own page sequence, so its head is simply its title,
  exactly as in <title>; the opening page uses a master without a head. An article's head is its
  title and the section the page is in.
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
    <fo:static-content flow-name="header">
      <fo:block xsl:use-attribute-sets="header">
        <xsl:sequence select="f:typeset-string($title, '', '')"/>
        <xsl:if test="$section-marker">
          <fo:inline xsl:use-attribute-sets="header.section">
            <fo:retrieve-marker retrieve-class-name="section" retrieve-position="first-including-carryover"
                retrieve-boundary="page-sequence"/>
          </fo:inline>
        </xsl:if>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="footer">
      <fo:block xsl:use-attribute-sets="footer.folio">
        <fo:page-number/>
      </fo:block>
    </fo:static-content>
    <xsl:call-template name="footnote-separator"/>
    <xsl:call-template name="crop-marks"/>
  </xsl:template>
</xsl:stylesheet>
