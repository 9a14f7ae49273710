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
          <img src="images/cover.png" alt="{f:gentext('cover-alt', map{'title': f:title-text(/*),
              'publisher': normalize-space($info/db:publisher/db:publishername)})}"/>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="title-page">
    <xsl:variable name="info" select="/db:book/db:info"/>
    <xsl:call-template name="xhtml-document">
      <xsl:with-param name="href" select="'titlepage.xhtml'"/>
      <xsl:with-param name="title" select="f:title-text(/*)"/>
      <xsl:with-param name="body-type" select="'frontmatter'"/>
      <xsl:with-param name="content">
        <section class="titlepage" epub:type="titlepage">
          <h1 class="book-title"><xsl:apply-templates select="f:title(/*)/node()"/></h1>
          <xsl:for-each select="$info/db:subtitle">
            <p class="book-subtitle"><xsl:apply-templates/></p>
          </xsl:for-each>
          <!-- Each party once: authors by name, editors and other credits with what they did. -->
          <xsl:for-each select="f:parties($info)">
            <p class="book-author"><xsl:value-of select="f:party-line(.)"/></p>
          </xsl:for-each>
          <p class="book-publisher"><xsl:value-of select="$info/db:publisher/db:publishername"/></p>
          <p class="book-date"><xsl:value-of select="f:title-page-date($info)"/></p>
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
          <!-- No label (the navigation names the page): the CIP block (GB/T 12451) from the
               legalnotice with role="cip", framed (css.xsl), then the edition record. -->
          <xsl:for-each select="$info/db:legalnotice[@role = 'cip'][1]">
            <div class="cip" id="{f:id(.)}">
              <p class="cip-title"><xsl:value-of select="(db:title/normalize-space(), f:gentext('cip-title'))[1]"/></p>
              <xsl:for-each select="* except db:title">
                <p><xsl:apply-templates select="node()"/></p>
              </xsl:for-each>
            </div>
          </xsl:for-each>
          <dl>
            <dt><xsl:value-of select="f:gentext('title-label')"/></dt>
            <dd>
              <xsl:value-of select="f:title-text(/*)"/>
              <xsl:if test="f:title(/*)/@role = 'working-title'">
                <xsl:value-of select="f:gentext('working-title')"/>
              </xsl:if>
            </dd>
            <xsl:for-each select="f:parties($info)">
              <dt><xsl:value-of select="f:party-label(.)"/></dt>
              <dd><xsl:value-of select="f:party-particulars(.)"/></dd>
            </xsl:for-each>
            <xsl:for-each select="$info/db:publisher">
              <dt><xsl:value-of select="f:gentext('publisher-label')"/></dt>
              <dd>
                <xsl:value-of select="db:publishername"/>
                <xsl:value-of select="db:address/db:city ! f:gentext('place', map{'city': string(.)})"/>
              </dd>
              <!-- The full address when it says more than the city, as the PDF's copyright page has it. -->
              <xsl:for-each select="db:address[* except (db:city | db:country)]">
                <dt><xsl:value-of select="f:gentext('address-label')"/></dt>
                <dd><xsl:value-of select="f:address-text(.)"/></dd>
              </xsl:for-each>
            </xsl:for-each>
            <xsl:for-each select="$info/db:pubdate">
              <dt><xsl:value-of select="f:gentext('pubdate-label')"/></dt>
              <dd><xsl:value-of select="."/></dd>
            </xsl:for-each>
            <xsl:call-template name="info-particulars">
              <xsl:with-param name="info" select="$info"/>
            </xsl:call-template>
            <xsl:for-each select="$info/db:printhistory/*">
              <dt><xsl:value-of select="replace(f:gentext('printing-label'), '[:：]$', '')"/></dt>
              <dd><xsl:apply-templates select="node()"/></dd>
            </xsl:for-each>
            <xsl:for-each select="$info/db:bibliomisc[@role = 'price']">
              <dt><xsl:value-of select="f:gentext('price-label')"/></dt>
              <dd><xsl:value-of select="normalize-space(.)"/></dd>
            </xsl:for-each>
          </dl>
          <xsl:for-each select="$info/db:copyright">
            <p class="copyright"><xsl:value-of select="f:copyright-text(.)"/></p>
          </xsl:for-each>
          <xsl:for-each select="$info/db:legalnotice[not(@role = 'cip')]">
            <div class="legalnotice" id="{f:id(.)}">
              <xsl:apply-templates select="* except db:title"/>
            </div>
          </xsl:for-each>
          <xsl:apply-templates select="$info/db:revhistory"/>
          <xsl:call-template name="footnotes">
            <xsl:with-param name="notes" select="$info//db:footnote"/>
          </xsl:call-template>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Edition, release information and identifiers, as entries of a dl. -->
  <xsl:template name="info-particulars">
    <xsl:param name="info" as="element()?"/>
    <xsl:for-each select="$info/(db:edition | db:releaseinfo | db:biblioid)">
      <dt><xsl:value-of select="f:info-label(.)"/></dt>
      <!-- An ISBN without the "ISBN" the book may write before it: the label says it. -->
      <dd><xsl:value-of select="if (@class = 'isbn') then replace(normalize-space(.), '^(ISBN|isbn)(-1[03])?[:：]?\s*', '')
          else normalize-space(.)"/></dd>
    </xsl:for-each>
  </xsl:template>

  <!-- 修订历史: a table of the revisions. -->
  <xsl:template match="db:revhistory">
    <xsl:variable name="heading" select="(f:title(.) ! f:title-text(..), f:gentext('revhistory-title'))[1]"/>
    <table class="revhistory" id="{f:id(.)}">
      <caption><xsl:value-of select="$heading"/></caption>
      <thead>
        <tr>
          <xsl:for-each select="('revision-label', 'revision-date', 'revision-author', 'revision-remark')">
            <th scope="col"><xsl:value-of select="f:gentext(.)"/></th>
          </xsl:for-each>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="db:revision">
          <tr>
            <td><xsl:value-of select="normalize-space(db:revnumber)"/></td>
            <td><xsl:value-of select="normalize-space(db:date)"/></td>
            <td><xsl:value-of select="string-join((db:author | db:authorinitials) ! (if (self::db:author) then f:person-name(.)
                else normalize-space(.)), f:gentext('enumeration-comma'))"/></td>
            <td>
              <xsl:choose>
                <xsl:when test="db:revdescription"><xsl:apply-templates select="db:revdescription/*"/></xsl:when>
                <xsl:otherwise><xsl:apply-templates select="db:revremark/node()"/></xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- An article's title block, at the head of its one document: title, subtitle, each author
       with affiliation and e-mail, the abstract, the particulars and the revision history. -->
  <xsl:template name="article-title-block">
    <xsl:variable name="info" select="db:info"/>
    <header class="article-title">
      <h1><xsl:apply-templates select="f:title(.)/node()"/></h1>
      <xsl:for-each select="(db:subtitle, $info/db:subtitle)[1]">
        <p class="subtitle"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:for-each select="f:parties($info)">
        <div class="article-author">
          <p class="author-name"><xsl:value-of select="f:party-line(.)"/></p>
          <xsl:for-each select="db:affiliation">
            <p class="affiliation"><xsl:value-of select="f:affiliation-text(.)"/></p>
          </xsl:for-each>
          <xsl:for-each select="db:contrib">
            <p class="affiliation"><xsl:value-of select="normalize-space(.)"/></p>
          </xsl:for-each>
          <xsl:for-each select="db:email">
            <p class="affiliation"><a href="mailto:{normalize-space(.)}"><xsl:value-of select="normalize-space(.)"/></a></p>
          </xsl:for-each>
        </div>
      </xsl:for-each>
    </header>
    <xsl:for-each select="$info/db:abstract">
      <section class="abstract" role="doc-abstract" aria-label="{(f:title(.) ! f:title-text(..), f:gentext('abstract-title'))[1]}">
        <h2><xsl:value-of select="(f:title(.) ! f:title-text(..), f:gentext('abstract-title'))[1]"/></h2>
        <xsl:apply-templates select="* except (db:title | db:info)"/>
      </section>
    </xsl:for-each>
    <xsl:if test="$info/(db:edition | db:releaseinfo | db:biblioid | db:pubdate | db:copyright | db:legalnotice | db:revhistory)">
      <div class="article-info">
        <xsl:if test="$info/(db:edition | db:releaseinfo | db:biblioid | db:pubdate)">
          <dl>
            <xsl:for-each select="$info/db:pubdate">
              <dt><xsl:value-of select="f:gentext('pubdate-label')"/></dt>
              <dd><xsl:value-of select="normalize-space(.)"/></dd>
            </xsl:for-each>
            <xsl:call-template name="info-particulars">
              <xsl:with-param name="info" select="$info"/>
            </xsl:call-template>
            <xsl:for-each select="$info/db:printhistory/*">
              <dt><xsl:value-of select="replace(f:gentext('printing-label'), '[:：]$', '')"/></dt>
              <dd><xsl:apply-templates select="node()"/></dd>
            </xsl:for-each>
            <xsl:for-each select="$info/db:bibliomisc[@role = 'price']">
              <dt><xsl:value-of select="f:gentext('price-label')"/></dt>
              <dd><xsl:value-of select="normalize-space(.)"/></dd>
            </xsl:for-each>
          </dl>
        </xsl:if>
        <xsl:for-each select="$info/db:copyright">
          <p class="copyright"><xsl:value-of select="f:copyright-text(.)"/></p>
        </xsl:for-each>
        <xsl:for-each select="$info/db:legalnotice">
          <div class="legalnotice" id="{f:id(.)}">
            <xsl:apply-templates select="* except db:title"/>
          </div>
        </xsl:for-each>
        <xsl:apply-templates select="$info/db:revhistory"/>
      </div>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
