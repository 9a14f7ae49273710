<?xml version="1.0" encoding="UTF-8"?>
<!-- Paragraphs, lists, quotes, notes and figures as XHTML. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:template match="db:para">
    <p><xsl:call-template name="common-attributes"/><xsl:apply-templates/></p>
  </xsl:template>

  <!-- Paragraphs that are not running text: no first-line indent. -->
  <xsl:template match="db:listitem/db:para | db:entry/db:para | db:note/db:para | db:legalnotice/db:para">
    <p class="plain"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template name="common-attributes">
    <xsl:if test="@xml:id">
      <xsl:attribute name="id" select="@xml:id"/>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="@xml:lang"/>
      <xsl:attribute name="xml:lang" select="@xml:lang"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="db:itemizedlist | db:orderedlist">
    <xsl:apply-templates select="db:title"/>
    <xsl:element name="{if (self::db:orderedlist) then 'ol' else 'ul'}">
      <xsl:call-template name="common-attributes"/>
      <xsl:if test="self::db:orderedlist and f:list-numbering(.) != '1'">
        <xsl:attribute name="type" select="f:list-numbering(.)"/>
      </xsl:if>
      <xsl:apply-templates select="db:listitem"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="db:itemizedlist/db:title | db:orderedlist/db:title">
    <p class="list-title"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="db:listitem">
    <li><xsl:call-template name="common-attributes"/><xsl:apply-templates/></li>
  </xsl:template>

  <xsl:template match="db:blockquote">
    <blockquote>
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="db:title">
        <p class="blockquote-title"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:apply-templates select="* except (db:title | db:attribution)"/>
      <xsl:for-each select="db:attribution">
        <p class="attribution"><xsl:value-of select="f:gentext('attribution-dash')"/><xsl:apply-templates/></p>
      </xsl:for-each>
    </blockquote>
  </xsl:template>

  <xsl:template match="db:note">
    <aside class="note" role="note">
      <xsl:call-template name="common-attributes"/>
      <p class="note-title">
        <xsl:choose>
          <xsl:when test="db:title"><xsl:apply-templates select="db:title/node()"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="f:gentext('note-title')"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:apply-templates select="* except db:title"/>
    </aside>
  </xsl:template>

  <xsl:template match="db:figure | db:informalfigure">
    <figure id="{f:id(.)}">
      <xsl:apply-templates select="db:mediaobject"/>
      <xsl:if test="self::db:figure">
        <figcaption>
          <span class="caption-label"><xsl:value-of select="f:formal-label(.)"/></span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates select="db:title/node()"/>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <xsl:template match="db:mediaobject">
    <xsl:variable name="imagedata" select="db:imageobject[1]/db:imagedata"/>
    <img src="{f:image-href($imagedata)}" alt="{normalize-space(db:textobject)}"/>
  </xsl:template>
</xsl:stylesheet>
