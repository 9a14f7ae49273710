<?xml version="1.0" encoding="UTF-8"?>
<!--
  Code (issue 15), what both outputs share: which elements are code, the text beside inline code
  (so that prose around it is spaced as if the code were Latin text, and the code itself never
  is), the width of a character in columns of the monospaced font, where a long line of a listing
  breaks, and the callout marks. Included by fo/code.xsl and epub/code.xsl.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- Inline elements set in the monospaced font: their text is the author's, character for
       character (no Han–Latin spaces, no compressed marks, no line-breaking marks). -->
  <xsl:variable name="f:code-inlines" as="xs:string+" select="('literal', 'code', 'filename', 'command',
      'option', 'userinput', 'computeroutput', 'prompt', 'replaceable', 'varname', 'envar', 'function',
      'parameter', 'returnvalue', 'classname', 'constant', 'type', 'systemitem', 'tag', 'markup', 'errorname',
      'errorcode', 'errortype', 'uri', 'email', 'citerefentry', 'exceptionname', 'interfacename', 'methodname',
      'property', 'symbol', 'token')"/>

  <!-- Blocks whose lines are the author's: white space kept, no running-text rule inside. -->
  <xsl:variable name="f:code-blocks" as="xs:string+" select="('programlisting', 'screen', 'synopsis', 'literallayout')"/>

  <xsl:function name="f:is-code-inline" as="xs:boolean">
    <xsl:param name="node" as="node()?"/>
    <xsl:sequence select="exists($node/self::db:*[local-name() = $f:code-inlines])"/>
  </xsl:function>

  <!-- Text inside code, inline or block: printed as written. -->
  <xsl:function name="f:in-code" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/ancestor::db:*[local-name() = ($f:code-inlines, $f:code-blocks)])"/>
  </xsl:function>

  <!-- Inline code followed by a Han character: the quarter em after it goes outside the code,
       a space where the line may break (fo/code.xsl; the text before inline code spaces itself:
       common/functions.xsl's f:block counts inline code as part of the running text around it). -->
  <xsl:function name="f:han-after-code" as="xs:boolean">
    <xsl:param name="code" as="element()"/>
    <xsl:variable name="last" select="$code/descendant::text()[last()]"/>
    <xsl:sequence select="exists($last) and not(f:in-code($code)) and not(f:is-han-char(f:last-char(string($last))))
        and f:is-han-char(f:first-char(replace(f:text-after-spaces($last), '^\s+', '')))"/>
  </xsl:function>

  <!-- The text after a text node, past a text of spaces alone (「<function>load_rc_config</function>
       <emphasis>之后</emphasis>」: the space between Latin and Han goes, the quarter em stays). -->
  <xsl:function name="f:text-after-spaces" as="xs:string">
    <xsl:param name="node" as="text()"/>
    <xsl:variable name="after" select="f:text-after($node)"/>
    <xsl:sequence select="if ($after eq '' or matches($after, '\S')) then $after
        else string(f:next-printed($node)[self::text()])"/>
  </xsl:function>

  <xsl:function name="f:is-han-char" as="xs:boolean">
    <xsl:param name="char" as="xs:string"/>
    <xsl:sequence _select="matches($char, '^[{$f:han}]$')"/>
  </xsl:function>

  <!-- A tag as it is written, by its class (DocBook's default: an element's name as a start tag). -->
  <xsl:function name="f:tag-text" as="xs:string">
    <xsl:param name="tag" as="element(db:tag)"/>
    <xsl:variable name="name" select="string($tag)"/>
    <xsl:variable name="class" select="string(($tag/@class, 'element')[1])"/>
    <xsl:sequence select="
        if ($class = ('element', 'starttag')) then '&lt;' || $name || '&gt;'
        else if ($class = 'endtag') then '&lt;/' || $name || '&gt;'
        else if ($class = 'emptytag') then '&lt;' || $name || '/&gt;'
        else if ($class = 'attvalue') then '&quot;' || $name || '&quot;'
        else if ($class = 'genentity') then '&amp;' || $name || ';'
        else if ($class = 'numcharref') then '&amp;#' || $name || ';'
        else if ($class = 'paramentity') then '%' || $name || ';'
        else if ($class = ('pi', 'xmlpi')) then '&lt;?' || $name || '?&gt;'
        else if ($class = ('comment', 'sgmlcomment')) then '&lt;!--' || $name || '--&gt;'
        else $name"/>
  </xsl:function>

  <!-- ============================================================ columns -->

  <!-- The columns a character takes in Noto Sans Mono CJK SC: one for ASCII (half an em), two
       (a whole em) for Chinese characters, full-width forms and the marks Chinese sets full
       width. A tab is expanded before this is asked. -->
  <xsl:function name="f:columns" as="xs:integer">
    <xsl:param name="c" as="xs:integer"/>
    <xsl:sequence select="if ($c lt 4352) then 1
        else if ($c le 4447 or ($c ge 11904 and $c le 42191) or ($c ge 44032 and $c le 55203)
            or ($c ge 63744 and $c le 64255) or ($c ge 65072 and $c le 65103) or ($c ge 65280 and $c le 65376)
            or ($c ge 65504 and $c le 65510) or $c ge 131072
            or $c = (8216, 8217, 8220, 8221, 8230, 8212, 8213, 8251, 9166, 9312 to 9471, 10102 to 10131)) then 2
        else 1"/>
  </xsl:function>

  <!-- ============================================================ rewriting a listing's text -->

  <!--
    A listing's text is spread over text nodes (in emphasis, replaceable, callouts…); columns run
    across them. The text is rewritten as one string, the changes kept as a map from a character's
    position in it to what replaces that character, and each text node then takes the changes
    that fall inside it.
  -->
  <xsl:function name="f:code-full-text" as="xs:string">
    <xsl:param name="content" as="node()*"/>
    <xsl:sequence select="string-join(f:code-texts($content))"/>
  </xsl:function>

  <!-- The text nodes of the content in its order ($content/… would sort the parentless nodes of
       a temporary sequence into an order of Saxon's choosing). -->
  <xsl:function name="f:code-texts" as="text()*">
    <xsl:param name="content" as="node()*"/>
    <xsl:sequence select="for $node in $content return $node/descendant-or-self::text()"/>
  </xsl:function>

  <!-- The content with its text nodes changed: each character at a position of $edits (1 being
       the first character of the whole text) replaced by what the map gives. -->
  <xsl:function name="f:code-edit" as="node()*">
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="edits" as="map(xs:integer, xs:string)"/>
    <xsl:variable name="texts" select="f:code-texts($content)"/>
    <xsl:variable name="starts" as="map(xs:string, xs:integer)">
      <xsl:map>
        <xsl:iterate select="$texts">
          <xsl:param name="start" as="xs:integer" select="0"/>
          <xsl:map-entry key="generate-id(.)" select="$start"/>
          <xsl:next-iteration><xsl:with-param name="start" select="$start + string-length(.)"/></xsl:next-iteration>
        </xsl:iterate>
      </xsl:map>
    </xsl:variable>
    <xsl:apply-templates select="$content" mode="f:code-edit">
      <xsl:with-param name="edits" select="$edits" tunnel="yes"/>
      <xsl:with-param name="starts" select="$starts" tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:function>

  <xsl:mode name="f:code-edit" on-no-match="shallow-copy"/>

  <xsl:template match="text()" mode="f:code-edit">
    <xsl:param name="edits" as="map(xs:integer, xs:string)" tunnel="yes"/>
    <xsl:param name="starts" as="map(xs:string, xs:integer)" tunnel="yes"/>
    <xsl:variable name="start" select="$starts(generate-id(.))"/>
    <xsl:variable name="length" select="string-length(.)"/>
    <xsl:variable name="mine" select="map:keys($edits)[. gt $start and . le $start + $length]"/>
    <xsl:choose>
      <xsl:when test="empty($mine)"><xsl:sequence select="."/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="chars" select="string-to-codepoints(.)"/>
        <xsl:value-of select="string-join(for $i in 1 to $length return
            if (map:contains($edits, $start + $i)) then $edits($start + $i) else codepoints-to-string($chars[$i]))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The first edits: one line break after the opening tag and white space before the closing
       one dropped (the author's layout of the markup, not of the code), tabs expanded to the next
       multiple of eight columns, and the marks of $areas (line number → placeholder) put at the
       ends of their lines, at their column when the line is shorter. -->
  <xsl:function name="f:code-layout-edits" as="map(xs:integer, xs:string)">
    <xsl:param name="full" as="xs:string"/>
    <xsl:param name="areas" as="map(xs:integer, map(xs:string, item()))"/>
    <xsl:variable name="chars" select="string-to-codepoints($full)"/>
    <xsl:variable name="n" select="count($chars)"/>
    <xsl:variable name="lead" select="if ($chars[1] = 10) then 1 else 0"/>
    <xsl:variable name="trail" select="if (matches($full, '\n[ \t]*$')) then string-length(replace($full, '^.*?(\n[ \t]*)$', '$1', 's')) else 0"/>
    <xsl:map>
      <xsl:if test="$lead = 1"><xsl:map-entry key="1" select="''"/></xsl:if>
      <xsl:for-each select="($n - $trail + 1) to $n">
        <xsl:if test=". gt $lead"><xsl:map-entry key="." select="''"/></xsl:if>
      </xsl:for-each>
      <!-- Line by line: tabs and area marks need the column. -->
      <xsl:iterate select="($lead + 1) to ($n - $trail)">
        <xsl:param name="line" as="xs:integer" select="1"/>
        <xsl:param name="column" as="xs:integer" select="0"/>
        <xsl:variable name="c" select="$chars[current()]"/>
        <xsl:variable name="last-of-line" select=". = $n - $trail or $chars[current() + 1] = 10"/>
        <xsl:variable name="area" select="if ($last-of-line or $c = 10) then $areas($line) else ()"/>
        <xsl:variable name="width" select="if ($c = 9) then 8 - $column mod 8 else if ($c = 10) then 0 else f:columns($c)"/>
        <!-- A mark goes after the line's last character, or before the line break of an empty line. -->
        <xsl:variable name="mark" select="if (exists($area) and $c = 10 and $column = 0)
            then f:area-text($area, 0) else ''"/>
        <xsl:variable name="after" select="if (exists($area) and $c != 10) then f:area-text($area, $column + $width) else ''"/>
        <xsl:variable name="self" select="if ($c = 9) then string-join((1 to $width) ! ' ') else codepoints-to-string($c)"/>
        <xsl:if test="$c = 9 or $mark or $after">
          <xsl:map-entry key="." select="$mark || $self || $after"/>
        </xsl:if>
        <xsl:next-iteration>
          <xsl:with-param name="line" select="if ($c = 10) then $line + 1 else $line"/>
          <xsl:with-param name="column" select="if ($c = 10) then 0 else $column + $width"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:map>
  </xsl:function>

  <!-- A callout placeholder after a line that ends at $column: spaces to the area's column
       (at least one), then the mark's private-use character. -->
  <xsl:function name="f:area-text" as="xs:string">
    <xsl:param name="area" as="map(xs:string, item())"/>
    <xsl:param name="column" as="xs:integer"/>
    <xsl:variable name="pad" select="max((1, $area('column') - $column - 1))"/>
    <xsl:sequence select="string-join((1 to $pad) ! ' ') || string-join($area('marks') ! codepoints-to-string(57600 + .))"/>
  </xsl:function>

  <!-- Where the long lines of a listing break: after the character at each position given, in a
       measure of $columns columns. A broken line keeps room for the two-column continuation mark;
       it breaks after the last space of the line's second half, else at the measure. -->
  <xsl:function name="f:code-breaks" as="xs:integer*">
    <xsl:param name="full" as="xs:string"/>
    <xsl:param name="columns" as="xs:integer"/>
    <xsl:variable name="lines" select="tokenize($full, '&#10;')"/>
    <xsl:for-each select="1 to count($lines)">
      <xsl:variable name="i" select="."/>
      <xsl:variable name="offset" select="sum(for $j in 1 to $i - 1 return string-length($lines[$j]) + 1)"/>
      <xsl:variable name="chars" select="string-to-codepoints($lines[$i])"/>
      <xsl:sequence select="f:line-breaks($chars ! f:columns(.), $chars, $offset, $columns)"/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="f:line-breaks" as="xs:integer*">
    <xsl:param name="widths" as="xs:integer*"/>
    <xsl:param name="chars" as="xs:integer*"/>
    <xsl:param name="offset" as="xs:integer"/>
    <xsl:param name="columns" as="xs:integer"/>
    <xsl:if test="sum($widths) gt $columns">
      <!-- How many characters fit beside the mark, and the last space among them past the middle. -->
      <xsl:variable name="fit" as="xs:integer*">
        <xsl:iterate select="$widths">
          <xsl:param name="column" as="xs:integer" select="0"/>
          <xsl:param name="space" as="xs:integer" select="0"/>
          <xsl:on-completion><xsl:sequence select="(count($widths), $space)"/></xsl:on-completion>
          <xsl:variable name="i" select="position()"/>
          <xsl:choose>
            <xsl:when test="$column + . gt $columns - 2">
              <xsl:break select="(max((1, $i - 1)), $space)"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:next-iteration>
                <xsl:with-param name="column" select="$column + ."/>
                <xsl:with-param name="space" select="if ($chars[$i] = 32 and $column + . gt $columns idiv 2) then $i else $space"/>
              </xsl:next-iteration>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:iterate>
      </xsl:variable>
      <xsl:variable name="at" select="if ($fit[2] gt 0) then $fit[2] else $fit[1]"/>
      <xsl:sequence select="$offset + $at"/>
      <xsl:sequence select="f:line-breaks(subsequence($widths, $at + 1), subsequence($chars, $at + 1), $offset + $at, $columns)"/>
    </xsl:if>
  </xsl:function>

  <!-- ============================================================ callouts -->

  <!-- The mark of callout n: ❶…❿, then ⓫…⓴ (all in the Noto CJK fonts), then (n). -->
  <xsl:function name="f:callout-mark" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="if ($n ge 1 and $n le 10) then codepoints-to-string(10101 + $n)
        else if ($n ge 11 and $n le 20) then codepoints-to-string(9450 + $n - 10)
        else '(' || $n || ')'"/>
  </xsl:function>

  <!-- A co's number: its place among the callout marks of its listing; an area's or an
       areaset's: its place in its areaspec (the areas of an areaset share their set's number). -->
  <xsl:function name="f:callout-number" as="xs:integer">
    <xsl:param name="mark" as="element()"/>
    <xsl:variable name="item" select="if ($mark/parent::db:areaset) then $mark/.. else $mark"/>
    <xsl:sequence select="if ($mark/self::db:co)
        then count($mark/preceding::db:co[ancestor::*[local-name() = $f:code-blocks][1] is $mark/ancestor::*[local-name() = $f:code-blocks][1]]) + 1
        else count($item/preceding-sibling::*[self::db:area or self::db:areaset]) + 1"/>
  </xsl:function>

  <!-- The marks of the areas of a programlistingco, by line: map{line: map{'column': c,
       'marks': (n…)}}; an area whose coordinates are not a simple line (or line and column) is
       left out, and one whose line is taken adds its mark to the line's. A mark is its number,
       plus 128 when it repeats the mark of an areaset on another line (it is anchored once). -->
  <xsl:function name="f:areas" as="map(xs:integer, map(xs:string, item()))">
    <xsl:param name="areaspec" as="element(db:areaspec)?"/>
    <xsl:variable name="simple" select="$areaspec//db:area[f:area-line(.) gt 0]"/>
    <xsl:map>
      <xsl:for-each-group select="$simple" group-by="f:area-line(.)">
        <xsl:map-entry key="current-grouping-key()" select="map{
            'column': max((0, current-group() ! f:area-column(.))),
            'marks': distinct-values(current-group() ! (f:callout-number(.)
                + (if (parent::db:areaset and preceding-sibling::db:area[f:area-line(.) gt 0]) then 128 else 0)))}"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <xsl:function name="f:area-line" as="xs:integer">
    <xsl:param name="area" as="element(db:area)"/>
    <xsl:variable name="units" select="($area/@units, $area/ancestor::*[@units][1]/@units, 'linecolumn')[1]"/>
    <xsl:sequence select="if ($units = ('linecolumn', 'linerange') and matches($area/@coords, '^\s*\d+(\s+\d+)?\s*$'))
        then xs:integer(tokenize(normalize-space($area/@coords), ' ')[1]) else 0"/>
  </xsl:function>

  <xsl:function name="f:area-column" as="xs:integer">
    <xsl:param name="area" as="element(db:area)"/>
    <xsl:variable name="tokens" select="tokenize(normalize-space($area/@coords), ' ')"/>
    <xsl:sequence select="if (($area/@units, $area/ancestor::*[@units][1]/@units, 'linecolumn')[1] = 'linecolumn'
        and count($tokens) = 2) then xs:integer($tokens[2]) else 0"/>
  </xsl:function>

  <!-- The marks of what a callout's arearefs point to: co, area or areaset elements. -->
  <xsl:function name="f:callout-marks" as="xs:string">
    <xsl:param name="callout" as="element(db:callout)"/>
    <xsl:sequence select="string-join(tokenize($callout/@arearefs) ! key('f:id', ., root($callout))
        ! f:callout-mark(f:callout-number(.)), ' ')"/>
  </xsl:function>
</xsl:stylesheet>
