<?xml version="1.0" encoding="UTF-8"?>
<!--
  Logic shared by the PDF and the EPUB: generated text, numbering, titles, ids and the treatment
  of white space in Chinese text. Both drivers include this module, so a figure is 图 1-2 and a
  footnote is 7 in both outputs.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- Han: the blocks CJK Unified Ideographs (4E00–9FFF), Extension A (3400–4DBF), CJK
       Compatibility Ideographs (F900–FAFF), 〇 and 々, and plane 2 (Extensions B–F). Written as
       ranges: Saxon builds a \p{Is…} block into a hash set of every character; four classes like
       this one compiled in 157 ms in a fresh JVM as blocks, in 0.3 ms as ranges. -->
  <xsl:variable name="f:han" static="yes" as="xs:string"
      select="'&#x4E00;-&#x9FFF;&#x3400;-&#x4DBF;&#xF900;-&#xFAFF;〇々&#x20000;-&#x2FFFF;'"/>


  <!-- ============================================================ generated text -->

  <xsl:variable name="f:language" as="xs:string"
      select="(/db:book/@xml:lang, $default-language)[1]"/>

  <xsl:variable name="f:gentext" as="document-node()"
      select="(doc('l10n/' || $f:language || '.xml')[doc-available('l10n/' || $f:language || '.xml')],
               doc('l10n/zh-CN.xml'))[1]"/>

  <!-- The generated word for $key, with {name} placeholders filled from $values. -->
  <xsl:function name="f:gentext" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="map(xs:string, xs:anyAtomicType)"/>
    <xsl:variable name="template" select="$f:gentext/gentext/text[@key = $key]"/>
    <xsl:if test="empty($template)">
      <xsl:message terminate="yes" error-code="f:missing-gentext">no generated text for key '<xsl:value-of select="$key"/>'</xsl:message>
    </xsl:if>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="string($template)" regex="\{{([a-z]+)\}}">
        <xsl:matching-substring>
          <xsl:sequence select="string($values(regex-group(1)))"/>
        </xsl:matching-substring>
        <xsl:non-matching-substring>
          <xsl:sequence select="."/>
        </xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <xsl:function name="f:gentext" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="f:gentext($key, map{})"/>
  </xsl:function>

  <!-- ============================================================ ids and titles -->

  <!-- A stable id for any element: its own xml:id, else one Saxon derives from its position.
       Saxon's generate-id() is "d" + the document's number + "e" + the node's number; the
       document's number depends on how many documents the processor made before (the PDF and
       the EPUB are made at the same time), so only the node's part is kept: the same book
       gives the same ids. -->
  <xsl:function name="f:id" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="($node/@xml:id, 'n-' || replace(generate-id($node), '^d\d+', ''))[1]"/>
  </xsl:function>

  <xsl:function name="f:title" as="element(db:title)?">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="$node/db:title"/>
  </xsl:function>

  <!-- A division's title as plain text, exactly as in <title> (footnotes left out). -->
  <xsl:function name="f:title-text" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="normalize-space(string-join(f:title($node)//text()[not(ancestor::db:footnote)]))"/>
  </xsl:function>

  <!-- A title as its lines: one, or those an author marked with <?linebreak?> (DocBook XSL's
       processing instruction) where a long title may break on a cover or title page. -->
  <xsl:function name="f:title-lines" as="xs:string+">
    <xsl:param name="title" as="element()"/>
    <xsl:for-each-group select="$title/node()" group-starting-with="processing-instruction('linebreak')">
      <xsl:sequence select="normalize-space(string-join(current-group()/descendant-or-self::text()[not(ancestor::db:footnote)]))"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A <copyright> as its line: © 2024、2025 甲、乙. -->
  <xsl:function name="f:copyright-text" as="xs:string">
    <xsl:param name="copyright" as="element(db:copyright)"/>
    <xsl:sequence select="f:gentext('copyright', map{
        'year': string-join($copyright/db:year, f:gentext('enumeration-comma')),
        'holder': string-join($copyright/db:holder, f:gentext('enumeration-comma'))})"/>
  </xsl:function>

  <!-- A division as a line of text (bookmarks, contents, navigation): 第一章 标题, or the title. -->
  <xsl:function name="f:label-and-title" as="xs:string">
    <xsl:param name="division" as="element()"/>
    <xsl:sequence select="string-join((f:division-label($division)[. != ''], f:title-text($division)), ' ')"/>
  </xsl:function>

  <!-- ============================================================ numbering -->

  <!-- An ordered list's numbering as a format-integer picture (also HTML's ol/@type): 1, a, A, i, I. -->
  <xsl:function name="f:list-numbering" as="xs:string">
    <xsl:param name="list" as="element(db:orderedlist)"/>
    <xsl:sequence select="map{'arabic': '1', 'loweralpha': 'a', 'upperalpha': 'A', 'lowerroman': 'i',
        'upperroman': 'I'}(string(($list/@numeration, 'arabic')[1]))"/>
  </xsl:function>

  <!-- "第一章", "附录A", or "" for parts that carry no number (preface, colophon). -->
  <xsl:function name="f:division-label" as="xs:string">
    <xsl:param name="division" as="element()"/>
    <xsl:choose>
      <xsl:when test="$division/self::db:chapter">
        <xsl:sequence select="f:gentext('chapter-label', map{'n': format-integer(f:division-number($division), '一')})"/>
      </xsl:when>
      <xsl:when test="$division/self::db:appendix">
        <xsl:sequence select="f:gentext('appendix-label', map{'n': format-integer(f:division-number($division), 'A')})"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="''"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="f:division-number" as="xs:integer">
    <xsl:param name="division" as="element()"/>
    <xsl:sequence select="count($division/preceding-sibling::*[node-name() = node-name($division)]) + 1"/>
  </xsl:function>

  <!-- The number figures and tables of a division are prefixed with: "1" for chapter one, "A". -->
  <xsl:function name="f:division-prefix" as="xs:string">
    <xsl:param name="division" as="element()"/>
    <xsl:choose>
      <xsl:when test="$division/self::db:chapter">
        <xsl:sequence select="string(f:division-number($division))"/>
      </xsl:when>
      <xsl:when test="$division/self::db:appendix">
        <xsl:sequence select="format-integer(f:division-number($division), 'A')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="''"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="f:division" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::*[self::db:preface or self::db:chapter or self::db:appendix
        or self::db:colophon or self::db:bibliography[parent::db:book]][1]"/>
  </xsl:function>

  <!-- "1-2" for the second figure (or table) of chapter one; "2" in an unnumbered part. -->
  <xsl:function name="f:formal-number" as="xs:string">
    <xsl:param name="formal" as="element()"/>
    <xsl:variable name="division" select="f:division($formal)"/>
    <xsl:variable name="n" select="count($division//*[node-name() = node-name($formal)][. &lt;&lt; $formal]) + 1"/>
    <xsl:variable name="prefix" select="f:division-prefix($division)"/>
    <xsl:sequence select="if ($prefix) then $prefix || '-' || $n else string($n)"/>
  </xsl:function>

  <!-- "图 1-2" or "表 1-2". -->
  <xsl:function name="f:formal-label" as="xs:string">
    <xsl:param name="formal" as="element()"/>
    <xsl:sequence select="f:gentext(if ($formal/self::db:table) then 'table-label' else 'figure-label',
        map{'n': f:formal-number($formal)})"/>
  </xsl:function>

  <!-- Footnotes are numbered 1, 2, 3 … through the whole book. -->
  <xsl:function name="f:footnote-number" as="xs:integer">
    <xsl:param name="footnote" as="element(db:footnote)"/>
    <xsl:variable name="n" as="xs:integer">
      <xsl:number select="$footnote" level="any" count="db:footnote"/>
    </xsl:variable>
    <xsl:sequence select="$n"/>
  </xsl:function>

  <!-- ============================================================ CALS tables -->

  <!-- The colspec of column $n: by colnum, or by position among colspecs without colnum. -->
  <xsl:function name="f:colspec" as="element(db:colspec)?">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="tgroup" as="element(db:tgroup)"/>
    <xsl:sequence select="($tgroup/db:colspec[xs:integer(@colnum) = $n], $tgroup/db:colspec[not(@colnum)][$n])[1]"/>
  </xsl:function>

  <xsl:function name="f:column-number" as="xs:integer">
    <xsl:param name="colname" as="xs:string"/>
    <xsl:param name="tgroup" as="element(db:tgroup)"/>
    <xsl:variable name="colspec" select="$tgroup/db:colspec[@colname = $colname]"/>
    <xsl:if test="empty($colspec)">
      <xsl:message terminate="yes" error-code="f:bad-colname">table column "<xsl:value-of select="$colname"/>" is not declared by a colspec</xsl:message>
    </xsl:if>
    <xsl:sequence select="if ($colspec/@colnum) then xs:integer($colspec/@colnum)
        else count($colspec/preceding-sibling::db:colspec) + 1"/>
  </xsl:function>

  <!-- How many columns an entry spans (namest to nameend), 1 for most. -->
  <xsl:function name="f:entry-columns" as="xs:integer">
    <xsl:param name="entry" as="element(db:entry)"/>
    <xsl:variable name="tgroup" select="$entry/ancestor::db:tgroup[1]"/>
    <xsl:sequence select="if ($entry/@namest and $entry/@nameend)
        then f:column-number($entry/@nameend, $tgroup) - f:column-number($entry/@namest, $tgroup) + 1 else 1"/>
  </xsl:function>

  <!-- An entry's alignment, CALS inheritance: the entry, its column, row, body, tgroup. -->
  <xsl:function name="f:entry-align" as="xs:string?">
    <xsl:param name="entry" as="element(db:entry)"/>
    <xsl:variable name="tgroup" select="$entry/ancestor::db:tgroup[1]"/>
    <xsl:variable name="colspec" select="($tgroup/db:colspec[@colname = ($entry/@colname, $entry/@namest)])[1]"/>
    <xsl:sequence select="($entry/@align, $colspec/@align, $entry/../@align, $entry/../../@align,
        $tgroup/@align)[1][. = ('left', 'right', 'center', 'justify')]"/>
  </xsl:function>

  <xsl:function name="f:entry-valign" as="xs:string?">
    <xsl:param name="entry" as="element(db:entry)"/>
    <xsl:sequence select="($entry/@valign, $entry/../@valign, $entry/../../@valign)[1][. = ('top', 'middle', 'bottom')]"/>
  </xsl:function>

  <!-- ============================================================ cross references -->

  <!-- What an xref prints for its target: 第一章“标题”, “节标题”, 图 1-2 or 表 1-2. -->
  <xsl:function name="f:xref-text" as="xs:string">
    <xsl:param name="target" as="element()"/>
    <xsl:choose>
      <xsl:when test="$target/self::db:figure or $target/self::db:table">
        <xsl:sequence select="f:formal-label($target)"/>
      </xsl:when>
      <xsl:when test="f:division-label($target) and ($target/self::db:chapter or $target/self::db:appendix)">
        <xsl:sequence select="f:gentext('xref-division', map{'label': f:division-label($target),
            'title': f:title-text($target)})"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="f:xref-title-text($target)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The words an xref prints: its target's title (xrefstyle title, title-and-page) or its
       label and title (f:xref-text). -->
  <xsl:function name="f:xref-words" as="xs:string">
    <xsl:param name="xref" as="element(db:xref)"/>
    <xsl:variable name="target" select="key('f:id', $xref/@linkend, root($xref))"/>
    <xsl:sequence select="if (empty($target)) then ''
        else if ($xref/@xrefstyle = ('title', 'title-and-page')) then f:xref-title-text($target)
        else f:xref-text($target)"/>
  </xsl:function>

  <!-- The generated text that adds a page number to an xref (xref-page: the page alone, also for
       an anchor, which has no words; xref-with-page: words and page), or '' for words only. -->
  <xsl:function name="f:xref-page-key" as="xs:string">
    <xsl:param name="xref" as="element(db:xref)"/>
    <xsl:sequence select="if ($xref/@xrefstyle = 'page'
          or (key('f:id', $xref/@linkend, root($xref))/self::db:anchor and not($xref/@xrefstyle))) then 'xref-page'
        else if ($xref/@xrefstyle = ('number-and-page', 'title-and-page')) then 'xref-with-page'
        else ''"/>
  </xsl:function>

  <!-- Roughly what an xref prints, for the typesetting of its neighbours (a page is "0"). -->
  <xsl:function name="f:xref-display-text" as="xs:string">
    <xsl:param name="xref" as="element(db:xref)"/>
    <xsl:variable name="key" select="f:xref-page-key($xref)"/>
    <xsl:sequence select="if ($key = '') then f:xref-words($xref)
        else f:gentext($key, map{'text': f:xref-words($xref), 'page': '0'})"/>
  </xsl:function>

  <xsl:key name="f:id" match="*[@xml:id]" use="@xml:id"/>

  <!-- The target's title in quotation marks; an untitled target (an anchor) has none. -->
  <xsl:function name="f:xref-title-text" as="xs:string">
    <xsl:param name="target" as="element()"/>
    <xsl:sequence select="if ($target/db:title) then f:gentext('xref-title', map{'title': f:title-text($target)})
        else ''"/>
  </xsl:function>

  <!-- ============================================================ white space -->

  <!--
    Text as it prints. Source line breaks are where the author's editor wrapped, not spaces:
    per the segment-break rules of CSS Text 3, white space holding a line break between two
    Chinese characters (or Chinese punctuation) vanishes; any other run of white space becomes
    one space; white space at the start or end of a block vanishes.
  -->
  <xsl:function name="f:normalize-text" as="xs:string">
    <xsl:param name="text" as="text()"/>
    <xsl:sequence select="f:normalize-string(string($text), f:last-char(f:text-before($text)),
        f:first-char(f:text-after($text)))"/>
  </xsl:function>

  <!-- The same for a string between the characters $before and $after ("" at a block's edge). -->
  <xsl:function name="f:normalize-string" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string"/>
    <xsl:variable name="tokens" as="xs:string*">
      <xsl:analyze-string select="$text" regex="\s+">
        <xsl:matching-substring><xsl:sequence select="."/></xsl:matching-substring>
        <xsl:non-matching-substring><xsl:sequence select="."/></xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:variable name="count" select="count($tokens)"/>
    <xsl:sequence select="if ($count le 1 and not(matches($text, '\s'))) then $text else string-join(
        for $i in 1 to $count return
          if (matches($tokens[$i], '^\s+$'))
          then f:space-between(
                 if ($i gt 1) then f:last-char($tokens[$i - 1]) else $before,
                 if ($i lt $count) then f:first-char($tokens[$i + 1]) else $after,
                 $tokens[$i])
          else $tokens[$i])"/>
  </xsl:function>

  <!-- The text just before a text node in its block (footnotes apart), or "" at the block's start. -->
  <xsl:function name="f:text-before" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="block" select="f:block($node)"/>
    <!-- A cross reference prints text the source does not have: its generated text. -->
    <xsl:variable name="previous" select="$node/preceding-sibling::node()[1][self::db:xref]"/>
    <xsl:sequence select="if ($previous) then f:xref-display-text($previous)
        else string(($block//text()[. &lt;&lt; $node][f:block(.) is $block])[last()])"/>
  </xsl:function>

  <!-- The text just after a text node in its block, or "" at the block's end. -->
  <xsl:function name="f:text-after" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="block" select="f:block($node)"/>
    <xsl:variable name="next" select="$node/following-sibling::node()[1][self::db:xref]"/>
    <xsl:sequence select="if ($next) then f:xref-display-text($next)
        else string(($block//text()[. &gt;&gt; $node][f:block(.) is $block]
            [not(ancestor::* intersect $node)])[1])"/>
  </xsl:function>

  <!-- What a run of white space between two characters becomes. -->
  <xsl:function name="f:space-between" as="xs:string">
    <xsl:param name="previous" as="xs:string"/>
    <xsl:param name="next" as="xs:string"/>
    <xsl:param name="space" as="xs:string"/>
    <xsl:sequence select="
        if ($previous = '' or $next = '') then ''
        else if (matches($previous, '\s')) then ''
        else if (contains($space, '&#10;') and f:is-wide($previous) and f:is-wide($next)) then ''
        (: Between Chinese and Latin the space is the typesetter's (a quarter em), not the author's. :)
        else if (f:is-wide($previous) ne f:is-wide($next)) then ''
        else ' '"/>
  </xsl:function>

  <!-- Chinese characters and the punctuation set with them (East Asian Width F or W, and the
       quotes, dashes and ellipsis that Chinese text uses at full width): Han, and the blocks CJK
       Symbols and Punctuation, Halfwidth and Fullwidth Forms, CJK Radicals Supplement, Kangxi
       Radicals, CJK Compatibility Forms, Vertical Forms and Bopomofo, and planes 2 and up. -->
  <xsl:function name="f:is-wide" as="xs:boolean">
    <xsl:param name="char" as="xs:string"/>
    <xsl:sequence _select="matches($char, '^[{$f:han}&#x3000;-&#x303F;&#xFF00;-&#xFFEF;&#x2E80;-&#x2EFF;&#x2F00;-&#x2FDF;&#xFE30;-&#xFE4F;&#xFE10;-&#xFE1F;&#x3100;-&#x312F;“”‘’—…·]$')
        or string-to-codepoints($char) ge 131072"/>
  </xsl:function>

  <!-- The block a piece of text belongs to: its nearest ancestor that is not an inline. -->
  <xsl:function name="f:block" as="element()">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor::*[not(self::db:emphasis or self::db:link or self::db:quote
        or self::db:citetitle or self::db:phrase or self::db:superscript or self::db:subscript)][1]"/>
  </xsl:function>

  <xsl:function name="f:last-char" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="if ($text) then substring($text, string-length($text)) else ''"/>
  </xsl:function>

  <xsl:function name="f:first-char" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="if ($text) then substring($text, 1, 1) else ''"/>
  </xsl:function>
</xsl:stylesheet>
