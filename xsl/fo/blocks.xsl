<?xml version="1.0" encoding="UTF-8"?>
<!-- Paragraphs, lists, block quotes, notes and figures. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:src="urn:hanzi:source"
    exclude-result-prefixes="#all">

  <!-- Running text: the first-line indent of Chinese prose. -->
  <xsl:template match="db:para">
    <fo:block xsl:use-attribute-sets="para">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- Inside lists, notes, cells and the copyright page: no indent. -->
  <xsl:template match="db:listitem/db:para | db:entry/db:para | db:note/db:para | db:legalnotice/db:para">
    <fo:block xsl:use-attribute-sets="para__plain">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- The id, and the language of text in another language (a tagged PDF's Lang, which screen
       readers switch voices by). -->
  <xsl:template name="id">
    <!-- Where in the book this came from, for FOP's warnings (see SourceLocations.java). -->
    <xsl:copy-of select="@src:loc"/>
    <xsl:if test="@xml:id">
      <xsl:attribute name="id" select="@xml:id"/>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="xml:lang" select="@xml:lang"/>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ lists -->

  <xsl:template match="db:itemizedlist | db:orderedlist">
    <xsl:apply-templates select="db:title"/>
    <fo:list-block xsl:use-attribute-sets="list">
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="db:listitem"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="db:itemizedlist/db:title | db:orderedlist/db:title">
    <fo:block xsl:use-attribute-sets="list.title"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="db:listitem">
    <fo:list-item xsl:use-attribute-sets="list.item">
      <xsl:call-template name="id"/>
      <fo:list-item-label end-indent="label-end()">
        <fo:block xsl:use-attribute-sets="list.label">
          <xsl:apply-templates select="." mode="list-label"/>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <xsl:apply-templates/>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:mode name="list-label" on-no-match="fail"/>

  <xsl:template match="db:itemizedlist/db:listitem" mode="list-label">
    <xsl:value-of select="f:gentext('list-bullet')"/>
  </xsl:template>

  <xsl:template match="db:orderedlist/db:listitem" mode="list-label">
    <xsl:variable name="n" select="count(preceding-sibling::db:listitem) + 1"/>
    <xsl:value-of select="f:gentext('list-number', map{'n': format-integer($n, f:list-numbering(..))})"/>
  </xsl:template>

  <!-- ============================================================ quotes and notes -->

  <xsl:template match="db:blockquote">
    <fo:block xsl:use-attribute-sets="blockquote">
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="db:title"/>
      <xsl:apply-templates select="* except (db:title | db:attribution)"/>
      <xsl:apply-templates select="db:attribution"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:blockquote/db:title">
    <fo:block xsl:use-attribute-sets="note.title"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="db:attribution">
    <fo:block xsl:use-attribute-sets="blockquote.attribution">
      <xsl:value-of select="f:gentext('attribution-dash')"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:note">
    <fo:block xsl:use-attribute-sets="note">
      <xsl:call-template name="id"/>
      <fo:block xsl:use-attribute-sets="note.title">
        <xsl:choose>
          <xsl:when test="db:title"><xsl:apply-templates select="db:title/node()"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="f:gentext('note-title')"/></xsl:otherwise>
        </xsl:choose>
      </fo:block>
      <xsl:apply-templates select="* except db:title"/>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ figures -->

  <xsl:template match="db:figure | db:informalfigure">
    <fo:block xsl:use-attribute-sets="figure">
      <xsl:copy-of select="@src:loc"/>
      <xsl:attribute name="id" select="f:id(.)"/>
      <xsl:apply-templates select="db:mediaobject"/>
      <xsl:if test="self::db:figure">
        <fo:block xsl:use-attribute-sets="caption">
          <fo:inline xsl:use-attribute-sets="caption.label"><xsl:sequence select="f:typeset-string(f:formal-label(.), '', '')"/></fo:inline>
          <xsl:apply-templates select="db:title/node()"/>
        </fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:mediaobject">
    <xsl:variable name="imagedata" select="db:imageobject[1]/db:imagedata"/>
    <fo:block>
      <xsl:copy-of select="$imagedata/@src:loc"/>
      <fo:external-graphic src="url('{resolve-uri($imagedata/@fileref, base-uri($imagedata))}')"
          xsl:use-attribute-sets="figure.image">
        <xsl:if test="$imagedata/@contentwidth">
          <xsl:attribute name="content-width" select="$imagedata/@contentwidth"/>
        </xsl:if>
        <xsl:if test="db:textobject">
          <xsl:attribute name="fox:alt-text" namespace="http://xmlgraphics.apache.org/fop/extensions"
              select="normalize-space(db:textobject)"/>
        </xsl:if>
      </fo:external-graphic>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
