<?xml version="1.0" encoding="UTF-8"?>
<!--
  The typography of the PDF as attribute sets, named element.part: every font, size, colour and
  space the FO templates use. The sets are built from the theme's values (common/theme.xml, read
  by theme.xsl; the Chinese typesetting's constants are at the top of cjk.xsl); sizes only the
  PDF has are written here, as multiples of the body size where they scale with it. Templates
  elsewhere in xsl/fo/ only name these sets: ThemeTest fails on a literal size there, and on a
  literal colour anywhere but in theme.xml.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    exclude-result-prefixes="#all">

  <!-- ============================================================ page geometry -->

  <!-- A page of the book; in print, with its bleed and crop-mark band (FOP's prepress
       extensions) and with everything beyond the trim visible. -->
  <xsl:attribute-set name="page.sheet">
    <xsl:attribute name="page-width" select="f:mm($paper-width-mm)"/>
    <xsl:attribute name="page-height" select="f:mm($paper-height-mm)"/>
    <xsl:attribute name="fox:bleed" select="if ($print) then f:mm($bleed-mm) else '0mm'"/>
    <xsl:attribute name="fox:crop-offset" select="if ($print) then f:mm($crop-offset-mm) else '0mm'"/>
    <xsl:attribute name="fox:crop-box" select="if ($print) then 'media-box' else 'trim-box'"/>
  </xsl:attribute-set>

  <!-- A right-hand (odd) page: the gutter, the inner margin, is on the left. -->
  <xsl:attribute-set name="page" use-attribute-sets="page.sheet">
    <xsl:attribute name="margin-top" select="$margin-page"/>
    <xsl:attribute name="margin-bottom" select="$margin-page"/>
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

  <!-- The region the print edition's crop marks are drawn from: it takes no room. -->
  <xsl:attribute-set name="page.marks">
    <xsl:attribute name="region-name">marks</xsl:attribute>
    <xsl:attribute name="extent">0mm</xsl:attribute>
  </xsl:attribute-set>

  <!-- Crop marks (hairlines in the theme's weight and colour, page-layout.xsl) are drawn in a
       box from corner to corner of the crop-mark band. -->
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
    <xsl:attribute name="margin-top" select="$margin-body"/>
    <xsl:attribute name="margin-bottom" select="$margin-body"/>
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
    <xsl:attribute name="line-height" select="f:theme('heading-line-height')"/>
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
    <xsl:attribute name="space-before" select="f:body-em('section1-space-before')"/>
    <xsl:attribute name="space-after" select="f:body-em('section1-space-after')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="section.title.level2" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * $scale)"/>
    <xsl:attribute name="space-before" select="f:body-em('section2-space-before')"/>
    <xsl:attribute name="space-after" select="f:body-em('section2-space-after')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="section.title.level3" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="space-before" select="f:body-em('section3-space-before')"/>
    <xsl:attribute name="space-after" select="f:body-em('section3-space-after')"/>
  </xsl:attribute-set>

  <!-- ============================================================ body text -->

  <xsl:attribute-set name="para">
    <xsl:attribute name="text-indent" select="f:theme('para-indent')"/>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="text-align-last">start</xsl:attribute>
    <!-- Chinese lines have no spaces to stretch: FOP needs some elastic letter-spacing to find
         its breaks, but only a little, so that it breaks where the grid holds; the line pass
         (pdf/LineGrid) then spaces each line in clreq's order. -->
    <xsl:attribute name="letter-spacing.minimum">0pt</xsl:attribute>
    <xsl:attribute name="letter-spacing.optimum">0pt</xsl:attribute>
    <xsl:attribute name="letter-spacing.maximum" select="$han-stretch"/>
    <xsl:attribute name="orphans" select="f:theme('orphans')"/>
    <xsl:attribute name="widows" select="f:theme('widows')"/>
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
    <xsl:attribute name="font-size" select="f:theme('script-size')"/>
    <!-- An explicit shift: FOP's "super" lifts Noto CJK by its huge ascent, a whole line. -->
    <xsl:attribute name="baseline-shift">0.45em</xsl:attribute>
    <xsl:attribute name="line-height">0</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="subscript">
    <xsl:attribute name="font-size" select="f:theme('script-size')"/>
    <xsl:attribute name="baseline-shift">-0.1em</xsl:attribute>
    <xsl:attribute name="line-height">0</xsl:attribute>
  </xsl:attribute-set>

  <!-- ============================================================ Chinese typesetting -->

  <!-- The amounts are cjk.xsl's constants, named at the top of that module with their reasons. -->

  <!-- The character before a Han–Latin boundary carries the quarter em after it. -->
  <xsl:attribute-set name="cjk.autospace">
    <xsl:attribute name="letter-spacing" select="$autospace"/>
  </xsl:attribute-set>

  <!-- A Latin or digit run: justification stretches Han text, never the inside of a word. -->
  <xsl:attribute-set name="cjk.western">
    <xsl:attribute name="letter-spacing" select="$fixed-letter-spacing"/>
  </xsl:attribute-set>

  <!-- Holds a U+200B break opportunity: fixed letter-spacing, or FOP overfills the line. -->
  <xsl:attribute-set name="cjk.break">
    <xsl:attribute name="letter-spacing" select="$fixed-letter-spacing"/>
  </xsl:attribute-set>

  <!-- A punctuation mark followed by another gives up its empty half (标点挤压). -->
  <xsl:attribute-set name="cjk.compressed">
    <xsl:attribute name="letter-spacing" select="$punctuation-compression"/>
  </xsl:attribute-set>

  <!-- 破折号: two dashes joined into one rule. -->
  <xsl:attribute-set name="cjk.dash">
    <xsl:attribute name="letter-spacing" select="$fixed-letter-spacing"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="cjk.dash.first">
    <xsl:attribute name="letter-spacing" select="$dash-overlap"/>
  </xsl:attribute-set>

  <!-- 间隔号: a Latin dot given a whole character's width. -->
  <xsl:attribute-set name="cjk.middle-dot">
    <xsl:attribute name="letter-spacing" select="$fixed-letter-spacing"/>
    <xsl:attribute name="padding-start" select="$middle-dot-padding"/>
    <xsl:attribute name="padding-end" select="$middle-dot-padding"/>
  </xsl:attribute-set>

  <!-- ============================================================ block structures -->

  <xsl:attribute-set name="list">
    <xsl:attribute name="provisional-distance-between-starts" select="f:theme('list-indent')"/>
    <xsl:attribute name="provisional-label-separation">0.5em</xsl:attribute>
    <xsl:attribute name="space-before" select="f:body-em('list-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('list-space')"/>
    <xsl:attribute name="start-indent" select="'from-parent(start-indent) + ' || f:theme('list-indent')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.title" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="space-before" select="f:body-em('list-title-space')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.item">
    <xsl:attribute name="space-before" select="f:body-em('list-item-space')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="list.label">
    <xsl:attribute name="text-align">end</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="blockquote">
    <xsl:attribute name="start-indent" select="'from-parent(start-indent) + ' || f:theme('blockquote-indent')"/>
    <xsl:attribute name="end-indent" select="'from-parent(end-indent) + ' || f:theme('blockquote-indent')"/>
    <xsl:attribute name="space-before" select="f:body-em('blockquote-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('blockquote-space')"/>
    <xsl:attribute name="font-size" select="f:body-em('blockquote-size')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="blockquote.attribution">
    <xsl:attribute name="text-align">end</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.3)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="note">
    <xsl:attribute name="space-before" select="f:body-em('note-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('note-space')"/>
    <xsl:attribute name="padding" select="f:body-em('note-padding')"/>
    <xsl:attribute name="border-left-style">solid</xsl:attribute>
    <xsl:attribute name="border-left-width" select="f:theme('note-rule')"/>
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
    <xsl:attribute name="space-before" select="f:body-em('figure-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('figure-space')"/>
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
    <xsl:attribute name="font-size" select="f:body-em('caption-size')"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="space-before" select="f:body-em('caption-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('caption-space')"/>
  </xsl:attribute-set>
  <!-- A table's caption stands above it, so it is never left alone at the foot of a page. -->
  <xsl:attribute-set name="caption__table" use-attribute-sets="caption">
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="caption.label">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="padding-end">1em</xsl:attribute>
  </xsl:attribute-set>

  <!-- Tables: their rules are drawn by tables.xsl (common/table-rules.xsl decides which). -->
  <xsl:attribute-set name="table">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.6)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 1)"/>
    <xsl:attribute name="border-collapse">collapse</xsl:attribute>
    <xsl:attribute name="font-size" select="f:body-em('table-size')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="table.head">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="table.cell">
    <xsl:attribute name="padding" select="f:body-em('cell-padding')"/>
    <xsl:attribute name="text-align">start</xsl:attribute>
  </xsl:attribute-set>

  <!-- ============================================================ footnotes -->

  <xsl:attribute-set name="footnote.mark" use-attribute-sets="superscript">
    <xsl:attribute name="font-family" select="$serif"/>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="color" select="$text-colour"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="footnote.body">
    <xsl:attribute name="font-size" select="f:body-em('footnote-size')"/>
    <xsl:attribute name="line-height">1.5</xsl:attribute>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="font-family" select="$serif"/>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.25)"/>
    <!-- Notes hold URLs that break only at a few points: FOP may stretch their Han text as it
         did (else it overfills a line with a URL); the line pass sets a note line that would
         need more than 0.1 em between Han characters ragged-right. -->
    <xsl:attribute name="letter-spacing.maximum" select="$note-han-stretch"/>
  </xsl:attribute-set>

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
    <xsl:attribute name="start-indent" select="f:theme('toc-indent')"/>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.2)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="toc.entry.level2" use-attribute-sets="toc.entry">
    <xsl:attribute name="start-indent" select="(2 * f:theme-length('toc-indent', 'em')) || 'em'"/>
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

  <!-- 版权页: a page of its own, the text at its foot. -->
  <xsl:attribute-set name="copyright.page">
    <xsl:attribute name="font-size" select="f:body-em('copyright-size')"/>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="display-align">after</xsl:attribute>
    <xsl:attribute name="break-before">page</xsl:attribute>
    <xsl:attribute name="height">100%</xsl:attribute>
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
    <xsl:attribute name="font-size" select="f:body-em('copyright-size')"/>
  </xsl:attribute-set>

  <!-- ============================================================ references -->

  <!-- The entries' list: the [n] labels in a column as wide as the widest (a digit and a
       bracket are about half an em), the text hanging after it. The context is the
       bibliography or bibliodiv. -->
  <xsl:attribute-set name="bibliography.list">
    <xsl:attribute name="provisional-label-separation" select="f:body-em('bibliography-label-gap')"/>
    <xsl:attribute name="provisional-distance-between-starts" select="f:pt($base-font-size
        * (0.55 * (2 + string-length(string(count(ancestor-or-self::*:bibliography[last()]//(*:biblioentry | *:bibliomixed))))))
        + $base-font-size * f:theme-length('bibliography-label-gap', 'em'))"/>
    <xsl:attribute name="space-before" select="f:body-em('list-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('list-space')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="bibliography.entry">
    <xsl:attribute name="space-before" select="f:body-em('bibliography-entry-space')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="bibliography.label">
    <xsl:attribute name="text-align">start</xsl:attribute>
  </xsl:attribute-set>

  <!-- Ragged right: entries are full of addresses and numbers that justification would spread. -->
  <xsl:attribute-set name="bibliography.text" use-attribute-sets="para__plain">
    <xsl:attribute name="text-align">start</xsl:attribute>
  </xsl:attribute-set>

  <!-- A citation in the text: a superscript [n] (GB/T 7714-2015, 10.1.2). -->
  <xsl:attribute-set name="citation" use-attribute-sets="superscript"/>
</xsl:stylesheet>
