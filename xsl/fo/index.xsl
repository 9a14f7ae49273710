<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index (索引) in the PDF. What it lists and in what order is common/index.xsl's; here it is
  set: in a book or part a division of its own (a page sequence of two columns, its title across
  both, running heads, in the contents and bookmarks), in an article a section at its end. Each
  letter's heading is kept with its first entry; an entry is never broken across columns, its
  next levels standing in under it; "see" is 见 …, "see also" 另见 … . Page numbers come from
  a first layout ($index-pages, pdf/LayoutPasses); each is a link to the term's place (text only in
  print, which has no links), a preferred place in bold. An index the author wrote out
  (indexdiv, indexentry) is set as written.

  An index term leaves an anchor where it stands: the text before it carries its id, or an empty
  inline among words, or an empty block between blocks (where an inline would open a line).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    xmlns:idx="http://hanzi.dev/ns/index"
    exclude-result-prefixes="#all">

  <!-- ============================================================ the anchors -->

  <!-- An index term right after text: the text carries its id (below), nothing stands between
       the characters. Otherwise an empty inline among words, an empty block between blocks. -->
  <xsl:template match="db:indexterm">
    <xsl:choose>
      <xsl:when test="exists(f:indexterm-carrier(.))"/>
      <xsl:when test="f:indexterm-inline(.)">
        <fo:inline id="{f:id(.)}"/>
      </xsl:when>
      <xsl:otherwise>
        <fo:block id="{f:id(.)}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Text followed by index terms is set inside inlines with their ids. FOP ends a word at an
       inline with no text (even one holding only a word joiner) and drops the letter-spacing
       beside it: the quarter em after a Latin run before Han (XSL-FO或) and the compression of a
       closing mark before another (”。) would be lost. The id's last page is where the term is. -->
  <xsl:template match="text()[normalize-space()][not(f:in-code(.))][exists(f:indexterms-after(.))]" priority="3">
    <xsl:call-template name="index-anchors">
      <xsl:with-param name="ids" select="f:indexterms-after(.) ! f:id(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="index-anchors">
    <xsl:param name="ids" as="xs:string*"/>
    <xsl:choose>
      <xsl:when test="empty($ids)"><xsl:next-match/></xsl:when>
      <xsl:otherwise>
        <fo:inline id="{$ids[1]}">
          <xsl:call-template name="index-anchors">
            <xsl:with-param name="ids" select="tail($ids)"/>
          </xsl:call-template>
        </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The index terms right after a text node (white space between them apart). -->
  <xsl:function name="f:indexterms-after" as="element(db:indexterm)*">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="next" select="$node/following-sibling::node()[not(self::text()[not(normalize-space())])][1]"/>
    <xsl:sequence select="$next[self::db:indexterm] ! (., f:indexterms-after(.))"/>
  </xsl:function>

  <!-- The text node whose inlines carry an index term's id, if any. -->
  <xsl:function name="f:indexterm-carrier" as="text()?">
    <xsl:param name="term" as="element(db:indexterm)"/>
    <xsl:variable name="previous" select="$term/preceding-sibling::node()[not(self::text()[not(normalize-space())])][1]"/>
    <xsl:sequence select="if ($previous/self::db:indexterm) then f:indexterm-carrier($previous)
        else $previous[self::text()][not(f:in-code(.))]"/>
  </xsl:function>

  <xsl:template match="db:indexterm" mode="m:title m:typeset-title"/>

  <!-- Among words (its parent has text, or is a paragraph, a title or an inline), or between
       blocks. -->
  <xsl:function name="f:indexterm-inline" as="xs:boolean">
    <xsl:param name="term" as="element(db:indexterm)"/>
    <xsl:sequence select="exists($term/../text()[normalize-space()])
        or exists($term/parent::*[self::db:para or self::db:simpara or self::db:title or self::db:subtitle
            or self::db:term or local-name() = $f:inline-elements])"/>
  </xsl:function>

  <!-- What the renderer must learn from a layout (pdf/LayoutPasses), as processing instructions
       at the head of the FO, which FOP ignores: the anchors whose pages the index prints, and
       whether the copyright page prints the page count (印张, 字数). None: one layout. -->
  <xsl:template name="layout-requests">
    <xsl:variable name="anchors" select="f:index-anchors(/)"/>
    <xsl:if test="exists($anchors)">
      <xsl:processing-instruction name="hanzi-index-anchors" select="string-join($anchors, ' ')"/>
    </xsl:if>
    <xsl:if test="f:prints-page-count(/)">
      <xsl:processing-instruction name="hanzi-page-count" select="'copyright-page'"/>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ the index -->

  <!-- In a book or part: a division with pages of its own, in two columns. -->
  <xsl:template match="db:index[f:is-division(.)]">
    <fo:page-sequence master-reference="index" force-page-count="{$page-count}" format="1">
      <xsl:call-template name="running-head-and-folio">
        <xsl:with-param name="title" select="f:title-text(.)"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="index.title" role="H1" id="{f:id(.)}">
          <xsl:choose>
            <xsl:when test="f:title(.)"><xsl:apply-templates select="f:title(.)/node()"/></xsl:when>
            <xsl:otherwise><xsl:sequence select="f:typeset-string(f:default-title(.), '', '')"/></xsl:otherwise>
          </xsl:choose>
        </fo:block>
        <xsl:call-template name="index-content"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- Elsewhere (an article's): a first-level section, in the one column of its pages. -->
  <xsl:template match="db:index">
    <fo:block id="{f:id(.)}">
      <xsl:call-template name="section-heading">
        <xsl:with-param name="level" select="1"/>
        <xsl:with-param name="number" select="''"/>
        <xsl:with-param name="title" select="f:title(.)/node()"/>
        <xsl:with-param name="text" select="if (f:title(.)) then '' else f:default-title(.)"/>
      </xsl:call-template>
      <xsl:call-template name="index-content"/>
    </fo:block>
  </xsl:template>

  <!-- A letter's heading is tagged as the text it is (P), not as a heading: the headings of the
       tagged PDF are the book's divisions and sections (ScreenEditionIT counts them). -->
  <xsl:template name="index-content">
    <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev | db:indexdiv | db:indexentry)"/>
    <xsl:choose>
      <xsl:when test="f:is-written-index(.)">
        <xsl:apply-templates select="db:indexdiv | db:indexentry"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="f:index-letters(.)">
          <fo:block xsl:use-attribute-sets="index.letter">
            <xsl:sequence select="f:typeset-string(f:index-letter-heading(.), '', '')"/>
          </fo:block>
          <xsl:apply-templates select="idx:entry" mode="m:index"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An entry: the term, its pages, see and see also; then its next level. -->
  <xsl:template match="idx:entry" mode="m:index">
    <xsl:variable name="level" select="count(ancestor-or-self::idx:entry)"/>
    <xsl:variable name="content" as="node()*">
      <xsl:sequence select="f:typeset-string(@text, '', '')"/>
      <xsl:for-each select="f:index-pages(.)">
        <xsl:value-of select="if (position() = 1) then f:gentext('index-pages-before') else f:gentext('index-page-separator')"/>
        <xsl:call-template name="index-page-link"/>
      </xsl:for-each>
      <xsl:for-each select="idx:see">
        <xsl:value-of select="f:gentext('index-pages-before')"/>
        <xsl:sequence select="f:typeset-string(f:gentext('index-see', map{'term': string(.)}), '', '')"/>
      </xsl:for-each>
      <xsl:for-each select="idx:seealso">
        <xsl:value-of select="f:gentext(if (position() = 1 and empty(../idx:see)) then 'index-pages-before' else 'index-page-separator')"/>
        <xsl:sequence select="f:typeset-string(f:gentext('index-seealso', map{'term': string(.)}), '', '')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$level = 1">
        <fo:block xsl:use-attribute-sets="index.entry.level1"><xsl:sequence select="$content"/></fo:block>
      </xsl:when>
      <xsl:when test="$level = 2">
        <fo:block xsl:use-attribute-sets="index.entry.level2"><xsl:sequence select="$content"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="index.entry.level3"><xsl:sequence select="$content"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="idx:entry" mode="m:index"/>
  </xsl:template>

  <!-- A page or a run of pages, linked to the first place of the run. -->
  <xsl:template name="index-page-link">
    <xsl:variable name="text" as="node()*">
      <xsl:choose>
        <xsl:when test="@preferred = 'yes'">
          <fo:inline xsl:use-attribute-sets="index.preferred"><xsl:value-of select="f:index-pages-text(.)"/></fo:inline>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="f:index-pages-text(.)"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="link">
      <xsl:with-param name="destination" select="string(@id)"/>
      <xsl:with-param name="content" select="$text"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ an index as written -->

  <xsl:template match="db:indexdiv">
    <fo:block id="{f:id(.)}">
      <xsl:if test="f:title(.)">
        <fo:block xsl:use-attribute-sets="index.letter"><xsl:apply-templates select="f:title(.)/node()"/></fo:block>
      </xsl:if>
      <xsl:apply-templates select="* except (db:title | db:info | db:titleabbrev)"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:indexentry">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <xsl:template match="db:primaryie">
    <fo:block xsl:use-attribute-sets="index.entry.level1" id="{f:id(.)}">
      <xsl:apply-templates/>
      <xsl:call-template name="written-cross-references"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:secondaryie">
    <fo:block xsl:use-attribute-sets="index.entry.level2" id="{f:id(.)}">
      <xsl:apply-templates/>
      <xsl:call-template name="written-cross-references"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:tertiaryie">
    <fo:block xsl:use-attribute-sets="index.entry.level3" id="{f:id(.)}">
      <xsl:apply-templates/>
      <xsl:call-template name="written-cross-references"/>
    </fo:block>
  </xsl:template>

  <!-- seeie and seealsoie follow the entry they belong to, on its line. -->
  <xsl:template name="written-cross-references">
    <xsl:for-each select="following-sibling::*[1][self::db:seeie or self::db:seealsoie]
        | following-sibling::*[1][self::db:seeie]/following-sibling::*[1][self::db:seealsoie]">
      <xsl:value-of select="f:gentext('index-pages-before')"/>
      <xsl:sequence select="f:typeset-string(f:gentext(if (self::db:seeie) then 'index-see' else 'index-seealso',
          map{'term': normalize-space(.)}), '', '')"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="db:seeie | db:seealsoie"/>

  <!-- ============================================================ contents and bookmarks -->

  <xsl:template match="db:index[f:is-division(.)]" mode="m:toc">
    <xsl:call-template name="toc-entry">
      <xsl:with-param name="level" select="0"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="db:index[f:is-division(.)]" mode="m:bookmark">
    <fo:bookmark internal-destination="{f:id(.)}" starting-state="hide">
      <fo:bookmark-title><xsl:value-of select="f:title-text(.)"/></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>
</xsl:stylesheet>
