<?xml version="1.0" encoding="UTF-8"?>
<!-- The EPUB 3 navigation document: the table of contents and the landmarks. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    exclude-result-prefixes="#all">

  <xsl:mode name="m:nav" on-no-match="shallow-skip"/>

  <xsl:template name="nav">
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="'nav.xhtml'"/>
      <xsl:with-param name="title" select="f:gentext('contents')"/>
      <xsl:with-param name="body-type" select="'frontmatter'"/>
      <xsl:with-param name="content">
        <nav epub:type="toc" id="toc" role="doc-toc">
          <h1><xsl:value-of select="f:gentext('contents')"/></h1>
          <ol>
            <xsl:apply-templates select="f:parts(.)[db:title]" mode="m:nav"/>
          </ol>
        </nav>
        <nav epub:type="landmarks" id="landmarks" hidden="hidden">
          <h2><xsl:value-of select="f:gentext('landmarks')"/></h2>
          <ol>
            <li><a epub:type="cover" href="cover.xhtml"><xsl:value-of select="f:gentext('cover')"/></a></li>
            <li><a epub:type="titlepage" href="titlepage.xhtml"><xsl:value-of select="f:gentext('title-page')"/></a></li>
            <li><a epub:type="copyright-page" href="copyright.xhtml"><xsl:value-of select="f:gentext('copyright-page')"/></a></li>
            <li><a epub:type="toc" href="nav.xhtml#toc"><xsl:value-of select="f:gentext('contents')"/></a></li>
            <xsl:for-each select="(f:parts(.)[self::db:chapter])[1]">
              <li><a epub:type="bodymatter" href="{f:file(.)}"><xsl:value-of select="f:gentext('body-start')"/></a></li>
            </xsl:for-each>
          </ol>
        </nav>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="db:preface | db:chapter | db:appendix | db:colophon | db:section" mode="m:nav">
    <li>
      <a href="{f:file(.)}{if (self::db:section) then '#' || f:id(.) else ''}">
        <xsl:value-of select="f:label-and-title(.)"/>
      </a>
      <xsl:if test="db:section and count(ancestor-or-self::db:section) lt $toc-section-depth">
        <ol><xsl:apply-templates select="db:section" mode="m:nav"/></ol>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
