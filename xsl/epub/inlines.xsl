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
       rest where the reading system has it). Headings of the book (its title page), its parts and
       sections: a title's last text, outside any note. -->
  <xsl:template match="(db:book/db:info | db:chapter | db:preface | db:appendix | db:colophon | db:section)/db:title//text()
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


  <!-- The link to an element: its file, and its id unless it is the part itself. -->
  <xsl:function name="f:href" as="xs:string">
    <xsl:param name="target" as="element()"/>
    <xsl:sequence select="f:file($target) || (if ($target is f:division($target)) then '' else '#' || f:id($target))"/>
  </xsl:function>
</xsl:stylesheet>
