<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index (索引) in the EPUB. What it lists and in what order is common/index.xsl's, as in the
  PDF; here it is written: in a book or part a content document of the back matter (in the
  navigation), in an article a section at its end. A reflowing book has no pages, so each entry
  links to the places of its term, named by the section each stands in (one link per section, to
  the term's first anchor there): the reader sees where the term is discussed and goes there.
  "See" is 见 …, "see also" 另见 … . An index the author wrote out (indexdiv, indexentry) is
  written as it is.

  An index term leaves an empty span with its id where it stands: the link's target.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    xmlns:idx="http://hanzi.dev/ns/index"
    exclude-result-prefixes="#all">

  <xsl:template match="db:indexterm">
    <span id="{f:id(.)}"/>
  </xsl:template>

  <!-- In a book or part: a content document of the back matter. -->
  <xsl:template match="db:index[f:is-division(.)]">
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="f:file(.)"/>
      <xsl:with-param name="title" select="f:title-text(.)"/>
      <xsl:with-param name="body-type" select="'backmatter'"/>
      <xsl:with-param name="content">
        <section id="{f:id(.)}" epub:type="index" role="doc-index" class="index">
          <xsl:call-template name="division-heading"/>
          <xsl:call-template name="index-content">
            <xsl:with-param name="level" select="2"/>
          </xsl:call-template>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Elsewhere (an article's): a section at the first level. -->
  <xsl:template match="db:index">
    <section id="{f:id(.)}" epub:type="index" role="doc-index" class="index">
      <xsl:call-template name="section-heading">
        <xsl:with-param name="level" select="1"/>
        <xsl:with-param name="number" select="''"/>
        <xsl:with-param name="title" select="f:title(.)/node()"/>
        <xsl:with-param name="text" select="if (f:title(.)) then '' else f:default-title(.)"/>
      </xsl:call-template>
      <xsl:call-template name="index-content">
        <xsl:with-param name="level" select="3"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <xsl:template name="index-content">
    <!-- The heading level of the letters. -->
    <xsl:param name="level" as="xs:integer"/>
    <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev | db:indexdiv | db:indexentry)"/>
    <xsl:choose>
      <xsl:when test="f:is-written-index(.)">
        <xsl:for-each select="db:indexdiv">
          <section id="{f:id(.)}">
            <xsl:if test="f:title(.)">
              <xsl:element name="h{$level}"><xsl:apply-templates select="f:title(.)/node()"/></xsl:element>
            </xsl:if>
            <xsl:apply-templates select="* except (db:title | db:info | db:titleabbrev | db:indexentry)"/>
            <xsl:call-template name="written-entries"/>
          </section>
        </xsl:for-each>
        <xsl:call-template name="written-entries"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="f:index-letters(.)">
          <section class="index-letter">
            <xsl:element name="h{$level}"><xsl:value-of select="f:index-letter-heading(.)"/></xsl:element>
            <ul class="index-entries">
              <xsl:apply-templates select="idx:entry" mode="m:index"/>
            </ul>
          </section>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An entry: the term, a link to each section it stands in, see and see also; its next level
       as a list inside it. -->
  <xsl:template match="idx:entry" mode="m:index">
    <li class="index-entry">
      <span class="index-term"><xsl:value-of select="@text"/></span>
      <xsl:for-each-group select="idx:ref" group-by="@place">
        <xsl:value-of select="if (position() = 1) then f:gentext('index-pages-before') else f:gentext('index-page-separator')"/>
        <a href="{@document}.xhtml#{@id}">
          <xsl:if test="current-group()/@preferred = 'yes'">
            <xsl:attribute name="class">index-preferred</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="@place-title"/>
        </a>
      </xsl:for-each-group>
      <xsl:for-each select="idx:see">
        <xsl:value-of select="f:gentext('index-pages-before')"/>
        <xsl:value-of select="f:gentext('index-see', map{'term': string(.)})"/>
      </xsl:for-each>
      <xsl:for-each select="idx:seealso">
        <xsl:value-of select="f:gentext(if (position() = 1 and empty(../idx:see)) then 'index-pages-before' else 'index-page-separator')"/>
        <xsl:value-of select="f:gentext('index-seealso', map{'term': string(.)})"/>
      </xsl:for-each>
      <xsl:if test="idx:entry">
        <ul class="index-entries">
          <xsl:apply-templates select="idx:entry" mode="m:index"/>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The entries an author wrote out, as a list: primaryie, secondaryie, tertiaryie each an item
       at its level, seeie and seealsoie after it. -->
  <xsl:template name="written-entries">
    <xsl:if test="db:indexentry">
      <ul class="index-entries">
        <xsl:for-each select="db:indexentry">
          <li class="index-entry" id="{f:id(.)}">
            <xsl:for-each select="*">
              <xsl:choose>
                <xsl:when test="self::db:seeie or self::db:seealsoie">
                  <xsl:value-of select="f:gentext('index-pages-before')"/>
                  <xsl:value-of select="f:gentext(if (self::db:seeie) then 'index-see' else 'index-seealso',
                      map{'term': normalize-space(.)})"/>
                </xsl:when>
                <xsl:when test="self::db:primaryie">
                  <span class="index-term"><xsl:apply-templates/></span>
                </xsl:when>
                <xsl:otherwise>
                  <span class="index-term index-{local-name()}"><xsl:apply-templates/></span>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <xsl:template match="db:index[f:is-division(.)]" mode="m:nav">
    <li><a href="{f:file(.)}"><xsl:value-of select="f:title-text(.)"/></a></li>
  </xsl:template>
</xsl:stylesheet>
