<?xml version="1.0" encoding="UTF-8"?>
<!-- Text and inline elements: emphasis, links, cross references, quotes, scripts. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    exclude-result-prefixes="#all">

  <xsl:template match="text()">
    <xsl:sequence select="f:typeset(.)"/>
  </xsl:template>

  <xsl:template match="db:emphasis">
    <fo:inline xsl:use-attribute-sets="emphasis"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="db:emphasis[@role = ('bold', 'strong')]">
    <fo:inline xsl:use-attribute-sets="emphasis__bold"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- FOP 2.11 tags the language of blocks only, and drops custom roles: a phrase in another
       language carries its language in fox:abbreviation (the one inline property FOP copies into
       the structure tree, as /E), which AccessiblePdf turns into the Span's /Lang. -->
  <xsl:template match="db:phrase">
    <fo:inline>
      <xsl:call-template name="id"/>
      <xsl:if test="@xml:lang">
        <xsl:attribute name="fox:abbreviation" select="'xml:lang=' || @xml:lang"/>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="db:superscript">
    <fo:inline xsl:use-attribute-sets="superscript"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="db:subscript">
    <fo:inline xsl:use-attribute-sets="subscript"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- An author's line break in a title (DocBook XSL's processing instruction). -->
  <xsl:template match="processing-instruction('linebreak')">
    <fo:block/>
  </xsl:template>

  <!-- Titles of works in other languages are set in italics (Chinese ones became 《》 text in
       common/normalize.xsl, as <quote> became “”). -->
  <xsl:template match="db:citetitle">
    <fo:inline xsl:use-attribute-sets="citetitle"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="db:anchor">
    <fo:inline id="{@xml:id}"/>
  </xsl:template>

  <!-- ============================================================ links -->

  <xsl:variable name="quote" as="xs:string" select="codepoints-to-string(39)"/>

  <xsl:template match="db:link[@xlink:href]">
    <xsl:call-template name="link">
      <xsl:with-param name="destination" select="'url(' || $quote || @xlink:href || $quote || ')'"/>
      <xsl:with-param name="external" select="true()"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:choose>
          <xsl:when test="node()"><xsl:apply-templates mode="m:link-text"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="f:breakable-url(@xlink:href)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="db:link[@linkend]">
    <xsl:call-template name="link">
      <xsl:with-param name="destination" select="string(@linkend)"/>
      <xsl:with-param name="content" as="node()*"><xsl:apply-templates/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!--
    A link around typeset content. FOP mislays padding inside fo:basic-link (the link's content
    moves by it, the text after the link does not, and they collide), so the link is split into
    one basic-link per piece of text, each inside the padded inlines rather than around them.
  -->
  <xsl:template name="link">
    <xsl:param name="destination" as="xs:string"/>
    <xsl:param name="external" as="xs:boolean" select="false()"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:apply-templates select="$content" mode="m:split-link">
      <xsl:with-param name="destination" select="$destination" tunnel="yes"/>
      <xsl:with-param name="external" select="$external" tunnel="yes"/>
      <!-- What a screen reader says for the link (PDF/UA 7.18.5): its whole text, without the
           stylesheets' break marks and soft hyphens. -->
      <xsl:with-param name="alt-text" select="normalize-space(replace(string-join($content ! string(.)), '[&#x200B;&#xAD;]', ''))"
          tunnel="yes"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:mode name="m:split-link" on-no-match="shallow-copy"/>

  <!-- In print a link is its text: PDF/X allows no annotations on the page. -->
  <xsl:template match="text() | fo:page-number-citation" mode="m:split-link" priority="2">
    <xsl:choose>
      <xsl:when test="$print"><xsl:sequence select="."/></xsl:when>
      <xsl:otherwise><xsl:next-match/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text() | fo:page-number-citation" mode="m:split-link">
    <xsl:param name="destination" as="xs:string" tunnel="yes"/>
    <xsl:param name="external" as="xs:boolean" tunnel="yes"/>
    <xsl:param name="alt-text" as="xs:string" tunnel="yes"/>
    <fo:basic-link xsl:use-attribute-sets="link" fox:alt-text="{if ($alt-text) then $alt-text else $destination}">
      <xsl:attribute name="{if ($external) then 'external-destination' else 'internal-destination'}"
          select="$destination"/>
      <xsl:sequence select="."/>
    </fo:basic-link>
  </xsl:template>

  <!-- A footnote inside a link stays whole. -->
  <xsl:template match="fo:footnote" mode="m:split-link">
    <xsl:sequence select="."/>
  </xsl:template>

  <xsl:mode name="m:link-text" on-no-match="shallow-skip"/>

  <!-- The text of a link: a URL written out may break after / . - _ and nowhere else. -->
  <xsl:template match="text()" mode="m:link-text">
    <xsl:variable name="text" select="f:normalize-text(.)"/>
    <xsl:choose>
      <xsl:when test="matches($text, '^[a-z]+://|^www\.')">
        <fo:inline xsl:use-attribute-sets="cjk.western">
          <xsl:value-of select="f:breakable-url($text)"/>
        </fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="f:typeset(.)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="m:link-text">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- A zero-width space after each character a URL may break after, but never inside "//".
       FOP does not paint it and PDF text extraction does not return it. -->
  <xsl:function name="f:breakable-url" as="xs:string">
    <xsl:param name="url" as="xs:string"/>
    <xsl:sequence select="replace($url, '(://|[/._\-?&amp;=])([^/])', '$1&#x200B;$2')"/>
  </xsl:function>

  <!-- ============================================================ cross references -->

  <xsl:template match="db:xref">
    <xsl:variable name="key" select="f:xref-page-key(.)"/>
    <xsl:call-template name="link">
      <xsl:with-param name="destination" select="string(@linkend)"/>
      <xsl:with-param name="content" as="node()*">
        <xsl:choose>
          <xsl:when test="$key != ''">
            <xsl:call-template name="with-page">
              <xsl:with-param name="key" select="$key"/>
              <xsl:with-param name="text" select="f:xref-words(.)"/>
              <xsl:with-param name="page" as="element()">
                <fo:page-number-citation ref-id="{@linkend}"/>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <!-- Set against the text on both sides: 「引用前言：“前言”」 compresses 「：“」 as a
                 text would, and a line may break beside the marks. -->
            <xsl:sequence select="f:typeset-string(f:xref-words(.), f:last-char(f:text-before(.)), f:first-char(f:text-after(.)))"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Fills {text} and {page} of a generated-text template, the page as a live citation. -->
  <xsl:template name="with-page">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="page" as="element()"/>
    <!-- The page number is a citation FOP fills in: Han on either side gets the quarter em. -->
    <xsl:variable name="parts" select="tokenize(f:gentext($key, map{'text': $text, 'page': '&#xE000;'}), '&#xE000;')"/>
    <xsl:sequence select="f:typeset-string($parts[1], f:last-char(f:text-before(.)), '0')"/>
    <fo:inline xsl:use-attribute-sets="cjk.western">
      <xsl:if test="f:is-han(f:first-char($parts[2]))">
        <xsl:attribute name="padding-end" select="$autospace"/>
      </xsl:if>
      <xsl:sequence select="$page"/>
    </fo:inline>
    <!-- Typeset against the text after it: 「（第 7 页）；」 compresses 「）；」. -->
    <xsl:sequence select="f:typeset-string($parts[2], '0', f:first-char(f:text-after(.)))"/>
  </xsl:template>




  <!-- ============================================================ technical and nonfiction inlines (issue 15) -->
  <!-- Code inlines are in code.xsl; these are set in the faces of running text, typeset as it. -->

  <!-- Programs, packages and the reader's interface: the sans face. -->
  <xsl:template match="db:application | db:package | db:productname | db:guimenu | db:guimenuitem | db:guisubmenu
      | db:guibutton | db:guilabel | db:guiicon">
    <fo:inline xsl:use-attribute-sets="inline.sans">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- A menu path, its items joined by an arrow (文件→导出→PDF), and keys pressed together
       (Ctrl+C) or one after another: typeset as one string, so that the text around sees the
       generated separators as its neighbours do. -->
  <xsl:template match="db:menuchoice">
    <fo:inline xsl:use-attribute-sets="inline.sans">
      <xsl:call-template name="id"/>
      <xsl:sequence select="f:typeset-joined(* except db:shortcut, f:gentext('menu-separator'))"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="db:keycombo">
    <fo:inline xsl:use-attribute-sets="inline.keycap">
      <xsl:call-template name="id"/>
      <xsl:sequence select="f:typeset-joined(*, f:gentext(if (@action = 'seq') then 'keycombo-seq' else 'keycombo-simul'))"/>
    </fo:inline>
  </xsl:template>

  <xsl:function name="f:typeset-joined" as="node()*">
    <xsl:param name="items" as="element()*"/>
    <xsl:param name="separator" as="xs:string"/>
    <xsl:variable name="texts" select="$items//text()"/>
    <xsl:sequence select="if (empty($texts)) then () else f:typeset-string(
        string-join($items ! normalize-space(.), $separator),
        f:last-char(f:text-before($texts[1])), f:first-char(replace(f:text-after($texts[last()]), '^\s+', '')))"/>
  </xsl:function>

  <xsl:template match="db:keycap | db:keysym | db:mousebutton">
    <fo:inline xsl:use-attribute-sets="inline.keycap">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="db:acronym | db:abbrev | db:date | db:personname[not(db:surname | db:firstname | db:givenname)]">
    <fo:inline>
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- A name in its language's order: 王小明, Ada Lovelace. -->
  <xsl:template match="db:personname">
    <fo:inline>
      <xsl:call-template name="id"/>
      <xsl:sequence select="f:typeset-string(f:person-name(.), '', '')"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="db:firstname | db:surname | db:givenname | db:othername | db:honorific | db:lineage">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- The symbol after the word; before Han, the quarter em after the symbol, where the line
       may break (the word's last letter does not carry it: f:typeset). -->
  <xsl:template match="db:trademark">
    <fo:inline>
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
      <fo:inline xsl:use-attribute-sets="inline.trademark">
        <xsl:value-of select="f:gentext('trademark-' || (@class, 'trade')[1])"/>
      </fo:inline>
    </fo:inline>
    <xsl:if test="not(f:in-code(.)) and f:is-han(f:first-char(replace(f:text-after(.), '^\s+', '')))">
      <xsl:sequence select="f:autospace-break()"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="db:firstterm">
    <fo:inline xsl:use-attribute-sets="inline.firstterm">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- A glossary term in running text (in a glossary's entry it is that entry's heading). -->
  <xsl:template match="db:glossterm[not(parent::db:glossentry)]">
    <fo:inline xsl:use-attribute-sets="emphasis">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- A foreign phrase or a word cited as a word: in italics (Latin; Chinese has none), with its
       language for screen readers, as a phrase. -->
  <xsl:template match="db:foreignphrase | db:wordasword">
    <fo:inline xsl:use-attribute-sets="citetitle">
      <xsl:call-template name="id"/>
      <xsl:if test="@xml:lang">
        <xsl:attribute name="fox:abbreviation" select="'xml:lang=' || @xml:lang"/>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- [label], linked to the bibliography's entry of that label where there is one. -->
  <xsl:template match="db:citation">
    <xsl:variable name="label" select="normalize-space(.)"/>
    <xsl:variable name="entry" select="(//(db:biblioentry | db:bibliomixed)[@xreflabel = $label or @xml:id = $label
        or normalize-space(db:abbrev[1]) = $label])[1]"/>
    <xsl:variable name="text" select="f:gentext('citation', map{'label': $label})"/>
    <xsl:choose>
      <xsl:when test="$entry">
        <xsl:call-template name="link">
          <xsl:with-param name="destination" select="f:id($entry)"/>
          <xsl:with-param name="content" as="node()*"><xsl:sequence select="f:typeset-string($text, '', '')"/></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline><xsl:call-template name="id"/><xsl:sequence select="f:typeset-string($text, '', '')"/></fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A second reference to a footnote: its mark again, linked to the note. -->
  <xsl:template match="db:footnoteref">
    <xsl:variable name="note" select="key('f:id', @linkend)[self::db:footnote]"/>
    <fo:inline xsl:use-attribute-sets="footnote.mark">
      <xsl:call-template name="id"/>
      <xsl:choose>
        <xsl:when test="$print or empty($note)"><xsl:value-of select="$note ! f:footnote-number(.)"/></xsl:when>
        <xsl:otherwise>
          <fo:basic-link internal-destination="{f:id($note)}"
              fox:alt-text="{f:gentext('footnote-ref', map{'n': f:footnote-number($note)})}"><xsl:value-of
              select="f:footnote-number($note)"/></fo:basic-link>
        </xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <!-- An image in the line (an icon, a key), no taller than the text. -->
  <xsl:template match="db:inlinemediaobject">
    <xsl:variable name="imagedata" select="(db:imageobject/db:imagedata)[1]"/>
    <xsl:if test="$imagedata">
      <fo:external-graphic src="url('{resolve-uri($imagedata/@fileref, base-uri($imagedata))}')"
          xsl:use-attribute-sets="inline.image">
        <xsl:copy-of select="$imagedata/@src:loc" xmlns:src="urn:hanzi:source"/>
        <xsl:attribute name="fox:alt-text" select="normalize-space((db:alt, db:textobject)[1])"/>
      </fo:external-graphic>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ titles in other places -->

  <!-- Titles in the table of contents and bookmarks: text only, no notes. -->
  <xsl:mode name="m:title" on-no-match="shallow-skip"/>

  <xsl:template match="text()" mode="m:title">
    <xsl:value-of select="f:normalize-text(.)"/>
  </xsl:template>

  <xsl:template match="db:footnote | db:anchor" mode="m:title"/>

  <!-- Titles typeset (Han–Latin spacing, compressed marks) but without notes or links: the
       contents' entries, which are links themselves. -->
  <xsl:mode name="m:typeset-title" on-no-match="shallow-skip"/>
  <xsl:template match="text()" mode="m:typeset-title">
    <xsl:sequence select="f:typeset(.)"/>
  </xsl:template>
  <xsl:template match="db:footnote | db:anchor" mode="m:typeset-title"/>
</xsl:stylesheet>
