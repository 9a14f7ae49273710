<?xml version="1.0" encoding="UTF-8"?>
<!--
  Glossaries: terms in bold, each definition indented below its term, 见 and 另见 pointing to the
  entry meant. A glossary directly in a book or part is a division (divisions.xsl opens its page
  sequence); inside a chapter, section or article it is set like a section one level down.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    exclude-result-prefixes="#all">

  <!-- A glossary inside a chapter or section: a heading at the next level, then its entries. -->
  <xsl:template match="db:glossary[not(parent::db:book or parent::db:part)]">
    <fo:block id="{f:id(.)}">
      <xsl:call-template name="section-heading">
        <xsl:with-param name="level" select="min((f:glossary-level(.), 5))"/>
        <xsl:with-param name="number" select="''"/>
        <xsl:with-param name="title" select="f:title(.)/node()"/>
        <xsl:with-param name="text" select="if (f:title(.)) then '' else f:default-title(.)"/>
      </xsl:call-template>
      <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev)"/>
    </fo:block>
  </xsl:template>

  <!-- A division of a glossary (A, B, C … or by subject): a heading one level below it. -->
  <xsl:template match="db:glossdiv">
    <fo:block id="{f:id(.)}">
      <xsl:call-template name="section-heading">
        <xsl:with-param name="level" select="min((f:glossary-level(parent::*) + 1, 5))"/>
        <xsl:with-param name="number" select="''"/>
        <xsl:with-param name="title" select="f:title(.)/node()"/>
      </xsl:call-template>
      <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev)"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:glossentry">
    <fo:block xsl:use-attribute-sets="glossentry" id="{f:id(.)}">
      <fo:block xsl:use-attribute-sets="glossterm">
        <xsl:apply-templates select="db:glossterm/node()"/>
        <xsl:for-each select="db:acronym | db:abbrev">
          <xsl:sequence select="f:typeset-string('（', '', '')"/>
          <xsl:apply-templates/>
          <xsl:sequence select="f:typeset-string('）', '', '')"/>
        </xsl:for-each>
      </fo:block>
      <xsl:apply-templates select="db:glossdef | db:glosssee"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:glossdef">
    <fo:block xsl:use-attribute-sets="glossdef">
      <xsl:apply-templates select="* except db:glossseealso"/>
      <xsl:if test="db:glossseealso">
        <fo:block xsl:use-attribute-sets="para__plain">
          <xsl:for-each select="db:glossseealso">
            <xsl:if test="position() gt 1"><xsl:sequence select="f:typeset-string(f:gentext('statement-separator'), '', '')"/></xsl:if>
            <xsl:call-template name="gloss-reference">
              <xsl:with-param name="key" select="'glossseealso'"/>
            </xsl:call-template>
          </xsl:for-each>
        </fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:glosssee">
    <fo:block xsl:use-attribute-sets="glossdef">
      <fo:block xsl:use-attribute-sets="para__plain">
        <xsl:call-template name="gloss-reference">
          <xsl:with-param name="key" select="'glosssee'"/>
        </xsl:call-template>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- 见 or 另见 and the term: the entry @otherterm names (a link in the screen edition), else
       the element's own words. -->
  <xsl:template name="gloss-reference">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="target" select="key('f:id', @otherterm)[self::db:glossentry]"/>
    <xsl:variable name="term" select="if ($target) then normalize-space($target/db:glossterm) else normalize-space(.)"/>
    <xsl:variable name="text" select="f:typeset-string(f:gentext($key, map{'term': $term}), '', '')"/>
    <xsl:choose>
      <xsl:when test="$target and not($print)">
        <fo:basic-link internal-destination="{f:id($target)}" xsl:use-attribute-sets="link" fox:alt-text="{$term}">
          <xsl:sequence select="$text"/>
        </fo:basic-link>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A glossary's heading level: one below the section it stands in (1 in a division). -->
  <xsl:function name="f:glossary-level" as="xs:integer">
    <xsl:param name="glossary" as="element()"/>
    <xsl:sequence select="if (f:is-division($glossary)) then 0
        else count($glossary/ancestor::*[f:is-section(.)]) + 1"/>
  </xsl:function>
</xsl:stylesheet>
