<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index (索引), decided once for both outputs: which index terms an index lists, how they group
  into entries (primary, secondary, tertiary), their order, their letter headings, and, in the
  PDF, their page numbers. fo/index.xsl and epub/index.xsl only set what this module returns:

    f:index-letters($index) → idx:letter*          one per letter heading, in order
      idx:letter/@label        A … Z, or '' for digits and symbols (their heading: index-symbols)
      idx:entry/@text          the term as written (primary, secondary or tertiary)
      idx:entry/idx:ref        a place of the term: @id the anchor (the indexterm's, or a zone's
                               element), @end the anchor of a range's end, @zone, @preferred,
                               and for the EPUB @document, @place and @place-title
      idx:entry/idx:see, idx:seealso   the cross-references, as written
      idx:entry/idx:entry      the next level, in order

  The order is ICU's pinyin (style/IndexSorting: f:index-key, f:index-letter): a term's
  @sortas when it has one (重复表头 sorted as chóngfù biǎotóu, 行距 as hángjù), else the term itself; a
  Latin term stands under its letter among the pinyin of that letter. Terms are the same entry
  when their text is the same.

  Which terms: an index in a book lists the book's; one in a part or an article, that part's or
  article's; an index with a type lists the terms of that type. An indexterm that closes a range
  (class="endofrange") is not an entry of its own: its start's entry runs to its page. A book
  with index terms and no index gets one at its end (normalize.xsl).

  The PDF's page numbers come from a first layout (pdf/LayoutPasses): $index-pages maps each
  anchor to its first and last page, as (position in the document, page number as printed,
  position, page number as printed); f:index-pages merges an entry's places into runs 12, 14–16.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:idx="http://hanzi.dev/ns/index"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- Set by the PDF's renderer after a first layout; empty in the first and in the EPUB. -->
  <xsl:param name="index-pages" as="map(xs:string, xs:anyAtomicType*)" select="map{}"/>

  <xsl:key name="f:indexterm-start" match="db:indexterm[@class = 'startofrange']" use="@xml:id"/>
  <xsl:key name="f:indexterm-end" match="db:indexterm[@class = 'endofrange']" use="@startref"/>
  <xsl:key name="f:element-by-id" match="*[@xml:id]" use="@xml:id"/>

  <!-- An index the author wrote out (indexdiv, indexentry) is published as written. -->
  <xsl:function name="f:is-written-index" as="xs:boolean">
    <xsl:param name="index" as="element()"/>
    <xsl:sequence select="exists($index/(db:indexdiv | db:indexentry))"/>
  </xsl:function>

  <!-- The terms an index lists. -->
  <xsl:function name="f:index-terms" as="element(db:indexterm)*">
    <xsl:param name="index" as="element()"/>
    <xsl:variable name="scope" select="if ($index/parent::db:part or $index/parent::db:article) then $index/parent::*
        else root($index)"/>
    <xsl:sequence select="$scope//db:indexterm[not(@class = 'endofrange')][db:primary[normalize-space()]]
        [empty($index/@type) or @type = $index/@type]"/>
  </xsl:function>

  <!-- Whether a book, part or article has terms for an index (the generated index's test). -->
  <xsl:function name="f:has-index-terms" as="xs:boolean">
    <xsl:param name="scope" as="node()"/>
    <xsl:sequence select="exists($scope//db:indexterm[not(@class = 'endofrange')][db:primary[normalize-space()]])"/>
  </xsl:function>

  <xsl:function name="f:index-letters" as="element(idx:letter)*">
    <xsl:param name="index" as="element()"/>
    <xsl:variable name="entries" as="element(idx:entry)*">
      <xsl:sequence select="f:index-level(f:index-terms($index), 1)"/>
    </xsl:variable>
    <xsl:for-each-group select="$entries" group-adjacent="string(@letter)">
      <idx:letter label="{current-grouping-key()}">
        <xsl:sequence select="current-group()"/>
      </idx:letter>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The entries of one level (1 primary, 2 secondary, 3 tertiary) made from $terms, sorted. -->
  <xsl:function name="f:index-level" as="element(idx:entry)*">
    <xsl:param name="terms" as="element(db:indexterm)*"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="name" select="('primary', 'secondary', 'tertiary')[$level]"/>
    <xsl:variable name="entries" as="element(idx:entry)*">
      <xsl:for-each-group select="$terms[*[local-name() = $name][normalize-space()]]"
          group-by="normalize-space(*[local-name() = $name])">
        <xsl:variable name="sort" select="(current-group()/*[local-name() = $name]/@sortas[normalize-space()],
            current-grouping-key())[1]"/>
        <idx:entry text="{current-grouping-key()}" key="{f:index-key(normalize-space($sort))}"
            letter="{f:index-letter(normalize-space($sort))}">
          <xsl:sequence select="f:index-entry-content(current-group(), $level)"/>
        </idx:entry>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:perform-sort select="$entries">
      <xsl:sort select="@key"/>
    </xsl:perform-sort>
  </xsl:function>

  <!-- What an entry holds: the places of the terms that end at this level, their see and see
       also, and the next level's entries. A "see" term has no place: it sends the reader on. -->
  <xsl:function name="f:index-entry-content" as="element()*">
    <xsl:param name="terms" as="element(db:indexterm)*"/>
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="deeper" select="('secondary', 'tertiary')[$level]"/>
    <xsl:variable name="here" select="$terms[empty($deeper) or not(*[local-name() = $deeper][normalize-space()])]"/>
    <xsl:for-each select="$here[not(db:see)]">
      <xsl:variable name="term" select="."/>
      <xsl:variable name="preferred" select="if (@significance = 'preferred') then 'yes' else 'no'"/>
      <xsl:choose>
        <xsl:when test="normalize-space(@zone)">
          <!-- A zone: the elements named are the places, each from its first page to its last. -->
          <xsl:for-each select="tokenize(normalize-space(@zone), ' ')[exists(key('f:element-by-id', ., root($term)))]">
            <xsl:variable name="zone" select="key('f:element-by-id', ., root($term))[1]"/>
            <idx:ref id="{f:id($zone)}" zone="yes" preferred="{$preferred}">
              <xsl:sequence select="f:index-place-attributes($zone)"/>
            </idx:ref>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <idx:ref id="{f:id(.)}" preferred="{$preferred}">
            <xsl:sequence select="f:index-place-attributes(.)"/>
            <xsl:for-each select="(key('f:indexterm-end', @xml:id[../@class = 'startofrange']))[1]">
              <xsl:attribute name="end" select="f:id(.)"/>
            </xsl:for-each>
          </idx:ref>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:for-each select="distinct-values($here/db:see/normalize-space()[.])">
      <idx:see><xsl:value-of select="."/></idx:see>
    </xsl:for-each>
    <xsl:for-each select="distinct-values($here/db:seealso/normalize-space()[.])">
      <idx:seealso><xsl:value-of select="."/></idx:seealso>
    </xsl:for-each>
    <xsl:if test="exists($deeper)">
      <xsl:sequence select="f:index-level($terms, $level + 1)"/>
    </xsl:if>
  </xsl:function>

  <!-- Every anchor whose page the PDF needs: the renderer looks these up after a layout. -->
  <xsl:function name="f:index-anchors" as="xs:string*">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="distinct-values(for $index in $root//db:index[not(f:is-written-index(.))]
        return f:index-letters($index)//idx:ref/(@id, @end))"/>
  </xsl:function>

  <!-- An entry's pages, from $index-pages: each place a run from its first page to its last
       (a zone's element, a range to its end), the runs in page order, a page once, adjacent and
       overlapping runs merged (12, 13, 14 → 12–14). A run keeps its first place's anchor, the
       link's target, and is preferred if any place in it is. Pages numbered differently (front
       matter's i, ii … and the body's 1, 2 …) never merge. -->
  <xsl:function name="f:index-pages" as="element(idx:pages)*">
    <xsl:param name="entry" as="element(idx:entry)"/>
    <xsl:variable name="runs" as="element(idx:pages)*">
      <xsl:for-each select="$entry/idx:ref[map:contains($index-pages, @id)]">
        <!-- A zone from its element's first page; a term where its anchor ends (the text before
             it carries its id in the PDF: fo/index.xsl), to its range's end. -->
        <xsl:variable name="pages" select="$index-pages(@id)"/>
        <xsl:variable name="first" select="if (@zone = 'yes') then $pages[position() le 2] else $pages[position() ge 3]"/>
        <xsl:variable name="last" select="if (@end and map:contains($index-pages, @end)) then $index-pages(@end)[position() ge 3]
            else $pages[position() ge 3]"/>
        <idx:pages from="{$first[1]}" from-label="{$first[2]}" to="{max(($first[1], $last[1]))}"
            to-label="{if ($last[1] ge $first[1]) then $last[2] else $first[2]}" id="{@id}" preferred="{@preferred}"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:iterate select="sort($runs, (), function($run) { (xs:integer($run/@from), xs:integer($run/@to)) })">
      <xsl:param name="open" as="element(idx:pages)?" select="()"/>
      <xsl:on-completion>
        <xsl:sequence select="$open"/>
      </xsl:on-completion>
      <xsl:choose>
        <xsl:when test="exists($open) and xs:integer(@from) le xs:integer($open/@to) + 1
            and f:page-style(@from-label) = f:page-style($open/@to-label)">
          <xsl:next-iteration>
            <xsl:with-param name="open" as="element(idx:pages)">
              <idx:pages from="{$open/@from}" from-label="{$open/@from-label}"
                  to="{max((xs:integer($open/@to), xs:integer(@to)))}"
                  to-label="{if (xs:integer(@to) gt xs:integer($open/@to)) then @to-label else $open/@to-label}"
                  id="{$open/@id}" preferred="{if ($open/@preferred = 'yes' or @preferred = 'yes') then 'yes' else 'no'}"/>
            </xsl:with-param>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="$open"/>
          <xsl:next-iteration>
            <xsl:with-param name="open" select="."/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- Arabic or roman page numbers. -->
  <xsl:function name="f:page-style" as="xs:string">
    <xsl:param name="label" as="xs:string"/>
    <xsl:sequence select="if (matches($label, '^[0-9]+$')) then 'arabic' else 'other'"/>
  </xsl:function>

  <!-- A run as printed: 12, or 12–14 (an en dash between). -->
  <xsl:function name="f:index-pages-text" as="xs:string">
    <xsl:param name="run" as="element(idx:pages)"/>
    <xsl:sequence select="if ($run/@from = $run/@to) then string($run/@from-label)
        else f:gentext('index-range', map{'from': string($run/@from-label), 'to': string($run/@to-label)})"/>
  </xsl:function>

  <!-- A letter's heading: the letter, or the heading of digits and symbols. -->
  <xsl:function name="f:index-letter-heading" as="xs:string">
    <xsl:param name="letter" as="element(idx:letter)"/>
    <xsl:sequence select="if ($letter/@label != '') then string($letter/@label) else f:gentext('index-symbols')"/>
  </xsl:function>

  <!-- Where an anchor stands, for the EPUB's links: its document (the division, or the article)
       and the section (or division) it is in, whose title is the link's text. -->
  <xsl:function name="f:index-place-attributes" as="attribute()*">
    <xsl:param name="anchor" as="element()"/>
    <xsl:variable name="place" select="($anchor/ancestor-or-self::*[f:is-section(.) or f:is-division(.) or self::db:article])[last()]"/>
    <xsl:attribute name="document" select="f:id((root($anchor)/db:article, f:division($anchor))[1])"/>
    <xsl:attribute name="place" select="f:id($place)"/>
    <xsl:attribute name="place-title" select="if (f:is-division($place)) then f:label-and-title($place) else f:title-text($place)"/>
  </xsl:function>
</xsl:stylesheet>
