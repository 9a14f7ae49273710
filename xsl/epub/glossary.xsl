<?xml version="1.0" encoding="UTF-8"?>
<!--
  Glossaries in the EPUB: a definition list, terms bold, definitions indented, 见 and 另见 linking
  to the entry meant. A glossary directly in a book or part is a document of its own
  (documents.xsl); inside a chapter, section or article it is a section one level down.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:template match="db:glossary[not(parent::db:book or parent::db:part)]">
    <section id="{f:id(.)}" epub:type="glossary" role="doc-glossary">
      <xsl:call-template name="section-heading">
        <xsl:with-param name="level" select="min((count(ancestor::*[f:is-section(.)]) + 1, 5))"/>
        <xsl:with-param name="number" select="''"/>
        <xsl:with-param name="title" select="f:title(.)/node()"/>
        <xsl:with-param name="text" select="if (f:title(.)) then '' else f:default-title(.)"/>
      </xsl:call-template>
      <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev | db:glossentry)"/>
      <xsl:call-template name="glossentries"/>
    </section>
  </xsl:template>

  <!-- In a glossary that is a document, its blocks and entries follow its heading
       (documents.xsl applies templates to its children): the entries as one list. -->
  <xsl:template match="db:glossentry">
    <xsl:if test="empty(preceding-sibling::*[1][self::db:glossentry])">
      <xsl:call-template name="glossentries">
        <xsl:with-param name="entries" select="., following-sibling::db:glossentry"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="glossentries">
    <xsl:param name="entries" as="element(db:glossentry)*" select="db:glossentry"/>
    <xsl:if test="$entries">
      <dl class="glossary">
        <xsl:for-each select="$entries">
          <dt id="{f:id(.)}">
            <dfn><xsl:apply-templates select="db:glossterm/node()"/></dfn>
            <xsl:for-each select="db:acronym | db:abbrev">
              <xsl:text>（</xsl:text><xsl:apply-templates/><xsl:text>）</xsl:text>
            </xsl:for-each>
          </dt>
          <dd>
            <xsl:apply-templates select="db:glossdef/(* except db:glossseealso)"/>
            <xsl:for-each select="db:glosssee | db:glossdef/db:glossseealso">
              <p class="plain">
                <xsl:call-template name="gloss-reference">
                  <xsl:with-param name="key" select="local-name()"/>
                </xsl:call-template>
              </p>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
      </dl>
    </xsl:if>
  </xsl:template>

  <xsl:template match="db:glossdiv">
    <section id="{f:id(.)}">
      <xsl:call-template name="section-heading">
        <xsl:with-param name="level" select="min((count(ancestor::*[f:is-section(.)]) + (if (parent::db:glossary[parent::db:book or parent::db:part]) then 1 else 2), 5))"/>
        <xsl:with-param name="number" select="''"/>
        <xsl:with-param name="title" select="f:title(.)/node()"/>
      </xsl:call-template>
      <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev | db:glossentry)"/>
      <xsl:call-template name="glossentries"/>
    </section>
  </xsl:template>

  <!-- 见 or 另见 and the term: a link to the entry @otherterm names, else the element's words. -->
  <xsl:template name="gloss-reference">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="target" select="key('f:id', @otherterm)[self::db:glossentry]"/>
    <xsl:variable name="term" select="if ($target) then normalize-space($target/db:glossterm) else normalize-space(.)"/>
    <xsl:choose>
      <xsl:when test="$target">
        <a href="{f:file($target)}#{f:id($target)}"><xsl:value-of select="f:gentext($key, map{'term': $term})"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="f:gentext($key, map{'term': $term})"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
