<?xml version="1.0" encoding="UTF-8"?>
<!-- CALS tables: colspec widths, header rows repeated on each page, spans across columns and rows;
     rules as common/table-rules.xsl decides (a three-line table unless the author asks for more),
     in the theme's widths: the frame's top and bottom thick, the head's rule thin, rules between
     cells hairlines. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:src="urn:hanzi:source"
    exclude-result-prefixes="#all">

  <xsl:template match="db:table | db:informaltable">
    <fo:block id="{f:id(.)}">
      <xsl:copy-of select="@src:loc"/>
      <xsl:if test="self::db:table">
        <fo:block xsl:use-attribute-sets="caption__table">
          <fo:inline xsl:use-attribute-sets="caption.label"><xsl:sequence select="f:typeset-string(f:formal-label(.), '', '')"/></fo:inline>
          <xsl:apply-templates select="db:title/node()"/>
        </fo:block>
      </xsl:if>
      <xsl:apply-templates select="db:tgroup"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:tgroup">
    <fo:table xsl:use-attribute-sets="table">
      <xsl:for-each select="f:table-frame(..)">
        <xsl:sequence select="f:table-rule(., if (. = ('top', 'bottom')) then 'table-rule-width' else 'table-head-rule-width',
            $text-colour)"/>
      </xsl:for-each>
      <xsl:variable name="tgroup" select="."/>
      <xsl:for-each select="1 to xs:integer(@cols)">
        <fo:table-column column-number="{.}" column-width="{f:column-width(f:colspec(., $tgroup))}"/>
      </xsl:for-each>
      <xsl:apply-templates select="db:thead, db:tbody"/>
    </fo:table>
  </xsl:template>

  <xsl:template match="db:thead">
    <fo:table-header xsl:use-attribute-sets="table.head"><xsl:apply-templates/></fo:table-header>
  </xsl:template>

  <xsl:template match="db:tbody">
    <fo:table-body><xsl:apply-templates/></fo:table-body>
  </xsl:template>

  <xsl:template match="db:row">
    <fo:table-row><xsl:apply-templates/></fo:table-row>
  </xsl:template>

  <xsl:template match="db:entry">
    <fo:table-cell xsl:use-attribute-sets="table.cell">
      <xsl:if test="f:entry-columns(.) gt 1">
        <xsl:attribute name="number-columns-spanned" select="f:entry-columns(.)"/>
      </xsl:if>
      <xsl:if test="@morerows">
        <xsl:attribute name="number-rows-spanned" select="xs:integer(@morerows) + 1"/>
      </xsl:if>
      <xsl:for-each select="f:entry-align(.)">
        <xsl:attribute name="text-align" select="map{'left': 'start', 'right': 'end', 'center': 'center',
            'justify': 'justify'}(.)"/>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="f:entry-head-rule(.)">
          <xsl:sequence select="f:table-rule('bottom', 'table-head-rule-width', $text-colour)"/>
        </xsl:when>
        <xsl:when test="f:entry-rowsep(.)">
          <xsl:sequence select="f:table-rule('bottom', 'cell-rule-width', $rule-colour)"/>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="f:entry-colsep(.)">
        <xsl:sequence select="f:table-rule('right', 'cell-rule-width', $rule-colour)"/>
      </xsl:if>
      <xsl:for-each select="f:entry-valign(.)">
        <xsl:attribute name="display-align" select="map{'top': 'before', 'middle': 'center', 'bottom': 'after'}(.)"/>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="db:para"><xsl:apply-templates/></xsl:when>
        <xsl:otherwise><fo:block><xsl:apply-templates/></fo:block></xsl:otherwise>
      </xsl:choose>
    </fo:table-cell>
  </xsl:template>

  <!-- A rule on one side of a table or cell, in the theme's width. -->
  <xsl:function name="f:table-rule" as="attribute()+">
    <xsl:param name="side" as="xs:string"/>
    <xsl:param name="width" as="xs:string"/>
    <xsl:param name="colour" as="xs:string"/>
    <xsl:attribute name="border-{$side}-style">solid</xsl:attribute>
    <xsl:attribute name="border-{$side}-width" select="f:theme($width)"/>
    <xsl:attribute name="border-{$side}-color" select="$colour"/>
  </xsl:function>

  <!-- CALS widths: "2*" is proportional, "30mm" absolute, none is one share. -->
  <xsl:function name="f:column-width" as="xs:string">
    <xsl:param name="colspec" as="element(db:colspec)?"/>
    <xsl:variable name="width" select="normalize-space($colspec/@colwidth)"/>
    <xsl:sequence select="
        if ($width = '') then 'proportional-column-width(1)'
        else if (matches($width, '^[0-9.]*\*$'))
          then 'proportional-column-width(' || (replace($width, '\*', '')[. != ''], '1')[1] || ')'
        else $width"/>
  </xsl:function>
</xsl:stylesheet>
