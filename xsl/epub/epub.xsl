<?xml version="1.0" encoding="UTF-8"?>
<!--
  DocBook to EPUB 3 content documents: the driver. The principal result is a manifest that tells
  the Java packager which documents were written (in reading order), which images to copy and
  which parts go into the navigation; each content document is an xsl:result-document.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/functions.xsl"/>
  <xsl:include href="../common/gbt7714.xsl"/>
  <xsl:include href="../common/table-rules.xsl"/>
  <xsl:include href="../common/index.xsl"/>
  <xsl:include href="documents.xsl"/>
  <xsl:include href="css.xsl"/>
  <xsl:include href="titlepages.xsl"/>
  <xsl:include href="nav.xsl"/>
  <xsl:include href="glossary.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="admonitions.xsl"/>
  <xsl:include href="tables.xsl"/>
  <xsl:include href="inlines.xsl"/>
  <xsl:include href="code.xsl"/>
  <xsl:include href="footnotes.xsl"/>
  <xsl:include href="bibliography.xsl"/>
  <xsl:include href="index.xsl"/>
  <!-- Last, at the lowest priority: the text of elements no other module renders. -->
  <xsl:include href="fallback.xsl"/>

  <xsl:output method="xml" indent="no"/>
  <xsl:output name="xhtml" method="xhtml" html-version="5.0" indent="no" encoding="UTF-8"
      omit-xml-declaration="no"/>
</xsl:stylesheet>
