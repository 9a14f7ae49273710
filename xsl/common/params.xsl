<?xml version="1.0" encoding="UTF-8"?>
<!-- The stylesheets' parameters: every one typed, every one documented in README.md. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema">

  <!-- Page (trim) size; set by the Java side from the chosen Paper. -->
  <xsl:param name="paper-width" as="xs:string" select="'210mm'"/>
  <xsl:param name="paper-height" as="xs:string" select="'297mm'"/>

  <!-- The PDF edition: 'screen' (tagged, archival, coloured links) or 'print' (PDF/X: bleed,
       crop marks, mirrored margins, chapters opening on recto pages, no colour for links). -->
  <xsl:param name="edition" as="xs:string" select="'screen'"/>

  <!-- Section levels listed in the table of contents below the parts (0 = parts only). -->
  <xsl:param name="toc-section-depth" as="xs:integer" select="1"/>

  <!-- The language of generated text when the book does not say (book/@xml:lang). -->
  <xsl:param name="default-language" as="xs:string" select="'zh-CN'"/>
</xsl:stylesheet>
