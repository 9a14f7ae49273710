<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition's cover (pdf/PrintCover draws it through this stylesheet, in a run of its
  own) and the blank pages that make its book block up to whole signatures (pdf/Signatures).

  The cover is one spread: back, spine, front, left to right as the printer lays it flat. It is
  laid out as one page as wide as the spread (Java passes paper-width-mm = 2 × trim + spine), so
  the book block's sheet master, bleed and crop marks serve it unchanged; the fold marks of the
  spine are added in the same band. Sizes are the theme's (theme.xsl, attributes.xsl).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- One cover page's width (the book's trim), and the spine's; a negative spine: no cover run. -->
  <xsl:param name="print-cover-trim-width-mm" as="xs:double" select="0"/>
  <xsl:param name="print-cover-spine-mm" as="xs:double" select="-1"/>
  <!-- The ISBN's EAN-13 modules ('1' a bar, '0' a space: pdf/Ean13) and its digits as printed. -->
  <xsl:param name="print-cover-bars" as="xs:string" select="''"/>
  <xsl:param name="print-cover-isbn" as="xs:string" select="''"/>
  <!-- The blank pages at the end of the print edition's last signature. -->
  <xsl:param name="signature-blank-pages" as="xs:integer" select="0"/>

  <xsl:variable name="print-cover" as="xs:boolean" select="$print-cover-spine-mm ge 0"/>

  <xsl:variable name="print-cover-publisher" as="xs:string"
      select="normalize-space(string(/*/db:info/db:publisher[1]/db:publishername))"/>
  <!-- The first party (the author), unless it is the publisher itself: each is named once. -->
  <xsl:variable name="print-cover-author" as="xs:string?"
      select="(f:parties(/*/db:info)[1] ! f:party-line(.))[. != $print-cover-publisher]"/>
  <!-- The spine's lines, read top to bottom: title, author, publisher, each character upright. -->
  <xsl:variable name="print-cover-spine-parts" as="xs:string*"
      select="(normalize-space(string(f:title(/*))), $print-cover-author, $print-cover-publisher)[. != '']"/>
  <xsl:variable name="print-cover-spine-chars" as="xs:integer"
      select="sum($print-cover-spine-parts ! string-length(replace(., '\s', '')))"/>

  <xsl:template name="signature-blank-pages">
    <!-- Each a page sequence of one empty page, on the book's blank master: the same boxes and
         crop marks as every other page, nothing printed. -->
    <xsl:for-each select="1 to $signature-blank-pages">
      <fo:page-sequence master-reference="blank" force-page-count="no-force">
        <xsl:call-template name="crop-marks"/>
        <fo:flow flow-name="xsl-region-body"><fo:block/></fo:flow>
      </fo:page-sequence>
    </xsl:for-each>
  </xsl:template>

  <!-- The spread's one page: the book's sheet (bleed, crop-mark band), to the hundredth of a
       millimetre, since the spine's width is leaves × paper thickness. -->
  <xsl:template name="print-cover-master-set">
    <xsl:processing-instruction name="hanzi-punctuation-style" select="$punctuation-style"/>
    <fo:layout-master-set>
      <fo:simple-page-master master-name="print-cover" xsl:use-attribute-sets="page.sheet print-cover.sheet">
        <fo:region-body xsl:use-attribute-sets="cover.background"/>
        <xsl:call-template name="marks-region"/>
      </fo:simple-page-master>
    </fo:layout-master-set>
  </xsl:template>

  <xsl:template name="print-cover">
    <xsl:variable name="info" select="/*/db:info"/>
    <fo:page-sequence master-reference="print-cover" force-page-count="no-force">
      <xsl:call-template name="crop-marks"/>
      <fo:flow flow-name="xsl-region-body">
        <!-- The spine's folds: marks in the crop-mark band, above and below the spread. -->
        <xsl:variable name="w" select="$paper-width-mm + 2 * $crop-offset-mm"/>
        <xsl:variable name="h" select="$paper-height-mm + 2 * $crop-offset-mm"/>
        <xsl:variable name="gap" select="$crop-offset-mm - $bleed-mm"/>
        <fo:block-container xsl:use-attribute-sets="crop-marks">
          <fo:block xsl:use-attribute-sets="crop-marks.holder">
            <fo:instream-foreign-object>
              <svg xmlns="http://www.w3.org/2000/svg" width="{$w}mm" height="{$h}mm" viewBox="0 0 {$w} {$h}">
                <g stroke="{$crop-mark-colour}" stroke-width="{$crop-mark-weight}" fill="none">
                  <xsl:for-each select="($print-cover-trim-width-mm, $print-cover-trim-width-mm + $print-cover-spine-mm) ! (. + $crop-offset-mm)">
                    <line x1="{.}" y1="0" x2="{.}" y2="{$gap}"/>
                    <line x1="{.}" y1="{$h - $gap}" x2="{.}" y2="{$h}"/>
                  </xsl:for-each>
                </g>
              </svg>
            </fo:instream-foreign-object>
          </fo:block>
        </fo:block-container>

        <!-- The front: today's cover (titlepages.xsl), on the right of the spread. -->
        <fo:block-container xsl:use-attribute-sets="print-cover.front">
          <fo:block xsl:use-attribute-sets="cover.title">
            <xsl:for-each select="f:title(/*) ! f:title-lines(.)">
              <xsl:variable name="chars" select="string-to-codepoints(.) ! codepoints-to-string(.)"/>
              <xsl:variable name="lines" select="xs:integer(ceiling(count($chars) div $print-cover-title-chars))"/>
              <xsl:variable name="per-line" select="xs:integer(ceiling(count($chars) div $lines))"/>
              <xsl:for-each select="1 to $lines">
                <fo:block>
                  <xsl:value-of select="string-join(subsequence($chars, (. - 1) * $per-line + 1, $per-line))"/>
                </fo:block>
              </xsl:for-each>
            </xsl:for-each>
          </fo:block>
          <fo:block><fo:leader xsl:use-attribute-sets="cover.rule"/></fo:block>
          <xsl:for-each select="$info/db:subtitle">
            <fo:block xsl:use-attribute-sets="cover.subtitle"><xsl:apply-templates/></fo:block>
          </xsl:for-each>
          <xsl:for-each select="$print-cover-author">
            <fo:block xsl:use-attribute-sets="cover.subtitle"><xsl:value-of select="."/></fo:block>
          </xsl:for-each>
          <fo:block xsl:use-attribute-sets="cover.publisher">
            <xsl:value-of select="$info/db:publisher/db:publishername"/>
          </fo:block>
        </fo:block-container>

        <!-- The spine: a column of upright characters, title, author and publisher apart. -->
        <fo:block-container xsl:use-attribute-sets="print-cover.spine">
          <xsl:for-each select="$print-cover-spine-parts">
            <fo:block xsl:use-attribute-sets="print-cover.spine-part">
              <xsl:for-each select="string-to-codepoints(replace(., '\s', '')) ! codepoints-to-string(.)">
                <fo:block><xsl:value-of select="."/></fo:block>
              </xsl:for-each>
            </fo:block>
          </xsl:for-each>
        </fo:block-container>

        <!-- The back: the ISBN's bar code in a white field at the foot, the price under it. -->
        <xsl:if test="$print-cover-bars != ''">
          <fo:block-container xsl:use-attribute-sets="print-cover.barcode-field"><fo:block/></fo:block-container>
          <xsl:for-each select="1 to string-length($print-cover-bars)">
            <xsl:variable name="i" select="."/>
            <xsl:if test="substring($print-cover-bars, $i, 1) = '1' and ($i = 1 or substring($print-cover-bars, $i - 1, 1) = '0')">
              <xsl:variable name="run" select="string-length(replace(substring($print-cover-bars, $i), '^(1+).*$', '$1'))"/>
              <fo:block-container xsl:use-attribute-sets="print-cover.bar"
                  left="{f:barcode-module-left($i)}" width="{f:barcode-modules-width($run)}"><fo:block/></fo:block-container>
            </xsl:if>
          </xsl:for-each>
          <fo:block-container xsl:use-attribute-sets="print-cover.barcode-digits">
            <fo:block><xsl:value-of select="$print-cover-isbn"/></fo:block>
          </fo:block-container>
        </xsl:if>
        <xsl:for-each select="($info/db:bibliomisc[@role = 'price'])[1]">
          <fo:block-container xsl:use-attribute-sets="print-cover.price">
            <fo:block><xsl:value-of select="f:gentext('cover-price', map { 'price': normalize-space(.) })"/></fo:block>
          </fo:block-container>
        </xsl:for-each>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>
</xsl:stylesheet>
