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

  <!-- The index's pages: two columns, each a whole number of characters of the body size. -->
  <xsl:attribute-set name="page.body.index" use-attribute-sets="page.body">
    <xsl:attribute name="column-count">2</xsl:attribute>
    <xsl:attribute name="column-gap" select="f:pt($base-font-size
        * (f:theme-number('index-column-gap') + ($grid-characters - f:theme-number('index-column-gap')) mod 2))"/>
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

  <!-- Book heads (headers.xsl): the title at the inner side, the folio at the outer corner, the
       space between them a leader that fills the line. -->
  <xsl:attribute-set name="header__book" use-attribute-sets="header">
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="text-align-last">justify</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="header.gap">
    <xsl:attribute name="leader-pattern">space</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="header.folio">
    <xsl:attribute name="font-family" select="$sans"/>
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

  <!-- The space at a Han–Latin boundary where a line may break: a quarter em, down to an eighth
       when FOP justifies (a space of the body's fonts is about a quarter em wide; the line pass
       sets it exactly, from an eighth to a third). -->
  <xsl:attribute-set name="cjk.autospace-break">
    <!-- A wrapper: no area and, as an artifact, no element of the PDF's structure tree. -->
    <xsl:attribute name="role">artifact</xsl:attribute>
    <xsl:attribute name="letter-spacing" select="$fixed-spacing"/>
    <xsl:attribute name="word-spacing.minimum" select="$autospace-shrink"/>
    <xsl:attribute name="word-spacing.optimum">0em</xsl:attribute>
    <xsl:attribute name="word-spacing.maximum" select="$autospace-stretch"/>
  </xsl:attribute-set>

  <!-- A Latin or digit run: justification stretches Han text, never the inside of a word. -->
  <xsl:attribute-set name="cjk.western">
    <xsl:attribute name="letter-spacing" select="$fixed-spacing"/>
  </xsl:attribute-set>

  <!-- Holds a U+200B break opportunity: fixed letter-spacing, or FOP overfills the line. -->
  <xsl:attribute-set name="cjk.break">
    <xsl:attribute name="letter-spacing" select="$fixed-spacing"/>
  </xsl:attribute-set>

  <!-- A punctuation mark followed by another gives up its empty half (标点挤压). -->
  <xsl:attribute-set name="cjk.compressed">
    <xsl:attribute name="letter-spacing" select="$punctuation-compression"/>
  </xsl:attribute-set>

  <!-- 破折号: two dashes joined into one rule. -->
  <xsl:attribute-set name="cjk.dash">
    <xsl:attribute name="letter-spacing" select="$fixed-spacing"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="cjk.dash.first">
    <xsl:attribute name="letter-spacing" select="$dash-overlap"/>
  </xsl:attribute-set>

  <!-- 间隔号: a Latin dot given a whole character's width. -->
  <xsl:attribute-set name="cjk.middle-dot">
    <xsl:attribute name="letter-spacing" select="$fixed-spacing"/>
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

  <!-- 版权页: its text, smaller and unindented (its page sequence sets it at the page's foot). -->
  <xsl:attribute-set name="copyright.page">
    <xsl:attribute name="font-size" select="f:body-em('copyright-size')"/>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="copyright.heading" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.5)"/>
    <xsl:attribute name="border-bottom-style">solid</xsl:attribute>
    <xsl:attribute name="border-bottom-width">0.5pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- The CIP block (GB/T 12451): framed by a rule, its heading and lines flush left. -->
  <xsl:attribute-set name="copyright.cip">
    <xsl:attribute name="border-style">solid</xsl:attribute>
    <xsl:attribute name="border-width">0.5pt</xsl:attribute>
    <xsl:attribute name="border-color" select="$rule-colour"/>
    <xsl:attribute name="padding" select="f:pt($base-font-size * 0.6)"/>
    <!-- Apart from the abstract above it as from the record below: the frame does not touch text. -->
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1.5)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 1.5)"/>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="copyright.cip.title">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.4)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="copyright.cip.line">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.2)"/>
  </xsl:attribute-set>

  <!-- The edition record opens with a rule above it. -->
  <xsl:attribute-set name="copyright.record">
    <xsl:attribute name="border-top-style">solid</xsl:attribute>
    <xsl:attribute name="border-top-width">0.5pt</xsl:attribute>
    <xsl:attribute name="border-top-color" select="$rule-colour"/>
    <xsl:attribute name="padding-top" select="f:pt($base-font-size * 0.4)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="copyright.line">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.2)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="abstract">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1)"/>
    <xsl:attribute name="font-size" select="f:body-em('copyright-size')"/>
  </xsl:attribute-set>
  <!-- ============================================================ blocks of issue 15 -->
  <!-- Examples, sidebars, admonitions, equations, definitions, steps, questions and answers,
       epigraphs, addresses, remarks. Indents are whole characters (the theme's em lengths as
       points of the body size) and spaces whole lines, so text inside these blocks stays on the
       body's grid; the box of a sidebar or an admonition is drawn in the padding around text
       that is indented by as much. -->

  <!-- The space above and below a block that stands apart from the text, in lines. -->
  <xsl:variable name="block-space" as="xs:string" select="f:pt($line-pitch-pt * f:theme-number('block-space'))"/>

  <!-- A paragraph set in pieces around a list or a table: the pieces carry the indents. -->
  <xsl:attribute-set name="para.split">
    <xsl:attribute name="text-indent">0em</xsl:attribute>
  </xsl:attribute-set>

  <!-- The text after a block inside a paragraph continues the paragraph: no new indent. -->
  <xsl:attribute-set name="para__continued" use-attribute-sets="para__plain"/>

  <!-- A formalpara's title, run in: bold, and an em of space before the text. -->
  <xsl:attribute-set name="formalpara.title">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="padding-end">1em</xsl:attribute>
  </xsl:attribute-set>

  <!-- Admonitions: a tinted box with the accent's rule at its start; the text two characters'
       worth of padding in from the box's edges is on the grid. -->
  <xsl:attribute-set name="admonition">
    <xsl:attribute name="space-before" select="$block-space"/>
    <xsl:attribute name="space-after" select="$block-space"/>
    <xsl:attribute name="start-indent" select="'from-parent(start-indent) + ' || f:body-em('box-padding')"/>
    <xsl:attribute name="end-indent" select="'from-parent(end-indent) + ' || f:body-em('box-padding')"/>
    <xsl:attribute name="padding" select="f:body-em('box-padding')"/>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="border-start-style">solid</xsl:attribute>
    <xsl:attribute name="border-start-width" select="f:theme('note-rule')"/>
    <xsl:attribute name="border-start-color" select="$accent-colour"/>
    <xsl:attribute name="background-color" select="$note-colour"/>
    <xsl:attribute name="keep-together.within-page">5</xsl:attribute>
  </xsl:attribute-set>

  <!-- Caution and warning: the same box, framed all round in the accent. -->
  <xsl:attribute-set name="admonition__warning" use-attribute-sets="admonition">
    <xsl:attribute name="border-before-style">solid</xsl:attribute>
    <xsl:attribute name="border-before-width" select="f:theme('frame-rule')"/>
    <xsl:attribute name="border-before-color" select="$accent-colour"/>
    <xsl:attribute name="border-after-style">solid</xsl:attribute>
    <xsl:attribute name="border-after-width" select="f:theme('frame-rule')"/>
    <xsl:attribute name="border-after-color" select="$accent-colour"/>
    <xsl:attribute name="border-end-style">solid</xsl:attribute>
    <xsl:attribute name="border-end-width" select="f:theme('frame-rule')"/>
    <xsl:attribute name="border-end-color" select="$accent-colour"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="admonition.title" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="line-height" select="$base-line-height"/>
    <xsl:attribute name="color" select="$accent-colour"/>
  </xsl:attribute-set>

  <!-- A sidebar: a hairline box, its title at the top. -->
  <xsl:attribute-set name="sidebar">
    <xsl:attribute name="space-before" select="$block-space"/>
    <xsl:attribute name="space-after" select="$block-space"/>
    <xsl:attribute name="start-indent" select="'from-parent(start-indent) + ' || f:body-em('box-padding')"/>
    <xsl:attribute name="end-indent" select="'from-parent(end-indent) + ' || f:body-em('box-padding')"/>
    <xsl:attribute name="padding" select="f:body-em('box-padding')"/>
    <xsl:attribute name="border-style">solid</xsl:attribute>
    <xsl:attribute name="border-width" select="f:theme('frame-rule')"/>
    <xsl:attribute name="border-color" select="$rule-colour"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="sidebar.title" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="line-height" select="$base-line-height"/>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
  </xsl:attribute-set>

  <!-- An example: between hairlines, its caption above it. -->
  <xsl:attribute-set name="example">
    <xsl:attribute name="space-before" select="$block-space"/>
    <xsl:attribute name="space-after" select="$block-space"/>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="border-after-style">solid</xsl:attribute>
    <xsl:attribute name="border-after-width" select="f:theme('frame-rule')"/>
    <xsl:attribute name="border-after-color" select="$rule-colour"/>
    <xsl:attribute name="keep-together.within-page">5</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="example.title" use-attribute-sets="caption">
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="space-before">0pt</xsl:attribute>
    <xsl:attribute name="border-after-style">solid</xsl:attribute>
    <xsl:attribute name="border-after-width" select="f:theme('frame-rule')"/>
    <xsl:attribute name="border-after-color" select="$rule-colour"/>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- An equation: centred between indents that leave room for its number at the right. -->
  <xsl:attribute-set name="equation">
    <xsl:attribute name="space-before" select="$block-space"/>
    <xsl:attribute name="space-after" select="$block-space"/>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="provisional-distance-between-starts" select="f:body-em('equation-indent')"/>
    <xsl:attribute name="provisional-label-separation">0pt</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="equation.body">
    <xsl:attribute name="end-indent" select="'from-parent(end-indent) + ' || f:body-em('equation-indent')"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <!-- The number spans the whole measure, set at its end. -->
  <xsl:attribute-set name="equation.label">
    <xsl:attribute name="end-indent">0pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="equation.number">
    <xsl:attribute name="text-align">end</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="mathphrase">
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <!-- A variable list: terms bold, each definition two characters in. -->
  <xsl:attribute-set name="variablelist">
    <xsl:attribute name="space-before" select="f:body-em('list-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('list-space')"/>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="varlistentry.term">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before" select="f:body-em('list-item-space')"/>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="varlistentry.definition">
    <xsl:attribute name="start-indent" select="'from-parent(start-indent) + ' || f:body-em('definition-indent')"/>
  </xsl:attribute-set>

  <!-- A simple list in one column: its members under each other, two characters in. -->
  <xsl:attribute-set name="simplelist">
    <xsl:attribute name="space-before" select="f:body-em('list-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('list-space')"/>
    <xsl:attribute name="start-indent" select="'from-parent(start-indent) + ' || f:theme('list-indent')"/>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
  </xsl:attribute-set>

  <!-- In columns: a table without rules. -->
  <xsl:attribute-set name="simplelist.table">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
  </xsl:attribute-set>

  <!-- FOP adds an inherited start-indent again inside the cells: the columns start at the table. -->
  <xsl:attribute-set name="simplelist.body">
    <xsl:attribute name="start-indent">0pt</xsl:attribute>
    <xsl:attribute name="end-indent">0pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- A Q&A set: apart from the text after it. -->
  <xsl:attribute-set name="qandaset">
    <xsl:attribute name="space-after" select="f:body-em('list-space')"/>
  </xsl:attribute-set>

  <!-- A procedure's and a Q&A set's titles: like a list's. -->
  <xsl:attribute-set name="procedure.title" use-attribute-sets="list.title">
    <xsl:attribute name="line-height" select="$base-line-height"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="step.title">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- Questions and answers: 问：, 答： in a column of two characters at the text's start. -->
  <xsl:attribute-set name="qandaentry">
    <xsl:attribute name="provisional-distance-between-starts" select="f:body-em('qanda-label')"/>
    <xsl:attribute name="provisional-label-separation">0pt</xsl:attribute>
    <xsl:attribute name="space-before" select="f:body-em('list-space')"/>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="qanda.label">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="question">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- An epigraph: set at the end of the line, well in from the start. -->
  <xsl:attribute-set name="epigraph">
    <xsl:attribute name="start-indent" select="'from-parent(start-indent) + ' || f:body-em('epigraph-indent')"/>
    <xsl:attribute name="text-align">end</xsl:attribute>
    <xsl:attribute name="text-align-last">end</xsl:attribute>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="space-after" select="$block-space"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="epigraph.para" use-attribute-sets="para__plain">
    <xsl:attribute name="text-align">end</xsl:attribute>
    <xsl:attribute name="text-align-last">end</xsl:attribute>
  </xsl:attribute-set>

  <!-- An address: its lines as written, at the text's start. -->
  <xsl:attribute-set name="address">
    <xsl:attribute name="text-indent">0em</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="space-before" select="f:body-em('list-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('list-space')"/>
  </xsl:attribute-set>

  <!-- A remark in a draft: highlighted. -->
  <xsl:attribute-set name="remark">
    <xsl:attribute name="background-color" select="f:colour('remark')"/>
  </xsl:attribute-set>

  <!-- ============================================================ code (issue 15) -->

  <!-- Code's sizes in points of this book: the text of a listing (absolute, so that a listing
       in a smaller note keeps the columns it was measured with), its box's padding and frame. -->
  <xsl:variable name="mono" as="xs:string" select="f:font-family('mono')"/>
  <xsl:variable name="code-size-pt" as="xs:double" select="$base-font-size * f:theme-length('code-size', 'em')"/>
  <xsl:variable name="code-padding-pt" as="xs:double" select="$base-font-size * f:theme-length('code-padding', 'em')"/>
  <xsl:variable name="code-rule-pt" as="xs:double" select="f:theme-length('code-rule-width', 'pt')"/>

  <!-- How many columns (half an em of the code's size each) a listing's line holds: the measure,
       less the indents of the blocks around the listing and its own box. 0 where the width is
       not known here (a table cell, a footnote): FOP then breaks long lines itself, at spaces. -->
  <xsl:function name="f:code-columns" as="xs:integer">
    <xsl:param name="listing" as="element()"/>
    <xsl:variable name="indents" select="
        count($listing/ancestor::*[local-name() = ('listitem', 'step', 'callout', 'varlistentry', 'glossdef', 'answer', 'question')])
            * $base-font-size * f:theme-length('list-indent', 'em')
        + count($listing/ancestor::*[local-name() = ('blockquote', 'epigraph')]) * 2 * $base-font-size * f:theme-length('blockquote-indent', 'em')
        + count($listing/ancestor::*[local-name() = ('note', 'tip', 'important', 'caution', 'warning', 'sidebar')])
            * 2 * ($base-font-size * f:theme-length('note-padding', 'em') + $base-font-size * f:theme-length('code-padding', 'em'))"/>
    <xsl:variable name="width" select="$measure-pt - $indents - 2 * ($code-padding-pt + $code-rule-pt)"/>
    <xsl:sequence select="if ($listing/ancestor::*[local-name() = ('entry', 'footnote', 'td', 'th')]) then 0
        else xs:integer(floor(($width - 0.01) div ($code-size-pt div 2)))"/>
  </xsl:function>

  <!-- A program listing, screen or synopsis: the author's lines and spaces, in the monospaced
       face, in a framed box inside the measure (margins of 0 put padding and frame inside it). -->
  <xsl:attribute-set name="code.block">
    <xsl:attribute name="font-family" select="$mono"/>
    <xsl:attribute name="font-size" select="f:pt($code-size-pt)"/>
    <xsl:attribute name="line-height" select="f:theme('code-line-height')"/>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-align-last">start</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="letter-spacing">0pt</xsl:attribute>
    <xsl:attribute name="word-spacing">0pt</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="linefeed-treatment">preserve</xsl:attribute>
    <xsl:attribute name="white-space-treatment">preserve</xsl:attribute>
    <xsl:attribute name="white-space-collapse">false</xsl:attribute>
    <xsl:attribute name="wrap-option">wrap</xsl:attribute>
    <xsl:attribute name="margin-left">0pt</xsl:attribute>
    <xsl:attribute name="margin-right">0pt</xsl:attribute>
    <xsl:attribute name="padding" select="f:exact-pt($code-padding-pt)"/>
    <xsl:attribute name="border-style">solid</xsl:attribute>
    <xsl:attribute name="border-width" select="f:exact-pt($code-rule-pt)"/>
    <xsl:attribute name="border-color" select="f:colour('code-rule')"/>
    <xsl:attribute name="background-color" select="f:colour('code-background')"/>
    <xsl:attribute name="space-before" select="f:body-em('code-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('code-space')"/>
    <xsl:attribute name="orphans">3</xsl:attribute>
    <xsl:attribute name="widows">3</xsl:attribute>
  </xsl:attribute-set>

  <!-- A literal layout that is not code: the body face, its lines and spaces kept. -->
  <xsl:attribute-set name="literallayout">
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="linefeed-treatment">preserve</xsl:attribute>
    <xsl:attribute name="white-space-treatment">preserve</xsl:attribute>
    <xsl:attribute name="white-space-collapse">false</xsl:attribute>
    <xsl:attribute name="wrap-option">wrap</xsl:attribute>
    <xsl:attribute name="space-before" select="f:body-em('code-space')"/>
    <xsl:attribute name="space-after" select="f:body-em('code-space')"/>
  </xsl:attribute-set>

  <!-- A word of inline code: one line's, but where code.xsl's f:breakable-code breaks it. -->
  <xsl:attribute-set name="code.word">
    <xsl:attribute name="keep-together.within-line">always</xsl:attribute>
  </xsl:attribute-set>

  <!-- Inline code: the monospaced face at the size of its text; justification does not stretch it,
       between its letters or at its spaces (FOP's word spaces are elastic by default: it opened
       the space of 「pkg_add -r」 by 2.3 em in a note of FreeBSD's linux-users). -->
  <xsl:attribute-set name="code.inline">
    <xsl:attribute name="font-family" select="$mono"/>
    <xsl:attribute name="letter-spacing" select="$fixed-spacing"/>
    <xsl:attribute name="word-spacing" select="$fixed-spacing"/>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="code.userinput">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="code.replaceable">
    <xsl:attribute name="font-style">italic</xsl:attribute>
    <xsl:attribute name="color" select="f:colour('code-mark')"/>
  </xsl:attribute-set>

  <!-- A callout mark (❶), in the listing and before its explanation. -->
  <xsl:attribute-set name="code.callout">
    <xsl:attribute name="font-family" select="$mono"/>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="color" select="f:colour('code-mark')"/>
    <xsl:attribute name="letter-spacing">0pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- The mark at the end of a line broken to fit the measure (⏎). -->
  <xsl:attribute-set name="code.continuation">
    <xsl:attribute name="color" select="f:colour('code-mark')"/>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="calloutlist" use-attribute-sets="list">
    <xsl:attribute name="provisional-distance-between-starts" select="f:theme('list-indent')"/>
  </xsl:attribute-set>

  <!-- ============================================================ technical inlines (issue 15) -->

  <!-- Names of programs and packages, menus and buttons: the sans face. -->
  <xsl:attribute-set name="inline.sans">
    <xsl:attribute name="font-family" select="$sans"/>
  </xsl:attribute-set>

  <!-- A key: the sans face. Not framed: the line pass moves glyphs after FOP drew the frame. -->
  <xsl:attribute-set name="inline.keycap">
    <xsl:attribute name="font-family" select="$sans"/>
  </xsl:attribute-set>

  <!-- A term defined where it first appears: bold sans (黑体), as strong emphasis. -->
  <xsl:attribute-set name="inline.firstterm" use-attribute-sets="emphasis__bold"/>

  <!-- Trademark signs and the like: small, raised. -->
  <xsl:attribute-set name="inline.trademark" use-attribute-sets="superscript"/>

  <!-- An inline image: at most the height of the text's em. -->
  <xsl:attribute-set name="inline.image">
    <xsl:attribute name="content-height">scale-down-to-fit</xsl:attribute>
    <xsl:attribute name="height">1em</xsl:attribute>
    <xsl:attribute name="scaling">uniform</xsl:attribute>
    <xsl:attribute name="alignment-baseline">central</xsl:attribute>
  </xsl:attribute-set>
  <!-- ============================================================ structure (issue 15) -->

  <!-- A title page's second and further parties, under the first. -->
  <xsl:attribute-set name="titlepage.author__next" use-attribute-sets="titlepage.author">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.6)"/>
  </xsl:attribute-set>

  <!-- Headings below the third level: the fourth in the heading face at the body's size, deeper
       ones in the body's face (bold), so the depth still shows. -->
  <xsl:attribute-set name="section.title.level4" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="space-before" select="f:body-em('section4-space-before')"/>
    <xsl:attribute name="space-after" select="f:body-em('section4-space-after')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="section.title.deeper" use-attribute-sets="heading">
    <xsl:attribute name="font-family" select="$serif"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="space-before" select="f:body-em('section4-space-before')"/>
    <xsl:attribute name="space-after" select="f:body-em('section4-space-after')"/>
  </xsl:attribute-set>

  <!-- An article's section number before the title. -->
  <xsl:attribute-set name="section.number">
    <xsl:attribute name="padding-end" select="f:theme('section-number-gap')"/>
  </xsl:attribute-set>

  <!-- An article's running head: the section after the title. -->
  <xsl:attribute-set name="header.section">
    <xsl:attribute name="padding-start" select="f:pt($base-font-size * 2)"/>
  </xsl:attribute-set>

  <!-- A part's opening page: 第一部分 and the title, centred, a third down the page. -->
  <xsl:attribute-set name="part.label" use-attribute-sets="division.label">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * $scale * $scale)"/>
    <xsl:attribute name="space-before" select="f:body-em('part-space-before')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="part.title" use-attribute-sets="division.title">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * math:pow($scale, 5))"/>
    <xsl:attribute name="space-before">0pt</xsl:attribute>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 2)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="part.subtitle" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * $scale)"/>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="partintro">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 2)"/>
  </xsl:attribute-set>

  <!-- Parts in the contents: above their chapters, set apart. -->
  <xsl:attribute-set name="toc.entry.part" use-attribute-sets="toc.entry.level0">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * $scale)"/>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1.5)"/>
  </xsl:attribute-set>

  <!-- The index: its title across both columns; a letter's heading kept with its first entry;
       an entry never broken across columns, its turned lines and its next levels standing in. -->
  <xsl:attribute-set name="index.title" use-attribute-sets="division.title">
    <xsl:attribute name="span">all</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="index.letter" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size * $scale)"/>
    <xsl:attribute name="space-before" select="f:body-em('index-letter-space')"/>
    <xsl:attribute name="keep-with-next.within-column">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="index.entry">
    <xsl:attribute name="keep-together.within-column">always</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-align-last">start</xsl:attribute>
    <xsl:attribute name="text-indent" select="'-' || f:body-em('index-level-indent')"/>
  </xsl:attribute-set>

  <!-- Each level stands in one indent more; turned lines one more than their first. -->
  <xsl:attribute-set name="index.entry.level1" use-attribute-sets="index.entry">
    <xsl:attribute name="start-indent" select="f:body-em('index-level-indent')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="index.entry.level2" use-attribute-sets="index.entry">
    <xsl:attribute name="start-indent" select="f:pt(2 * $base-font-size * f:theme-length('index-level-indent', 'em'))"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="index.entry.level3" use-attribute-sets="index.entry">
    <xsl:attribute name="start-indent" select="f:pt(3 * $base-font-size * f:theme-length('index-level-indent', 'em'))"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="index.preferred">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <!-- A glossary: terms bold, definitions indented below them. -->
  <xsl:attribute-set name="glossentry">
    <xsl:attribute name="space-before" select="f:body-em('glossentry-space')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="glossterm">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="glossdef">
    <xsl:attribute name="start-indent" select="f:theme('glossdef-indent')"/>
  </xsl:attribute-set>

  <!-- An article's title block at the head of its first page. -->
  <xsl:attribute-set name="article.title" use-attribute-sets="division.title">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 2)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.8)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="article.subtitle" use-attribute-sets="titlepage.subtitle">
    <xsl:attribute name="space-before">0pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="article.authors">
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1.2)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="article.author">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size * 1.1)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="article.affiliation">
    <xsl:attribute name="font-size" select="f:body-em('article-info-size')"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="article.info">
    <xsl:attribute name="font-size" select="f:body-em('article-info-size')"/>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1.2)"/>
    <xsl:attribute name="start-indent" select="f:pt($base-font-size * 2)"/>
    <xsl:attribute name="end-indent" select="f:pt($base-font-size * 2)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="article.info.heading" use-attribute-sets="heading">
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 0.3)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="article.toc">
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 1.2)"/>
    <xsl:attribute name="space-after" select="f:pt($base-font-size * 1.2)"/>
  </xsl:attribute-set>

  <!-- The revision history: a small ruled table. -->
  <xsl:attribute-set name="revhistory">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="space-before" select="f:pt($base-font-size * 0.3)"/>
    <xsl:attribute name="border-top-style">solid</xsl:attribute>
    <xsl:attribute name="border-top-width">0.5pt</xsl:attribute>
    <xsl:attribute name="border-bottom-style">solid</xsl:attribute>
    <xsl:attribute name="border-bottom-width">0.5pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="revhistory.head">
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <!-- Indents reset: a cell's blocks would otherwise inherit those of the block around the table. -->
  <xsl:attribute-set name="revhistory.cell">
    <xsl:attribute name="start-indent">0pt</xsl:attribute>
    <xsl:attribute name="end-indent">0pt</xsl:attribute>
    <xsl:attribute name="padding" select="f:pt($base-font-size * 0.2)"/>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-indent">0em</xsl:attribute>
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

  <!-- ============================================================ the print cover (print-cover.xsl) -->
  <!-- The spread's page (after page.sheet): exact, not to the tenth of a millimetre. -->
  <xsl:attribute-set name="print-cover.sheet">
    <xsl:attribute name="page-width" select="f:exact-mm($paper-width-mm)"/>
    <xsl:attribute name="page-height" select="f:exact-mm($paper-height-mm)"/>
  </xsl:attribute-set>

  <!-- Its panels, placed on the spread: back, spine, front, each the cover's colour. -->
  <xsl:attribute-set name="print-cover.panel" use-attribute-sets="cover">
    <xsl:attribute name="absolute-position">fixed</xsl:attribute>
    <xsl:attribute name="top">0mm</xsl:attribute>
    <xsl:attribute name="height" select="f:mm($paper-height-mm)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="print-cover.front" use-attribute-sets="print-cover.panel">
    <xsl:attribute name="left" select="f:exact-mm($print-cover-trim-width-mm + $print-cover-spine-mm)"/>
    <xsl:attribute name="width" select="f:exact-mm($print-cover-trim-width-mm)"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="print-cover.spine" use-attribute-sets="print-cover.panel">
    <xsl:attribute name="left" select="f:exact-mm($print-cover-trim-width-mm)"/>
    <xsl:attribute name="width" select="f:exact-mm($print-cover-spine-mm)"/>
    <xsl:attribute name="font-size" select="f:pt($spine-font-size)"/>
    <xsl:attribute name="line-height">1.1</xsl:attribute>
  </xsl:attribute-set>

  <!-- Title, author and publisher on the spine, an em apart. -->
  <xsl:attribute-set name="print-cover.spine-part">
    <xsl:attribute name="space-before">1em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="print-cover.barcode-field">
    <xsl:attribute name="absolute-position">fixed</xsl:attribute>
    <xsl:attribute name="left" select="f:exact-mm($barcode-left-mm)"/>
    <xsl:attribute name="top" select="f:mm($barcode-top-mm)"/>
    <xsl:attribute name="width" select="f:exact-mm($barcode-field-width-mm)"/>
    <xsl:attribute name="height" select="f:mm($barcode-field-height-mm)"/>
    <xsl:attribute name="background-color" select="$paper-colour"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="print-cover.bar">
    <xsl:attribute name="absolute-position">fixed</xsl:attribute>
    <xsl:attribute name="top" select="f:exact-mm($barcode-top-mm + $barcode-padding-mm)"/>
    <xsl:attribute name="height" select="f:exact-mm($barcode-height-mm)"/>
    <xsl:attribute name="background-color" select="$text-colour"/>
  </xsl:attribute-set>

  <xsl:attribute-set name="print-cover.barcode-digits">
    <xsl:attribute name="absolute-position">fixed</xsl:attribute>
    <xsl:attribute name="left" select="f:mm($barcode-left-mm)"/>
    <xsl:attribute name="width" select="f:mm($barcode-field-width-mm)"/>
    <xsl:attribute name="top" select="f:mm($barcode-top-mm + $barcode-padding-mm + $barcode-height-mm)"/>
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-size" select="f:pt($barcode-digits-size)"/>
    <xsl:attribute name="line-height">1.4</xsl:attribute>
    <xsl:attribute name="color" select="$text-colour"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="print-cover.price">
    <xsl:attribute name="absolute-position">fixed</xsl:attribute>
    <xsl:attribute name="left" select="f:mm($barcode-left-mm)"/>
    <xsl:attribute name="width" select="f:mm($barcode-field-width-mm)"/>
    <xsl:attribute name="top" select="f:mm($paper-height-mm - $print-cover-margin-mm + $barcode-padding-mm)"/>
    <xsl:attribute name="font-family" select="$sans"/>
    <xsl:attribute name="font-size" select="f:pt($base-font-size)"/>
    <xsl:attribute name="color" select="$paper-colour"/>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>
</xsl:stylesheet>
