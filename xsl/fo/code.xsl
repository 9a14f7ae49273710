<?xml version="1.0" encoding="UTF-8"?>
<!--
  Code in the PDF (issue 15): program listings, screens, synopses and literal layouts, callouts,
  and inline code, in Noto Sans Mono CJK SC, where a Latin character is half an em and a Chinese
  one a whole em, so that columns align. No running-text rule reaches inside: the text is the
  author's, character for character (no Han–Latin spaces, compressed marks or break marks; the
  line pass, pdf/LineSpacing, leaves runs of the monospaced font alone). A listing's long line
  is broken here, at the measure counted in columns, with a continuation mark at the end of the
  broken part: FOP would break it only at a space, or let it run off the page.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/code.xsl"/>

  <!-- Text inside code is printed as written. -->
  <xsl:template match="text()[f:in-code(.)]">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- Inline code in running text breaks a line only where f:breakable-code lets it; a
       listing's lines are the author's. -->
  <xsl:template match="text()[f:in-code(.)][not(ancestor::db:*[local-name() = $f:code-blocks])]" priority="1">
    <xsl:sequence select="f:breakable-code(.)"/>
  </xsl:template>

  <!--
    A word of inline code, kept on one line (code.word) but for a zero-width space (not painted,
    not in the text layer) after the marks that join the parts of a long word: / . _ = : , ; ?
    &amp; and a hyphen inside the word (also after a closing brace: 「${name}_|program」). FOP's own
    rules broke 「<xref/」 from 「>」; an unbreakable
    「ServiceName_enable="YES"」 or 「login.conf(5)」 left the line before it short by up to 14 em,
    which justification spread over its Han characters (FreeBSD's linux-users, 1.05 em between
    them). Not in a short word ($code-breakable-length), not before fewer than two characters
    (「/etc/rc.」 and 「d」 on two lines), not between digits (2.11), not after a leading mark (「/」
    alone at a line's end).
  -->
  <xsl:function name="f:breakable-code" as="node()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="join" select="'([\p{L}\p{N})\]}&quot;''][/._=:,;?&amp;\-]+)([\p{L}\p{N}(\[&quot;''/$][^\s/._=:,;?&amp;]{1})'"/>
    <xsl:analyze-string select="$text" regex="\S+">
      <xsl:matching-substring>
        <!-- Twice: a part between two joins (a.b.c) ends one match and starts the next. -->
        <xsl:variable name="parts" select="if (string-length(.) lt $code-breakable-length) then .
            else tokenize(replace(replace(replace(., $join, '$1&#x200B;$2'), $join, '$1&#x200B;$2'),
                '(\p{N}[.,:])&#x200B;(\p{N})', '$1$2'), '&#x200B;')"/>
        <xsl:for-each select="$parts">
          <xsl:if test="position() gt 1">&#x200B;</xsl:if>
          <fo:wrapper xsl:use-attribute-sets="code.word"><xsl:value-of select="."/></fo:wrapper>
        </xsl:for-each>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- ============================================================ blocks -->

  <xsl:template match="db:programlisting | db:screen | db:synopsis | db:literallayout[@class = 'monospaced']">
    <xsl:param name="areas" as="map(xs:integer, map(xs:string, item()))" select="map{}" tunnel="yes"/>
    <fo:block xsl:use-attribute-sets="code.block">
      <xsl:call-template name="id"/>
      <xsl:call-template name="code-lines">
        <xsl:with-param name="areas" select="$areas"/>
        <xsl:with-param name="columns" select="f:code-columns(.)"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- A literal layout that is not code (verse, an address): the body face, its lines kept,
       broken by FOP like Chinese text where they are too long. -->
  <xsl:template match="db:literallayout">
    <fo:block xsl:use-attribute-sets="literallayout">
      <xsl:call-template name="id"/>
      <xsl:call-template name="code-lines">
        <xsl:with-param name="columns" select="0"/>
      </xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- The lines of a listing: its content with tabs expanded, callout marks of $areas placed,
       and long lines broken at $columns (0: not broken here). -->
  <xsl:template name="code-lines">
    <xsl:param name="areas" as="map(xs:integer, map(xs:string, item()))" select="map{}"/>
    <xsl:param name="columns" as="xs:integer"/>
    <xsl:variable name="content" as="node()*"><xsl:apply-templates/></xsl:variable>
    <xsl:variable name="laid" select="f:code-edit($content, f:code-layout-edits(f:code-full-text($content), $areas))"/>
    <xsl:variable name="full" select="f:code-full-text($laid)"/>
    <xsl:variable name="breaks" select="if ($columns gt 0) then f:code-breaks($full, $columns) else ()"/>
    <xsl:variable name="wrapped" select="f:code-edit($laid,
        map:merge($breaks ! map{.: substring($full, ., 1) || '&#xE0FF;&#10;'}))"/>
    <xsl:apply-templates select="$wrapped" mode="m:code-marks"/>
  </xsl:template>

  <!-- The placeholders of the rewritten text become marks: the continuation mark at the end of
       a broken line, and the callout marks of areas (anchors the callout list links to). -->
  <xsl:mode name="m:code-marks" on-no-match="shallow-copy"/>

  <xsl:template match="text()" mode="m:code-marks">
    <xsl:param name="area-ids" as="map(xs:integer, xs:string)" select="map{}" tunnel="yes"/>
    <xsl:analyze-string select="." regex="[&#xE0FF;-&#xE1FF;]">
      <xsl:matching-substring>
        <xsl:variable name="c" select="string-to-codepoints(.)"/>
        <xsl:choose>
          <xsl:when test="$c = 57599">
            <fo:inline xsl:use-attribute-sets="code.continuation"><xsl:value-of select="f:gentext('code-continuation')"/></fo:inline>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="n" select="($c - 57600) mod 128"/>
            <fo:inline xsl:use-attribute-sets="code.callout">
              <xsl:if test="$c - 57600 lt 128 and map:contains($area-ids, $n)">
                <xsl:attribute name="id" select="$area-ids($n)"/>
              </xsl:if>
              <xsl:value-of select="f:callout-mark($n)"/>
            </fo:inline>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!-- ============================================================ callouts -->

  <!-- A callout mark in the listing: an anchor its callout links back to. -->
  <xsl:template match="db:co">
    <fo:inline xsl:use-attribute-sets="code.callout" id="{f:id(.)}">
      <xsl:value-of select="f:callout-mark(f:callout-number(.))"/>
    </fo:inline>
  </xsl:template>

  <!-- A listing with its callouts given by coordinates: the marks at the ends of their lines
       (areas in line or line-and-column units; others are not placed). -->
  <xsl:template match="db:programlistingco | db:screenco">
    <xsl:variable name="spec" select="db:areaspec"/>
    <fo:block>
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="db:programlisting | db:screen">
        <xsl:with-param name="areas" select="f:areas($spec)" tunnel="yes"/>
        <xsl:with-param name="area-ids" tunnel="yes" select="map:merge($spec/(db:area | db:areaset)
            ! map{f:callout-number(.): f:id(.)})"/>
      </xsl:apply-templates>
      <xsl:apply-templates select="* except (db:areaspec | db:programlisting | db:screen | db:info)"/>
    </fo:block>
  </xsl:template>

  <!-- The areas of a set are anchored by the set's mark. -->
  <xsl:template match="db:areaspec | db:area | db:areaset"/>

  <xsl:template match="db:calloutlist">
    <xsl:apply-templates select="db:title"/>
    <fo:list-block xsl:use-attribute-sets="calloutlist">
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="db:callout"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="db:calloutlist/db:title">
    <fo:block xsl:use-attribute-sets="list.title"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- The callout's marks, linked back to the first mark in the listing. -->
  <xsl:template match="db:callout">
    <xsl:variable name="target" select="key('f:id', tokenize(@arearefs)[1])[1]"/>
    <!-- An area of a set is anchored by its set's mark. -->
    <xsl:variable name="first" select="if ($target/parent::db:areaset) then f:id($target/..) else tokenize(@arearefs)[1]"/>
    <fo:list-item xsl:use-attribute-sets="list.item">
      <xsl:call-template name="id"/>
      <fo:list-item-label end-indent="label-end()">
        <fo:block xsl:use-attribute-sets="code.callout">
          <xsl:call-template name="link">
            <xsl:with-param name="destination" select="string($first)"/>
            <xsl:with-param name="content" as="node()*"><xsl:value-of select="f:callout-marks(.)"/></xsl:with-param>
          </xsl:call-template>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <xsl:apply-templates/>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template match="db:callout/db:para | db:callout/db:simpara">
    <fo:block xsl:use-attribute-sets="para__plain">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ inline code -->

  <!-- Inline code in the monospaced face, its letter-spacing fixed (justification stretches the
       Chinese around it, not the code), a quarter em on either side of it beside Han
       (f:spaced-code). -->
  <xsl:template name="code-inline">
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="first" select="(.//text())[1]"/>
    <xsl:variable name="printed" as="element()">
      <fo:inline xsl:use-attribute-sets="code.inline">
        <xsl:call-template name="id"/>
        <!-- Chinese may break a line at the edges of inline code, FOP never breaks at an inline's
             edge: a zero-width space (not painted, not in the text layer) at the start of the code
             where the character before allows a break; after the code, the space before Han
             (f:spaced-code) or the text that follows (cjk.xsl, f:typeset). -->
        <xsl:variable name="outside" select="not(f:in-code(.)) and exists($first)"/>
        <xsl:variable name="before" select="f:last-char(replace(f:text-before($first), '\s+$', ''))"/>
        <!-- Not where a space before the code is the break: after Han, before a letter or digit
             the text before ends in one (cjk.xsl, f:typeset-string), before a mark the code. -->
        <xsl:if test="$outside and not(f:spaced-before-code(.)) and matches($before, $f:may-break-after)
            and not(f:is-han($before) and f:is-western(f:first-char(string($first))))">&#x200B;</xsl:if>
        <xsl:sequence select="$content"/>
      </fo:inline>
    </xsl:variable>
    <xsl:sequence select="f:spaced-code(., $printed)"/>
  </xsl:template>

  <!--
    Inline code as printed ($printed), with the quarter em beside Han on either side of it, each
    a space the line may break at, as beside a Latin word in a text:
    - before code that opens with a mark ($, -, ~, /, .) after Han (f:spaced-before-code; the
      text before, which spaces itself only before a letter or digit, leaves it to the code):
      padding at the code's start stayed at the start of the line when the line broke there
      (「 /etc/rc」, a quarter em in from the margin);
    - after code before Han (f:han-after-code), where the space is the break (cjk.xsl, f:typeset,
      adds none): padding at the code's end kept FOP from breaking inside the code on a narrow
      measure, so a URL in a note broke only at its hyphen and the lines before it were spread
      by 0.3 em (FreeBSD's linux-users).
  -->
  <xsl:function name="f:spaced-code" as="node()*">
    <xsl:param name="code" as="element()"/>
    <xsl:param name="printed" as="node()*"/>
    <xsl:sequence select="if (f:spaced-before-code($code)) then f:autospace-break() else (), $printed,
        if (f:han-after-code($code)) then f:autospace-break() else ()"/>
  </xsl:function>

  <xsl:function name="f:spaced-before-code" as="xs:boolean">
    <xsl:param name="code" as="element()"/>
    <xsl:variable name="first" select="($code//text())[1]"/>
    <xsl:sequence select="exists($first) and not(f:in-code($code)) and not(f:is-western(f:first-char(string($first))))
        and not(f:is-han(f:first-char(string($first)))) and f:is-han(f:last-char(replace(f:text-before($first), '\s+$', '')))"/>
  </xsl:function>

  <!-- Inline code in a title in the contents (inlines.xsl, m:typeset-title: the entry is a link,
       in the entry's face): its text as written (as in the bookmarks, m:title), spaced as in the
       body (「选项 -l 的用法」). -->
  <xsl:template match="*[f:is-code-inline(.)][not(f:in-code(.))]" mode="m:typeset-title">
    <xsl:variable name="text" as="xs:string*"><xsl:apply-templates mode="m:title"/></xsl:variable>
    <xsl:variable name="printed" as="element()">
      <fo:inline xsl:use-attribute-sets="cjk.western"><xsl:value-of select="string-join($text)"/></fo:inline>
    </xsl:variable>
    <xsl:sequence select="f:spaced-code(., $printed)"/>
  </xsl:template>

  <xsl:template match="db:literal | db:code | db:command | db:option | db:computeroutput | db:prompt
      | db:varname | db:envar | db:function | db:parameter | db:returnvalue | db:classname | db:constant
      | db:type | db:systemitem | db:markup | db:errorname | db:errorcode | db:errortype | db:exceptionname
      | db:interfacename | db:methodname | db:property | db:symbol | db:token">
    <xsl:call-template name="code-inline">
      <xsl:with-param name="content" as="node()*"><xsl:apply-templates/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- What the reader types: bold. -->
  <xsl:template match="db:userinput">
    <xsl:call-template name="code-inline">
      <xsl:with-param name="content" as="node()*">
        <fo:inline xsl:use-attribute-sets="code.userinput"><xsl:apply-templates/></fo:inline>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- What the reader replaces: in the mark colour (the face has no italic). -->
  <xsl:template match="db:replaceable">
    <xsl:call-template name="code-inline">
      <xsl:with-param name="content" as="node()*">
        <fo:inline xsl:use-attribute-sets="code.replaceable"><xsl:apply-templates/></fo:inline>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A path may break after / . _ - inside it (a zero-width space, not in the text layer), not
       after its leading / (「/」 alone at a line's end). -->
  <xsl:template match="db:filename">
    <xsl:call-template name="code-inline">
      <xsl:with-param name="content" as="node()*">
        <xsl:choose>
          <xsl:when test="*"><xsl:apply-templates/></xsl:when>
          <xsl:otherwise><xsl:sequence select="f:breakable-code(string(.))"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- An address: a live link, as a link is. -->
  <xsl:template match="db:uri">
    <xsl:variable name="href" select="string((@xlink:href, .)[1])"/>
    <xsl:call-template name="code-inline">
      <xsl:with-param name="content" as="node()*">
        <xsl:call-template name="link">
          <xsl:with-param name="destination" select="'url(' || $quote || normalize-space($href) || $quote || ')'"/>
          <xsl:with-param name="external" select="true()"/>
          <xsl:with-param name="content" as="node()*"><xsl:value-of select="f:breakable-url(string(.))"/></xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="db:email">
    <xsl:call-template name="code-inline">
      <xsl:with-param name="content" as="node()*">
        <xsl:call-template name="link">
          <xsl:with-param name="destination" select="'url(' || $quote || 'mailto:' || normalize-space(.) || $quote || ')'"/>
          <xsl:with-param name="external" select="true()"/>
          <xsl:with-param name="content" as="node()*"><xsl:value-of select="f:breakable-url(string(.))"/></xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A manual page: ls(1). -->
  <xsl:template match="db:citerefentry">
    <xsl:call-template name="code-inline">
      <xsl:with-param name="content" as="node()*">
        <!-- One word: ls(1) does not break before its volume. -->
        <xsl:sequence select="f:breakable-code(string(db:refentrytitle)
            || (if (db:manvolnum) then '(' || db:manvolnum || ')' else ''))"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="db:refentrytitle | db:manvolnum">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Markup: <para>, </para>, <br/>, attr, "value", &amp;, <?pi?>, <!-comment-> by @class. -->
  <xsl:template match="db:tag">
    <xsl:call-template name="code-inline">
      <xsl:with-param name="content" as="node()*">
        <xsl:sequence select="f:breakable-code(f:tag-text(.))"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
