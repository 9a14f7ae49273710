<?xml version="1.0" encoding="UTF-8"?>
<!--
  The first pass of both outputs: the book as a reader will see its text. Quotation marks of
  <quote> and the 《》 of Chinese <citetitle> become characters of the surrounding text, so that
  the typesetting that follows (punctuation compression, line breaking) sees them beside their
  neighbours. Everything else is copied as it is, base URIs included.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:m="http://hanzi.dev/ns/modes"
    exclude-result-prefixes="#all">

  <!-- Element-only content: white space between these elements' children means nothing, and
       is dropped here, once, for both outputs. -->
  <xsl:strip-space elements="db:book db:info db:author db:publisher db:copyright db:legalnotice
      db:abstract db:preface db:chapter db:appendix db:colophon db:section db:itemizedlist
      db:orderedlist db:listitem db:blockquote db:note db:figure db:informalfigure db:mediaobject
      db:imageobject db:textobject db:table db:informaltable db:tgroup db:thead db:tbody db:row
      db:footnote"/>

  <!-- The xlink:href values that are not live links (check.LinkCheck decides: a file: URI, a
       path relative to the book …): printed as the link's text, in both outputs. -->
  <xsl:param name="dead-links" as="xs:string*" select="()"/>

  <!-- Run on its own, once per build (style.Normalizer): both outputs read its result. -->
  <xsl:mode name="m:normalize" on-no-match="shallow-copy"/>

  <xsl:template match="/">
    <xsl:apply-templates select="." mode="m:normalize"/>
  </xsl:template>

  <xsl:template match="document-node()" mode="m:normalize">
    <xsl:document>
      <xsl:apply-templates mode="m:normalize"/>
    </xsl:document>
  </xsl:template>

  <!-- Images resolve against the file that names them, and the book's folder bounds them: the
       copy must keep those base URIs, which a copied tree otherwise takes from the stylesheet. -->
  <xsl:template match="db:book | db:article | db:imagedata" mode="m:normalize">
    <xsl:copy>
      <xsl:attribute name="xml:base" select="base-uri(.)"/>
      <xsl:apply-templates select="@* except @xml:base, node()" mode="m:normalize"/>
    </xsl:copy>
  </xsl:template>

  <!-- The book's (or article's) title written without info, as DocBook allows: moved into its
       info, where the title pages, the running heads and the metadata read it. -->
  <xsl:template match="/*[db:title | db:subtitle]" mode="m:normalize" priority="1">
    <xsl:copy>
      <xsl:attribute name="xml:base" select="base-uri(.)"/>
      <xsl:apply-templates select="@* except @xml:base" mode="m:normalize"/>
      <xsl:variable name="titles" select="db:title | db:subtitle | db:titleabbrev"/>
      <info xmlns="http://docbook.org/ns/docbook">
        <xsl:apply-templates select="$titles, db:info/node()" mode="m:normalize"/>
      </info>
      <xsl:apply-templates select="node() except ($titles, db:info)" mode="m:normalize"/>
    </xsl:copy>
  </xsl:template>

  <!-- A link that is not live keeps its text: without the address when it has text of its
       own, as the address when it is empty (as DocBook prints an empty link). -->
  <xsl:template match="db:link[@xlink:href = $dead-links]" mode="m:normalize">
    <xsl:choose>
      <xsl:when test="node()">
        <xsl:apply-templates mode="m:normalize"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="@xlink:href"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="@xlink:href[. = $dead-links]" mode="m:normalize"/>

  <!-- Quotation marks by nesting level: “ ” outside, ‘ ’ inside. -->
  <xsl:template match="db:quote" mode="m:normalize">
    <xsl:variable name="inner" select="count(ancestor::db:quote) mod 2 = 1"/>
    <xsl:value-of select="if ($inner) then '‘' else '“'"/>
    <xsl:apply-templates mode="m:normalize"/>
    <xsl:value-of select="if ($inner) then '’' else '”'"/>
  </xsl:template>

  <!-- Chinese titles of works take 《》; titles in other languages stay elements (italics). -->
  <xsl:template match="db:citetitle[starts-with(ancestor-or-self::*[@xml:lang][1]/@xml:lang, 'zh')]
      [not(ancestor::db:biblioentry)]" mode="m:normalize">
    <xsl:text>《</xsl:text>
    <xsl:apply-templates mode="m:normalize"/>
    <xsl:text>》</xsl:text>
  </xsl:template>

  <!-- References (common/gbt7714.xsl). GB/T 7714 sets a title in a structured entry without 《》,
       so a citetitle there stays an element (above). A bibliography without a title takes the
       generated one (参考文献), so that the contents, bookmarks, heads and navigation have it. -->
  <!-- A book with index terms and no index: its index at its end (common/index.xsl). -->
  <xsl:template match="db:book[.//db:indexterm[not(@class = 'endofrange')]][empty(.//db:index)]/*[last()]"
      mode="m:normalize" priority="3">
    <xsl:next-match/>
    <index xmlns="http://docbook.org/ns/docbook"/>
  </xsl:template>

  <xsl:template match="db:bibliography[not(db:title)]" mode="m:normalize">
    <xsl:variable name="language" select="(ancestor-or-self::*/@xml:lang)[last()]"/>
    <xsl:variable name="l10n" select="'l10n/' || $language || '.xml'"/>
    <xsl:variable name="gentext" select="(doc($l10n)[doc-available($l10n)], doc('l10n/zh-CN.xml'))[1]"/>
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="m:normalize"/>
      <title xmlns="http://docbook.org/ns/docbook">
        <xsl:choose>
          <xsl:when test="db:info/db:title"><xsl:apply-templates select="db:info/db:title/node()" mode="m:normalize"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$gentext/gentext/text[@key = 'bibliography']"/></xsl:otherwise>
        </xsl:choose>
      </title>
      <xsl:apply-templates select="node() except db:info/db:title" mode="m:normalize"/>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
