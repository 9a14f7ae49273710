<?xml version="1.0" encoding="UTF-8"?>
<!--
  Chinese typesetting that FOP does not do by itself (W3C clreq, GB/T 15834), done on the text
  before FOP sees it:
  - a quarter em between Han characters and Latin letters or digits: inside a text, a space of
    its own where the line may break (FOP drops it at a line's end; the line pass sets its width
    and takes it out of the text layer); where the boundary is an inline's edge, which FOP never
    breaks at, fixed letter-spacing on the character before it (FOP overfills justified lines
    with space-start/space-end and misplaces padding beside links);
  - no stretch inside Latin words when a line is justified (letter-spacing 0 on that inline);
  - adjacent punctuation compressed to half width (。” ”， ）、 》《 …);
  - where a line may break beside a full-width mark, its white taken out of the line's edge for
    FOP's breaker (a leader of negative length) and given back inside the line (the space the line
    breaks at), so that FOP counts a mark at a line's edge as the line pass sets it;
  - line-breaking (禁则) that FOP's 2006 UAX #14 table gets wrong: a break allowed before an opening
    quote and after a closing one (FOP forbids both sides of “”) and at the edge of inline elements
    where Chinese allows it (U+200B, which FOP neither paints nor puts in the text layer); no
    break before · and —— (clreq's strict rule: a dash does not start a line; after it a line may
    break, which the dash's inline alone forbade) or before the last character of a paragraph,
    so that no line holds a single character (an inline's edge, where FOP never breaks).
  - the 破折号 —— drawn as one unbroken two-em rule, and the 间隔号 · given a full character's width.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:db="http://docbook.org/ns/docbook"
    exclude-result-prefixes="#all">

  <!-- ============================================================ typographic constants -->
  <!-- Part of the theme, named here with their reasons; the cjk.* attribute sets in
       attributes.xsl and the page-number spacing in inlines.xsl use them. -->

  <!-- The most justification may add between two Han characters while FOP breaks lines: a
       little, so that FOP finds breaks where the grid holds; the line pass (pdf/LineGrid) then
       takes the slack from punctuation and Han–Latin spaces first, Han gaps last (≤ 0.1 em). -->
  <xsl:variable name="han-stretch" as="xs:string" select="'0.03em'"/>
  <!-- The same for footnotes, whose URLs leave FOP few breaks: as much as it needs not to
       overfill a line (the line pass then sets the line ragged-right). -->
  <xsl:variable name="note-han-stretch" as="xs:string" select="'0.5em'"/>
  <!-- After a footnote mark that digits or Latin letters follow, in the mark's own size (65 %
       of the text): about a fifth of the text's em, so that “³2017” does not read as 32017. -->
  <xsl:variable name="footnote-mark-gap" as="xs:string" select="'0.3em'"/>
  <!-- The shortest word of inline code that may break between its parts (code.xsl,
       f:breakable-code): shorter ones (rc.conf, -o) fit a line's slack without breaking. -->
  <xsl:variable name="code-breakable-length" as="xs:integer" select="8"/>
  <!-- Space between Han characters and Latin letters or digits (clreq: a quarter em). -->
  <xsl:variable name="autospace" as="xs:string" select="'0.25em'"/>
  <!-- Where it is a space a line may break at, FOP sees a space (about a quarter em) and may
       take this from it (clreq: down to an eighth of an em). It may not add to it: where the line
       pass leaves a line as FOP set it (in a framed box), FOP would stretch it past a third. -->
  <xsl:variable name="autospace-shrink" as="xs:string" select="'-0.125em'"/>
  <xsl:variable name="autospace-stretch" as="xs:string" select="'0em'"/>
  <!-- Letter- and word-spacing that justification may not stretch: Latin words, inline code,
       break opportunities, the parts of —— and ·. -->
  <xsl:variable name="fixed-spacing" as="xs:string" select="'0pt'"/>
  <!-- A punctuation mark followed by another gives up its empty half (标点挤压). -->
  <xsl:variable name="punctuation-compression" as="xs:string" select="'-0.5em'"/>
  <!-- A stop or closing mark where a line may break after it, and an opening mark where it may
       break before it: FOP's breaker counts every mark a full em, so a line that ends in one was
       measured too long (a character with its comma that would have fitted went to the next
       line), and one that starts with one too. The white beside the mark's ink (f:white-after,
       f:white-before) is taken back by a leader of that negative length, which FOP keeps at a
       line's edge, and given again by the space the line may break at, which FOP drops there:
       in the line the mark is one em, at its edge its ink. Between a closing and an opening mark
       the pair gives up half an em (标点挤压). The space is word-spacing added to the space of the
       body's serif (0.256 em in Noto Serif CJK SC); the line pass
       (pdf/LineSpacing) takes it out of the text layer. (A no-break space would do for the
       leader but ends in glue, after which FOP does not break at a space; U+200B before the
       space makes FOP keep the space at the next line's start.) -->
  <xsl:variable name="serif-space" as="xs:double" select="0.256"/>
  <xsl:variable name="pair-compression" as="xs:double" select="0.5"/>
  <!-- 破折号: Noto's U+2014 is 0.89 em with side bearings (ink 0.043–0.846 em); the first dash
       is drawn back over the gap so the two join into one rule of 1.7 em. -->
  <xsl:variable name="dash-overlap" as="xs:string" select="'-0.087em'"/>
  <!-- 间隔号: U+00B7 is a 0.327 em Latin dot in Noto; Chinese gives it a whole character, half
       of the rest on either side. -->
  <xsl:variable name="middle-dot-padding" as="xs:string" select="'0.3365em'"/>

  <!-- ============================================================ character classes -->

  <!-- Character classes (clreq §3 table of punctuation marks). -->
  <!-- Han ($f:han) is defined in common/functions.xsl. -->
  <!-- Stops and closing marks (their ink is in the left half of the em), opening marks (in the
       right half), and the marks that may open a Western run: given by the compiler from
       style/CharacterClasses, which the line pass (pdf/LineSpacing) reads too, so that the two
       never disagree on a mark. (So the stylesheets compile through Stylesheets.newCompiler, not
       on Saxon's command line without these three parameters.) -->
  <xsl:param name="f:closing" static="yes" as="xs:string" required="yes"/>
  <xsl:param name="f:opening" static="yes" as="xs:string" required="yes"/>
  <xsl:param name="f:western-openers" static="yes" as="xs:string" required="yes"/>
  <!-- The marks of f:closing and f:opening that are not quotation marks. -->
  <xsl:variable name="f:closing-unquoted" static="yes" as="xs:string" select="replace($f:closing, '[”’]', '')"/>
  <xsl:variable name="f:opening-unquoted" static="yes" as="xs:string" select="replace($f:opening, '[“‘]', '')"/>
  <xsl:variable name="f:western" static="yes" as="xs:string" select="'A-Za-z0-9À-ÖØ-öø-ɏͰ-ϿЀ-ӿ'"/>
  <!-- A run of Western text: starts and ends with a letter or digit, may hold spaces and ASCII
       punctuation inside (DocBook 5, Version 4.0, GB/T 15834, 10%), and may open with the marks
       of an option, a path or a variable (-o, −−release, ~/.m2, $HOME), which take the quarter em
       after Han as a letter does ($f:western-openers). -->
  <xsl:variable name="f:western-run" static="yes" as="xs:string"
      select="'[' || replace($f:western-openers, '([\\\-\[\]^])', '\\$1') || ']*[' || $f:western || '](?:[' || $f:western || ' .,:;/&amp;+_%@#=~*()\-]*[' || $f:western || '%])?'"/>

  <!-- Characters after which, and before which, Chinese may break a line. -->
  <xsl:variable name="f:may-break-after" static="yes" as="xs:string" select="'[' || $f:han || $f:closing || ']'"/>
  <xsl:variable name="f:may-break-before" static="yes" as="xs:string" select="'[' || $f:han || $f:opening || ']'"/>
  <xsl:variable name="f:mark" static="yes" as="xs:string" select="'[' || $f:closing || $f:opening || ']'"/>


  <!-- A text node, typeset: text and fo:inline elements. -->
  <xsl:function name="f:typeset" as="node()*">
    <xsl:param name="text" as="text()"/>
    <!-- The text before, unless a list or a table of the paragraph stands between: its text
         starts a block of its own (no break or space belongs at its start). -->
    <xsl:variable name="block" select="f:block($text)"/>
    <xsl:variable name="top" select="$text/ancestor-or-self::node()[parent::* is $block][1]"/>
    <xsl:variable name="new-block" select="not($top/self::*//text()[normalize-space()][. &lt;&lt; $text])
        and f:is-block-in-para(($top/preceding-sibling::node()[not(self::text()[not(normalize-space())])][1], $top)[1])"/>
    <xsl:variable name="before" select="if ($new-block) then '' else f:last-char(f:text-before($text))"/>
    <xsl:variable name="following" select="f:text-past-space($text, f:text-after($text))"/>
    <!-- Text ending in Han before nothing but closing marks (错误¹。) ends its paragraph as far
         as a lone last character goes: its last Han character is kept with what precedes it. -->
    <!-- The last text of a trademark is followed by its symbol, which the stylesheets write: the
         quarter em before Han goes after the symbol (db:trademark, inlines.xsl), not between the
         word and its symbol. For this text, what follows is a mark that is neither Han nor
         Latin, whatever the class's symbol (the service mark's is the letters SM). -->
    <xsl:variable name="trademark" select="$text/ancestor::db:trademark[1]"/>
    <xsl:variable name="after" _select="if ($trademark and ($trademark//text())[last()] is $text) then '®'
        else if (f:is-han(f:last-char(string($text))) and matches($following, '^[{$f:closing}]+$'))
        then '' else f:first-char($following)"/>
    <!-- After inline code (a Latin word to the line breaker) Chinese may break before Han: the
         break mark of f:line-breaking, which FOP needs at the code's edge, as after Han; none
         where the code's quarter em before Han is a space, which is the break (fo/code.xsl). -->
    <xsl:variable name="breaks-after" select="if ($text/preceding-sibling::node()[1][f:is-code-inline(.) and not(f:han-after-code(.))]
        and not(f:is-han($before))) then '一' else $before"/>
    <xsl:sequence select="f:typeset-string(f:normalize-string(f:no-space-at-marks(string($text)), $before, $after), $breaks-after, $after,
        f:hyphenation-language($text))"/>
  </xsl:function>

  <!--
    The language a text's Western words are hyphenated in (f:hyphenate, style/WordHyphenation),
    or '' where they are not: in paragraphs (db:para, db:simpara) wherever they stand (the body,
    notes, list items, table cells, the copyright page's notices), not in titles, and not in the
    CIP block, whose lines are the catalogue's as given (GB/T 12451); in a Chinese, Japanese or
    Korean text, as English, the language of nearly every Western word of a Chinese book (a word
    in another language is marked with its own xml:lang, or left whole: the English patterns
    know no Cyrillic).
  -->
  <xsl:function name="f:hyphenation-language" as="xs:string">
    <xsl:param name="text" as="text()"/>
    <xsl:variable name="block" select="f:block($text)"/>
    <xsl:variable name="language" select="lower-case(($text/ancestor::*[@xml:lang][1]/@xml:lang, $f:language)[1])"/>
    <xsl:sequence select="if (not($block/self::db:para or $block/self::db:simpara)
            or $text/ancestor::*[self::db:title or self::db:subtitle or self::db:titleabbrev
                or self::db:legalnotice[@role = 'cip']]) then ''
        else if (matches($language, '^(zh|ja|ko)([-_]|$)')) then 'en' else replace($language, '_', '-')"/>
  </xsl:function>

  <!-- A space an author typed beside a full-width mark (「设置， 可以」, 「主意； 每个」, frequent in
       translated documents) goes: the mark has its own white half, and in a justified line FOP
       stretches that lone word space by several ems (the line pass then leaves the line alone,
       taking the gap for a leader). Only between a mark and Han or another mark. -->
  <xsl:function name="f:no-space-at-marks" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence _select="if (not(matches($text, '\s'))) then $text else replace(replace($text,
        '([{$f:closing}{$f:opening}])\s+([{$f:han}{$f:closing}{$f:opening}])', '$1$2'),
        '([{$f:han}])\s+([{$f:closing}{$f:opening}])', '$1$2')"/>
  </xsl:function>

  <!--
    The text after a text node as it will be printed: when the next text begins with white space
    that the typesetter drops (between Latin and Han, or Chinese on both sides: f:edge-space-between), the text past that space,
    looked for past white-space-only nodes too. Authors write 「<application>IPFW</application>
    能够」 and 「<function>load_rc_config</function> <emphasis>之后</emphasis>」: the inline's
    last Latin letter must see the Han character, not the dropped space, or it loses its quarter em.
  -->
  <xsl:function name="f:text-past-space" as="xs:string">
    <xsl:param name="text" as="text()"/>
    <xsl:param name="following" as="xs:string"/>
    <xsl:variable name="space" select="if (matches($following, '^\s')) then replace($following, '^(\s+).*$', '$1', 's') else ''"/>
    <xsl:variable name="beyond" select="if ($space ne '' and $space eq $following)
        then f:next-printed($text) else ()"/>
    <xsl:variable name="rest" select="if ($space eq '') then $following
        else if ($space ne $following) then substring($following, string-length($space) + 1)
        else if ($beyond/self::text()) then replace(string($beyond), '^\s+', '')
        else ''"/>
    <xsl:sequence select="if ($space ne '' and $rest ne ''
            and f:edge-space-between(f:last-char(string($text)), f:first-char($rest), $space) eq '')
        then $rest else $following"/>
  </xsl:function>

  <!--
    A string between the characters $before and $after, typeset. The quarter em between Han and
    Latin is a breakable space (cjk.autospace-break) at a boundary inside the string, and
    letter-spacing on the character before the boundary at the string's edge (FOP counts fixed
    letter-spacing correctly when it justifies, unlike space-start, and places it correctly beside
    links, unlike padding): a Han character before a Latin run in the next node gets it here, a
    Latin run's last character before Han gets it in its own node.
  -->
  <xsl:function name="f:typeset-string" as="node()*">
    <xsl:param name="string" as="xs:string"/>
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string"/>
    <xsl:sequence select="f:typeset-string($string, $before, $after, '')"/>
  </xsl:function>

  <!-- The same, its Western words hyphenated in the language $hyphenation ('': not hyphenated). -->
  <xsl:function name="f:typeset-string" as="node()*">
    <xsl:param name="string" as="xs:string"/>
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string"/>
    <xsl:param name="hyphenation" as="xs:string"/>
    <xsl:variable name="glued" select="f:line-breaking($string, $before, $after)"/>
    <xsl:variable name="tokens" as="element(token)*">
      <xsl:analyze-string select="$glued" _regex="{$f:western-run}">
        <xsl:matching-substring><token western="yes"><xsl:value-of select="."/></token></xsl:matching-substring>
        <xsl:non-matching-substring><token><xsl:value-of select="."/></token></xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:for-each select="$tokens">
      <xsl:variable name="i" select="position()"/>
      <!-- The next text's first character, past the break and glue marks of f:line-breaking
           (a paragraph's last character carries one: its Han–Latin space was lost). -->
      <xsl:variable name="next" select="if ($i lt last()) then f:first-char(replace($tokens[$i + 1], '^[&#xE001;-&#xE007;]+', '')) else $after"/>
      <xsl:variable name="text" as="xs:string" select="string(.)"/>
      <!-- A Han–Latin boundary inside this text: a space of its own, a quarter em wide, where the
           line may break (clreq); FOP drops a space that ends a line, and the line pass
           (pdf/LineSpacing) takes the character out of the text layer. Letter-spacing could not
           do both: FOP never breaks at an inline's edge, so 「生成PDF和EPUB两个」 was one
           unbreakable word and the line before it was spread to fill. -->
      <xsl:variable name="leads" as="xs:boolean" select="$i gt 1 and (if (@western) then f:is-han(f:last-char($tokens[$i - 1]))
          else exists($tokens[$i - 1]/@western) and f:is-han(f:first-char($text)))
          and not(f:kept-together(f:last-char($tokens[$i - 1]), f:first-char($text)))"/>
      <xsl:variable name="next-leads" as="xs:boolean" select="$i lt last() and (if (@western) then f:is-han(f:first-char($tokens[$i + 1]))
          else f:is-han(f:last-char($text)))
          and not(f:kept-together(f:last-char($text), f:first-char($tokens[$i + 1])))"/>
      <xsl:if test="$leads">
        <xsl:sequence select="f:autospace-break()"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="@western">
          <!-- Hyphenated with the characters on either side of the run, which tell a word
               joined to a path, a tag or a placeholder (C:\Windows, <configuration>,
               {placeholder}: the run stops at the mark); never a soft hyphen before the last
               letter (three are kept after one). -->
          <xsl:variable name="left" select="if ($i gt 1) then f:last-char($tokens[$i - 1]) else $before"/>
          <xsl:variable name="hyphenated" select="if ($hyphenation) then f:hyphenate($left || $text || $next, $hyphenation) else ''"/>
          <xsl:variable name="words" select="if ($hyphenation) then substring($hyphenated, string-length($left) + 1,
              string-length($hyphenated) - string-length($left) - string-length($next)) else $text"/>
          <fo:inline xsl:use-attribute-sets="cjk.western">
            <xsl:choose>
              <xsl:when test="f:is-han($next) and not($next-leads)">
                <xsl:sequence select="f:western-words(substring($words, 1, string-length($words) - 1))"/>
                <fo:inline xsl:use-attribute-sets="cjk.autospace"><xsl:value-of select="f:last-char($words)"/></fo:inline>
              </xsl:when>
              <xsl:otherwise><xsl:sequence select="f:western-words($words)"/></xsl:otherwise>
            </xsl:choose>
          </fo:inline>
        </xsl:when>
        <xsl:when test="$i = last() and f:is-western($after) and f:is-han(f:last-char($text))
            and not(f:kept-together(f:last-char($text), $after))">
          <!-- Latin in the next node (a link, a trademark, inline code): the quarter em is a
               space the line may break at, as inside a text. As letter-spacing it glued the Han
               before to the whole next element: 「以及<link>Linux® 二进制兼容</link>」 could not
               break before the link, and the line before it was spread by a quarter em per
               character (FreeBSD's linux-users). -->
          <xsl:sequence select="f:punctuation($text)"/>
          <xsl:sequence select="f:autospace-break()"/>
        </xsl:when>
        <xsl:when test="($i = last() and f:is-western($after) or $i lt last() and exists($tokens[$i + 1]/@western) and not($next-leads))
            and f:is-han(f:last-char($text))">
          <!-- Latin in the next text, or a number kept with its label: the quarter em as
               letter-spacing of the last character. -->
          <xsl:variable name="rest" select="substring($text, 1, string-length($text) - 1)"/>
          <!-- A break mark before the last character goes with it; a glue mark is not needed,
               the inline's edge glues. -->
          <xsl:variable name="mark" select="f:last-char($rest)[. = ('&#xE001;', '&#xE002;')]"/>
          <xsl:sequence select="f:punctuation(if ($mark) then substring($rest, 1, string-length($rest) - 1) else $rest)"/>
          <xsl:variable name="spaced" as="element()">
            <fo:inline xsl:use-attribute-sets="cjk.autospace"><xsl:value-of select="f:last-char(.)"/></fo:inline>
          </xsl:variable>
          <xsl:choose>
            <xsl:when test="$mark = '&#xE001;'">
              <fo:inline xsl:use-attribute-sets="cjk.break">&#x200B;<xsl:sequence select="$spaced"/></fo:inline>
            </xsl:when>
            <xsl:otherwise><xsl:sequence select="$spaced"/></xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="f:punctuation($text)"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- The words of a Western run: an option's leading dashes (-jar, −−pdf) in an inline of their
       own, so that they keep to its name (FOP breaks at no inline's edge); Unicode's line breaking
       allows a break after a hyphen, and FOP broke 「java -」 from 「jar」. -->
  <xsl:function name="f:western-words" as="node()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:analyze-string select="$text" regex="(^|\s)(-+)(\p{{L}})">
      <xsl:matching-substring>
        <xsl:value-of select="regex-group(1)"/>
        <fo:inline><xsl:value-of select="regex-group(2)"/></fo:inline>
        <xsl:value-of select="regex-group(3)"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!-- The quarter em between Han and Latin (or inline code, or a trademark's symbol) where a line
       may break: a space of its own, which FOP drops at a line's end and the line pass
       (pdf/LineSpacing) sets to a quarter em and takes out of the text layer. -->
  <xsl:function name="f:autospace-break" as="element()">
    <fo:wrapper xsl:use-attribute-sets="cjk.autospace-break"><xsl:text> </xsl:text></fo:wrapper>
  </xsl:function>

  <!-- Where a Han–Latin boundary is no place to break a line: between a figure's, table's,
       example's or equation's label and its number (图 3-1 of a cross-reference or a caption), and
       after 第 (第 2 章). (Between a number and the measure word after it, 2020 年, Chinese
       breaks as xeCJK and Typst do: keeping them together cost a twentieth of the test book's
       lines their grid.) -->
  <xsl:function name="f:kept-together" as="xs:boolean">
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string"/>
    <xsl:sequence select="$before = ('图', '表', '例', '式', '第') and matches($after, '^[0-9]$')"/>
  </xsl:function>

  <xsl:function name="f:is-western" as="xs:boolean">
    <xsl:param name="char" as="xs:string"/>
    <xsl:sequence _select="matches($char, '^[{$f:western}]$')"/>
  </xsl:function>

  <!--
    Where a line may and may not break, and which marks to compress, as marker characters in the
    text (below); f:punctuation turns them into inlines.
  -->
  <xsl:function name="f:line-breaking" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="before" as="xs:string"/>
    <xsl:param name="after" as="xs:string"/>
    <!-- Marks (private-use characters, turned into inlines by f:punctuation): U+E001 before a
         character where Chinese may break and FOP would not; U+E002 before a character that
         must not start a line; U+E003 before a mark to compress because the next text starts
         with one; U+E004, U+E006, U+E007 beside marks (below). The patterns are spliced in at compile time (shadow
         attributes), so each regular expression is compiled once. -->
    <!-- Beside a full-width mark, where Chinese may break: after a stop or closing mark before
         Han, an opening mark, or a Latin letter or digit (but after ’, also the apostrophe of
         O’Reilly); before an opening mark after Han, or after Latin (but before “ ‘). FOP's QU
         class forbids a break on either side of “”, and UAX #14 breaks between a mark and Latin
         only at a space, which Chinese does not write (「book、preface、chapter」 was one word).
         U+E004 after a closing mark, U+E006 before an opening one, U+E007 between the two, each
         followed by the mark(s) it sets (f:punctuation takes their white out of a line's edge).
         After —— before Han, U+E001: the dash is an inline, at whose edge FOP never breaks. -->
    <xsl:variable name="breaks" _select="replace(replace(replace(replace(replace(replace($text,
        '([{$f:closing}])([{$f:opening}])', '$1&#xE007;$1$2$2'),
        '([{$f:closing}])([{$f:han}])', '$1&#xE004;$1$2'),
        '([{$f:closing-unquoted}])([{$f:western}])', '$1&#xE004;$1$2'),
        '([{$f:han}])([{$f:opening}])', '$1&#xE006;$2$2'),
        '([{$f:western}])([{$f:opening-unquoted}])', '$1&#xE006;$2$2'),
        '——([{$f:han}])', '——&#xE001;$1')"/>
    <!-- The last character of a paragraph may not stand alone on its line. -->
    <xsl:variable name="last-glued" _select="if ($after = '')
        then replace(replace($breaks, '([{$f:han}])([^{$f:han}]*)$', '&#xE002;$1$2'), '&#xE004;.&#xE002;|&#xE001;&#xE002;', '&#xE002;')
        else $breaks"/>
    <!-- A mark that ends this text before one that starts the next gives up its empty half. -->
    <!-- (Not a closing mark before an opening one: the next text's U+E007 sets that pair.) -->
    <xsl:variable name="compressed" _select="if (matches($after, '^[{$f:opening}]') and matches($last-glued, '[{$f:opening}]$')
            or matches($after, '^[{$f:closing}]') and matches($last-glued, '[{$f:closing}]$'))
        then replace($last-glued, '(.)$', '&#xE003;$1') else $last-glued"/>
    <!-- FOP never breaks at the edge of an inline element; Chinese may: beside a mark as inside
         a text (above), elsewhere at a U+200B. -->
    <xsl:variable name="first" select="substring($compressed, 1, 1)"/>
    <xsl:variable name="closing-before" select="$before ne '' and contains($f:closing, $before)"/>
    <xsl:variable name="opening-first" select="$first ne '' and contains($f:opening, $first)"/>
    <xsl:sequence select="
        if ($closing-before and $opening-first) then '&#xE007;' || $before || $first || $compressed
        else if ($closing-before and (f:is-han($first) or contains($f:closing-unquoted, $before) and f:is-western($first)))
          then '&#xE004;' || $before || $compressed
        else if ($opening-first and (f:is-han($before) or f:is-western($before) and contains($f:opening-unquoted, $first)))
          then '&#xE006;' || $first || $compressed
        else if (matches($before, $f:may-break-after) and matches($compressed, '^' || $f:may-break-before))
          then '&#xE001;' || $compressed
        else $compressed"/>
  </xsl:function>

  <!-- Punctuation: adjacent marks compressed, —— and · set to their Chinese widths, and the
       break marks of f:line-breaking made into inlines. -->
  <xsl:function name="f:punctuation" as="node()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:analyze-string select="$text" _regex="——|·|&#xE001;.?|&#xE002;.|&#xE003;.|&#xE004;.|&#xE006;.|&#xE007;..|{$f:mark}{$f:mark}+">
      <xsl:matching-substring>
        <xsl:choose>
          <xsl:when test=". = '——'">
            <fo:inline xsl:use-attribute-sets="cjk.dash">
              <fo:inline xsl:use-attribute-sets="cjk.dash.first">—</fo:inline>—</fo:inline>
          </xsl:when>
          <xsl:when test=". = '·'">
            <fo:inline xsl:use-attribute-sets="cjk.middle-dot">·</fo:inline>
          </xsl:when>
          <xsl:when test="starts-with(., '&#xE001;')">
            <!-- A break opportunity inside an inline whose letter-spacing is fixed: a bare
                 U+200B in justified text makes FOP overfill the line by one letter space. The
                 mark may end the text, before a Latin word that is an inline of its own. -->
            <fo:inline xsl:use-attribute-sets="cjk.break">&#x200B;<xsl:value-of select="substring(., 2)"/></fo:inline>
          </xsl:when>
          <xsl:when test="starts-with(., '&#xE003;')">
            <fo:inline xsl:use-attribute-sets="cjk.compressed"><xsl:value-of select="substring(., 2)"/></fo:inline>
          </xsl:when>
          <xsl:when test="matches(., '^[&#xE004;&#xE006;&#xE007;]')">
            <!-- A mark's white beside its ink: taken back after a closing mark and before an
                 opening one by a leader (of spaces, the default pattern), given again by the
                 space the line may break at (between a closing and an opening mark less the half
                 em the pair gives up). The space is a wrapper, not an inline: no area of its own,
                 and as an artifact no element of the PDF's structure tree (a Span for each mark
                 made the report's PDF a sixth larger and its layout slower). Its word-spacing is
                 added to the space of the face around it (the serif's 0.256 em in body text;
                 the sans's is 0.032 em narrower, in headings, which the line pass leaves alone). -->
            <xsl:variable name="after" select="if (matches(., '^[&#xE004;&#xE007;]')) then round(f:white-after(substring(., 2, 1)), 3) else 0"/>
            <xsl:variable name="before" select="if (matches(., '^[&#xE006;&#xE007;]')) then f:white-before(substring(., string-length(.), 1)) else 0"/>
            <xsl:if test="$after ne 0">
              <fo:leader leader-length="{-$after}em"/>
            </xsl:if>
            <!-- (To the thousandth, as the theme measures.) -->
            <xsl:variable name="space" select="round($after + $before - (if (starts-with(., '&#xE007;')) then $pair-compression else 0) - $serif-space, 3)"/>
            <fo:wrapper role="artifact" word-spacing="{$space}em"><xsl:text> </xsl:text></fo:wrapper>
            <xsl:if test="$before ne 0">
              <fo:leader leader-length="{-$before}em"/>
            </xsl:if>
          </xsl:when>
          <xsl:when test="starts-with(., '&#xE002;')">
            <!-- FOP does not break at an inline's edge: that is all this inline is for. -->
            <fo:inline><xsl:value-of select="substring(., 2)"/></fo:inline>
          </xsl:when>
          <xsl:otherwise>
            <!-- Every mark but the last of a run gives up its empty half (clreq 3.1.6). -->
            <xsl:variable name="marks" select="string-to-codepoints(.) ! codepoints-to-string(.)"/>
            <xsl:for-each select="$marks">
              <xsl:variable name="i" select="position()"/>
              <xsl:choose>
                <!-- Only where an empty half meets: after a stop or closing mark, or before an
                     opening one (“。 has ink on both sides of the join). -->
                <xsl:when test="$i lt last() and (contains($f:closing, .) or contains($f:opening, $marks[$i + 1]))">
                  <fo:inline xsl:use-attribute-sets="cjk.compressed"><xsl:value-of select="."/></fo:inline>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:function>

  <!--
    How much of a mark's em FOP's breaker leaves out at a line's edge (the white beside its ink,
    where the theme knows the body face's ink: common/theme.xml), by punctuation-style: trim (the
    default) the white, hang the whole mark at a line's end, full nothing. The line pass sets the
    ink at the margin from the same figures.
  -->
  <!-- Each mark's ink, left and right edge, by the mark (looked up for every mark of the book). -->
  <xsl:variable name="f:punctuation-ink" as="map(xs:string, xs:double+)"
      select="map:merge($f:theme-document/theme/fonts/punctuation-ink[@family = $serif]/mark
          ! map{string(@char): (xs:double(@left), xs:double(@right))})"/>
  <xsl:function name="f:white-after" as="xs:double">
    <xsl:param name="mark" as="xs:string"/>
    <xsl:sequence select="if ($punctuation-style = 'full') then 0
        else if ($punctuation-style = 'hang') then 1
        else 1 - ($f:punctuation-ink($mark)[2], 0.5)[1]"/>
  </xsl:function>
  <xsl:function name="f:white-before" as="xs:double">
    <xsl:param name="mark" as="xs:string"/>
    <xsl:sequence select="if ($punctuation-style = 'full') then 0
        else ($f:punctuation-ink($mark)[1], 0.5)[1]"/>
  </xsl:function>

  <!-- $f:han by code point, not by regular expression: this runs for every Latin run. -->
  <xsl:function name="f:is-han" as="xs:boolean">
    <xsl:param name="char" as="xs:string"/>
    <xsl:variable name="c" select="string-to-codepoints($char)[1]"/>
    <xsl:sequence select="exists($c) and (($c ge 19968 and $c le 40959) or ($c ge 13312 and $c le 19903)
        or ($c ge 63744 and $c le 64255) or $c = (12295, 12293) or ($c ge 131072 and $c le 196607))"/>
  </xsl:function>
</xsl:stylesheet>
