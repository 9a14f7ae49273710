<?xml version="1.0" encoding="UTF-8"?>
<!--
  The EPUB's files: one content document per part (cover, title page, copyright page, contents,
  each preface, chapter, appendix and colophon), the style sheet (css.xsl), and the manifest the
  packager reads.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    exclude-result-prefixes="#all">

  <!-- The manifest: what the packager puts into the package, in reading order (the landmarks
       are in nav.xhtml itself). The book arrives normalised (common/normalize.xsl, run once per
       build for both outputs). -->
  <xsl:template match="/">
    <manifest xmlns="" accessibility-summary="{f:gentext('accessibility-summary',
            map{'images': if (//db:imagedata) then f:gentext('accessibility-images') else ''})}"
        rights="{string-join(/db:book/db:info/db:copyright ! f:copyright-text(.),
            f:gentext('statement-separator'))}">
      <document href="cover.xhtml" title="{f:gentext('cover')}"/>
      <document href="titlepage.xhtml" title="{f:gentext('title-page')}"/>
      <document href="copyright.xhtml" title="{f:gentext('copyright-page')}"/>
      <document href="nav.xhtml" title="{f:gentext('contents')}"/>
      <xsl:for-each select="f:parts(.)">
        <document href="{f:file(.)}" title="{f:label-and-title(.)}"
            toc="yes"/>
      </xsl:for-each>
      <xsl:for-each-group select="//db:imagedata" group-by="f:image-href(.)">
        <image href="{current-grouping-key()}" src="{resolve-uri(@fileref, base-uri(.))}"/>
      </xsl:for-each-group>
      <!-- The style sheet written from the theme (css.xsl); the documents link it as css/book.css. -->
      <stylesheet href="book.css"/>
    </manifest>
    <xsl:call-template name="css"/>
    <xsl:call-template name="cover"/>
    <xsl:call-template name="title-page"/>
    <xsl:call-template name="copyright-page"/>
    <xsl:call-template name="nav"/>
    <xsl:apply-templates select="f:parts(.)"/>
  </xsl:template>

  <!-- The parts of the book a node belongs to, in reading order. -->
  <xsl:function name="f:parts" as="element()*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/db:book/(db:preface | db:chapter | db:appendix | db:bibliography | db:colophon)"/>
  </xsl:function>

  <!-- The file a part is written to; everything inside it links there. -->
  <xsl:function name="f:file" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="part" select="f:division($node)"/>
    <xsl:sequence select="if ($part) then f:id($part) || '.xhtml' else 'copyright.xhtml'"/>
  </xsl:function>

  <!-- Where an image goes inside the EPUB: its path below the book's folder, flattened. -->
  <xsl:function name="f:image-href" as="xs:string">
    <xsl:param name="imagedata" as="element(db:imagedata)"/>
    <xsl:variable name="root" select="resolve-uri('.', base-uri(root($imagedata)/*))"/>
    <xsl:variable name="image" select="string(resolve-uri($imagedata/@fileref, base-uri($imagedata)))"/>
    <xsl:sequence select="'images/' || replace(substring-after($image, $root), '[^A-Za-z0-9._-]', '-')"/>
  </xsl:function>

  <!-- A content document: the XHTML skeleton every file shares. -->
  <xsl:template name="xhtml-document">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="body-type" as="xs:string" select="''"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:result-document href="{$href}" format="xhtml">
      <html xml:lang="{$f:language}" lang="{$f:language}">
        <head>
          <meta charset="UTF-8"/>
          <title><xsl:value-of select="$title"/></title>
          <link rel="stylesheet" type="text/css" href="css/book.css"/>
        </head>
        <body>
          <xsl:if test="$body-type">
            <xsl:attribute name="epub:type" select="$body-type"/>
          </xsl:if>
          <xsl:sequence select="$content"/>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <xsl:template match="db:preface | db:chapter | db:appendix | db:colophon">
    <xsl:variable name="type" select="if (self::db:preface) then 'frontmatter' else if (self::db:colophon)
        then 'backmatter' else 'bodymatter'"/>
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="f:file(.)"/>
      <xsl:with-param name="title" select="f:title-text(.)"/>
      <xsl:with-param name="body-type" select="$type"/>
      <xsl:with-param name="content">
        <section id="{f:id(.)}" epub:type="{local-name()}" role="{if (self::db:preface) then 'doc-preface'
            else if (self::db:appendix) then 'doc-appendix' else if (self::db:colophon) then 'doc-colophon'
            else 'doc-chapter'}">
          <xsl:call-template name="division-heading"/>
          <xsl:apply-templates select="* except (db:title | db:subtitle)"/>
          <xsl:call-template name="footnotes"/>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="division-heading">
    <xsl:variable name="label" select="f:division-label(.)"/>
    <header>
      <xsl:if test="$label">
        <p class="division-label"><xsl:value-of select="$label"/></p>
      </xsl:if>
      <h1><xsl:apply-templates select="db:title/node()"/></h1>
      <xsl:for-each select="db:subtitle">
        <p class="subtitle"><xsl:apply-templates/></p>
      </xsl:for-each>
    </header>
  </xsl:template>

  <xsl:template match="db:section">
    <xsl:variable name="level" select="count(ancestor-or-self::db:section) + 1"/>
    <section id="{f:id(.)}">
      <xsl:element name="h{$level}">
        <xsl:apply-templates select="db:title/node()"/>
      </xsl:element>
      <xsl:apply-templates select="* except db:title"/>
    </section>
  </xsl:template>
</xsl:stylesheet>
