<?xml version="1.0" encoding="UTF-8"?>
<!-- PDF bookmarks (the outline): the contents, every part, every section. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:bookmark" on-no-match="shallow-skip"/>

  <xsl:template name="bookmarks">
    <fo:bookmark-tree>
      <xsl:choose>
        <!-- An article: its title block, then its sections. -->
        <xsl:when test="db:article">
          <fo:bookmark internal-destination="{f:id(db:article)}">
            <fo:bookmark-title><xsl:value-of select="f:title-text(db:article)"/></fo:bookmark-title>
          </fo:bookmark>
          <xsl:apply-templates select="f:outline-children(db:article)" mode="m:bookmark"/>
        </xsl:when>
        <xsl:otherwise>
          <fo:bookmark internal-destination="toc">
            <fo:bookmark-title><xsl:value-of select="f:gentext('contents')"/></fo:bookmark-title>
          </fo:bookmark>
          <xsl:apply-templates select="f:outline-children(db:book)" mode="m:bookmark"/>
        </xsl:otherwise>
      </xsl:choose>
    </fo:bookmark-tree>
  </xsl:template>

  <!-- What the outline holds below a node: divisions, sections and glossaries. -->
  <xsl:function name="f:outline-children" as="element()*">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="$node/*[f:is-division(.) or f:is-section(.) or self::db:glossary
        or (f:is-article-component(.) and f:title-text(.) != '')]"/>
  </xsl:function>

  <!-- Every division and section (a colophon only when it has a title); a part holds its
       chapters; bridgeheads are not in the outline. -->
  <xsl:template match="db:preface | db:chapter | db:appendix | db:colophon[f:title(.)] | db:part | db:dedication
      | db:acknowledgements | db:glossary[f:is-division(.) or f:title(.)]
      | db:section | db:sect1 | db:sect2 | db:sect3 | db:sect4 | db:sect5 | db:simplesect" mode="m:bookmark">
    <fo:bookmark internal-destination="{f:id(.)}" starting-state="hide">
      <fo:bookmark-title>
        <xsl:value-of select="f:label-and-title(.)"/>
      </fo:bookmark-title>
      <xsl:apply-templates select="f:outline-children(.)" mode="m:bookmark"/>
    </fo:bookmark>
  </xsl:template>
</xsl:stylesheet>
