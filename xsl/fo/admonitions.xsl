<?xml version="1.0" encoding="UTF-8"?>
<!-- Admonitions (note, tip, important, caution, warning) and sidebars: blocks set apart from the
     text in a box of the theme. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- A tinted box with the accent's rule; caution and warning framed all round. The heading is
       the author's title, else the admonition's word (注意, 提示, 重要, 小心, 警告); no icons. -->
  <xsl:template match="db:note | db:tip | db:important">
    <fo:block xsl:use-attribute-sets="admonition">
      <xsl:call-template name="admonition-content"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:caution | db:warning">
    <fo:block xsl:use-attribute-sets="admonition__warning">
      <xsl:call-template name="admonition-content"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="admonition-content">
    <xsl:call-template name="id"/>
    <fo:block xsl:use-attribute-sets="admonition.title">
      <xsl:choose>
        <xsl:when test="db:title"><xsl:apply-templates select="db:title/node()"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="f:gentext(f:admonition-key(.))"/></xsl:otherwise>
      </xsl:choose>
    </fo:block>
    <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info)"/>
  </xsl:template>

  <!-- A sidebar: a hairline box, its title first. -->
  <xsl:template match="db:sidebar">
    <fo:block xsl:use-attribute-sets="sidebar">
      <xsl:call-template name="id"/>
      <xsl:for-each select="(db:title, db:info/db:title)[1]">
        <fo:block xsl:use-attribute-sets="sidebar.title"><xsl:apply-templates/></fo:block>
      </xsl:for-each>
      <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info)"/>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
