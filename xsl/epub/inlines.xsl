<?xml version="1.0" encoding="UTF-8"?>
<!-- Text and inline elements as XHTML. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:template match="text()">
    <xsl:value-of select="f:normalize-text(.)"/>
  </xsl:template>

  <!-- The last two characters of a heading stay together, so that at phone width no heading
       ends with a single character on its last line (text-wrap: balance in the CSS does the
       rest where the reading system has it). Headings of the book or article (its title page or block), its
       divisions and sections at any depth: a title's last text, outside any note. -->
  <xsl:template match="db:title[(if (parent::db:info) then ../.. else ..)[self::db:book or self::db:article
          or self::db:part or self::db:chapter or self::db:preface or self::db:appendix or self::db:colophon
          or self::db:dedication or self::db:acknowledgements or self::db:glossary or self::db:bibliography
          or self::db:section or self::db:sect1 or self::db:sect2 or self::db:sect3 or self::db:sect4
          or self::db:sect5 or self::db:simplesect]]//text()
      [not(ancestor::db:footnote)][. is (ancestor::db:title[1]//text()[not(ancestor::db:footnote)])[last()]]"
      priority="1">
    <xsl:variable name="text" select="f:normalize-text(.)"/>
    <xsl:variable name="tail" select="replace($text, '^.*?(\S\S)$', '$1', 's')"/>
    <xsl:choose>
      <xsl:when test="string-length($text) gt 2 and string-length($tail) = 2">
        <xsl:value-of select="substring($text, 1, string-length($text) - 2)"/>
        <span class="keep-together"><xsl:value-of select="$tail"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="db:emphasis">
    <em><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="db:emphasis[@role = ('bold', 'strong')]">
    <strong><xsl:apply-templates/></strong>
  </xsl:template>

  <xsl:template match="db:phrase">
    <span><xsl:call-template name="common-attributes"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="db:superscript">
    <sup><xsl:apply-templates/></sup>
  </xsl:template>

  <xsl:template match="db:subscript">
    <sub><xsl:apply-templates/></sub>
  </xsl:template>

  <!-- An author's line break in a title (DocBook XSL's processing instruction). -->
  <xsl:template match="processing-instruction('linebreak')">
    <br/>
  </xsl:template>

  <!-- Chinese titles of works are 《》 by now (common/normalize.xsl); others stay in italics. -->
  <xsl:template match="db:citetitle">
    <cite><xsl:apply-templates/></cite>
  </xsl:template>

  <xsl:template match="db:anchor">
    <span id="{@xml:id}"/>
  </xsl:template>

  <xsl:template match="db:link[@xlink:href]">
    <a href="{@xlink:href}">
      <xsl:choose>
        <xsl:when test="node()"><xsl:apply-templates/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@xlink:href"/></xsl:otherwise>
      </xsl:choose>
    </a>
  </xsl:template>

  <xsl:template match="db:link[@linkend]">
    <a href="{f:href(key('f:id', @linkend))}"><xsl:apply-templates/></a>
  </xsl:template>

  <!-- Cross references: an EPUB has no pages, so page styles fall back to the title or "此处". -->
  <xsl:template match="db:xref">
    <xsl:variable name="target" select="key('f:id', @linkend)"/>
    <xsl:variable name="text" select="f:xref-words(.)"/>
    <a href="{f:href($target)}">
      <xsl:value-of select="if ($text) then $text else f:gentext('xref-here')"/>
    </a>
  </xsl:template>


  <!-- ============================================================ technical and nonfiction inlines (issue 15) -->
  <!-- Code inlines are in code.xsl. -->

  <xsl:template match="db:application | db:package | db:productname">
    <span class="{local-name()}"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="db:guimenu | db:guimenuitem | db:guisubmenu | db:guibutton | db:guilabel | db:guiicon">
    <span class="gui {local-name()}"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></span>
  </xsl:template>

  <!-- A menu path: its items joined by an arrow (文件→打开). -->
  <xsl:template match="db:menuchoice">
    <span class="menuchoice">
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="* except db:shortcut">
        <xsl:if test="position() gt 1"><xsl:value-of select="f:gentext('menu-separator')"/></xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="db:keycap | db:keysym | db:mousebutton">
    <kbd class="keycap"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></kbd>
  </xsl:template>

  <xsl:template match="db:keycombo">
    <kbd class="keycombo">
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="*">
        <xsl:if test="position() gt 1">
          <xsl:value-of select="f:gentext(if (../@action = 'seq') then 'keycombo-seq' else 'keycombo-simul')"/>
        </xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </kbd>
  </xsl:template>

  <xsl:template match="db:acronym | db:abbrev">
    <abbr class="{local-name()}"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></abbr>
  </xsl:template>

  <!-- Not <time>: a Chinese date (2021年3月) is not the machine-readable date <time> requires. -->
  <xsl:template match="db:date">
    <span class="date"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="db:personname">
    <span class="personname">
      <xsl:call-template name="common-attributes"/>
      <xsl:variable name="name" select="f:person-name(.)"/>
      <xsl:choose>
        <xsl:when test="exists($name)"><xsl:value-of select="$name"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="db:firstname | db:surname | db:givenname | db:othername | db:honorific | db:lineage">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="db:trademark">
    <span class="trademark">
      <xsl:call-template name="common-attributes"/>
      <xsl:apply-templates/>
      <sup><xsl:value-of select="f:gentext('trademark-' || (@class, 'trade')[1])"/></sup>
    </span>
  </xsl:template>

  <xsl:template match="db:firstterm">
    <dfn class="firstterm"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></dfn>
  </xsl:template>

  <xsl:template match="db:glossterm[not(parent::db:glossentry)]">
    <em class="glossterm"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="db:foreignphrase | db:wordasword">
    <i class="{local-name()}"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></i>
  </xsl:template>

  <!-- [label], linked to the bibliography's entry of that label where there is one. -->
  <xsl:template match="db:citation">
    <xsl:variable name="label" select="normalize-space(.)"/>
    <xsl:variable name="entry" select="(//(db:biblioentry | db:bibliomixed)[@xreflabel = $label or @xml:id = $label
        or normalize-space(db:abbrev[1]) = $label])[1]"/>
    <cite class="citation">
      <xsl:call-template name="common-attributes"/>
      <xsl:choose>
        <xsl:when test="$entry">
          <a href="{f:href($entry)}"><xsl:value-of select="f:gentext('citation', map{'label': $label})"/></a>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="f:gentext('citation', map{'label': $label})"/></xsl:otherwise>
      </xsl:choose>
    </cite>
  </xsl:template>

  <!-- A second reference to a footnote: its number again, a note reference like the first. -->
  <xsl:template match="db:footnoteref">
    <xsl:variable name="note" select="key('f:id', @linkend)[self::db:footnote][1]"/>
    <xsl:if test="$note">
      <a epub:type="noteref" role="doc-noteref" href="{f:href($note)}" class="noteref"
          xmlns:epub="http://www.idpf.org/2007/ops">
        <xsl:call-template name="common-attributes"/>
        <xsl:value-of select="f:footnote-number($note)"/>
      </a>
    </xsl:if>
  </xsl:template>

  <xsl:template match="db:inlinemediaobject">
    <xsl:variable name="imagedata" select="(db:imageobject/db:imagedata)[1]"/>
    <xsl:if test="$imagedata">
      <img class="inline" src="{f:image-href($imagedata)}" alt="{normalize-space((db:alt, db:textobject)[1])}"/>
    </xsl:if>
  </xsl:template>

  <!-- The link to an element: its file, and its id unless it is the part itself. -->
  <xsl:function name="f:href" as="xs:string">
    <xsl:param name="target" as="element()"/>
    <xsl:sequence select="f:file($target) || (if ($target is f:division($target)) then '' else '#' || f:id($target))"/>
  </xsl:function>
</xsl:stylesheet>
