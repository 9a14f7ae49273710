<?xml version="1.0" encoding="UTF-8"?>
<!-- The cover (the generated cover image), the title page and the copyright page, from <info>. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:template name="cover">
    <!-- The normalised book (quotes and 《》 as characters), like the rest of the EPUB. -->
    <xsl:variable name="info" select="/db:book/db:info"/>
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="'cover.xhtml'"/>
      <xsl:with-param name="title" select="f:gentext('cover')"/>
      <xsl:with-param name="body-type" select="'cover'"/>
      <xsl:with-param name="content">
        <section class="cover">
          <img src="images/cover.png" alt="{f:gentext('cover-alt', map{'title': f:title-text($info),
              'publisher': normalize-space($info/db:publisher/db:publishername)})}"/>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="title-page">
    <xsl:variable name="info" select="/db:book/db:info"/>
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="'titlepage.xhtml'"/>
      <xsl:with-param name="title" select="f:title-text($info)"/>
      <xsl:with-param name="body-type" select="'frontmatter'"/>
      <xsl:with-param name="content">
        <section class="titlepage" epub:type="titlepage">
          <h1 class="book-title"><xsl:apply-templates select="$info/db:title/node()"/></h1>
          <xsl:for-each select="$info/db:subtitle">
            <p class="book-subtitle"><xsl:apply-templates/></p>
          </xsl:for-each>
          <xsl:for-each select="$info/db:author">
            <p class="book-author"><xsl:value-of select="*"/></p>
          </xsl:for-each>
          <p class="book-publisher"><xsl:value-of select="$info/db:publisher/db:publishername"/></p>
          <p class="book-date"><xsl:value-of select="$info/db:pubdate"/></p>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="copyright-page">
    <xsl:variable name="info" select="/db:book/db:info"/>
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="'copyright.xhtml'"/>
      <xsl:with-param name="title" select="f:gentext('copyright-page')"/>
      <xsl:with-param name="body-type" select="'frontmatter'"/>
      <xsl:with-param name="content">
        <section class="copyright-page" epub:type="copyright-page">
          <xsl:for-each select="$info/db:abstract">
            <h2><xsl:value-of select="(db:title, f:gentext('abstract-title'))[1]"/></h2>
            <xsl:apply-templates select="* except db:title"/>
          </xsl:for-each>
          <h2><xsl:value-of select="f:gentext('copyright-page')"/></h2>
          <dl>
            <dt><xsl:value-of select="f:gentext('title-label')"/></dt>
            <dd>
              <xsl:value-of select="f:title-text($info)"/>
              <xsl:if test="$info/db:title/@role = 'working-title'">
                <xsl:value-of select="f:gentext('working-title')"/>
              </xsl:if>
            </dd>
            <xsl:for-each select="$info/db:author">
              <dt><xsl:value-of select="f:gentext('author-label')"/></dt>
              <dd><xsl:value-of select="*"/></dd>
            </xsl:for-each>
            <xsl:for-each select="$info/db:publisher">
              <dt><xsl:value-of select="f:gentext('publisher-label')"/></dt>
              <dd>
                <xsl:value-of select="db:publishername"/>
                <xsl:value-of select="db:address/db:city ! f:gentext('place', map{'city': string(.)})"/>
              </dd>
            </xsl:for-each>
            <xsl:for-each select="$info/db:pubdate">
              <dt><xsl:value-of select="f:gentext('pubdate-label')"/></dt>
              <dd><xsl:value-of select="."/></dd>
            </xsl:for-each>
          </dl>
          <xsl:for-each select="$info/db:copyright">
            <p class="copyright"><xsl:value-of select="f:copyright-text(.)"/></p>
          </xsl:for-each>
          <xsl:for-each select="$info/db:legalnotice">
            <div class="legalnotice" id="{f:id(.)}">
              <xsl:apply-templates select="* except db:title"/>
            </div>
          </xsl:for-each>
          <xsl:call-template name="footnotes">
            <xsl:with-param name="notes" select="$info//db:footnote"/>
          </xsl:call-template>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
