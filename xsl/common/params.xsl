<?xml version="1.0" encoding="UTF-8"?>
<!-- The stylesheets' parameters: every one typed, every one documented in README.md. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema">

  <!-- Page (trim) size in millimetres; set by the Java side from the chosen Paper. Numbers, so
       that the margins derived from them need no parsing of a length. -->
  <xsl:param name="paper-width-mm" as="xs:double" select="210"/>
  <xsl:param name="paper-height-mm" as="xs:double" select="297"/>

  <!-- The PDF edition: 'screen' (tagged, archival, coloured links) or 'print' (PDF/X: bleed,
       crop marks, mirrored margins, chapters opening on recto pages, no colour for links). -->
  <xsl:param name="edition" as="xs:string" select="'screen'"/>

  <!-- Section levels listed in the table of contents below the parts (0 = parts only). -->
  <xsl:param name="toc-section-depth" as="xs:integer" select="1"/>

  <!-- A book's own typography (typography.properties beside the book; empty or 0 = ours):
       body text size in points, line pitch as a multiple of it, inner and outer margins in
       millimetres, and the font families for body text and headings (registered in fop.xconf). -->
  <xsl:param name="font-size" as="xs:double" select="0"/>
  <xsl:param name="line-height" as="xs:double" select="0"/>
  <xsl:param name="margin-inner-mm" as="xs:double" select="0"/>
  <xsl:param name="margin-outer-mm" as="xs:double" select="0"/>
  <xsl:param name="body-font" as="xs:string" select="''"/>
  <!-- The type area in characters of the body size per line and lines per page (版心 N 字 × M 行);
       0 = as many as the margins leave room for (the margins then follow from the grid). -->
  <xsl:param name="characters-per-line" as="xs:integer" select="0"/>
  <xsl:param name="lines-per-page" as="xs:integer" select="0"/>
  <!-- Stops and closing marks at the end of a full line, and opening marks at its start: 'trim'
       (their empty half taken away, the ink at the margin), 'full' (kept full width), 'hang'
       (a line-end mark set in the margin). -->
  <xsl:param name="punctuation-style" as="xs:string" select="'trim'"/>
  <xsl:param name="heading-font" as="xs:string" select="''"/>
  <!-- What the running heads carry: 'book' (the book's title on left-hand pages, the chapter's on
       right-hand ones, folios at the outer corners of the head line, none on openings), 'chapter'
       (the chapter's title centred on every page, folio centred at the foot); '' = book in print,
       chapter on screen. -->
  <xsl:param name="running-heads" as="xs:string" select="''"/>
  <!-- The parent sheet the book is printed on, millimetres (the copyright page's 开本):
       787×1092 (正度) by default, 889×1194 (大度) the large one. -->
  <xsl:param name="parent-sheet" as="xs:string" select="'787×1092'"/>

  <!-- The PDF edition's page count from a first layout (pdf/LayoutPasses), the print edition's
       with its blank pages: the copyright page's 印张 and 字数. 0 until a layout has counted. -->
  <xsl:param name="book-pages" as="xs:integer" select="0"/>

  <!-- The language of generated text when the book does not say (book/@xml:lang). -->
  <xsl:param name="default-language" as="xs:string" select="'zh-CN'"/>

  <!-- A draft shows the authors' remarks (remark), highlighted; a book leaves them out. No
       switch of the command line sets it yet: a customisation layer or a transformer may. -->
  <xsl:param name="draft" as="xs:boolean" select="false()"/>
</xsl:stylesheet>
