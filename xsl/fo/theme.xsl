<?xml version="1.0" encoding="UTF-8"?>
<!--
  The theme (common/theme.xml) as the PDF reads it: the edition, decided here once; the base
  values (fonts, body size, line pitch, scale, colours, page geometry), with what a book's
  typography.properties overrides; and the units. attributes.xsl builds its attribute sets from
  these; other modules use $print and the named values, never a literal size or colour.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- ============================================================ the edition -->

  <!-- The one place the edition parameter is read. Print: PDF/X, CMYK, bleed and crop marks,
       mirrored margins, parts opening on a right-hand page, links as plain text. -->
  <xsl:variable name="print" as="xs:boolean" select="$edition = 'print'"/>

  <!-- ============================================================ reading the theme -->

  <!-- Resolved against this module, not the book or the working folder: in the publisher's jar
       the stylesheets are jar: URLs, and theme.xml travels beside them. -->
  <xsl:variable name="f:theme-document" as="document-node()"
      select="doc(resolve-uri('../common/theme.xml', static-base-uri()))"/>

  <!-- Every named entry, by name; a name written twice stops the build. -->
  <xsl:variable name="f:theme-entries" as="map(xs:string, element())"
      select="map:merge($f:theme-document/theme//*[@name] ! map{string(@name): .}, map{'duplicates': 'reject'})"/>

  <xsl:function name="f:theme-entry" as="element()">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="entry" select="$f:theme-entries($name)"/>
    <xsl:if test="empty($entry)">
      <xsl:message terminate="yes" error-code="f:theme">common/theme.xml has no entry named '<xsl:value-of select="$name"/>'</xsl:message>
    </xsl:if>
    <xsl:sequence select="$entry"/>
  </xsl:function>

  <!-- The PDF's value of an entry, as written: its pdf value, else the value all outputs share. -->
  <xsl:function name="f:theme" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="entry" select="f:theme-entry($name)"/>
    <xsl:if test="empty($entry/(@pdf, @value))">
      <xsl:message terminate="yes" error-code="f:theme">common/theme.xml: '<xsl:value-of select="$name"/>' has no value for the PDF</xsl:message>
    </xsl:if>
    <xsl:sequence select="string(($entry/@pdf, $entry/@value)[1])"/>
  </xsl:function>

  <!-- A length's number, in the unit the caller computes with: a value in another unit is an
       error, not a silent change of size. -->
  <xsl:function name="f:theme-length" as="xs:double">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="unit" as="xs:string"/>
    <xsl:variable name="value" select="f:theme($name)"/>
    <xsl:if test="not(matches($value, '^[0-9.]+' || $unit || '$'))">
      <xsl:message terminate="yes" error-code="f:theme">common/theme.xml: '<xsl:value-of select="$name"/>' is <xsl:value-of select="$value"/>; the PDF needs it in <xsl:value-of select="$unit"/></xsl:message>
    </xsl:if>
    <xsl:sequence select="xs:double(substring($value, 1, string-length($value) - string-length($unit)))"/>
  </xsl:function>

  <!-- A ratio or a count: a number without a unit. -->
  <xsl:function name="f:theme-number" as="xs:double">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="f:theme-length($name, '')"/>
  </xsl:function>

  <!-- A colour for this edition: CMYK in print, sRGB on screen; print-as names the colour whose
       print value it takes. -->
  <xsl:function name="f:colour" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="colour" select="f:theme-entry($name)"/>
    <xsl:variable name="value" select="if (not($print)) then $colour/@screen
        else if ($colour/@print-as) then f:colour($colour/@print-as) else $colour/@print"/>
    <xsl:if test="empty($value)">
      <xsl:message terminate="yes" error-code="f:theme">common/theme.xml: colour '<xsl:value-of select="$name"/>' has no <xsl:value-of select="if ($print) then 'print' else 'screen'"/> value</xsl:message>
    </xsl:if>
    <xsl:sequence select="string($value)"/>
  </xsl:function>

  <!-- ============================================================ units -->

  <xsl:function name="f:pt" as="xs:string">
    <xsl:param name="points" as="xs:double"/>
    <xsl:sequence select="format-number($points, '0.##') || 'pt'"/>
  </xsl:function>

  <!-- To FOP's own precision (a millipoint): lengths that must add up to the grid. -->
  <xsl:function name="f:exact-pt" as="xs:string">
    <xsl:param name="points" as="xs:double"/>
    <xsl:sequence select="format-number($points, '0.###') || 'pt'"/>
  </xsl:function>

  <xsl:function name="f:mm" as="xs:string">
    <xsl:param name="millimetres" as="xs:double"/>
    <xsl:sequence select="format-number($millimetres, '0.#') || 'mm'"/>
  </xsl:function>

  <!-- A length of the theme in ems of the body text, as points of this book's body size. -->
  <xsl:function name="f:body-em" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="f:pt($base-font-size * f:theme-length($name, 'em'))"/>
  </xsl:function>

  <!-- ============================================================ fonts -->

  <!-- The family of the theme's font for a role (serif, sans), as fonts/fop.xconf registers it. -->
  <xsl:function name="f:font-family" as="xs:string">
    <xsl:param name="role" as="xs:string"/>
    <xsl:variable name="family" select="$f:theme-document/theme/fonts/font[@role = $role]/@family"/>
    <xsl:if test="empty($family)">
      <xsl:message terminate="yes" error-code="f:theme">common/theme.xml has no <xsl:value-of select="$role"/> font</xsl:message>
    </xsl:if>
    <xsl:sequence select="string($family)"/>
  </xsl:function>

  <!-- The theme's families, unless the book names its own. -->
  <xsl:variable name="serif" as="xs:string" select="($body-font[. != ''], f:font-family('serif'))[1]"/>
  <xsl:variable name="sans" as="xs:string" select="($heading-font[. != ''], f:font-family('sans'))[1]"/>

  <!-- ============================================================ text -->

  <!-- Body text: the theme's size for the paper (smaller on narrow paper), unless the book sets one. -->
  <xsl:variable name="base-font-size" as="xs:double" select="
      if ($font-size gt 0) then $font-size
      else if ($paper-width-mm lt f:theme-length('small-paper', 'mm')) then f:theme-length('body-size-small-paper', 'pt')
      else f:theme-length('body-size', 'pt')"/>
  <!-- Line pitch as a multiple of the font size. -->
  <xsl:variable name="base-line-height" as="xs:double"
      select="if ($line-height gt 0) then $line-height else f:theme-number('line-height')"/>
  <!-- Headings grow by this ratio per level. -->
  <xsl:variable name="scale" as="xs:double" select="f:theme-number('scale')"/>

  <!-- The cover title's size (points) and its indent on either side (a fraction of the page). -->
  <xsl:variable name="cover-title-size" as="xs:double" select="$base-font-size * 2.6"/>
  <xsl:variable name="cover-title-indent" as="xs:double" select="0.12"/>
  <!-- How many characters of the cover title fit a line: the measure over the title's size
       (points to millimetres: 25.4 / 72). -->
  <xsl:variable name="cover-title-chars" as="xs:integer"
      select="xs:integer(floor(($paper-width-mm * (1 - 2 * $cover-title-indent)) div ($cover-title-size * 25.4 div 72)))"/>

  <!-- ============================================================ the grid (版心) -->

  <!-- The type area is a whole number of characters by a whole number of lines (版心 N 字 × M 行),
       so that a line of Han characters alone fills the measure exactly and needs no spacing. The
       book may give N and M (typography.properties); otherwise they are as many as the margins
       (the book's in millimetres, else the theme's fractions) leave room for, and the margins
       follow: the rest of the width shared by the inner and outer margins in their ratio, the
       rest of the height by the top and bottom. -->
  <xsl:variable name="free-margin-inner-mm" as="xs:double"
      select="if ($margin-inner-mm gt 0) then $margin-inner-mm else $paper-width-mm * f:theme-number('margin-inner')"/>
  <xsl:variable name="free-margin-outer-mm" as="xs:double"
      select="if ($margin-outer-mm gt 0) then $margin-outer-mm else $paper-width-mm * f:theme-number('margin-outer')"/>
  <xsl:variable name="paper-width-pt" as="xs:double" select="$paper-width-mm * 72 div 25.4"/>
  <xsl:variable name="paper-height-pt" as="xs:double" select="$paper-height-mm * 72 div 25.4"/>
  <!-- N: characters of the body size per line. -->
  <xsl:variable name="grid-characters" as="xs:integer" select="
      if ($characters-per-line gt 0) then $characters-per-line
      else xs:integer(floor(($paper-width-mm - $free-margin-inner-mm - $free-margin-outer-mm) * 72 div 25.4
          div $base-font-size))"/>
  <xsl:variable name="measure-pt" as="xs:double" select="$grid-characters * $base-font-size"/>
  <!-- The line pitch, and the height the running head and folio take above and below the text. -->
  <xsl:variable name="line-pitch-pt" as="xs:double" select="$base-font-size * $base-line-height"/>
  <xsl:variable name="margin-body-pt" as="xs:double" select="$paper-height-pt * f:theme-number('margin-body')"/>
  <!-- M: lines per page. -->
  <xsl:variable name="grid-lines" as="xs:integer" select="
      if ($lines-per-page gt 0) then $lines-per-page
      else xs:integer(floor(($paper-height-pt * (1 - 2 * f:theme-number('margin-page')) - 2 * $margin-body-pt)
          div $line-pitch-pt))"/>

  <!-- Room for a footnote's number (three digits from the 100th note on), widened so that the
       notes' own measure is a whole number of characters of their size as well. -->
  <xsl:variable name="footnote-size-pt" as="xs:double" select="$base-font-size * f:theme-length('footnote-size', 'em')"/>
  <xsl:variable name="footnote-label-minimum" as="xs:double"
      select="if (count(//*:footnote) ge 100) then 2.4 else if (count(//*:footnote) ge 10) then 1.8 else 1.4"/>
  <xsl:variable name="footnote-label-width" as="xs:string" select="f:exact-pt($measure-pt - $footnote-size-pt
      * floor(($measure-pt - $footnote-label-minimum * $footnote-size-pt) div $footnote-size-pt))"/>

  <!-- ============================================================ colours -->

  <!-- sRGB on screen; process colours (CMYK) in print, where PDF/X wants no RGB, and links in
       the colour of the text, since paper cannot be clicked. -->
  <xsl:variable name="text-colour" as="xs:string" select="f:colour('text')"/>
  <xsl:variable name="accent-colour" as="xs:string" select="f:colour('accent')"/>
  <xsl:variable name="link-colour" as="xs:string" select="f:colour('link')"/>
  <xsl:variable name="rule-colour" as="xs:string" select="f:colour('rule')"/>
  <xsl:variable name="paper-colour" as="xs:string" select="f:colour('paper')"/>
  <xsl:variable name="note-colour" as="xs:string" select="f:colour('note')"/>

  <!-- ============================================================ page geometry -->

  <!-- Margins: what the grid leaves of the paper (above). -->
  <xsl:variable name="margin-inner" as="xs:string" select="f:exact-pt(($paper-width-pt - $measure-pt)
      * $free-margin-inner-mm div ($free-margin-inner-mm + $free-margin-outer-mm))"/>
  <xsl:variable name="margin-outer" as="xs:string" select="f:exact-pt(($paper-width-pt - $measure-pt)
      * $free-margin-outer-mm div ($free-margin-inner-mm + $free-margin-outer-mm))"/>
  <xsl:variable name="margin-page" as="xs:string"
      select="f:exact-pt(($paper-height-pt - 2 * $margin-body-pt - $grid-lines * $line-pitch-pt) div 2)"/>
  <xsl:variable name="margin-body" as="xs:string" select="f:exact-pt($margin-body-pt)"/>
  <xsl:variable name="header-extent" as="xs:string" select="f:mm($paper-height-mm * f:theme-number('header-extent'))"/>

  <!-- Print: the bleed beyond the trim, and the band outside it where crop marks are drawn. -->
  <xsl:variable name="bleed-mm" as="xs:double" select="f:theme-length('bleed', 'mm')"/>
  <xsl:variable name="crop-offset-mm" as="xs:double" select="f:theme-length('crop-offset', 'mm')"/>
  <!-- Crop marks are SVG, whose units here are millimetres. -->
  <xsl:variable name="crop-mark-weight" as="xs:double" select="f:theme-length('crop-mark-weight', 'mm')"/>
  <!-- The screen edition has no crop marks, and the theme gives them no screen colour. -->
  <xsl:variable name="crop-mark-colour" as="xs:string?" select="if ($print) then f:colour('crop-mark') else ()"/>

  <!-- ============================================================ the print cover (print-cover.xsl) -->
  <!-- Lengths that must add up: the spread's width, the bar code's modules. -->
  <xsl:function name="f:exact-mm" as="xs:string">
    <xsl:param name="millimetres" as="xs:double"/>
    <xsl:sequence select="format-number($millimetres, '0.####') || 'mm'"/>
  </xsl:function>
  <!-- The front's title: characters a line over one cover page's width, not the spread's. -->
  <xsl:variable name="print-cover-title-chars" as="xs:integer" select="max((1, xs:integer(floor(
      ($print-cover-trim-width-mm * (1 - 2 * $cover-title-indent)) div ($cover-title-size * 25.4 div 72)))))"/>
  <!-- EAN-13 at its nominal size (GB/T 12906, ISO/IEC 15420: a module of 0.33 mm, bars of
       22.85 mm), quiet zones of 11 and 7 modules, in a white field a margin from the back's foot
       and from the spine. -->
  <xsl:variable name="barcode-module-mm" as="xs:double" select="0.33"/>
  <xsl:variable name="barcode-height-mm" as="xs:double" select="22.85"/>
  <xsl:variable name="barcode-quiet-left" as="xs:integer" select="11"/>
  <xsl:variable name="barcode-quiet-right" as="xs:integer" select="7"/>
  <xsl:variable name="barcode-padding-mm" as="xs:double" select="2"/>
  <!-- Where the bar code's module $i (from 1) starts on the spread, and how wide $n modules are. -->
  <xsl:function name="f:barcode-module-left" as="xs:string">
    <xsl:param name="i" as="xs:integer"/>
    <xsl:sequence select="f:exact-mm($barcode-left-mm + ($barcode-quiet-left + $i - 1) * $barcode-module-mm)"/>
  </xsl:function>
  <xsl:function name="f:barcode-modules-width" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="f:exact-mm($n * $barcode-module-mm)"/>
  </xsl:function>
  <xsl:variable name="barcode-digits-size" as="xs:double" select="$base-font-size * 0.9"/>
  <xsl:variable name="print-cover-margin-mm" as="xs:double" select="15"/>
  <xsl:variable name="barcode-field-width-mm" as="xs:double"
      select="($barcode-quiet-left + 95 + $barcode-quiet-right) * $barcode-module-mm"/>
  <xsl:variable name="barcode-field-height-mm" as="xs:double"
      select="$barcode-height-mm + $barcode-digits-size * 1.4 * 25.4 div 72 + 2 * $barcode-padding-mm"/>
  <xsl:variable name="barcode-left-mm" as="xs:double"
      select="$print-cover-trim-width-mm - $print-cover-margin-mm - $barcode-field-width-mm"/>
  <xsl:variable name="barcode-top-mm" as="xs:double"
      select="$paper-height-mm - $print-cover-margin-mm - $barcode-field-height-mm"/>
  <!-- The spine's characters: as large as the spine's width and the spread's height allow, never
       larger than a subtitle's. -->
  <xsl:variable name="spine-font-size" as="xs:double" select="min(($base-font-size * 1.2,
      $print-cover-spine-mm * 0.6 * 72 div 25.4,
      $paper-height-mm * 0.8 * 72 div 25.4 div max((1, $print-cover-spine-chars + count($print-cover-spine-parts)))))"/>
</xsl:stylesheet>
