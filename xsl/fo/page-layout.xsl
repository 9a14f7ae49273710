<?xml version="1.0" encoding="UTF-8"?>
<!-- Page masters: one per kind of page, sizes from attributes.xsl. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="#all">

  <xsl:template name="layout-master-set">
    <fo:layout-master-set>
      <!-- The cover: the whole sheet, no margins. -->
      <fo:simple-page-master master-name="cover" page-width="{$paper-width}" page-height="{$paper-height}">
        <fo:region-body xsl:use-attribute-sets="cover"/>
      </fo:simple-page-master>

      <!-- Title and copyright pages: no running head, no folio. -->
      <fo:simple-page-master master-name="front" xsl:use-attribute-sets="page">
        <fo:region-body xsl:use-attribute-sets="page.body"/>
      </fo:simple-page-master>

      <!-- A part's opening page: folio, but no running head. -->
      <fo:simple-page-master master-name="opening" xsl:use-attribute-sets="page">
        <fo:region-body xsl:use-attribute-sets="page.body"/>
        <fo:region-before region-name="no-header" xsl:use-attribute-sets="page.header"/>
        <fo:region-after region-name="footer" xsl:use-attribute-sets="page.footer"/>
      </fo:simple-page-master>

      <!-- Every other page of a part: running head and folio. -->
      <fo:simple-page-master master-name="running" xsl:use-attribute-sets="page">
        <fo:region-body xsl:use-attribute-sets="page.body"/>
        <fo:region-before region-name="header" xsl:use-attribute-sets="page.header"/>
        <fo:region-after region-name="footer" xsl:use-attribute-sets="page.footer"/>
      </fo:simple-page-master>

      <fo:page-sequence-master master-name="division">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference page-position="first" master-reference="opening"/>
          <fo:conditional-page-master-reference master-reference="running"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>
</xsl:stylesheet>
