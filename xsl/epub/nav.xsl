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
            <xsl:choose>
              <!-- An article: its sections (and appendices), in its one document. -->
              <xsl:when test="db:article">
                <xsl:apply-templates select="f:nav-children(db:article)" mode="m:nav"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:apply-templates select="db:book/*[f:is-division(.)][f:title(.) or f:default-title(.)]" mode="m:nav"/>
              </xsl:otherwise>
            </xsl:choose>
          </ol>
        </nav>
        <nav epub:type="landmarks" id="landmarks" hidden="hidden">
          <h2><xsl:value-of select="f:gentext('landmarks')"/></h2>
          <ol>
            <!-- An article has no pages of these: its title block opens its one document. -->
            <xsl:if test="db:book">
              <li><a epub:type="cover" href="cover.xhtml"><xsl:value-of select="f:gentext('cover')"/></a></li>
              <li><a epub:type="titlepage" href="titlepage.xhtml"><xsl:value-of select="f:gentext('title-page')"/></a></li>
              <li><a epub:type="copyright-page" href="copyright.xhtml"><xsl:value-of select="f:gentext('copyright-page')"/></a></li>
            </xsl:if>
            <li><a epub:type="toc" href="nav.xhtml#toc"><xsl:value-of select="f:gentext('contents')"/></a></li>
            <xsl:for-each select="(f:parts(.)[self::db:chapter or self::db:article or self::db:part])[1]">
              <li><a epub:type="bodymatter" href="{f:file(.)}"><xsl:value-of select="f:gentext('body-start')"/></a></li>
            </xsl:for-each>
            <xsl:for-each select="(f:parts(.)[self::db:index])[1]">
              <li><a epub:type="index" href="{f:file(.)}"><xsl:value-of select="f:title-text(.)"/></a></li>
            </xsl:for-each>
          </ol>
        </nav>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- What the navigation lists below a node: a part's divisions; a division's or section's
       sections, down to $toc-section-depth (an article's to at least two levels, as its short
       contents in the PDF); an article's appendices. -->
  <xsl:function name="f:nav-children" as="element()*">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="depth" select="if (f:is-article($node)) then max(($toc-section-depth, 2)) else $toc-section-depth"/>
    <xsl:sequence select="if ($node/self::db:part) then $node/*[f:is-division(.)]
        else if ($node/self::db:article) then $node/*[f:is-section(.) or (f:is-article-component(.) and f:title-text(.) != '')]
        else if (f:is-section($node) and f:section-level($node) ge $depth) then ()
        else $node/*[f:is-section(.)]"/>
  </xsl:function>

  <xsl:template match="db:preface | db:chapter | db:appendix | db:colophon | db:part | db:dedication | db:acknowledgements
      | db:glossary | db:section | db:sect1 | db:sect2 | db:sect3 | db:sect4 | db:sect5 | db:simplesect" mode="m:nav">
    <li>
      <a href="{f:file(.)}{if (f:is-division(.)) then '' else '#' || f:id(.)}">
        <xsl:value-of select="f:label-and-title(.)"/>
      </a>
      <xsl:if test="exists(f:nav-children(.))">
        <ol><xsl:apply-templates select="f:nav-children(.)" mode="m:nav"/></ol>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
