<?xml version="1.0" encoding="UTF-8"?>
<!-- Admonitions (note, tip, important, caution, warning) and sidebars as asides. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- A tinted box; the heading is the author's title, else the admonition's word. -->
  <xsl:template match="db:note | db:tip | db:important | db:caution | db:warning">
    <aside class="admonition {local-name()}" role="note">
      <xsl:call-template name="common-attributes"/>
      <p class="admonition-title">
        <xsl:choose>
          <xsl:when test="db:title"><xsl:apply-templates select="db:title/node()"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="f:gentext(f:admonition-key(.))"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info)"/>
    </aside>
  </xsl:template>

  <xsl:template match="db:sidebar">
    <aside class="sidebar">
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="(db:title, db:info/db:title)[1]">
        <p class="sidebar-title"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info)"/>
    </aside>
  </xsl:template>
</xsl:stylesheet>
