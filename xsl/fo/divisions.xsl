<?xml version="1.0" encoding="UTF-8"?>
<!--
  Divisions of the book (preface, dedication, acknowledgements, part, chapter, appendix, glossary,
  colophon), each a page sequence that opens on a new page with its own running head; an article
  as one page sequence; and the sections and bridgeheads inside them. Front matter is numbered in
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

  <!-- The first division of the body: pages are numbered from 1 there; what comes before it
       (preface, dedication, acknowledgements) is front matter, numbered in roman numerals. -->
  <xsl:function name="f:first-body-division" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="(root($node)/db:book/*[f:is-division(.)][not(self::db:preface or self::db:dedication
        or self::db:acknowledgements)])[1]"/>
  </xsl:function>

  <xsl:function name="f:page-format" as="xs:string">
    <xsl:param name="division" as="element()"/>
    <xsl:variable name="body" select="f:first-body-division($division)"/>
    <xsl:sequence select="if (($division/self::db:preface or $division/self::db:dedication or $division/self::db:acknowledgements)
        and (empty($body) or $division &lt;&lt; $body)) then 'i' else '1'"/>
  </xsl:function>

  <!-- What a division's flow holds besides its heading: its blocks and sections (metadata and
       titles are the heading's; a part's chapters are page sequences of their own). -->
  <xsl:function name="f:division-content" as="element()*">
    <xsl:param name="division" as="element()"/>
    <xsl:sequence select="$division/(* except (db:title | db:subtitle[not($division/self::db:chapter or $division/self::db:preface
        or $division/self::db:appendix or $division/self::db:colophon)] | db:info | db:titleabbrev))"/>
  </xsl:function>

  <xsl:template match="(db:preface | db:chapter | db:appendix | db:colophon | db:dedication | db:acknowledgements
      | db:glossary)[f:is-division(.)]">
    <xsl:variable name="division" select="."/>
    <xsl:variable name="format" select="f:page-format(.)"/>
    <xsl:variable name="blocks" select="f:division-content(.)"/>
    <xsl:variable name="sequences" select="max((1, (count($blocks) + $f:blocks-per-page-sequence - 1) idiv $f:blocks-per-page-sequence))"/>
    <xsl:for-each select="1 to $sequences">
      <xsl:variable name="sequence" select="."/>
      <!-- Back to the division as the context, which the templates called below expect. -->
      <xsl:for-each select="$division">
        <fo:page-sequence master-reference="{if ($sequence = 1) then 'division' else 'division-continued'}"
            force-page-count="{if ($sequence = $sequences) then $page-count else 'no-force'}" format="{$format}">
          <xsl:if test="$sequence = 1 and . is f:first-body-division(.)">
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

  <!-- A part: its opening page (第一部分, its title, its partintro), on a right-hand page in
       print like every division; then its chapters, each a division of its own. -->
  <xsl:template match="db:part">
    <fo:page-sequence master-reference="division" force-page-count="{$page-count}" format="1">
      <xsl:if test=". is f:first-body-division(.)">
        <xsl:attribute name="initial-page-number">1</xsl:attribute>
      </xsl:if>
      <xsl:call-template name="running-head-and-folio">
        <xsl:with-param name="title" select="f:title-text(.)"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="{f:id(.)}">
          <fo:block xsl:use-attribute-sets="part.label"><xsl:sequence select="f:typeset-string(f:division-label(.), '', '')"/></fo:block>
          <fo:block xsl:use-attribute-sets="part.title" role="H1">
            <xsl:apply-templates select="f:title(.)/node()"/>
          </fo:block>
          <xsl:for-each select="db:subtitle | db:info/db:subtitle">
            <fo:block xsl:use-attribute-sets="part.subtitle"><xsl:apply-templates/></fo:block>
          </xsl:for-each>
        </fo:block>
        <xsl:apply-templates select="db:partintro"/>
      </fo:flow>
    </fo:page-sequence>
    <xsl:apply-templates select="*[f:is-division(.)]"/>
  </xsl:template>

  <xsl:template match="db:partintro">
    <fo:block xsl:use-attribute-sets="partintro" id="{f:id(.)}">
      <xsl:if test="f:title(.)">
        <fo:block xsl:use-attribute-sets="section.title.level1" role="H2"><xsl:apply-templates select="f:title(.)/node()"/></fo:block>
      </xsl:if>
      <xsl:apply-templates select="* except (db:title | db:info | db:titleabbrev | db:subtitle)"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="division-heading">
    <xsl:variable name="label" select="f:division-label(.)"/>
    <xsl:choose>
      <xsl:when test="$label">
        <fo:block xsl:use-attribute-sets="division.label"><xsl:sequence select="f:typeset-string($label, '', '')"/></fo:block>
        <!-- role: the structure type in the tagged PDF (FOP would tag every block P). -->
        <fo:block xsl:use-attribute-sets="division.title__labelled" role="H1">
          <xsl:apply-templates select="f:title(.)/node()"/>
        </fo:block>
      </xsl:when>
      <xsl:when test="f:title(.)">
        <fo:block xsl:use-attribute-sets="division.title" role="H1">
          <xsl:apply-templates select="f:title(.)/node()"/>
        </fo:block>
      </xsl:when>
      <!-- An untitled dedication, acknowledgements or glossary: its generated title. -->
      <xsl:when test="f:default-title(.)">
        <fo:block xsl:use-attribute-sets="division.title" role="H1">
          <xsl:sequence select="f:typeset-string(f:default-title(.), '', '')"/>
        </fo:block>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="db:subtitle">
    <fo:block xsl:use-attribute-sets="section.title.level2"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- An article: one page sequence, numbered from 1; its title block (titlepages.xsl), a short
       contents when it is long enough to need one (toc.xsl), its sections. The running head is
       the article's title and the first-level section the page is in (a marker). -->
  <xsl:template match="db:article">
    <fo:page-sequence master-reference="division" initial-page-number="1" format="1" force-page-count="{$page-count}">
      <xsl:call-template name="running-head-and-folio">
        <xsl:with-param name="title" select="f:title-text(.)"/>
        <xsl:with-param name="section-marker" select="true()"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="{f:id(.)}">
          <xsl:call-template name="article-title-block"/>
        </fo:block>
        <xsl:call-template name="article-toc"/>
        <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev)"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- An article's appendix, acknowledgements or colophon is set like its first-level sections:
       附录A and its title; 致谢; an untitled colophon without a heading. -->
  <xsl:template match="*[f:is-article-component(.)]">
    <fo:block id="{f:id(.)}">
      <xsl:if test="f:title-text(.)">
        <fo:marker marker-class-name="section"><xsl:sequence select="f:typeset-string(f:label-and-title(.), '', '')"/></fo:marker>
        <xsl:call-template name="section-heading">
          <xsl:with-param name="level" select="1"/>
          <xsl:with-param name="number" select="f:division-label(.)"/>
          <xsl:with-param name="title" select="f:title(.)/node()"/>
          <xsl:with-param name="text" select="if (f:title(.)) then '' else f:default-title(.)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev)"/>
    </fo:block>
  </xsl:template>

  <!-- Sections of every kind and depth. Headings are sized by depth (attributes.xsl, from the
       theme's scale); an article numbers them 1, 1.1, 1.1.1 (simplesect stays unnumbered). -->
  <xsl:template match="db:section | db:sect1 | db:sect2 | db:sect3 | db:sect4 | db:sect5 | db:simplesect">
    <xsl:variable name="level" select="f:section-level(.)"/>
    <fo:block id="{f:id(.)}">
      <xsl:if test="f:is-article(.) and $level = 1">
        <fo:marker marker-class-name="section"><xsl:sequence select="f:typeset-string(f:label-and-title(.), '', '')"/></fo:marker>
      </xsl:if>
      <xsl:call-template name="section-heading">
        <xsl:with-param name="level" select="$level"/>
        <xsl:with-param name="number" select="f:section-number(.)"/>
        <xsl:with-param name="title" select="f:title(.)/node()"/>
      </xsl:call-template>
      <xsl:apply-templates select="* except (db:title | db:info | db:titleabbrev)"/>
    </fo:block>
  </xsl:template>

  <!-- A heading outside the section structure: never numbered nor in the contents; its level is
       @renderas (sect1 … sect5), else one below the section it stands in. -->
  <xsl:template match="db:bridgehead">
    <xsl:variable name="level" select="f:bridgehead-level(.)"/>
    <fo:block id="{f:id(.)}">
      <xsl:call-template name="section-heading">
        <xsl:with-param name="level" select="$level"/>
        <xsl:with-param name="number" select="''"/>
        <xsl:with-param name="title" select="node()"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template name="section-heading">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="number" as="xs:string"/>
    <xsl:param name="title" as="node()*"/>
    <!-- A generated title (an untitled glossary's 术语表) instead of the author's. -->
    <xsl:param name="text" as="xs:string" select="''"/>
    <xsl:variable name="content" as="node()*">
      <xsl:if test="$number">
        <fo:inline xsl:use-attribute-sets="section.number"><xsl:sequence select="f:typeset-string($number, '', '')"/></fo:inline>
      </xsl:if>
      <xsl:apply-templates select="$title"/>
      <xsl:if test="$text"><xsl:sequence select="f:typeset-string($text, '', '')"/></xsl:if>
    </xsl:variable>
    <!-- role: H2 for the first level (H1 is the division's), to H6. -->
    <xsl:variable name="role" select="'H' || min(($level + 1, 6))"/>
    <xsl:choose>
      <xsl:when test="$level = 1">
        <fo:block xsl:use-attribute-sets="section.title.level1" role="{$role}"><xsl:sequence select="$content"/></fo:block>
      </xsl:when>
      <xsl:when test="$level = 2">
        <fo:block xsl:use-attribute-sets="section.title.level2" role="{$role}"><xsl:sequence select="$content"/></fo:block>
      </xsl:when>
      <xsl:when test="$level = 3">
        <fo:block xsl:use-attribute-sets="section.title.level3" role="{$role}"><xsl:sequence select="$content"/></fo:block>
      </xsl:when>
      <xsl:when test="$level = 4">
        <fo:block xsl:use-attribute-sets="section.title.level4" role="{$role}"><xsl:sequence select="$content"/></fo:block>
      </xsl:when>
      <!-- Beyond the depths the theme styles: a heading in the body's face and size. -->
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="section.title.deeper" role="{$role}"><xsl:sequence select="$content"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
