<?xml version="1.0" encoding="UTF-8"?>
<!--
  References by GB/T 7714-2015, 顺序编码制 (numeric system), shared by the PDF and the EPUB.

  The numbers: each bibliography numbers its own entries [1], [2] … . When every entry of a
  bibliography without bibliodivs is cited (citation, biblioref, or an xref to it), the numbers
  follow the order of first citation, as the numeric system wants, and the list is printed in
  that order; otherwise (entries listed but never cited, or grouped in bibliodivs that the order
  of citation would tear apart) they follow the order of the list as the author wrote it.

  The entry: f:gbt7714() makes a structured biblioentry into its text in a neutral form, a
  <bib:entry> holding text and <bib:url href=""> for addresses (a URI, a DOI), which each output
  sets as its own link. The document type code is derived, since DocBook has none: @role when the
  author gives one ([D], [S], [R] …), else [J] for an article in a journal (a biblioset with
  relation="journal"), [M] for a chapter in a book (biblioset relation="book") or a book with a
  publisher, [C] for a paper in proceedings, [EB] for an address alone, [Z] (其他) for the rest;
  an online source (biblioid class="uri") adds the carrier /OL: [J/OL], [EB/OL]. README.md lists
  the mapping.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:bib="http://hanzi.dev/ns/bibliography"
    exclude-result-prefixes="#all">

  <!-- ============================================================ entries and their numbers -->

  <!-- What a <citation> may name: an entry's xml:id, its xreflabel or its abbrev. -->
  <xsl:key name="f:bib-key" match="db:biblioentry | db:bibliomixed"
      use="@xml:id, @xreflabel, db:abbrev/normalize-space()"/>

  <!-- The entry a citation, biblioref or xref points at, if it is an entry. -->
  <xsl:function name="f:cited-entry" as="element()?">
    <xsl:param name="reference" as="element()"/>
    <xsl:variable name="target" select="if ($reference/self::db:citation)
        then key('f:bib-key', normalize-space($reference), root($reference))
        else key('f:id', $reference/@linkend, root($reference))"/>
    <xsl:sequence select="$target[self::db:biblioentry or self::db:bibliomixed][1]"/>
  </xsl:function>

  <!-- The entries of a bibliography in the order they are numbered (see above). -->
  <xsl:function name="f:bib-ordered" as="element()*">
    <xsl:param name="bibliography" as="element(db:bibliography)"/>
    <xsl:variable name="entries" select="$bibliography//(db:biblioentry | db:bibliomixed)"/>
    <xsl:variable name="cited" as="element()*">
      <xsl:for-each select="root($bibliography)//(db:citation | db:biblioref | db:xref)[not(ancestor::db:bibliography)]">
        <xsl:sequence select="f:cited-entry(.) intersect $entries"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="first-cited" as="element()*">
      <xsl:iterate select="$cited">
        <xsl:param name="seen" as="element()*" select="()"/>
        <xsl:on-completion select="$seen"/>
        <xsl:next-iteration>
          <xsl:with-param name="seen" select="if (exists(. intersect $seen)) then $seen else ($seen, .)"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="if (empty($bibliography//db:bibliodiv) and count($first-cited) = count($entries))
        then $first-cited else $entries"/>
  </xsl:function>

  <!-- Every entry's number, computed once for the book: generate-id(entry) → n. -->
  <xsl:variable name="f:bib-numbers" as="map(xs:string, xs:integer)" select="map:merge(
      for $bibliography in //db:bibliography[not(ancestor::db:bibliography)]
      return (let $ordered := f:bib-ordered($bibliography)
              return for $i in 1 to count($ordered) return map{generate-id($ordered[$i]): $i}))"/>

  <xsl:function name="f:bib-number" as="xs:integer">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$f:bib-numbers(generate-id($entry))"/>
  </xsl:function>

  <!-- ============================================================ citations -->

  <!-- Citations side by side (nothing but white space between them) are one citation, as GB/T
       7714 prints them: [1,3], [2-4]. The first of them prints the lot; the others nothing. -->
  <xsl:function name="f:is-citation" as="xs:boolean">
    <xsl:param name="node" as="node()?"/>
    <xsl:sequence select="exists($node/(self::db:citation | self::db:biblioref))"/>
  </xsl:function>

  <xsl:function name="f:continues-citation" as="xs:boolean">
    <xsl:param name="citation" as="element()"/>
    <xsl:variable name="previous" select="$citation/preceding-sibling::node()[1]"/>
    <xsl:sequence select="f:is-citation($previous) or ($previous/self::text()[normalize-space() = '']
        and f:is-citation($previous/preceding-sibling::node()[1]))"/>
  </xsl:function>

  <!-- White space between two citations of a run prints nothing. -->
  <xsl:function name="f:between-citations" as="xs:boolean">
    <xsl:param name="text" as="text()"/>
    <xsl:sequence select="normalize-space($text) = '' and f:is-citation($text/preceding-sibling::node()[1])
        and f:is-citation($text/following-sibling::node()[1])"/>
  </xsl:function>

  <!-- The citations of the run a citation opens. -->
  <xsl:function name="f:citation-run" as="element()+">
    <xsl:param name="citation" as="element()"/>
    <xsl:iterate select="$citation/following-sibling::node()">
      <xsl:param name="run" as="element()+" select="$citation"/>
      <xsl:on-completion select="$run"/>
      <xsl:choose>
        <xsl:when test="f:is-citation(.)">
          <xsl:next-iteration><xsl:with-param name="run" select="($run, .)"/></xsl:next-iteration>
        </xsl:when>
        <xsl:when test="self::text()[normalize-space() = '']">
          <xsl:next-iteration><xsl:with-param name="run" select="$run"/></xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise><xsl:break select="$run"/></xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- What a run of citations prints, as strings and the entries whose numbers link to them:
       '[', entry 1, ',', entry 3, ']' or '[', entry 2, '-', entry 4, ']' (three or more in a row
       are a range). A key that names no entry is printed as written. -->
  <xsl:function name="f:citation-parts" as="item()+">
    <xsl:param name="run" as="element()+"/>
    <xsl:variable name="entries" as="element()*">
      <xsl:for-each-group select="$run ! f:cited-entry(.)" group-by="generate-id(.)">
        <xsl:sort select="f:bib-number(.)"/>
        <xsl:sequence select="."/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="unresolved" select="$run[empty(f:cited-entry(.))] ! normalize-space((@linkend, .)[1])"/>
    <!-- Groups of consecutive numbers, as the position of each group's first entry. -->
    <xsl:variable name="starts" as="xs:integer*" select="for $i in 1 to count($entries) return
        (if ($i = 1 or f:bib-number($entries[$i]) ne f:bib-number($entries[$i - 1]) + 1) then $i else ())"/>
    <xsl:variable name="groups" as="array(element()+)*" select="for $i in 1 to count($starts) return
        array{subsequence($entries, $starts[$i], (($starts[$i + 1], count($entries) + 1)[1]) - $starts[$i])}"/>
    <xsl:variable name="items" as="item()*">
      <xsl:for-each select="$groups">
        <xsl:if test="position() gt 1"><xsl:sequence select="','"/></xsl:if>
        <xsl:variable name="group" select="?*"/>
        <xsl:sequence select="if (count($group) ge 3) then ($group[1], '-', $group[last()])
            else for $i in 1 to count($group) return (if ($i gt 1) then ',' else (), $group[$i])"/>
      </xsl:for-each>
      <xsl:for-each select="$unresolved">
        <xsl:if test="exists($entries) or position() gt 1"><xsl:sequence select="','"/></xsl:if>
        <xsl:sequence select="."/>
      </xsl:for-each>
    </xsl:variable>
    <!-- The brackets of the label: [n]. -->
    <xsl:variable name="label" select="f:gentext('bibliography-label', map{'n': '&#xE000;'})"/>
    <xsl:sequence select="substring-before($label, '&#xE000;'), $items, substring-after($label, '&#xE000;')"/>
  </xsl:function>

  <!-- The label an entry is listed and cited with: [1]. -->
  <xsl:function name="f:bib-label" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="f:gentext('bibliography-label', map{'n': f:bib-number($entry)})"/>
  </xsl:function>

  <!-- The text of a bibliomixed as written: a run of white space is one space, none at the
       entry's edges (an abbrev, the citation key, is not printed). -->
  <xsl:function name="f:bib-as-written" as="xs:string">
    <xsl:param name="text" as="text()?"/>
    <xsl:variable name="entry" select="$text/ancestor::db:bibliomixed[1]"/>
    <xsl:variable name="printed" select="$entry//text()[not(ancestor::db:abbrev)]"/>
    <xsl:variable name="collapsed" select="replace(string($text), '\s+', ' ')"/>
    <xsl:sequence select="if (empty($text)) then ''
        else if ($text is $printed[1]) then replace($collapsed, '^ ', '')
        else if ($text is $printed[last()]) then replace($collapsed, ' $', '')
        else $collapsed"/>
  </xsl:function>

  <!-- ============================================================ the entry's parts -->

  <!-- The part an entry describes (an article, a chapter) and the host it appeared in (a
       journal, a book, proceedings). A flat entry is its own part. -->
  <xsl:variable name="f:bib-host-relations" as="xs:string+"
      select="('journal', 'magazine', 'newspaper', 'book', 'proceedings', 'conference', 'series')"/>

  <xsl:function name="f:bib-host" as="element(db:biblioset)?">
    <xsl:param name="entry" as="element(db:biblioentry)"/>
    <xsl:sequence select="$entry/db:biblioset[lower-case(@relation) = $f:bib-host-relations][1]"/>
  </xsl:function>

  <xsl:function name="f:bib-part" as="element()">
    <xsl:param name="entry" as="element(db:biblioentry)"/>
    <xsl:sequence select="($entry/db:biblioset[not(lower-case(@relation) = $f:bib-host-relations)][1], $entry)[1]"/>
  </xsl:function>

  <!-- A field of the entry, wherever it stands: in the part, the entry, or the host. -->
  <xsl:function name="f:bib-field" as="element()*">
    <xsl:param name="entry" as="element(db:biblioentry)"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="places" select="(f:bib-part($entry), $entry, f:bib-host($entry))"/>
    <xsl:sequence select="(for $place in $places return $place/*[local-name() = $name])[1]"/>
  </xsl:function>

  <xsl:function name="f:bib-text" as="xs:string">
    <xsl:param name="node" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join($node ! string(.), ' '))"/>
  </xsl:function>

  <!-- Title: other title information (主题名: 其他题名信息). -->
  <xsl:function name="f:bib-title" as="xs:string">
    <xsl:param name="holder" as="element()?"/>
    <xsl:variable name="title" select="f:bib-text(($holder/db:title, $holder/db:citetitle, $holder/db:info/db:title)[1])"/>
    <xsl:variable name="subtitle" select="f:bib-text(($holder/db:subtitle, $holder/db:info/db:subtitle)[1])"/>
    <xsl:sequence select="string-join(($title, $subtitle)[. != ''], ': ')"/>
  </xsl:function>

  <xsl:function name="f:bib-has-han" as="xs:boolean">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence _select="matches($text, '[{$f:han}]')"/>
  </xsl:function>

  <!-- ============================================================ names -->

  <!-- A person as GB/T 7714 writes one: Chinese names whole (surname and given name together),
       Western ones as SURNAME and the initials of the given names: KNUTH D E. -->
  <xsl:function name="f:bib-person" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="name" select="($person/db:personname, $person)[1]"/>
    <xsl:variable name="surname" select="f:bib-text($name/db:surname)"/>
    <xsl:variable name="given" select="f:bib-text($name/(db:firstname | db:givenname | db:othername))"/>
    <xsl:choose>
      <xsl:when test="$person/db:orgname or $person/self::db:orgname or $person/self::db:corpauthor">
        <xsl:sequence select="f:bib-text(($person/db:orgname, $person)[1])"/>
      </xsl:when>
      <xsl:when test="$surname = ''">
        <xsl:sequence select="f:bib-text($name)"/>
      </xsl:when>
      <xsl:when test="f:bib-has-han($surname)">
        <xsl:sequence select="$surname || $given"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="string-join((upper-case($surname),
            tokenize($given, '[\s\-.]+')[. != ''] ! upper-case(substring(., 1, 1))), ' ')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The first three responsible parties, then 等 after Chinese names and et al after
       Western ones (GB/T 7714-2015, 8.1.2). -->
  <xsl:function name="f:bib-names" as="xs:string">
    <xsl:param name="people" as="element()*"/>
    <xsl:variable name="names" select="$people ! f:bib-person(.)"/>
    <xsl:sequence select="if (count($names) le 3) then string-join($names, ', ')
        else string-join(($names[position() le 3],
            f:gentext(if (f:bib-has-han($names[1])) then 'bibliography-et-al-zh' else 'bibliography-et-al')), ', ')"/>
  </xsl:function>

  <!-- The responsible parties of a part or host: authors (people or organisations), else editors. -->
  <xsl:function name="f:bib-responsible" as="element()*">
    <xsl:param name="holder" as="element()?"/>
    <xsl:variable name="authors" select="$holder/(db:author | db:authorgroup/db:author | db:corpauthor
        | db:authorgroup/db:corpauthor | db:orgname | db:collab)"/>
    <xsl:sequence select="if ($authors) then $authors else $holder/(db:editor | db:authorgroup/db:editor)"/>
  </xsl:function>

  <!-- ============================================================ the document type -->

  <xsl:function name="f:bib-type" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="online" select="exists($entry//db:biblioid[@class = 'uri'])"/>
    <xsl:variable name="role" select="upper-case(replace(normalize-space($entry/@role), '[\[\]]', ''))"/>
    <xsl:variable name="relation" select="lower-case(f:bib-host($entry)/@relation)"/>
    <xsl:variable name="code" select="
        if ($role != '') then $role
        else if ($relation = ('journal', 'magazine')) then 'J'
        else if ($relation = 'newspaper') then 'N'
        else if ($relation = ('proceedings', 'conference')) then 'C'
        else if ($relation = 'book' or $entry//db:publisher or $entry//db:publishername) then 'M'
        else if ($online) then 'EB'
        else 'Z'"/>
    <xsl:sequence select="if (contains($code, '/') or not($online)) then $code else $code || '/OL'"/>
  </xsl:function>

  <!-- ============================================================ the entry's text -->

  <!-- Place: publisher, the year — the publication statement (出版地: 出版者, 出版年). -->
  <xsl:function name="f:bib-publication" as="xs:string">
    <xsl:param name="entry" as="element(db:biblioentry)"/>
    <xsl:variable name="publisher" select="f:bib-field($entry, 'publisher')"/>
    <xsl:variable name="address" select="$publisher/db:address"/>
    <xsl:variable name="place" select="f:bib-text(($address/db:city, $address)[1])"/>
    <xsl:variable name="name" select="f:bib-text(($publisher/db:publishername, f:bib-field($entry, 'publishername'))[1])"/>
    <xsl:variable name="who" select="string-join(($place, $name)[. != ''], ': ')"/>
    <xsl:sequence select="string-join(($who, f:bib-year($entry))[. != ''], ', ')"/>
  </xsl:function>

  <xsl:function name="f:bib-year" as="xs:string">
    <xsl:param name="entry" as="element(db:biblioentry)"/>
    <xsl:sequence select="f:bib-text((f:bib-field($entry, 'pubdate'), f:bib-field($entry, 'date'))[1])"/>
  </xsl:function>

  <!-- The edition, unless it is the first (第1版不著录): "2" becomes 2版 or 2nd ed. -->
  <xsl:function name="f:bib-edition" as="xs:string">
    <xsl:param name="entry" as="element(db:biblioentry)"/>
    <xsl:param name="chinese" as="xs:boolean"/>
    <xsl:variable name="edition" select="f:bib-text(f:bib-field($entry, 'edition'))"/>
    <xsl:sequence select="
        if ($edition = ('', '1')) then ''
        else if (not(matches($edition, '^[0-9]+$'))) then $edition
        else if ($chinese) then f:gentext('bibliography-edition-zh', map{'n': $edition})
        else f:gentext('bibliography-edition', map{'n': $edition || (
            if (matches($edition, '1[123]$')) then 'th' else map{'1': 'st', '2': 'nd', '3': 'rd'}(substring($edition, string-length($edition)))
            , 'th')[1]})"/>
  </xsl:function>

  <!-- The entry as text and addresses. -->
  <xsl:function name="f:gbt7714" as="element(bib:entry)">
    <xsl:param name="entry" as="element(db:biblioentry)"/>
    <xsl:variable name="part" select="f:bib-part($entry)"/>
    <xsl:variable name="host" select="f:bib-host($entry)"/>
    <xsl:variable name="relation" select="lower-case($host/@relation)"/>
    <xsl:variable name="type" select="f:bib-type($entry)"/>
    <!-- An entry whose part has no title of its own describes its host as a whole (a book
         described in a biblioset relation="book"). -->
    <xsl:variable name="own-title" select="exists($part/(db:title | db:citetitle | db:info/db:title))"/>
    <xsl:variable name="in-book" select="$own-title and $relation = ('book', 'proceedings', 'conference')"/>
    <xsl:variable name="authors" select="if ($own-title or f:bib-responsible($part)) then f:bib-responsible($part)
        else f:bib-responsible($host)"/>
    <!-- A standard's number is its other title information: 题名: GB/T 7714—2015[S]. -->
    <xsl:variable name="number" select="if (starts-with($type, 'S')) then f:bib-text($entry//db:biblioid[@class = 'other'][1]) else ''"/>
    <xsl:variable name="title" select="string-join((if ($own-title) then f:bib-title($part) else f:bib-title($host), $number)[. != ''], ': ')"/>
    <xsl:variable name="chinese" select="f:bib-has-han($title || string-join($authors ! f:bib-person(.)))"/>
    <xsl:variable name="year" select="f:bib-year($entry)"/>
    <xsl:variable name="pages" select="f:bib-text((f:bib-field($entry, 'pagenums'), f:bib-field($entry, 'artpagenums'))[1])"/>
    <xsl:variable name="accessed" select="f:bib-text($entry//db:bibliomisc[@role = 'accessed'][1])"/>
    <xsl:variable name="accessed-text" select="if ($accessed) then '[' || $accessed || ']' else ''"/>
    <xsl:variable name="uri" select="f:bib-text($entry//db:biblioid[@class = 'uri'][1])"/>
    <xsl:variable name="doi" select="replace(f:bib-text($entry//db:biblioid[@class = 'doi'][1]), '^(https?://(dx\.)?doi\.org/|doi:\s*)', '', 'i')"/>
    <xsl:variable name="host-names" select="if ($in-book) then f:bib-names(f:bib-responsible($host)) else ''"/>
    <xsl:variable name="pages-and-date" select="(if ($pages) then ': ' || $pages else '') || $accessed-text"/>
    <!-- The statements (著录项目), each ended by a full stop. -->
    <xsl:variable name="statements" as="element(bib:statement)*">
      <bib:statement><xsl:value-of select="f:bib-names($authors)"/></bib:statement>
      <bib:statement>
        <xsl:value-of select="$title || '[' || $type || ']'"/>
        <!-- A part of a book or proceedings: 析出题名[M]//专著责任者. 专著题名. … -->
        <xsl:if test="$in-book">
          <xsl:value-of select="'//' || ($host-names[. != ''], f:bib-title($host))[1]"/>
        </xsl:if>
      </bib:statement>
      <xsl:if test="$in-book and $host-names">
        <bib:statement><xsl:value-of select="f:bib-title($host)"/></bib:statement>
      </xsl:if>
      <xsl:choose>
        <!-- An article: 期刊名, 年, 卷(期): 页码. -->
        <xsl:when test="$relation = ('journal', 'magazine', 'newspaper')">
          <xsl:variable name="volume" select="f:bib-text(f:bib-field($entry, 'volumenum'))"/>
          <xsl:variable name="issue" select="f:bib-text(f:bib-field($entry, 'issuenum'))"/>
          <xsl:variable name="numbering" select="$volume || (if ($issue) then '(' || $issue || ')' else '')"/>
          <bib:statement>
            <xsl:value-of select="string-join((f:bib-title($host), $year, $numbering)[. != ''], ', ') || $pages-and-date"/>
          </bib:statement>
        </xsl:when>
        <!-- An online source without a publisher: (更新或修改日期)[引用日期]. -->
        <xsl:when test="starts-with($type, 'EB') and not(f:bib-field($entry, 'publisher') or f:bib-field($entry, 'publishername'))">
          <bib:statement>
            <xsl:value-of select="(if ($year) then '(' || $year || ')' else '') || $accessed-text"/>
          </bib:statement>
        </xsl:when>
        <!-- A book, a part of one, a report, a thesis …: 版本项. 出版地: 出版者, 出版年: 页码. -->
        <xsl:otherwise>
          <bib:statement><xsl:value-of select="f:bib-edition($entry, $chinese)"/></bib:statement>
          <bib:statement><xsl:value-of select="f:bib-publication($entry) || $pages-and-date"/></bib:statement>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$uri">
        <bib:statement><bib:url href="{$uri}"><xsl:value-of select="$uri"/></bib:url></bib:statement>
      </xsl:if>
      <xsl:if test="$doi">
        <bib:statement>DOI:<bib:url href="https://doi.org/{$doi}"><xsl:value-of select="$doi"/></bib:url></bib:statement>
      </xsl:if>
    </xsl:variable>
    <!-- GB/T 7714's marks are Latin: a full stop and a space between statements, a full stop at
         the end (no second one after an abbreviation that has its own, 3rd ed.). -->
    <bib:entry type="{$type}">
      <xsl:for-each select="$statements[normalize-space(.) != '']">
        <xsl:if test="position() gt 1"><xsl:text>. </xsl:text></xsl:if>
        <xsl:choose>
          <xsl:when test="*"><xsl:copy-of select="node()"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="replace(normalize-space(.), '\.$', '')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:text>.</xsl:text>
    </bib:entry>
  </xsl:function>
</xsl:stylesheet>
