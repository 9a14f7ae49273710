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
      select="(/*/@xml:lang, $default-language)[1]"/>

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

  <!-- A division's title: its own <title>, or the one in its <info> (DocBook 5 allows both). -->
  <xsl:function name="f:title" as="element(db:title)?">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="($node/db:title, $node/db:info/db:title)[1]"/>
  </xsl:function>

  <!-- A division's title as plain text, exactly as in <title> (footnotes left out); an untitled
       dedication, acknowledgements, glossary … takes its generated title (献辞, 致谢, 术语表). -->
  <xsl:function name="f:title-text" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="if (f:title($node)) then normalize-space(string-join(f:title($node)//text()[not(ancestor::db:footnote or ancestor::db:indexterm)]))
        else f:default-title($node)"/>
  </xsl:function>

  <!-- The generated title of an untitled division ("title-" and its element's name in the
       l10n file), or "" for an element that has none. -->
  <xsl:function name="f:default-title" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="key" select="'title-' || local-name($node)"/>
    <xsl:sequence select="if ($f:gentext/gentext/text[@key = $key]) then f:gentext($key) else ''"/>
  </xsl:function>

  <!-- ============================================================ structure -->

  <!-- The root: a book, or an article published as one document. -->
  <xsl:function name="f:is-article" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists(root($node)/db:article)"/>
  </xsl:function>

  <!-- Sections of every kind: section at any depth, sect1–sect5 and simplesect. -->
  <xsl:function name="f:is-section" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node[self::db:section or self::db:sect1 or self::db:sect2 or self::db:sect3
        or self::db:sect4 or self::db:sect5 or self::db:simplesect])"/>
  </xsl:function>

  <!-- A section's depth: 1 for a section directly in its division, 2 inside that … -->
  <xsl:function name="f:section-level" as="xs:integer">
    <xsl:param name="section" as="element()"/>
    <xsl:sequence select="count($section/ancestor-or-self::*[f:is-section(.)])"/>
  </xsl:function>

  <!-- The child sections of a division or section, of any kind. -->
  <xsl:function name="f:subsections" as="element()*">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="$node/*[f:is-section(.)]"/>
  </xsl:function>

  <!-- An article's sections are numbered 1, 1.1, 1.1.1 … (simplesect carries no number; an
       article's appendix prefixes its letter); a book's sections carry no number, as its
       chapters' headings already place them. -->
  <xsl:function name="f:section-number" as="xs:string">
    <xsl:param name="section" as="element()"/>
    <xsl:choose>
      <xsl:when test="not(f:is-article($section)) or $section/self::db:simplesect">
        <xsl:sequence select="''"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="numbers" as="xs:string*">
          <xsl:for-each select="$section/ancestor-or-self::*[f:is-section(.) or self::db:appendix]">
            <xsl:sequence select="if (self::db:appendix) then format-integer(f:division-number(.), 'A')
                else string(count(preceding-sibling::*[f:is-section(.) and not(self::db:simplesect)]) + 1)"/>
          </xsl:for-each>
        </xsl:variable>
        <xsl:sequence select="string-join($numbers, '.')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The level a bridgehead is set at: its @renderas (sect1 … sect5), else one below the
       section it stands in (1 directly in a division). -->
  <xsl:function name="f:bridgehead-level" as="xs:integer">
    <xsl:param name="bridgehead" as="element(db:bridgehead)"/>
    <xsl:variable name="renderas" select="replace(string($bridgehead/@renderas), '^sect', '')"/>
    <xsl:variable name="enclosing" select="$bridgehead/ancestor::*[f:is-section(.)][1]"/>
    <xsl:sequence select="if ($renderas castable as xs:integer) then max((1, min((xs:integer($renderas), 5))))
        else if ($enclosing) then min((f:section-level($enclosing) + 1, 5)) else 1"/>
  </xsl:function>

  <!-- ============================================================ people -->

  <!-- A person's or organisation's name as printed: a Chinese name surname first without a
       space (张三), a Latin one given name first (Ada Lovelace); a personname without parts as
       written. For author, editor, othercredit: their personname, else their orgname. -->
  <xsl:function name="f:person-name" as="xs:string">
    <xsl:param name="party" as="element()"/>
    <xsl:variable name="name" select="($party/self::db:personname, $party/db:personname, $party/self::db:orgname,
        $party/db:orgname)[1]"/>
    <xsl:choose>
      <xsl:when test="$name/db:surname or $name/db:firstname or $name/db:givenname">
        <xsl:variable name="surname" select="normalize-space($name/db:surname)"/>
        <xsl:variable name="given" select="normalize-space(string-join(($name/db:firstname, $name/db:givenname), ' '))"/>
        <!-- A Chinese name (a Han surname) surname first and without a space (王小明); another
             first name first, with a space, and its honorific, other names and lineage in place. -->
        <xsl:sequence select="f:join-words(if (matches($surname, '^[' || $f:han || ']')) then ($surname, $given)
            else ($name/db:honorific, $given, $name/db:othername, $surname, $name/db:lineage) ! string())"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="normalize-space(string($name))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Words joined as Chinese joins them: nothing between two Chinese ones, a space otherwise
       (the typesetter then sets the space between Chinese and Latin). -->
  <xsl:function name="f:join-words" as="xs:string">
    <xsl:param name="given" as="xs:string*"/>
    <xsl:variable name="words" select="$given[normalize-space()] ! normalize-space()"/>
    <xsl:sequence select="string-join(for $i in 1 to count($words) return
        (if ($i gt 1 and not(f:is-wide(f:last-char($words[$i - 1])) and f:is-wide(f:first-char($words[$i]))))
         then ' ' else '') || $words[$i])"/>
  </xsl:function>

  <!-- An affiliation as one line: 清华大学计算机系 (orgname, then orgdiv). -->
  <xsl:function name="f:affiliation-text" as="xs:string">
    <xsl:param name="affiliation" as="element(db:affiliation)"/>
    <xsl:sequence select="f:join-words(($affiliation/db:orgname, $affiliation/db:orgdiv, $affiliation/db:jobtitle)
        ! string())"/>
  </xsl:function>

  <!-- The title page's one date: of several (the original's and its translation's, as FreeBSD's
       handbook gives), the last; the copyright page lists them all. -->
  <xsl:function name="f:title-page-date" as="xs:string">
    <xsl:param name="info" as="element()?"/>
    <xsl:sequence select="string($info/db:pubdate[last()])"/>
  </xsl:function>

  <!-- The parties an <info> names, each once (a name both in authorgroup and outside it is
       one party), in order: authors, editors, other credits. -->
  <xsl:function name="f:parties" as="element()*">
    <xsl:param name="info" as="element()?"/>
    <xsl:variable name="all" select="($info/(db:author | db:authorgroup/db:author), $info/(db:editor | db:authorgroup/db:editor),
        $info/(db:othercredit | db:authorgroup/db:othercredit))"/>
    <xsl:sequence select="for $i in 1 to count($all) return
        $all[$i][not(f:person-name(.) = subsequence($all, 1, $i - 1) ! f:person-name(.))]"/>
  </xsl:function>

  <!-- What a party did, in words after its name (编, 译 …), or "" for an author. -->
  <xsl:function name="f:party-role" as="xs:string">
    <xsl:param name="party" as="element()"/>
    <xsl:variable name="key" select="if ($party/self::db:editor) then 'role-editor'
        else if ($party/self::db:othercredit) then 'role-' || ($party/@class, 'other')[1] else ''"/>
    <xsl:sequence select="if ($key and $f:gentext/gentext/text[@key = $key]) then f:gentext($key)
        else if ($key) then f:gentext('role-other') else ''"/>
  </xsl:function>

  <!-- A party as the title page names it: 林书远, or 王五　编. -->
  <xsl:function name="f:party-line" as="xs:string">
    <xsl:param name="party" as="element()"/>
    <xsl:sequence select="if (f:party-role($party)) then f:gentext('with-role', map{'name': f:person-name($party),
        'role': f:party-role($party)}) else f:person-name($party)"/>
  </xsl:function>

  <!-- The label of a party's line on the copyright page: 作者, 编者, 其他责任者. -->
  <xsl:function name="f:party-label" as="xs:string">
    <xsl:param name="party" as="element()"/>
    <xsl:sequence select="f:gentext(if ($party/self::db:author) then 'author-label' else if ($party/self::db:editor)
        then 'editor-label' else 'othercredit-label')"/>
  </xsl:function>

  <!-- A party on the copyright page: the name, what they did, their affiliation and contribution. -->
  <xsl:function name="f:party-particulars" as="xs:string">
    <xsl:param name="party" as="element()"/>
    <xsl:variable name="about" select="($party/self::db:othercredit ! f:party-role(.), $party/db:affiliation ! f:affiliation-text(.),
        $party/db:contrib ! normalize-space(.))[.]"/>
    <xsl:sequence select="f:person-name($party) || (if (exists($about)) then f:gentext('contrib', map{'text':
        string-join($about, f:gentext('enumeration-comma'))}) else '')"/>
  </xsl:function>

  <!-- The label of an edition, releaseinfo or biblioid line: 版次, 版本信息, ISBN … -->
  <xsl:function name="f:info-label" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="key" select="if ($element/self::db:biblioid and $element/@class)
        then lower-case($element/@class) || '-label' else local-name($element) || '-label'"/>
    <xsl:sequence select="f:gentext(if ($f:gentext/gentext/text[@key = $key]) then $key else 'biblioid-label')"/>
  </xsl:function>

  <!-- The party's MARC relator for the EPUB's dc:creator and dc:contributor. -->
  <xsl:function name="f:party-relator" as="xs:string">
    <xsl:param name="party" as="element()"/>
    <xsl:sequence select="if ($party/self::db:author) then 'aut' else if ($party/self::db:editor) then 'edt'
        else (map{'translator': 'trl', 'illustrator': 'ill', 'copyeditor': 'edc', 'graphicdesigner': 'art',
                  'proofreader': 'pfr', 'technicaleditor': 'edc', 'reviewer': 'rev', 'productioneditor': 'edc'}
              (string($party/@class)), 'ctb')[1]"/>
  </xsl:function>

  <!-- A title as its lines: one, or those an author marked with <?linebreak?> (DocBook XSL's
       processing instruction) where a long title may break on a cover or title page. -->
  <xsl:function name="f:title-lines" as="xs:string+">
    <xsl:param name="title" as="element()"/>
    <xsl:for-each-group select="$title/node()" group-starting-with="processing-instruction('linebreak')">
      <xsl:sequence select="normalize-space(string-join(current-group()/descendant-or-self::text()[not(ancestor::db:footnote)]))"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A postal address as a Chinese copyright page prints it (GB/T 12450's 出版者地址): from the
       largest unit to the smallest, run together as one writes them (杭州西湖区文三路100号),
       whatever order the book gives its elements in; the country left out; the postcode after
       it with its label. -->
  <xsl:function name="f:address-text" as="xs:string">
    <xsl:param name="address" as="element(db:address)"/>
    <xsl:variable name="place" select="string-join(($address/db:state, $address/db:city, $address/db:street,
        $address/db:otheraddr, $address/db:pob) ! normalize-space(), '')"/>
    <xsl:variable name="postcode" select="normalize-space(string-join($address/db:postcode, ' '))"/>
    <xsl:sequence select="if ($postcode = '') then $place
        else f:gentext('address-with-postcode', map{'place': $place, 'postcode': $postcode})"/>
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

  <!-- "第一部分", "第一章", "附录A", an article's section number "1.2", or "" for what carries no
       number (preface, colophon, dedication, a book's sections …). -->
  <xsl:function name="f:division-label" as="xs:string">
    <xsl:param name="division" as="element()"/>
    <xsl:choose>
      <xsl:when test="$division/self::db:part">
        <xsl:sequence select="f:gentext('part-label', map{'n': format-integer(f:division-number($division), '一')})"/>
      </xsl:when>
      <xsl:when test="$division/self::db:chapter">
        <xsl:sequence select="f:gentext('chapter-label', map{'n': format-integer(f:division-number($division), '一')})"/>
      </xsl:when>
      <xsl:when test="$division/self::db:appendix">
        <xsl:sequence select="f:gentext('appendix-label', map{'n': format-integer(f:division-number($division), 'A')})"/>
      </xsl:when>
      <xsl:when test="f:is-section($division)">
        <xsl:sequence select="f:section-number($division)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="''"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Chapters and appendices are numbered through the book, across its parts. -->
  <xsl:function name="f:division-number" as="xs:integer">
    <xsl:param name="division" as="element()"/>
    <xsl:variable name="name" select="node-name($division)"/>
    <xsl:sequence select="count($division/preceding-sibling::*[node-name() = $name])
        + count($division/preceding-sibling::db:part/*[node-name() = $name])
        + count($division/parent::db:part/preceding-sibling::*[node-name() = $name])
        + count($division/parent::db:part/preceding-sibling::db:part/*[node-name() = $name]) + 1"/>
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
    <xsl:sequence select="$node/ancestor-or-self::*[f:is-division(.)][1]"/>
  </xsl:function>

  <!-- The divisions that are documents of their own: each opens a page sequence in the PDF and
       is a content document in the EPUB. A glossary, a bibliography or an index is one only directly in a book or part (in a
       chapter it is a section of it); an article is its own single document, and what it holds
       is in that document. -->
  <xsl:function name="f:is-division" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="exists($node[not(parent::db:article)][self::db:preface or self::db:chapter or self::db:appendix
        or self::db:colophon or self::db:part or self::db:dedication or self::db:acknowledgements or self::db:article
        or self::db:glossary[parent::db:book or parent::db:part]
        or self::db:bibliography[parent::db:book or parent::db:part]
        or self::db:index[parent::db:book or parent::db:part]])"/>
  </xsl:function>

  <!-- An article's appendix, acknowledgements or colophon: set in its one document like a
       first-level section (appendices keep their letter). -->
  <xsl:function name="f:is-article-component" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="exists($node[parent::db:article][self::db:appendix or self::db:acknowledgements
        or self::db:colophon])"/>
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
    <xsl:sequence select="f:gentext(if ($formal/self::db:table) then 'table-label'
        else if ($formal/self::db:example) then 'example-label'
        else if ($formal/self::db:equation) then 'equation-label' else 'figure-label',
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
      <xsl:when test="$target/self::db:figure or $target/self::db:table or $target/self::db:example">
        <xsl:sequence select="f:formal-label($target)"/>
      </xsl:when>
      <xsl:when test="$target/self::db:equation">
        <xsl:sequence select="f:gentext('equation-xref', map{'n': f:formal-number($target)})"/>
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

  <!-- The words an xref prints: its target's title (xrefstyle title, title-and-page), the number
       of a figure, table, example or equation alone (number, DocBook XSL's "select: number"; the
       author writes 「表<xref/>」), or its label and title (f:xref-text). -->
  <xsl:function name="f:xref-words" as="xs:string">
    <xsl:param name="xref" as="element(db:xref)"/>
    <xsl:variable name="target" select="key('f:id', $xref/@linkend, root($xref))"/>
    <xsl:sequence select="if (empty($target)) then ''
        else if ($xref/@xrefstyle = ('title', 'title-and-page')) then f:xref-title-text($target)
        else if ($xref/@xrefstyle = ('number', 'select: number', 'select: label')
            and $target/(self::db:figure | self::db:table | self::db:example | self::db:equation)) then f:formal-number($target)
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
    <!-- (An xref to a bibliography entry prints the entry's number: gbt7714.xsl.) -->
    <xsl:sequence select="if (exists(f:cited-entry($xref))) then f:bib-label(f:cited-entry($xref))
        else if ($key = '') then f:xref-words($xref)
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
          then (if ($i gt 1 and $i lt $count) then f:space-between#3 else f:edge-space-between#3)(
                 if ($i gt 1) then f:last-char($tokens[$i - 1]) else $before,
                 if ($i lt $count) then f:first-char($tokens[$i + 1]) else $after,
                 $tokens[$i])
          else $tokens[$i])"/>
  </xsl:function>

  <!-- The text just before a text node in its block (footnotes apart), or "" at the block's start.
       An index term's words are not text where it stands (here or after). A citation (citation,
       biblioref: a raised [n], GB/T 7714's 角标) is an edge as well: it stands against the text on
       either side of it, without the Han–Latin space its key (or its bracket) would otherwise ask
       for (决定[3,4]。, not 决定 [3,4]。). -->
  <xsl:function name="f:text-before" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <!-- A cross reference prints text the source does not have: its generated text. -->
    <xsl:variable name="previous" select="$node/preceding-sibling::node()[1][self::db:xref]"/>
    <xsl:variable name="text" select="f:previous-in-block($node, f:is-text-or-citation#1)"/>
    <xsl:sequence select="if ($previous) then f:xref-display-text($previous)
        else if ($text/ancestor-or-self::*[self::db:citation or self::db:biblioref]) then ''
        else string($text)"/>
  </xsl:function>

  <!-- The text just after a text node in its block, or "" at the block's end (or a citation). -->
  <xsl:function name="f:text-after" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="next" select="$node/following-sibling::node()[1][self::db:xref]"/>
    <xsl:variable name="text" select="f:next-in-block($node, f:is-text-or-citation#1)"/>
    <xsl:sequence select="if ($next) then f:xref-display-text($next)
        else if ($text/ancestor-or-self::*[self::db:citation or self::db:biblioref]) then ''
        else string($text)"/>
  </xsl:function>

  <!-- What f:text-before and f:text-after look for: text (an index term's is not text where it
       stands), or a citation, which is an edge. -->
  <xsl:function name="f:is-text-or-citation" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/self::text()[not(ancestor::db:indexterm)] | $node/self::db:citation | $node/self::db:biblioref)"/>
  </xsl:function>

  <!-- The text after a node that prints something: past texts of white space alone, the next
       text that is not, or a cross reference (which prints its generated text). -->
  <xsl:function name="f:next-printed" as="node()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="f:next-in-block($node, function($n) { exists($n/self::db:xref) or $n/self::text()[matches(., '\S')] })"/>
  </xsl:function>

  <!--
    The nearest node before $node in its block (footnotes and other blocks inside it apart) that
    $wanted accepts, or an empty sequence. The walk goes back from $node one node at a time
    (preceding::node()[1]: the nearest; a path's result is in document order, so the whole axis
    would be walked from the document's start) and stops at the block's start, so that finding the
    neighbour of each text of a paragraph costs the few nodes between them: asking every node of
    the block ([. << $node]) cost a paragraph of n inline elements n² steps (2,000: 25 s). A step
    back out of an element passes over the element itself (an ancestor of where the walk was): an
    element that $wanted accepts is found there (a citation holding only a cross reference), and
    a citation that $node stands in is an edge before it, as when the block's descendants were
    asked. The walk gives up after $f:walk-limit nodes: text that far away is no neighbour a
    reader sees, and a paragraph of inlines with no text between them would cost n² again.
  -->
  <xsl:function name="f:previous-in-block" as="node()?">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="wanted" as="function(node()) as xs:boolean"/>
    <xsl:variable name="block" select="f:block($node)"/>
    <xsl:variable name="stop" select="($node/ancestor::*[self::db:citation or self::db:biblioref][. &gt;&gt; $block], $block)[1]"/>
    <xsl:variable name="around" select="$node/ancestor::*"/>
    <xsl:iterate select="1 to $f:walk-limit">
      <xsl:param name="at" as="node()?" select="$node/preceding::node()[1]"/>
      <xsl:param name="from" as="node()" select="$node"/>
      <!-- The elements the step from $from to $at stepped out of, nearest first. -->
      <xsl:variable name="left" select="reverse($from/ancestor::*[empty($at) or . &gt;&gt; $at] except $around)
          [$wanted(.) and f:block(.) is $block]"/>
      <xsl:choose>
        <xsl:when test="exists($left)">
          <xsl:break select="$left[1]"/>
        </xsl:when>
        <xsl:when test="empty($at) or $at &lt;&lt; $stop">
          <xsl:break select="$stop[not(. is $block)][$wanted(.)]"/>
        </xsl:when>
        <xsl:when test="$wanted($at) and f:block($at) is $block">
          <xsl:break select="$at"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="at" select="$at/preceding::node()[1]"/>
            <xsl:with-param name="from" select="$at"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- The nearest node after $node (not inside it) in its block that $wanted accepts: a walk in
       document order, into elements, from the end of $node to the end of the block and no further,
       nor past $f:walk-limit nodes (f:previous-in-block). -->
  <xsl:function name="f:next-in-block" as="node()?">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="wanted" as="function(node()) as xs:boolean"/>
    <xsl:variable name="block" select="f:block($node)"/>
    <xsl:variable name="end" select="$block/following::node()[1]"/>
    <xsl:iterate select="1 to $f:walk-limit">
      <xsl:param name="at" as="node()?" select="$node/following::node()[1]"/>
      <xsl:choose>
        <xsl:when test="empty($at) or exists($end) and not($at &lt;&lt; $end)">
          <xsl:break/>
        </xsl:when>
        <xsl:when test="$wanted($at) and f:block($at) is $block">
          <xsl:break select="$at"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="at" select="($at/node()[1], $at/following::node()[1])[1]"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- How many nodes f:previous-in-block and f:next-in-block walk at most: more than any real
       paragraph puts between two of its texts (index terms, anchors, empty inlines). -->
  <xsl:variable name="f:walk-limit" as="xs:integer" select="256"/>

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

  <!-- White space at a text's edge, against an element: between Chinese on both sides it is the
       markup's, not a space the author set (translated documents put one around every inline:
       「很多人 <emphasis>持续地</emphasis> 维护」, 「超级用户</link>， <link>系统用户」), and it
       goes as a line break there does. (In justified text FOP stretched it by up to an em.) Inside
       a text an author's space between Chinese stays. -->
  <xsl:function name="f:edge-space-between" as="xs:string">
    <xsl:param name="previous" as="xs:string"/>
    <xsl:param name="next" as="xs:string"/>
    <xsl:param name="space" as="xs:string"/>
    <xsl:sequence select="if (f:is-wide($previous) and f:is-wide($next)) then ''
        else f:space-between($previous, $next, $space)"/>
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
        or self::db:citetitle or self::db:phrase or self::db:superscript or self::db:subscript
        or local-name() = $f:running-inlines)][1]"/>
  </xsl:function>

  <!-- The inlines of issue 15 (code and the vocabulary of technical books): part of the running
       text around them, so that the text beside them is spaced and broken as beside Latin text. -->
  <xsl:variable name="f:running-inlines" as="xs:string+" select="('literal', 'code', 'filename', 'command',
      'option', 'userinput', 'computeroutput', 'prompt', 'replaceable', 'varname', 'envar', 'function',
      'parameter', 'returnvalue', 'classname', 'constant', 'type', 'systemitem', 'tag', 'markup', 'errorname',
      'errorcode', 'errortype', 'uri', 'email', 'citerefentry', 'refentrytitle', 'manvolnum', 'exceptionname',
      'interfacename', 'methodname', 'property', 'symbol', 'token', 'application', 'package', 'keycap',
      'keycombo', 'guimenu', 'guimenuitem', 'guisubmenu', 'guibutton', 'guilabel', 'guiicon', 'menuchoice',
      'acronym', 'abbrev', 'trademark', 'firstterm', 'glossterm', 'foreignphrase', 'wordasword', 'citation',
      'date', 'personname', 'firstname', 'surname', 'othername', 'honorific', 'lineage', 'productname')"/>

  <xsl:function name="f:last-char" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="if ($text) then substring($text, string-length($text)) else ''"/>
  </xsl:function>

  <xsl:function name="f:first-char" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="if ($text) then substring($text, 1, 1) else ''"/>
  </xsl:function>

  <!-- ============================================================ blocks (issue 15) -->

  <!-- Elements that DocBook lets stand inside a paragraph but that are blocks on the page: the
       paragraph is set in pieces around them (a list, a screen, a table...). A simplelist is
       a block unless its type is inline. -->
  <xsl:function name="f:is-block-in-para" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/(self::db:itemizedlist | self::db:orderedlist | self::db:variablelist
        | self::db:simplelist[not(@type = 'inline')] | self::db:segmentedlist | self::db:procedure
        | self::db:screen | self::db:programlisting | self::db:literallayout | self::db:synopsis
        | self::db:programlistingco | self::db:screenco | self::db:calloutlist
        | self::db:table | self::db:informaltable | self::db:figure | self::db:informalfigure
        | self::db:example | self::db:informalexample | self::db:equation | self::db:informalequation
        | self::db:mediaobject | self::db:blockquote | self::db:epigraph | self::db:address
        | self::db:note | self::db:tip | self::db:important | self::db:caution | self::db:warning
        | self::db:sidebar | self::db:qandaset))"/>
  </xsl:function>

  <!-- A paragraph that is not running text (the first in a list item, a cell, an admonition, a
       step, an answer...): no first-line indent. -->
  <xsl:function name="f:is-plain-para" as="xs:boolean">
    <xsl:param name="para" as="element()"/>
    <xsl:sequence select="exists($para/parent::*[self::db:listitem or self::db:entry or self::db:legalnotice
        or self::db:note or self::db:tip or self::db:important or self::db:caution or self::db:warning
        or self::db:step or self::db:question or self::db:answer or self::db:epigraph or self::db:callout
        or self::db:example or self::db:informalexample or self::db:glossdef])"/>
  </xsl:function>

  <!-- An admonition's heading: the author's title, else its word (提示, 重要, 小心, 警告, 注意). -->
  <xsl:function name="f:admonition-key" as="xs:string">
    <xsl:param name="admonition" as="element()"/>
    <xsl:sequence select="local-name($admonition) || '-title'"/>
  </xsl:function>

  <!-- An itemized list's bullet: its own mark if it names one we know, else by nesting level
       (●, ○, ■, then again). -->
  <xsl:function name="f:list-bullet" as="xs:string">
    <xsl:param name="list" as="element(db:itemizedlist)"/>
    <xsl:sequence select="f:gentext('list-bullet-' || f:list-bullet-kind($list))"/>
  </xsl:function>

  <!-- 1 (●), 2 (○) or 3 (■): the EPUB's CSS gives the same marks as disc, circle, square. -->
  <xsl:function name="f:list-bullet-kind" as="xs:integer">
    <xsl:param name="list" as="element(db:itemizedlist)"/>
    <xsl:variable name="marks" select="map{'bullet': 1, 'disc': 1, 'circle': 2, 'opencircle': 2, 'square': 3, 'box': 3}"/>
    <xsl:sequence select="($marks(string($list/@mark)),
        (count($list/ancestor-or-self::db:itemizedlist) - 1) mod 3 + 1)[1]"/>
  </xsl:function>

  <!-- A step's number as a format-integer picture: 1. for steps, a. for substeps, i. below. -->
  <xsl:function name="f:step-numbering" as="xs:string">
    <xsl:param name="step" as="element(db:step)"/>
    <xsl:sequence select="('1', 'a', 'i')[count($step/ancestor::db:substeps) mod 3 + 1]"/>
  </xsl:function>

  <!-- The label of a question (问：) or an answer (答：): the author's own label, else the set's
       defaultlabel: qanda (ours), number (questions numbered through the set), none. -->
  <xsl:function name="f:qanda-label" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="set" select="$node/ancestor::db:qandaset[1]"/>
    <xsl:variable name="default" select="string(($set/@defaultlabel, 'qanda')[1])"/>
    <xsl:sequence select="if ($node/db:label) then normalize-space($node/db:label)
        else if ($default = 'none') then ''
        else if ($default = 'number') then (if ($node/self::db:question) then f:gentext('list-number',
            map{'n': count($set//db:qandaentry[. &lt;&lt; $node/..]) + 1}) else '')
        else f:gentext(if ($node/self::db:question) then 'question-label' else 'answer-label')"/>
  </xsl:function>

  <!-- simplelist members laid out in rows: each row a sequence of members (or none, for an
       empty cell). vert fills the columns top to bottom, horiz the rows left to right. -->
  <xsl:function name="f:simplelist-columns" as="xs:integer">
    <xsl:param name="list" as="element(db:simplelist)"/>
    <xsl:sequence select="max((1, xs:integer(($list/@columns[. castable as xs:integer], 1)[1])))"/>
  </xsl:function>

  <xsl:function name="f:simplelist-cell" as="element(db:member)?">
    <xsl:param name="list" as="element(db:simplelist)"/>
    <xsl:param name="row" as="xs:integer"/>
    <xsl:param name="column" as="xs:integer"/>
    <xsl:variable name="columns" select="f:simplelist-columns($list)"/>
    <xsl:variable name="rows" select="xs:integer(ceiling(count($list/db:member) div $columns))"/>
    <xsl:sequence select="$list/db:member[if ($list/@type = 'horiz') then ($row - 1) * $columns + $column
        else ($column - 1) * $rows + $row]"/>
  </xsl:function>
</xsl:stylesheet>
