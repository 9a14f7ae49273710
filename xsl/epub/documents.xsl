<?xml version="1.0" encoding="UTF-8"?>
<!--
  The EPUB's files: one content document per part (cover, title page, copyright page, contents,
  each division: preface, dedication, acknowledgements, part, chapter, appendix, glossary,
  colophon; an article is one document), the style sheet (css.xsl), and the manifest the packager
  reads.
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
        rights="{string-join(/*/db:info/db:copyright ! f:copyright-text(.),
            f:gentext('statement-separator'))}">
      <!-- The package's creators and contributors, each party once, with its MARC role. -->
      <xsl:for-each select="f:parties(/*/db:info)">
        <creator name="{f:person-name(.)}" role="{f:party-relator(.)}"/>
      </xsl:for-each>
      <xsl:choose>
        <!-- An article is one document, its title block at its head; the navigation follows it
             (the generated cover image stays the package's cover, without a page of its own). -->
        <xsl:when test="db:article">
          <document href="{f:file(db:article)}" title="{f:title-text(db:article)}" toc="yes"/>
          <document href="nav.xhtml" title="{f:gentext('contents')}"/>
        </xsl:when>
        <xsl:otherwise>
          <document href="cover.xhtml" title="{f:gentext('cover')}"/>
          <document href="titlepage.xhtml" title="{f:gentext('title-page')}"/>
          <document href="copyright.xhtml" title="{f:gentext('copyright-page')}"/>
          <document href="nav.xhtml" title="{f:gentext('contents')}"/>
          <xsl:for-each select="f:parts(.)">
            <document href="{f:file(.)}" title="{f:label-and-title(.)}"
                toc="yes"/>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:for-each-group select="//db:imagedata" group-by="f:image-href(.)">
        <image href="{current-grouping-key()}" src="{resolve-uri(@fileref, base-uri(.))}"/>
      </xsl:for-each-group>
      <!-- The style sheet written from the theme (css.xsl); the documents link it as css/book.css. -->
      <stylesheet href="book.css"/>
    </manifest>
    <xsl:call-template name="css"/>
    <xsl:if test="db:book">
      <xsl:call-template name="cover"/>
      <xsl:call-template name="title-page"/>
      <xsl:call-template name="copyright-page"/>
    </xsl:if>
    <xsl:call-template name="nav"/>
    <xsl:apply-templates select="f:parts(.)"/>
  </xsl:template>

  <!-- The documents of the book a node belongs to, in reading order: each division (a part,
       then its chapters); an article is one. -->
  <xsl:function name="f:parts" as="element()*">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="root($node)/(db:article | db:book//*[f:is-division(.)])"/>
  </xsl:function>

  <!-- The file a part is written to; everything inside it links there. -->
  <xsl:function name="f:file" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="part" select="(root($node)/db:article, f:division($node))[1]"/>
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

  <xsl:template match="(db:preface | db:chapter | db:appendix | db:colophon | db:dedication | db:acknowledgements
      | db:glossary)[f:is-division(.)]">
    <xsl:variable name="type" select="if (self::db:preface or self::db:dedication
            or (self::db:acknowledgements and not(preceding::db:chapter or preceding::db:part))) then 'frontmatter'
        else if (self::db:colophon or self::db:acknowledgements or self::db:glossary) then 'backmatter' else 'bodymatter'"/>
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="f:file(.)"/>
      <!-- An untitled colophon prints no heading, but its document needs a title. -->
      <xsl:with-param name="title" select="(f:title-text(.)[.], f:gentext('colophon-document'))[1]"/>
      <xsl:with-param name="body-type" select="$type"/>
      <xsl:with-param name="content">
        <section id="{f:id(.)}" epub:type="{local-name()}" role="{(map{'preface': 'doc-preface', 'appendix': 'doc-appendix',
            'colophon': 'doc-colophon', 'dedication': 'doc-dedication', 'acknowledgements': 'doc-acknowledgments',
            'glossary': 'doc-glossary'}(local-name()), 'doc-chapter')[1]}">
          <xsl:call-template name="division-heading"/>
          <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev)"/>
          <xsl:call-template name="footnotes"/>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A part: its opening page (第一部分, its title, its partintro) as a document of its own;
       its chapters follow as theirs (f:parts). -->
  <xsl:template match="db:part">
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="f:file(.)"/>
      <xsl:with-param name="title" select="f:label-and-title(.)"/>
      <xsl:with-param name="body-type" select="'bodymatter'"/>
      <xsl:with-param name="content">
        <section id="{f:id(.)}" epub:type="part" role="doc-part" class="part">
          <xsl:call-template name="division-heading"/>
          <xsl:for-each select="db:partintro">
            <div class="partintro" id="{f:id(.)}">
              <xsl:if test="f:title(.)"><h2><xsl:apply-templates select="f:title(.)/node()"/></h2></xsl:if>
              <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev)"/>
            </div>
          </xsl:for-each>
          <xsl:call-template name="footnotes">
            <xsl:with-param name="notes" select="db:partintro//db:footnote"/>
          </xsl:call-template>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- An article: one document, its title block (titlepages.xsl) and its sections. -->
  <xsl:template match="db:article">
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="f:file(.)"/>
      <xsl:with-param name="title" select="f:title-text(.)"/>
      <xsl:with-param name="body-type" select="'bodymatter'"/>
      <xsl:with-param name="content">
        <article id="{f:id(.)}" class="article">
          <xsl:call-template name="article-title-block"/>
          <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev)"/>
          <xsl:call-template name="footnotes">
            <xsl:with-param name="notes" select="(db:info/db:abstract, * except db:info)//db:footnote"/>
          </xsl:call-template>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="division-heading">
    <xsl:variable name="label" select="f:division-label(.)"/>
    <header>
      <xsl:if test="$label">
        <p class="division-label"><xsl:value-of select="$label"/></p>
      </xsl:if>
      <h1>
        <xsl:choose>
          <xsl:when test="f:title(.)"><xsl:apply-templates select="f:title(.)/node()"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="f:default-title(.)"/></xsl:otherwise>
        </xsl:choose>
      </h1>
      <xsl:for-each select="db:subtitle | db:info/db:subtitle">
        <p class="subtitle"><xsl:apply-templates/></p>
      </xsl:for-each>
    </header>
  </xsl:template>

  <!-- An article's appendix, acknowledgements or colophon: a section of its one document,
       headed 附录A and its title, 致谢; an untitled colophon without a heading. -->
  <xsl:template match="*[f:is-article-component(.)]">
    <section id="{f:id(.)}" epub:type="{local-name()}">
      <xsl:if test="self::db:appendix or self::db:acknowledgements">
        <xsl:attribute name="role" select="if (self::db:appendix) then 'doc-appendix' else 'doc-acknowledgments'"/>
      </xsl:if>
      <xsl:if test="f:title-text(.)">
        <xsl:call-template name="section-heading">
          <xsl:with-param name="level" select="1"/>
          <xsl:with-param name="number" select="f:division-label(.)"/>
          <xsl:with-param name="title" select="f:title(.)/node()"/>
          <xsl:with-param name="text" select="if (f:title(.)) then '' else f:default-title(.)"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:apply-templates select="* except (db:title | db:subtitle | db:info | db:titleabbrev)"/>
    </section>
  </xsl:template>

  <!-- Sections of every kind and depth: h2 for the first level (h1 is the division's) to h6;
       an article's carry their numbers. -->
  <xsl:template match="db:section | db:sect1 | db:sect2 | db:sect3 | db:sect4 | db:sect5 | db:simplesect">
    <section id="{f:id(.)}">
      <xsl:call-template name="section-heading">
        <xsl:with-param name="level" select="f:section-level(.)"/>
        <xsl:with-param name="number" select="f:section-number(.)"/>
        <xsl:with-param name="title" select="f:title(.)/node()"/>
      </xsl:call-template>
      <xsl:apply-templates select="* except (db:title | db:info | db:titleabbrev)"/>
    </section>
  </xsl:template>

  <!-- A heading outside the section structure, never numbered nor in the navigation. -->
  <xsl:template match="db:bridgehead">
    <xsl:call-template name="section-heading">
      <xsl:with-param name="level" select="f:bridgehead-level(.)"/>
      <xsl:with-param name="number" select="''"/>
      <xsl:with-param name="title" select="node()"/>
      <xsl:with-param name="class" select="'bridgehead'"/>
      <xsl:with-param name="id" select="f:id(.)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="section-heading">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="number" as="xs:string"/>
    <xsl:param name="title" as="node()*"/>
    <xsl:param name="text" as="xs:string" select="''"/>
    <xsl:param name="class" as="xs:string?" select="()"/>
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:element name="h{min(($level + 1, 6))}">
      <xsl:if test="$id"><xsl:attribute name="id" select="$id"/></xsl:if>
      <!-- Beyond the fourth level the heading looks the same as h6; the class says how deep. -->
      <xsl:if test="$class or $level gt 4">
        <xsl:attribute name="class" select="string-join(($class, if ($level gt 4) then 'deep' else ()), ' ')"/>
      </xsl:if>
      <xsl:if test="$number">
        <span class="section-number"><xsl:value-of select="$number"/></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates select="$title"/>
      <xsl:value-of select="$text"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
