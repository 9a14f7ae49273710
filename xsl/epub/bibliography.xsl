<?xml version="1.0" encoding="UTF-8"?>
<!--
  References in the EPUB: a bibliography (a document of its own at the book's level, a section
  inside a chapter), its bibliodivs, and its entries as a list whose items carry the entries' ids,
  each [n] label hanging before its text (book.css); structured entries as common/gbt7714.xsl
  words them, bibliomixed as written. Citations (citation, biblioref, an xref to an entry) are
  the entry's [n], linked to it.

  The citation templates have priority 2 so that they win over any general template for these
  inlines elsewhere (inlines.xsl); the bibliography owns how a reference is cited.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    xmlns:bib="http://hanzi.dev/ns/bibliography"
    exclude-result-prefixes="#all">

  <!-- ============================================================ the bibliography -->

  <!-- At the book's level: a content document of the back matter. -->
  <xsl:template match="db:book/db:bibliography">
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="f:file(.)"/>
      <xsl:with-param name="title" select="f:title-text(.)"/>
      <xsl:with-param name="body-type" select="'backmatter'"/>
      <xsl:with-param name="content">
        <section id="{f:id(.)}" epub:type="bibliography" role="doc-bibliography">
          <header><h1><xsl:apply-templates select="db:title/node()"/></h1></header>
          <xsl:call-template name="bibliography-content"/>
          <xsl:call-template name="footnotes"/>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Inside a chapter or section: a section headed at its depth. -->
  <xsl:template match="db:bibliography">
    <section id="{f:id(.)}" epub:type="bibliography" role="doc-bibliography">
      <xsl:call-template name="bibliography-heading">
        <xsl:with-param name="level" select="count(ancestor::db:section) + 2"/>
      </xsl:call-template>
      <xsl:call-template name="bibliography-content"/>
    </section>
  </xsl:template>

  <xsl:template match="db:bibliodiv">
    <section id="{f:id(.)}">
      <xsl:call-template name="bibliography-heading">
        <xsl:with-param name="level" select="count(ancestor::db:section) + (if (ancestor::db:bibliography/parent::db:book) then 2 else 3)"/>
      </xsl:call-template>
      <xsl:call-template name="bibliography-content"/>
    </section>
  </xsl:template>

  <xsl:template name="bibliography-heading">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:if test="db:title">
      <xsl:element name="h{min((6, $level))}"><xsl:apply-templates select="db:title/node()"/></xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- Blocks before the entries, the entries in their numbers' order, then the bibliodivs. -->
  <xsl:template name="bibliography-content">
    <xsl:apply-templates select="* except (db:title | db:subtitle | db:titleabbrev | db:info | db:bibliodiv
        | db:biblioentry | db:bibliomixed)"/>
    <xsl:variable name="entries" select="db:biblioentry | db:bibliomixed"/>
    <xsl:if test="$entries">
      <ol class="bibliography">
        <xsl:apply-templates select="$entries" mode="m:bibliography-entry">
          <xsl:sort select="f:bib-number(.)"/>
        </xsl:apply-templates>
      </ol>
    </xsl:if>
    <xsl:apply-templates select="db:bibliodiv"/>
  </xsl:template>

  <!-- ============================================================ entries -->

  <!-- The number is text, not the list's counter, so that it is the PDF's and a reader that
       drops the style sheet still shows it. -->
  <xsl:template match="db:biblioentry | db:bibliomixed" mode="m:bibliography-entry">
    <li id="{f:id(.)}">
      <span class="bibliography-label"><xsl:value-of select="f:bib-label(.)"/></span>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="self::db:biblioentry">
          <xsl:apply-templates select="f:gbt7714(.)/node()" mode="m:bibliography-text"/>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- Entries are listed by the bibliography, never where they stand. -->
  <xsl:template match="db:biblioentry | db:bibliomixed"/>

  <xsl:template match="text()" mode="m:bibliography-text">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="bib:url" mode="m:bibliography-text">
    <a href="{@href}"><xsl:value-of select="."/></a>
  </xsl:template>

  <!-- A bibliomixed is printed as written: its elements are their text (abbrev is the key a
       citation names). Above the fallback, below any inline's own template. -->
  <xsl:template match="db:bibliomixed//*" priority="-1">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="db:bibliomixed//(db:title | db:subtitle)" priority="2">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="db:bibliomixed//db:abbrev" priority="2"/>

  <!-- Its text keeps the author's spaces (GB/T 7714's ". " between statements), one for a run. -->
  <xsl:template match="db:bibliomixed//text()" priority="2">
    <xsl:variable name="entry" select="ancestor::db:bibliomixed[1]"/>
    <xsl:value-of select="f:bib-as-written(.)"/>
  </xsl:template>

  <!-- ============================================================ citations -->

  <!-- [n], linked to the entry, a superscript (GB/T 7714's 角标); side by side citations are
       one: [1,3], [2-4], each number linked to its entry (common/gbt7714.xsl). -->
  <xsl:template match="db:citation | db:biblioref" priority="2">
    <xsl:if test="not(f:continues-citation(.))">
      <sup class="citation">
        <xsl:for-each select="f:citation-parts(f:citation-run(.))">
          <xsl:choose>
            <xsl:when test=". instance of element()">
              <a href="{f:href(.)}" role="doc-biblioref"><xsl:value-of select="f:bib-number(.)"/></a>
            </xsl:when>
            <!-- Brackets, commas, dashes, and a key that names no entry (the book's check reports it). -->
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </sup>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text()[f:between-citations(.)]" priority="2"/>

  <!-- An xref to an entry is a reference in the sentence (见文献[2]): [n] on the line. -->
  <xsl:template match="db:xref[exists(f:cited-entry(.))]" priority="2">
    <a href="{f:href(f:cited-entry(.))}" role="doc-biblioref"><xsl:value-of select="f:bib-label(f:cited-entry(.))"/></a>
  </xsl:template>

  <!-- ============================================================ navigation -->

  <xsl:template match="db:book/db:bibliography" mode="m:nav">
    <li><a href="{f:file(.)}"><xsl:value-of select="f:title-text(.)"/></a></li>
  </xsl:template>
</xsl:stylesheet>
