<?xml version="1.0" encoding="UTF-8"?>
<!-- CALS tables as XHTML tables; a wrapper lets wide tables scroll on a phone. Their rules are
     classes (book.css draws them) as common/table-rules.xsl decides: a three-line table by
     default, frame-* on the table and rowsep / colsep / head-rule on the cells an author rules. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:template match="db:table | db:informaltable">
    <div class="table" id="{f:id(.)}">
      <table>
        <!-- No class: the three-line table. A frame the author gives: the sides it names. -->
        <xsl:if test="@frame">
          <xsl:attribute name="class" select="f:table-frame(.) ! ('frame-' || .), 'framed'"/>
        </xsl:if>
        <xsl:if test="self::db:table">
          <caption>
            <span class="caption-label"><xsl:value-of select="f:formal-label(.)"/></span>
            <xsl:text> </xsl:text>
            <xsl:apply-templates select="db:title/node()"/>
          </caption>
        </xsl:if>
        <xsl:apply-templates select="db:tgroup/(db:thead, db:tbody)"/>
      </table>
    </div>
  </xsl:template>

  <xsl:template match="db:thead">
    <thead><xsl:apply-templates/></thead>
  </xsl:template>

  <xsl:template match="db:tbody">
    <tbody><xsl:apply-templates/></tbody>
  </xsl:template>

  <xsl:template match="db:row">
    <tr><xsl:apply-templates/></tr>
  </xsl:template>

  <xsl:template match="db:entry">
    <xsl:element name="{if (ancestor::db:thead) then 'th' else 'td'}">
      <xsl:if test="f:entry-columns(.) gt 1">
        <xsl:attribute name="colspan" select="f:entry-columns(.)"/>
      </xsl:if>
      <xsl:if test="@morerows">
        <xsl:attribute name="rowspan" select="xs:integer(@morerows) + 1"/>
      </xsl:if>
      <xsl:variable name="classes" select="(f:entry-align(.) ! ('align-' || .), f:entry-valign(.) ! ('valign-' || .),
          'head-rule'[f:entry-head-rule(current())], 'rowsep'[f:entry-rowsep(current())], 'colsep'[f:entry-colsep(current())])"/>
      <xsl:if test="exists($classes)">
        <xsl:attribute name="class" select="$classes"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
