<?xml version="1.0" encoding="UTF-8"?>
<!--
  Page masters: one per kind of page, sizes from attributes.xsl. The print edition adds
  left-hand masters with mirrored margins, a blank left-hand page (no head, no folio) for the
  verso a chapter's recto opening leaves empty, and a band outside the bleed for crop marks.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- In print every part ends on a left-hand page, so the next opens on a right-hand one. -->
  <xsl:variable name="page-count" as="xs:string" select="if ($print) then 'end-on-even' else 'no-force'"
      xmlns:xs="http://www.w3.org/2001/XMLSchema"/>

  <!-- Book running heads (the setting running-heads, params.xsl): the book's title on left-hand
       pages and the chapter's on right-hand ones, the folio with them at the head's outer corner;
       none on openings and blank pages. The default in print; on screen the chapter's title on
       every page stays the default. -->
  <xsl:variable name="book-heads" as="xs:boolean" xmlns:xs="http://www.w3.org/2001/XMLSchema"
      select="if ($running-heads = ('book', 'chapter')) then $running-heads = 'book' else $print"/>
  <!-- Left- and right-hand pages differ in print (mirrored margins) and with book heads. -->
  <xsl:variable name="two-sided" as="xs:boolean" select="$print or $book-heads" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>

  <xsl:template name="layout-master-set">
    <!-- For the line pass after layout (pdf/LineGrid), which reads the FO before FOP does: how
         marks at the edges of full lines are set. FOP ignores processing instructions and
         rejects attributes it does not know. -->
    <xsl:processing-instruction name="hanzi-punctuation-style" select="$punctuation-style"/>
    <fo:layout-master-set>
      <!-- The cover: the whole sheet, its colour running into the bleed. -->
      <fo:simple-page-master master-name="cover" xsl:use-attribute-sets="page.sheet">
        <fo:region-body xsl:use-attribute-sets="cover.background"/>
        <xsl:call-template name="marks-region"/>
      </fo:simple-page-master>

      <xsl:for-each select="('recto', if ($two-sided) then 'verso' else ())">
        <xsl:variable name="side" select="."/>
        <!-- Title and copyright pages: no running head, no folio. -->
        <xsl:call-template name="page-master">
          <xsl:with-param name="name" select="'front-' || $side"/>
          <xsl:with-param name="side" select="$side"/>
        </xsl:call-template>
        <!-- The copyright page's text stands at its foot; a text longer than a page (a book's
             licences) runs on to the next, whose foot it ends at. -->
        <xsl:call-template name="page-master">
          <xsl:with-param name="name" select="'copyright-' || $side"/>
          <xsl:with-param name="side" select="$side"/>
          <xsl:with-param name="align" select="'after'"/>
        </xsl:call-template>
        <!-- A part's opening page: no running head; with chapter heads, the folio at the foot. -->
        <xsl:call-template name="page-master">
          <xsl:with-param name="name" select="'opening-' || $side"/>
          <xsl:with-param name="side" select="$side"/>
          <xsl:with-param name="header" select="'no-header'"/>
          <xsl:with-param name="footer" select="not($book-heads)"/>
        </xsl:call-template>
        <!-- Every other page of a part: running head and folio; with book heads, the head of
             this side of the spread (headers.xsl), the folio in it. -->
        <xsl:call-template name="page-master">
          <xsl:with-param name="name" select="'running-' || $side"/>
          <xsl:with-param name="side" select="$side"/>
          <xsl:with-param name="header" select="if ($book-heads) then 'header-' || $side else 'header'"/>
          <xsl:with-param name="footer" select="not($book-heads)"/>
        </xsl:call-template>
        <!-- The index's pages (index.xsl): the same in two columns. -->
        <xsl:call-template name="page-master">
          <xsl:with-param name="name" select="'index-opening-' || $side"/>
          <xsl:with-param name="side" select="$side"/>
          <xsl:with-param name="header" select="'no-header'"/>
          <xsl:with-param name="footer" select="not($book-heads)"/>
          <xsl:with-param name="columns" select="2"/>
        </xsl:call-template>
        <xsl:call-template name="page-master">
          <xsl:with-param name="name" select="'index-running-' || $side"/>
          <xsl:with-param name="side" select="$side"/>
          <xsl:with-param name="header" select="if ($book-heads) then 'header-' || $side else 'header'"/>
          <xsl:with-param name="footer" select="not($book-heads)"/>
          <xsl:with-param name="columns" select="2"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:if test="$print">
        <!-- The empty left-hand page before a chapter that opens on the right. -->
        <xsl:call-template name="page-master">
          <xsl:with-param name="name" select="'blank'"/>
          <xsl:with-param name="side" select="'verso'"/>
        </xsl:call-template>
      </xsl:if>

      <!-- The cover; in print its back is left blank, not printed in the cover's colour. -->
      <fo:page-sequence-master master-name="cover-sequence">
        <fo:repeatable-page-master-alternatives>
          <xsl:if test="$print">
            <fo:conditional-page-master-reference blank-or-not-blank="blank" master-reference="blank"/>
          </xsl:if>
          <fo:conditional-page-master-reference master-reference="cover"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>

      <xsl:for-each select="('front', 'copyright')">
        <fo:page-sequence-master master-name="{.}">
          <fo:repeatable-page-master-alternatives>
            <xsl:if test="$two-sided">
              <fo:conditional-page-master-reference odd-or-even="even" master-reference="{.}-verso"/>
            </xsl:if>
            <fo:conditional-page-master-reference master-reference="{.}-recto"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </xsl:for-each>

      <fo:page-sequence-master master-name="division">
        <fo:repeatable-page-master-alternatives>
          <xsl:choose>
            <xsl:when test="$two-sided">
              <xsl:if test="$print">
                <fo:conditional-page-master-reference blank-or-not-blank="blank" master-reference="blank"/>
              </xsl:if>
              <fo:conditional-page-master-reference page-position="first" odd-or-even="odd" master-reference="opening-recto"/>
              <fo:conditional-page-master-reference page-position="first" master-reference="opening-verso"/>
              <fo:conditional-page-master-reference odd-or-even="odd" master-reference="running-recto"/>
              <fo:conditional-page-master-reference master-reference="running-verso"/>
            </xsl:when>
            <xsl:otherwise>
              <fo:conditional-page-master-reference page-position="first" master-reference="opening-recto"/>
              <fo:conditional-page-master-reference master-reference="running-recto"/>
            </xsl:otherwise>
          </xsl:choose>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>

      <!-- The index: a division's pages in two columns. -->
      <fo:page-sequence-master master-name="index">
        <fo:repeatable-page-master-alternatives>
          <xsl:choose>
            <xsl:when test="$two-sided">
              <xsl:if test="$print">
                <fo:conditional-page-master-reference blank-or-not-blank="blank" master-reference="blank"/>
              </xsl:if>
              <fo:conditional-page-master-reference page-position="first" odd-or-even="odd" master-reference="index-opening-recto"/>
              <fo:conditional-page-master-reference page-position="first" master-reference="index-opening-verso"/>
              <fo:conditional-page-master-reference odd-or-even="odd" master-reference="index-running-recto"/>
              <fo:conditional-page-master-reference master-reference="index-running-verso"/>
            </xsl:when>
            <xsl:otherwise>
              <fo:conditional-page-master-reference page-position="first" master-reference="index-opening-recto"/>
              <fo:conditional-page-master-reference master-reference="index-running-recto"/>
            </xsl:otherwise>
          </xsl:choose>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>

      <!-- The rest of a part that is too long for one page sequence (divisions.xsl): its pages
           carry the running head from the first on. -->
      <fo:page-sequence-master master-name="division-continued">
        <fo:repeatable-page-master-alternatives>
          <xsl:if test="$print">
            <fo:conditional-page-master-reference blank-or-not-blank="blank" master-reference="blank"/>
          </xsl:if>
          <xsl:if test="$two-sided">
            <fo:conditional-page-master-reference odd-or-even="even" master-reference="running-verso"/>
          </xsl:if>
          <fo:conditional-page-master-reference master-reference="running-recto"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <xsl:template name="page-master">
    <xsl:param name="name" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:param name="side" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:param name="header" as="xs:string?" select="()" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:param name="footer" as="xs:boolean" select="false()" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:param name="columns" as="xs:integer" select="1" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <!-- Where the text stands on the page when it does not fill it (display-align). -->
    <xsl:param name="align" as="xs:string" select="'before'" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:choose>
      <xsl:when test="$side = 'verso'">
        <fo:simple-page-master master-name="{$name}" xsl:use-attribute-sets="page__verso">
          <xsl:call-template name="page-regions">
            <xsl:with-param name="header" select="$header"/>
            <xsl:with-param name="footer" select="$footer"/>
            <xsl:with-param name="columns" select="$columns"/>
            <xsl:with-param name="align" select="$align"/>
          </xsl:call-template>
        </fo:simple-page-master>
      </xsl:when>
      <xsl:otherwise>
        <fo:simple-page-master master-name="{$name}" xsl:use-attribute-sets="page">
          <xsl:call-template name="page-regions">
            <xsl:with-param name="header" select="$header"/>
            <xsl:with-param name="footer" select="$footer"/>
            <xsl:with-param name="columns" select="$columns"/>
            <xsl:with-param name="align" select="$align"/>
          </xsl:call-template>
        </fo:simple-page-master>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="page-regions">
    <xsl:param name="header" as="xs:string?" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:param name="footer" as="xs:boolean" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:param name="columns" as="xs:integer" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:param name="align" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
    <xsl:choose>
      <xsl:when test="$columns = 2">
        <fo:region-body xsl:use-attribute-sets="page.body.index"/>
      </xsl:when>
      <xsl:otherwise>
        <fo:region-body xsl:use-attribute-sets="page.body" display-align="{$align}"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="exists($header)">
      <fo:region-before region-name="{$header}" xsl:use-attribute-sets="page.header"/>
    </xsl:if>
    <xsl:if test="$footer">
      <fo:region-after region-name="footer" xsl:use-attribute-sets="page.footer"/>
    </xsl:if>
    <xsl:call-template name="marks-region"/>
  </xsl:template>

  <!-- A region of no width where the print edition's crop marks are drawn from. -->
  <xsl:template name="marks-region">
    <xsl:if test="$print">
      <fo:region-start xsl:use-attribute-sets="page.marks"/>
    </xsl:if>
  </xsl:template>

  <!-- The crop marks: at each corner of the trim, two hairlines in the band beyond the bleed. -->
  <xsl:template name="crop-marks">
    <xsl:if test="$print">
      <xsl:variable name="w" select="$paper-width-mm + 2 * $crop-offset-mm"/>
      <xsl:variable name="h" select="$paper-height-mm + 2 * $crop-offset-mm"/>
      <xsl:variable name="o" select="$crop-offset-mm"/>
      <xsl:variable name="gap" select="$crop-offset-mm - $bleed-mm"/>
      <fo:static-content flow-name="marks">
        <fo:block-container xsl:use-attribute-sets="crop-marks">
          <fo:block xsl:use-attribute-sets="crop-marks.holder">
            <fo:instream-foreign-object>
              <svg xmlns="http://www.w3.org/2000/svg" width="{$w}mm" height="{$h}mm" viewBox="0 0 {$w} {$h}">
                <g stroke="{$crop-mark-colour}" stroke-width="{$crop-mark-weight}" fill="none">
                  <xsl:for-each select="($o, $w - $o)">
                    <xsl:variable name="x" select="."/>
                    <xsl:for-each select="($o, $h - $o)">
                      <xsl:variable name="y" select="."/>
                      <xsl:variable name="outward-x" select="if ($x = $o) then 0 else $w"/>
                      <xsl:variable name="outward-y" select="if ($y = $o) then 0 else $h"/>
                      <line x1="{$outward-x}" y1="{$y}" x2="{if ($x = $o) then $gap else $w - $gap}" y2="{$y}"/>
                      <line x1="{$x}" y1="{$outward-y}" x2="{$x}" y2="{if ($y = $o) then $gap else $h - $gap}"/>
                    </xsl:for-each>
                  </xsl:for-each>
                </g>
              </svg>
            </fo:instream-foreign-object>
          </fo:block>
        </fo:block-container>
      </fo:static-content>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
