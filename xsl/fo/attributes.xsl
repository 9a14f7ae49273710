<?xml version="1.0" encoding="UTF-8"?>
<!--
  The typography of the PDF, in one place: every font, size, colour and space the FO templates
  use is an attribute set here, named element.part and derived from a few base values. Templates
  elsewhere in xsl/fo/ only name these sets (a test keeps literal typography out of them).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    exclude-result-prefixes="#all">

  <!-- ============================================================ base values -->

  <!-- The fonts registered in fonts/fop.xconf. -->
  <xsl:variable name="serif" as="xs:string" select="($body-font[. != ''], 'Noto Serif CJK SC')[1]"/>
  <xsl:variable name="sans" as="xs:string" select="($heading-font[. != ''], 'Noto Sans CJK SC')[1]"/>

  <!-- Paper dimensions in millimetres, for the margins derived from them. -->
  <xsl:variable name="paper-width-mm" as="xs:double" select="f:millimetres($paper-width)"/>
  <xsl:variable name="paper-height-mm" as="xs:double" select="f:millimetres($paper-height)"/>

  <!-- Body text: 五号 (10.5 pt) on A4 and 16 开, 小五 (9 pt) on A5. -->
  <xsl:variable name="base-font-size" as="xs:double"
      select="if ($font-size gt 0) then $font-size else if ($paper-width-mm lt 160) then 9.5 else 10.5"/>
  <!-- Line pitch as a multiple of the font size: Chinese needs more air than Latin. -->
  <xsl:variable name="base-line-height" as="xs:double" select="if ($line-height gt 0) then $line-height else 1.75"/>
  <!-- Headings grow by this ratio per level (a modular scale). -->
  <xsl:variable name="scale" as="xs:double" select="1.2"/>

  <xsl:variable name="margin-inner"
      select="f:mm(if ($margin-inner-mm gt 0) then $margin-inner-mm else $paper-width-mm * 0.12)"/>
  <xsl:variable name="margin-outer"
      select="f:mm(if ($margin-outer-mm gt 0) then $margin-outer-mm else $paper-width-mm * 0.11)"/>
  <xsl:variable name="header-extent" select="f:mm($paper-height-mm * 0.04)"/>

  <xsl:variable name="print" as="xs:boolean" select="$edition = 'print'"/>
  <!-- In print every part ends on a left-hand page, so the next opens on a right-hand one. -->
  <xsl:variable name="page-count" as="xs:string" select="if ($print) then 'end-on-even' else 'no-force'"/>

  <!-- Colours: sRGB on screen; process colours (CMYK) in print, where PDF/X wants no RGB, and
       links are set in the colour of the text, since paper cannot be clicked. -->
  <xsl:variable name="text-colour" as="xs:string"
      select="if ($print) then 'cmyk(0,0,0,0.9)' else '#1a1a1a'"/>
  <xsl:variable name="accent-colour" as="xs:string"
      select="if ($print) then 'cmyk(0.15,0.95,0.85,0.45)' else '#7a1f1f'"/>
  <xsl:variable name="link-colour" as="xs:string" select="if ($print) then $text-colour else '#1d4e89'"/>
  <xsl:variable name="rule-colour" as="xs:string"
      select="if ($print) then 'cmyk(0,0,0,0.5)' else '#808080'"/>
  <xsl:variable name="paper-colour" as="xs:string" select="if ($print) then 'cmyk(0,0,0,0)' else '#ffffff'"/>
  <xsl:variable name="note-colour" as="xs:string"
      select="if ($print) then 'cmyk(0,0.02,0.05,0.03)' else '#f6f3ee'"/>

  <!-- Print: the bleed beyond the trim, and the band outside it where crop marks are drawn. -->
  <xsl:variable name="bleed-mm" as="xs:double" select="3"/>
  <xsl:variable name="crop-offset-mm" as="xs:double" select="10"/>

  <xsl:function name="f:pt" as="xs:string">
    <xsl:param name="points" as="xs:double"/>
    <xsl:sequence select="format-number($points, '0.##') || 'pt'"/>
  </xsl:function>

  <xsl:function name="f:mm" as="xs:string">
    <xsl:param name="millimetres" as="xs:double"/>
    <xsl:sequence select="format-number($millimetres, '0.#') || 'mm'"/>
  </xsl:function>

  <xsl:function name="f:millimetres" as="xs:double">
    <xsl:param name="length" as="xs:string"/>
    <xsl:variable name="number" select="number(replace($length, '[a-z]+$', ''))"/>
    <xsl:sequence select="if (ends-with($length, 'cm')) then $number * 10
        else if (ends-with($length, 'in')) then $number * 25.4
        else if (ends-with($length, 'pt')) then $number * 25.4 div 72
        else $number"/>
  </xsl:function>

  <!-- ============================================================ page geometry -->

  <!-- A page of the book; in print, with its bleed and crop-mark band (FOP's prepress
       extensions) and with everything beyond the trim visible. -->
  <xsl:attribute-set name="page.sheet">
    <xsl:attribute name="page-width" select="$paper-width"/>
    <xsl:attribute name="page-height" select="$paper-height"/>
    <xsl:attribute name="fox:bleed" select="if ($print) then f:mm($bleed-mm) else '0mm'"/>
    <xsl:attribute name="fox:crop-offset" select="if ($print) then f:mm($crop-offset-mm) else '0mm'"/>
    <xsl:attribute name="fox:crop-box" select="if ($print) then 'media-box' else 'trim-box'"/>
  </xsl:attribute-set>

  <!-- A right-hand (odd) page: the gutter, the inner margin, is on the left. -->
  <xsl:attribute-set name="page" use-attribute-sets="page.sheet">
    <xsl:attribute name="margin-top" select="f:mm($paper-height-mm * 0.04)"/>
    <xsl:attribute name="margin-bottom" select="f:mm($paper-height-mm * 0.04)"/>
    <xsl:attribute name="margin-left" select="$margin-inner"/>
    <xsl:attribute name="margin-right" select="$margin-outer"/>
  </xsl:attribute-set>

  <!-- A left-hand (even) page: margins mirrored. -->
  <xsl:attribute-set name="page__verso" use-attribute-sets="page">
    <xsl:attribute name="margin-left" select="$margin-outer"/>
    <xsl:attribute name="margin-right" select="$margin-inner"/>
  </xsl:attribute-set>

  <!-- The cover's background runs into the bleed. -->
  <xsl:attribute-set name="cover.background" use-attribute-sets="cover">
    <xsl:attribute name="margin" select="if ($print) then f:mm(-$bleed-mm) else '0mm'"/>
  </xsl:attribute-set>

  <!-- Crop marks: registration black hairlines (SVG units are millimetres). -->
  <xsl:variable name="crop-mark-weight" as="xs:double" select="0.25"/>
  <xsl:variable name="crop-mark-colour" as="xs:string" select="'black'"/>

  <xsl:attribute-set name="crop-marks.holder">
    <xsl:attribute name="line-height">0</xsl:attribute>
    <xsl:attribute name="font-size">0</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="crop-marks">
    <xsl:attribute name="absolute-position">fixed</xsl:attribute>
    <xsl:attribute name="left" select="f:mm(-$crop-offset-mm)"/>
    <xsl:attribute name="top" select="f:mm(-$crop-offset-mm)"/>
    <xsl:attribute name="width" select="f:mm($paper-width-mm + 2 * $crop-offset-mm)"/>
    <xsl:attribute name="height" select="f:mm($paper-height-mm + 2 * $crop-offset-mm)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="page.body">
    <xsl:attribute name="margin-top" select="f:mm($paper-height-mm * 0.045)"/>
    <xsl:attribute name="margin-bottom" select="f:mm($paper-height-mm * 0.045)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="page.header">
    <xsl:attribute name="extent" select="$header-extent"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="page.footer">
    <xsl:attribute name="extent" select="$header-extent"/>
    <xsl:attribute name="display-align">after</xsl:attribute>
  </xsl:attribute-set>

  <!-- ============================================================ the document -->

  <xsl:attribute-set name="root">
    <xsl:attribute name="font-family" select="$serif"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="line-height" select="$base-line-height"/>
    <xsl:attribute name="color" select="$text-colour"/>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <!-- FOP picks its Chinese line breaking from the language. -->
    <xsl:attribute name="language" select="substring-before($f:language || '-', '-')"/>
    <xsl:attribute name="country" select="substring-before(substring-after($f:language || '-', '-') || '-', '-')"/>
  </xsl:attribute-set>

  <!-- ============================================================ running heads -->

  <xsl:attribute-set name="header">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 0.8)"/>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="border-bottom-style">solid</xsl:attribute>
    <xsl:attribute name="border-bottom-width">0.4pt</xsl:attribute>
    <xsl:attribute name="border-bottom-color" select="$rule-colour"/>
    <xsl:attribute name="padding-bottom">2pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="footer.folio">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 0.8)"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <!-- ============================================================ headings -->

  <xsl:attribute-set name="heading">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="line-height">1.4</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="division.label" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * $scale)"/>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="color" select="$accent-colour"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 4)"/>
    <xsl:attribute name="space-before.conditionality">retain</xsl:attribute>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.8)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="division.title" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * math:pow($scale, 4))"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 4)"/>
    <xsl:attribute name="space-before.conditionality">retain</xsl:attribute>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 3)"/>
  </xsl:attribute-set>

  <!-- The title when a label line already stands above it. -->
  <xsl:attribute-set name="division.title__labelled" use-attribute-sets="division.title">
    <xsl:attribute name="space-before">0pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="section.title.level1" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * $scale * $scale)"/>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1.6)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.8)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="section.title.level2" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * $scale)"/>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1.2)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.6)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="section.title.level3" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.4)"/>
  </xsl:attribute-set>

  <!-- ============================================================ body text -->

  <xsl:attribute-set name="para">
    <xsl:attribute name="text-indent">2em</xsl:attribute>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="text-align-last">start</xsl:attribute>
    <!-- Chinese lines have no spaces to stretch: justification needs elastic letter-spacing. -->
    <xsl:attribute name="letter-spacing.minimum">0pt</xsl:attribute>
    <xsl:attribute name="letter-spacing.optimum">0pt</xsl:attribute>
    <xsl:attribute name="letter-spacing.maximum">0.5em</xsl:attribute>
    <xsl:attribute name="orphans">2</xsl:attribute>
    <xsl:attribute name="widows">2</xsl:attribute>
  </xsl:attribute-set>

  <!-- Paragraphs that are not running text (list items, cells, notes): no first-line indent. -->
  <xsl:attribute-set name="para__plain" use-attribute-sets="para">
    <xsl:attribute name="text-indent">0em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="emphasis">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="emphasis__bold">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="citetitle">
    <xsl:attribute name="font-style">italic</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="link">
    <xsl:attribute name="color" select="$link-colour"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="superscript">
    <xsl:attribute name="font-size">65%</xsl:attribute>
    <!-- An explicit shift: FOP's "super" lifts Noto CJK by its huge ascent, a whole line. -->
    <xsl:attribute name="baseline-shift">0.45em</xsl:attribute>
    <xsl:attribute name="line-height">0</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="subscript">
    <xsl:attribute name="font-size">65%</xsl:attribute>
    <xsl:attribute name="baseline-shift">-0.1em</xsl:attribute>
    <xsl:attribute name="line-height">0</xsl:attribute>
  </xsl:attribute-set>

  <!-- ============================================================ Chinese typesetting -->

  <!-- Space between Han characters and Latin letters or digits (clreq: a quarter em). -->
  <xsl:variable name="autospace" as="xs:string" select="'0.25em'"/>

  <!-- The character before a Han–Latin boundary carries the quarter em after it. -->
  <xsl:attribute-set name="cjk.autospace">
    <xsl:attribute name="letter-spacing" select="$autospace"/>
  </xsl:attribute-set>

  <!-- A Latin or digit run: justification stretches Han text, never the inside of a word. -->
  <xsl:attribute-set name="cjk.western">
    <xsl:attribute name="letter-spacing">0pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- Holds a U+200B break opportunity: fixed letter-spacing, or FOP overfills the line. -->
  <xsl:attribute-set name="cjk.break">
    <xsl:attribute name="letter-spacing">0pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- A punctuation mark followed by another gives up its empty half (标点挤压). -->
  <xsl:attribute-set name="cjk.compressed">
    <xsl:attribute name="letter-spacing">-0.5em</xsl:attribute>
  </xsl:attribute-set>

  <!-- 破折号: Noto's U+2014 is 0.89 em with side bearings (ink 0.043–0.846 em); the first dash
       is drawn back over the gap so the two join into one rule of 1.7 em. -->
  <xsl:attribute-set name="cjk.dash">
    <xsl:attribute name="letter-spacing">0pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="cjk.dash.first">
    <xsl:attribute name="letter-spacing">-0.087em</xsl:attribute>
  </xsl:attribute-set>

  <!-- 间隔号: U+00B7 is a 0.327 em Latin dot in Noto; Chinese gives it a whole character. -->
  <xsl:attribute-set name="cjk.middle-dot">
    <xsl:attribute name="letter-spacing">0pt</xsl:attribute>
    <xsl:attribute name="padding-start">0.3365em</xsl:attribute>
    <xsl:attribute name="padding-end">0.3365em</xsl:attribute>
  </xsl:attribute-set>

  <!-- ============================================================ block structures -->

  <xsl:attribute-set name="list">
    <xsl:attribute name="provisional-distance-between-starts">2em</xsl:attribute>
    <xsl:attribute name="provisional-label-separation">0.5em</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.4)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.4)"/>
    <xsl:attribute name="start-indent">from-parent(start-indent) + 2em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.title" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.6)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.item">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.2)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.label">
    <xsl:attribute name="text-align">end</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="blockquote">
    <xsl:attribute name="start-indent">from-parent(start-indent) + 2em</xsl:attribute>
    <xsl:attribute name="end-indent">from-parent(end-indent) + 2em</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.8)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.8)"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 0.95)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="blockquote.attribution">
    <xsl:attribute name="text-align">end</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.3)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="note">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.8)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.8)"/>
    <xsl:attribute name="padding" select="f:pt($base-font-size * 0.6)"/>
    <xsl:attribute name="border-left-style">solid</xsl:attribute>
    <xsl:attribute name="border-left-width">2pt</xsl:attribute>
    <xsl:attribute name="border-left-color" select="$accent-colour"/>
    <xsl:attribute name="background-color" select="$note-colour"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 0.95)"/>
    <xsl:attribute name="keep-together.within-page">5</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="note.title" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="color" select="$accent-colour"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.3)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="figure">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 1)"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="figure.image">
    <xsl:attribute name="content-width">scale-down-to-fit</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="scaling">uniform</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="caption">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 0.9)"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.4)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.4)"/>
  </xsl:attribute-set>
  <!-- A table's caption stands above it, so it is never left alone at the foot of a page. -->
  <xsl:attribute-set name="caption__table" use-attribute-sets="caption">
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="caption.label">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="padding-end">1em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="table">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.6)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 1)"/>
    <xsl:attribute name="border-collapse">collapse</xsl:attribute>
    <xsl:attribute name="border-top-style">solid</xsl:attribute>
    <xsl:attribute name="border-top-width">1pt</xsl:attribute>
    <xsl:attribute name="border-bottom-style">solid</xsl:attribute>
    <xsl:attribute name="border-bottom-width">1pt</xsl:attribute>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 0.9)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="table.head">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="border-bottom-style">solid</xsl:attribute>
    <xsl:attribute name="border-bottom-width">0.5pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="table.cell">
    <xsl:attribute name="padding" select="f:pt($base-font-size * 0.3)"/>
    <xsl:attribute name="border-bottom-style">solid</xsl:attribute>
    <xsl:attribute name="border-bottom-width">0.3pt</xsl:attribute>
    <xsl:attribute name="border-bottom-color" select="$rule-colour"/>
    <xsl:attribute name="text-align">start</xsl:attribute>
  </xsl:attribute-set>

  <!-- ============================================================ footnotes -->

  <xsl:attribute-set name="footnote.mark" use-attribute-sets="superscript">
    <xsl:attribute name="font-family" select="$serif"/>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="color" select="$text-colour"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="footnote.body">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 0.8)"/>
    <xsl:attribute name="line-height">1.5</xsl:attribute>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="font-family" select="$serif"/>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.25)"/>
  </xsl:attribute-set>

  <!-- Room for the note's number: three digits from the 100th note on. -->
  <xsl:variable name="footnote-label-width" as="xs:string"
      select="if (count(//*:footnote) ge 100) then '2.4em' else if (count(//*:footnote) ge 10) then '1.8em' else '1.4em'"/>

  <xsl:attribute-set name="footnote.list">
    <!-- A note at the foot of an indented block (a list, a quote) starts at the margin. -->
    <xsl:attribute name="start-indent">0pt</xsl:attribute>
    <xsl:attribute name="end-indent">0pt</xsl:attribute>
    <xsl:attribute name="provisional-distance-between-starts" select="$footnote-label-width"/>
    <xsl:attribute name="provisional-label-separation">0.4em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="footnote.separator">
    <xsl:attribute name="leader-pattern">rule</xsl:attribute>
    <xsl:attribute name="leader-length">30%</xsl:attribute>
    <xsl:attribute name="rule-thickness">0.4pt</xsl:attribute>
    <xsl:attribute name="color" select="$rule-colour"/>
  </xsl:attribute-set>

  <!-- The rule sits on the baseline of a small line of its own, so it is drawn inside the space
       FOP reserves for the separator, not across the first note. -->
  <xsl:attribute-set name="footnote.separator.block">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 0.6)"/>
    <xsl:attribute name="line-height">1</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.4)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.2)"/>
  </xsl:attribute-set>

  <!-- ============================================================ table of contents -->

  <xsl:attribute-set name="toc.title" use-attribute-sets="division.title"/>

  <xsl:attribute-set name="toc.entry">
    <xsl:attribute name="text-align-last">justify</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="end-indent">3em</xsl:attribute>
    <xsl:attribute name="last-line-end-indent">-3em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="toc.entry.level0" use-attribute-sets="toc.entry">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.8)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="toc.entry.level1" use-attribute-sets="toc.entry">
    <xsl:attribute name="start-indent">2em</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.2)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="toc.entry.level2" use-attribute-sets="toc.entry">
    <xsl:attribute name="start-indent">4em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="toc.label">
    <xsl:attribute name="padding-end">1em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="toc.leader">
    <xsl:attribute name="leader-pattern">dots</xsl:attribute>
    <xsl:attribute name="leader-pattern-width">0.5em</xsl:attribute>
    <xsl:attribute name="padding-start">0.5em</xsl:attribute>
    <xsl:attribute name="padding-end">0.5em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="toc.page-number">
    <xsl:attribute name="font-family" select="$serif"/>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
  </xsl:attribute-set>

  <!-- ============================================================ title pages -->

  <xsl:attribute-set name="cover">
    <xsl:attribute name="background-color" select="$accent-colour"/>
    <xsl:attribute name="color" select="$paper-colour"/>
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>

  <!-- The cover title's size (points) and its indent on either side (a fraction of the page). -->
  <xsl:variable name="cover-title-size" as="xs:double" select="$base-font-size * 2.6"/>
  <xsl:variable name="cover-title-indent" as="xs:double" select="0.12"/>
  <!-- How many characters of the cover title fit a line: the measure over the title's size. -->
  <xsl:variable name="cover-title-chars" as="xs:integer"
      select="xs:integer(floor(($paper-width-mm * (1 - 2 * $cover-title-indent)) div ($cover-title-size * 25.4 div 72)))"/>

  <xsl:attribute-set name="cover.title">
    <xsl:attribute name="font-size" select="f:pt($cover-title-size)"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="line-height">1.4</xsl:attribute>
    <xsl:attribute name="start-indent" select="($cover-title-indent * 100) || '%'"/>
    <xsl:attribute name="end-indent" select="($cover-title-indent * 100) || '%'"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="cover.subtitle">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 1.4)"/>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1.5)"/>
    <xsl:attribute name="start-indent">12%</xsl:attribute>
    <xsl:attribute name="end-indent">12%</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="cover.publisher">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 1.3)"/>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 16)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="cover.rule">
    <xsl:attribute name="leader-pattern">rule</xsl:attribute>
    <xsl:attribute name="leader-length">40%</xsl:attribute>
    <xsl:attribute name="rule-thickness">1pt</xsl:attribute>
    <xsl:attribute name="color" select="$paper-colour"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="titlepage.title" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 2.2)"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 10)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="titlepage.subtitle">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 1.3)"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1.5)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="titlepage.author">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 1.3)"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 5)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="titlepage.publisher">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 1.1)"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 14)"/>
  </xsl:attribute-set>

  <!-- The date under the publisher, in the subtitle's face. -->
  <xsl:attribute-set name="titlepage.date">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 1.3)"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1.5)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="copyright.page">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 0.85)"/>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="display-align">after</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="copyright.heading" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.5)"/>
    <xsl:attribute name="border-bottom-style">solid</xsl:attribute>
    <xsl:attribute name="border-bottom-width">0.5pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="copyright.line">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.2)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="abstract">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1)"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 0.85)"/>
  </xsl:attribute-set>
</xsl:stylesheet>
