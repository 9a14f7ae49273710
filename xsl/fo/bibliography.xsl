<?xml version="1.0" encoding="UTF-8"?>
<!--
  References in the PDF: a bibliography (a part of its own at the end of the book, or a section
  of a chapter), its bibliodivs, and its entries as a list whose [n] labels hang in their own
  column; structured entries as common/gbt7714.xsl words them, bibliomixed as written. Citations
  (citation, biblioref, an xref to an entry) print the entry's number and link to it.

  The citation templates have priority 2 so that they win over any general template for these
  inlines elsewhere (inlines.xsl); the bibliography owns how a reference is cited.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    xmlns:bib="http://hanzi.dev/ns/bibliography"
    exclude-result-prefixes="#all">

  <!-- ============================================================ the bibliography -->

  <!-- At the book's level, a part with its own pages and running head, like an appendix. -->
  <xsl:template match="db:book/db:bibliography">
    <fo:page-sequence master-reference="division" force-page-count="{$page-count}" format="1">
      <xsl:call-template name="running-head-and-folio">
        <xsl:with-param name="title" select="f:title-text(.)"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="{f:id(.)}">
          <fo:block xsl:use-attribute-sets="division.title" role="H1">
            <xsl:apply-templates select="db:title/node()"/>
          </fo:block>
          <xsl:call-template name="bibliography-content"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- Inside a chapter or section: headed like a section at its depth. -->
  <xsl:template match="db:bibliography">
    <fo:block id="{f:id(.)}">
      <xsl:call-template name="bibliography-heading">
        <xsl:with-param name="level" select="count(ancestor::db:section) + 1"/>
      </xsl:call-template>
      <xsl:call-template name="bibliography-content"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:bibliodiv">
    <fo:block id="{f:id(.)}">
      <xsl:call-template name="bibliography-heading">
        <xsl:with-param name="level" select="count(ancestor::db:section) + (if (ancestor::db:bibliography/parent::db:book) then 1 else 2)"/>
      </xsl:call-template>
      <xsl:call-template name="bibliography-content"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="bibliography-heading">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:if test="db:title">
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
    </xsl:if>
  </xsl:template>

  <!-- The blocks before the entries (an introduction), then the entries in their numbers'
       order (the order of first citation where that is the order: common/gbt7714.xsl), then
       the bibliodivs. -->
  <xsl:template name="bibliography-content">
    <xsl:apply-templates select="* except (db:title | db:subtitle | db:titleabbrev | db:info | db:bibliodiv
        | db:biblioentry | db:bibliomixed)"/>
    <xsl:variable name="entries" select="db:biblioentry | db:bibliomixed"/>
    <xsl:if test="$entries">
      <fo:list-block xsl:use-attribute-sets="bibliography.list">
        <xsl:apply-templates select="$entries" mode="m:bibliography-entry">
          <xsl:sort select="f:bib-number(.)"/>
        </xsl:apply-templates>
      </fo:list-block>
    </xsl:if>
    <xsl:apply-templates select="db:bibliodiv"/>
  </xsl:template>

  <!-- ============================================================ entries -->

  <xsl:template match="db:biblioentry | db:bibliomixed" mode="m:bibliography-entry">
    <fo:list-item xsl:use-attribute-sets="bibliography.entry" id="{f:id(.)}">
      <fo:list-item-label end-indent="label-end()">
        <fo:block xsl:use-attribute-sets="bibliography.label"><xsl:value-of select="f:bib-label(.)"/></fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block xsl:use-attribute-sets="bibliography.text">
          <xsl:choose>
            <xsl:when test="self::db:biblioentry">
              <xsl:apply-templates select="f:gbt7714(.)" mode="m:bibliography-text"/>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <!-- Entries are listed by the bibliography, never where they stand. -->
  <xsl:template match="db:biblioentry | db:bibliomixed"/>

  <!-- The neutral form of common/gbt7714.xsl: text typeset between its neighbours' characters,
       addresses as links that may break after / . - _ . -->
  <xsl:template match="bib:entry" mode="m:bibliography-text">
    <xsl:apply-templates mode="m:bibliography-text"/>
  </xsl:template>

  <xsl:template match="text()" mode="m:bibliography-text">
    <xsl:sequence select="f:typeset-string(string(.), f:last-char(string(preceding-sibling::node()[1])),
        f:first-char(string(following-sibling::node()[1])))"/>
  </xsl:template>

  <xsl:template match="bib:url" mode="m:bibliography-text">
    <xsl:call-template name="link">
      <xsl:with-param name="destination" select="'url(' || $quote || @href || $quote || ')'"/>
      <xsl:with-param name="external" select="true()"/>
      <xsl:with-param name="content" as="node()*">
        <fo:inline xsl:use-attribute-sets="cjk.western"><xsl:value-of select="f:breakable-url(string(.))"/></fo:inline>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A bibliomixed is printed as written: its elements are their text (abbrev is the key a
       citation names, not part of the entry). Above the fallback, below any inline's own
       template (emphasis, citetitle, link …). -->
  <xsl:template match="db:bibliomixed//*" priority="-1">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Elements that are blocks elsewhere (a subtitle) are text here. -->
  <xsl:template match="db:bibliomixed//(db:title | db:subtitle)" priority="2">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="db:bibliomixed//db:abbrev" priority="2"/>

  <!-- Its text keeps the author's spaces (GB/T 7714's ". " between statements), one for a run. -->
  <xsl:template match="db:bibliomixed//text()" priority="2">
    <xsl:variable name="entry" select="ancestor::db:bibliomixed[1]"/>
    <xsl:sequence select="f:typeset-string(f:bib-as-written(.), f:last-char(f:bib-as-written(($entry//text()[. &lt;&lt; current()])[last()])),
        f:first-char(f:bib-as-written(($entry//text()[. &gt;&gt; current()])[1])))"/>
  </xsl:template>

  <!-- ============================================================ citations -->

  <!-- [n], linked to the entry, set as a superscript as GB/T 7714 wants (角标); side by side
       citations are one: [1,3], [2-4], each number linked to its entry (common/gbt7714.xsl). -->
  <xsl:template match="db:citation | db:biblioref" priority="2">
    <xsl:if test="not(f:continues-citation(.))">
      <fo:inline xsl:use-attribute-sets="citation">
        <fo:inline xsl:use-attribute-sets="cjk.western">
          <xsl:for-each select="f:citation-parts(f:citation-run(.))">
            <xsl:choose>
              <xsl:when test=". instance of element()">
                <xsl:call-template name="link">
                  <xsl:with-param name="destination" select="f:id(.)"/>
                  <xsl:with-param name="content" as="node()*"><xsl:value-of select="f:bib-number(.)"/></xsl:with-param>
                </xsl:call-template>
              </xsl:when>
              <!-- Brackets, commas, dashes, and a key that names no entry (the book's check reports it). -->
              <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </fo:inline>
      </fo:inline>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text()[f:between-citations(.)]" priority="2"/>

  <!-- An xref to an entry is a reference in the sentence (见文献[2]): [n] on the line. -->
  <xsl:template match="db:xref[exists(f:cited-entry(.))]" priority="2">
    <xsl:call-template name="link">
      <xsl:with-param name="destination" select="f:id(f:cited-entry(.))"/>
      <xsl:with-param name="content" as="node()*">
        <fo:inline xsl:use-attribute-sets="cjk.western"><xsl:value-of select="f:bib-label(f:cited-entry(.))"/></fo:inline>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ contents and bookmarks -->

  <xsl:template match="db:book/db:bibliography" mode="m:toc">
    <xsl:call-template name="toc-entry">
      <xsl:with-param name="level" select="0"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="db:book/db:bibliography" mode="m:bookmark">
    <fo:bookmark internal-destination="{f:id(.)}" starting-state="hide">
      <fo:bookmark-title><xsl:value-of select="f:title-text(.)"/></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>
</xsl:stylesheet>
