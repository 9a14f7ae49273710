<?xml version="1.0" encoding="UTF-8"?>
<!-- The cover, the title page (扉页) and the copyright page (版权页), all from <info>; an
     article's title block. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:template name="cover">
    <xsl:variable name="info" select="/db:book/db:info"/>
    <!-- The cover opens the roman-numbered front matter (no folio is printed on it), so that the
         PDF's page labels run i, ii, iii … up to the body's 1. -->
    <fo:page-sequence master-reference="cover-sequence" format="i" initial-page-number="1" force-page-count="{$page-count}">
      <xsl:call-template name="crop-marks"/>
      <fo:flow flow-name="xsl-region-body">
        <fo:block-container height="{f:mm($paper-height-mm)}" xsl:use-attribute-sets="cover">
          <!-- Lines of nearly equal length, as a designer sets a cover (the EPUB's cover image
               does the same), rather than a full line and a stub. -->
          <fo:block xsl:use-attribute-sets="cover.title" id="cover">
            <!-- The author's lines (<?linebreak?>), each balanced again if it is too long. -->
            <xsl:for-each select="f:title(/*) ! f:title-lines(.)">
              <xsl:variable name="chars" select="string-to-codepoints(.) ! codepoints-to-string(.)"/>
              <xsl:variable name="lines" select="xs:integer(ceiling(count($chars) div $cover-title-chars))"/>
              <xsl:variable name="per-line" select="xs:integer(ceiling(count($chars) div $lines))"/>
              <xsl:for-each select="1 to $lines">
                <fo:block>
                  <xsl:value-of select="string-join(subsequence($chars, (. - 1) * $per-line + 1, $per-line))"/>
                </fo:block>
              </xsl:for-each>
            </xsl:for-each>
          </fo:block>
          <fo:block><fo:leader xsl:use-attribute-sets="cover.rule"/></fo:block>
          <xsl:for-each select="$info/db:subtitle">
            <fo:block xsl:use-attribute-sets="cover.subtitle"><xsl:apply-templates/></fo:block>
          </xsl:for-each>
          <fo:block xsl:use-attribute-sets="cover.publisher">
            <xsl:value-of select="$info/db:publisher/db:publishername"/>
          </fo:block>
        </fo:block-container>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template name="title-and-copyright-pages">
    <xsl:variable name="info" select="/db:book/db:info"/>
    <!-- The title page alone: the copyright page follows on its back, in a sequence of its own. -->
    <fo:page-sequence master-reference="front" format="i" force-page-count="no-force">
      <xsl:call-template name="crop-marks"/>
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="titlepage.title" id="title-page" role="H1">
          <xsl:apply-templates select="f:title(/*)/node()"/>
        </fo:block>
        <xsl:for-each select="$info/db:subtitle">
          <fo:block xsl:use-attribute-sets="titlepage.subtitle"><xsl:apply-templates/></fo:block>
        </xsl:for-each>
        <!-- Each party once: authors by name, editors and other credits with what they did. -->
        <xsl:for-each select="f:parties($info)">
          <xsl:choose>
            <xsl:when test="position() = 1">
              <fo:block xsl:use-attribute-sets="titlepage.author"><xsl:value-of select="f:party-line(.)"/></fo:block>
            </xsl:when>
            <!-- The further parties close under the first. -->
            <xsl:otherwise>
              <fo:block xsl:use-attribute-sets="titlepage.author__next"><xsl:value-of select="f:party-line(.)"/></fo:block>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <fo:block xsl:use-attribute-sets="titlepage.publisher">
          <xsl:value-of select="$info/db:publisher/db:publishername"/>
        </fo:block>
        <fo:block xsl:use-attribute-sets="titlepage.date">
          <xsl:value-of select="f:title-page-date($info)"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
    <fo:page-sequence master-reference="copyright" format="i" force-page-count="{$page-count}">
      <xsl:call-template name="crop-marks"/>
      <fo:flow flow-name="xsl-region-body">
        <xsl:call-template name="copyright-page"/>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!--
    版权页: the book's particulars at the foot of the page after the title page (the region's
    display-align: page-layout.xsl's copyright masters). Particulars longer than a page (FreeBSD's
    handbook gives four licences) run on to the pages after it; in a container of the page's
    height, as they stood before, they ran off its foot: 2,150 points of text, three pages of it,
    painted below the paper, and a warning without a place.
  -->
  <xsl:template name="copyright-page">
    <xsl:variable name="info" select="/db:book/db:info"/>
    <fo:block xsl:use-attribute-sets="copyright.page">
      <xsl:for-each select="$info/db:abstract">
        <fo:block xsl:use-attribute-sets="copyright.heading">
          <xsl:value-of select="(db:title, f:gentext('abstract-title'))[1]"/>
        </fo:block>
        <fo:block xsl:use-attribute-sets="abstract">
          <xsl:apply-templates select="* except db:title"/>
        </fo:block>
      </xsl:for-each>
      <!-- No label: GB/T 12450 puts the CIP data and the edition record on the page as they are.
           The CIP block (图书在版编目（CIP）数据, GB/T 12451) is the book's legalnotice with
           role="cip", in a frame, its lines as given. -->
      <xsl:for-each select="$info/db:legalnotice[@role = 'cip'][1]">
        <fo:block xsl:use-attribute-sets="copyright.cip" id="copyright-page">
          <fo:block xsl:use-attribute-sets="copyright.cip.title">
            <xsl:value-of select="(db:title/normalize-space(), f:gentext('cip-title'))[1]"/>
          </fo:block>
          <xsl:for-each select="* except db:title">
            <fo:block xsl:use-attribute-sets="copyright.cip.line"><xsl:apply-templates select="node()"/></fo:block>
          </xsl:for-each>
        </fo:block>
      </xsl:for-each>
      <!-- The edition record (版本记录): title, parties, publisher, format, edition and printing,
           ISBN, price. Each line is typeset like running text (f:typeset-string): figures and
           Latin in the Western face with the quarter-em space beside Han, as in the CIP block
           and the printings above and below, so that 版次 and 印次 do not differ in spacing. -->
      <fo:block xsl:use-attribute-sets="copyright.line copyright.record">
        <xsl:if test="empty($info/db:legalnotice[@role = 'cip'])">
          <xsl:attribute name="id">copyright-page</xsl:attribute>
        </xsl:if>
        <xsl:sequence select="f:typeset-string(f:gentext('field', map{'label': f:gentext('title-label'), 'value': f:title-text(/*)
            || (if (f:title(/*)/@role = 'working-title') then f:gentext('working-title') else '')}), '', '')"/>
      </fo:block>
      <xsl:for-each select="f:parties($info)">
        <fo:block xsl:use-attribute-sets="copyright.line">
          <xsl:sequence select="f:typeset-string(f:gentext('field', map{'label': f:party-label(.), 'value': f:party-particulars(.)}), '', '')"/>
        </fo:block>
      </xsl:for-each>
      <xsl:for-each select="$info/db:publisher">
        <fo:block xsl:use-attribute-sets="copyright.line">
          <xsl:sequence select="f:typeset-string(f:gentext('field', map{'label': f:gentext('publisher-label'), 'value':
              db:publishername || string-join(db:address/db:city ! f:gentext('place', map{'city': string(.)}))}), '', '')"/>
        </fo:block>
        <!-- The full address when it says more than the city. -->
        <xsl:for-each select="db:address[* except (db:city | db:country)]">
          <fo:block xsl:use-attribute-sets="copyright.line">
            <xsl:sequence select="f:typeset-string(f:gentext('field', map{'label': f:gentext('address-label'),
                'value': f:address-text(.)}), '', '')"/>
          </fo:block>
        </xsl:for-each>
      </xsl:for-each>
      <fo:block xsl:use-attribute-sets="copyright.line">
        <xsl:sequence select="f:typeset-string(f:gentext('field', map{'label': f:gentext('format-label'), 'value': f:format-text()}), '', '')"/>
      </fo:block>
      <!-- 印张 and 字数, from the page count of a first layout ($book-pages, pdf/LayoutPasses): a
           published book's (one with an ISBN). Until the count is known (the first layout) the
           lines stand with 0, so that both layouts set the page alike. -->
      <xsl:if test="f:prints-page-count(/)">
        <fo:block xsl:use-attribute-sets="copyright.line">
          <xsl:value-of select="f:gentext('field', map{'label': f:gentext('sheets-label'), 'value': f:sheets-text($book-pages)})"/>
        </fo:block>
        <fo:block xsl:use-attribute-sets="copyright.line">
          <xsl:value-of select="f:gentext('field', map{'label': f:gentext('words-label'),
              'value': f:gentext('words', map{'n': f:thousands-of-characters($book-pages)})})"/>
        </fo:block>
      </xsl:if>
      <xsl:for-each select="$info/db:pubdate">
        <fo:block xsl:use-attribute-sets="copyright.line">
          <xsl:sequence select="f:typeset-string(f:gentext('field', map{'label': f:gentext('pubdate-label'), 'value': string(.)}), '', '')"/>
        </fo:block>
      </xsl:for-each>
      <!-- An ISBN is printed without the "ISBN" the book may write before it: the label says it. -->
      <xsl:for-each select="$info/(db:edition | db:releaseinfo | db:biblioid)">
        <fo:block xsl:use-attribute-sets="copyright.line">
          <xsl:sequence select="f:typeset-string(f:gentext('field', map{'label': f:info-label(.), 'value':
              if (@class = 'isbn') then replace(normalize-space(.), '^(ISBN|isbn)(-1[03])?[:：]?\s*', '') else normalize-space(.)}), '', '')"/>
        </fo:block>
      </xsl:for-each>
      <!-- The printings (印次) as the book records them. -->
      <xsl:for-each select="$info/db:printhistory/*">
        <fo:block xsl:use-attribute-sets="copyright.line">
          <xsl:sequence select="f:gentext('printing-label')"/>
          <xsl:apply-templates select="node()"/>
        </fo:block>
      </xsl:for-each>
      <xsl:for-each select="$info/db:bibliomisc[@role = 'price']">
        <fo:block xsl:use-attribute-sets="copyright.line">
          <xsl:sequence select="f:typeset-string(f:gentext('field', map{'label': f:gentext('price-label'), 'value': normalize-space(.)}), '', '')"/>
        </fo:block>
      </xsl:for-each>
      <xsl:for-each select="$info/db:copyright">
        <fo:block xsl:use-attribute-sets="copyright.line">
          <xsl:sequence select="f:typeset-string(f:copyright-text(.), '', '')"/>
        </fo:block>
      </xsl:for-each>
      <xsl:for-each select="$info/db:legalnotice[not(@role = 'cip')]">
        <fo:block xsl:use-attribute-sets="copyright.line">
          <xsl:apply-templates select="* except db:title"/>
        </fo:block>
      </xsl:for-each>
      <xsl:apply-templates select="$info/db:revhistory"/>
    </fo:block>
  </xsl:template>

  <!-- 开本: the parent sheet (the setting parent-sheet, 787 × 1092 mm by default) folded in half
       across its long side again and again (2, 4, 8, 16, 32 … leaves) until the trimmed page no
       longer fits; the last fold it fits is the format, written as publishers do:
       787 mm × 1092 mm　1/16. A5 (148 × 210) on 787 × 1092 is 1/16 (a leaf of 196 × 273), A4 is
       1/8; on the large sheet 889 × 1194, A4 is 1/16 (大16开). -->
  <xsl:function name="f:format-text" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xsl:variable name="sheet" select="tokenize(normalize-space(replace($parent-sheet, '[^0-9.]+', ' ')), ' ') ! xs:double(.)"/>
    <xsl:sequence select="f:gentext('format', map{'width': string(min($sheet)), 'height': string(max($sheet)),
        'leaves': string(f:format-leaves())})"/>
  </xsl:function>

  <!-- The leaves one sheet gives (the 16 of 1/16), as f:format-text folds it. -->
  <xsl:function name="f:format-leaves" as="xs:integer" xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xsl:variable name="sheet" select="tokenize(normalize-space(replace($parent-sheet, '[^0-9.]+', ' ')), ' ') ! xs:double(.)"/>
    <xsl:sequence select="f:leaves(max($sheet), min($sheet), max(($paper-width-mm, $paper-height-mm)),
        min(($paper-width-mm, $paper-height-mm)), 1)"/>
  </xsl:function>

  <!-- Whether the copyright page prints 印张 and 字数: a book with an ISBN, going to press. -->
  <xsl:function name="f:prints-page-count" as="xs:boolean">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="exists(root($root)/db:book/db:info/db:biblioid[@class = 'isbn'][normalize-space()])"/>
  </xsl:function>

  <!-- 印张: the pages over the format's 开数 (a 印张 is one side of the parent sheet, as many
       pages as the sheet gives leaves): 320 pages of 1/16 are 20; a part as publishers write it,
       to two decimals (20.5, 20.25). -->
  <xsl:function name="f:sheets-text" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xsl:param name="pages" as="xs:integer"/>
    <xsl:sequence select="format-number($pages div f:format-leaves(), '0.##')"/>
  </xsl:function>

  <!-- 字数 as publishers count it: the grid's characters per line × lines per page × pages, in
       thousands, rounded. -->
  <xsl:function name="f:thousands-of-characters" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xsl:param name="pages" as="xs:integer"/>
    <xsl:sequence select="string(round($grid-characters * $grid-lines * $pages div 1000))"/>
  </xsl:function>

  <xsl:function name="f:leaves" as="xs:integer" xmlns:xs="http://www.w3.org/2001/XMLSchema">
    <xsl:param name="long" as="xs:double"/>
    <xsl:param name="short" as="xs:double"/>
    <xsl:param name="page-long" as="xs:double"/>
    <xsl:param name="page-short" as="xs:double"/>
    <xsl:param name="leaves" as="xs:integer"/>
    <xsl:variable name="half" select="$long div 2"/>
    <xsl:sequence select="if (max(($short, $half)) ge $page-long and min(($short, $half)) ge $page-short)
        then f:leaves(max(($short, $half)), min(($short, $half)), $page-long, $page-short, $leaves * 2)
        else $leaves"/>
  </xsl:function>

  <!-- 修订历史: a table of the revisions, newest as the author lists them. -->
  <xsl:template match="db:revhistory">
    <fo:block xsl:use-attribute-sets="copyright.heading" id="{f:id(.)}">
      <xsl:value-of select="(f:title(.) ! f:title-text(..), f:gentext('revhistory-title'))[1]"/>
    </fo:block>
    <fo:table xsl:use-attribute-sets="revhistory">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(2)"/>
      <fo:table-column column-width="proportional-column-width(2)"/>
      <fo:table-column column-width="proportional-column-width(5)"/>
      <fo:table-header xsl:use-attribute-sets="revhistory.head">
        <fo:table-row>
          <xsl:for-each select="('revision-label', 'revision-date', 'revision-author', 'revision-remark')">
            <fo:table-cell xsl:use-attribute-sets="revhistory.cell">
              <fo:block><xsl:sequence select="f:typeset-string(f:gentext(.), '', '')"/></fo:block>
            </fo:table-cell>
          </xsl:for-each>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="db:revision">
          <fo:table-row>
            <xsl:for-each select="(normalize-space(db:revnumber), normalize-space(db:date),
                string-join((db:author | db:authorinitials) ! (if (self::db:author) then f:person-name(.) else normalize-space(.)),
                  f:gentext('enumeration-comma')))">
              <fo:table-cell xsl:use-attribute-sets="revhistory.cell">
                <fo:block><xsl:sequence select="f:typeset-string(., '', '')"/></fo:block>
              </fo:table-cell>
            </xsl:for-each>
            <fo:table-cell xsl:use-attribute-sets="revhistory.cell">
              <fo:block>
                <xsl:choose>
                  <xsl:when test="db:revdescription"><xsl:apply-templates select="db:revdescription/*"/></xsl:when>
                  <xsl:otherwise><xsl:apply-templates select="db:revremark/node()"/></xsl:otherwise>
                </xsl:choose>
              </fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- An article's title block, at the head of its first page: title, subtitle, each author
       with affiliation and e-mail, the other credits, the abstract, the particulars and the
       revision history. -->
  <xsl:template name="article-title-block">
    <xsl:variable name="info" select="db:info"/>
    <fo:block xsl:use-attribute-sets="article.title" role="H1">
      <xsl:apply-templates select="f:title(.)/node()"/>
    </fo:block>
    <xsl:for-each select="(db:subtitle, $info/db:subtitle)[1]">
      <fo:block xsl:use-attribute-sets="article.subtitle"><xsl:apply-templates/></fo:block>
    </xsl:for-each>
    <xsl:for-each select="f:parties($info)">
      <fo:block xsl:use-attribute-sets="article.authors">
        <fo:block xsl:use-attribute-sets="article.author"><xsl:sequence select="f:typeset-string(f:party-line(.), '', '')"/></fo:block>
        <xsl:for-each select="db:affiliation">
          <fo:block xsl:use-attribute-sets="article.affiliation"><xsl:sequence select="f:typeset-string(f:affiliation-text(.), '', '')"/></fo:block>
        </xsl:for-each>
        <xsl:for-each select="db:contrib | db:email">
          <fo:block xsl:use-attribute-sets="article.affiliation"><xsl:sequence select="f:typeset-string(normalize-space(.), '', '')"/></fo:block>
        </xsl:for-each>
      </fo:block>
    </xsl:for-each>
    <xsl:for-each select="$info/db:abstract">
      <fo:block xsl:use-attribute-sets="article.info">
        <fo:block xsl:use-attribute-sets="article.info.heading">
          <xsl:sequence select="f:typeset-string((f:title(.) ! f:title-text(..), f:gentext('abstract-title'))[1], '', '')"/>
        </fo:block>
        <xsl:apply-templates select="* except (db:title | db:info)"/>
      </fo:block>
    </xsl:for-each>
    <xsl:if test="$info/(db:edition | db:releaseinfo | db:biblioid | db:pubdate | db:copyright | db:legalnotice | db:revhistory)">
      <fo:block xsl:use-attribute-sets="article.info">
        <xsl:for-each select="$info/(db:edition | db:releaseinfo | db:biblioid)">
          <fo:block><xsl:sequence select="f:typeset-string(f:gentext('field', map{'label': f:info-label(.), 'value': normalize-space(.)}), '', '')"/></fo:block>
        </xsl:for-each>
        <xsl:for-each select="$info/db:pubdate">
          <fo:block><xsl:sequence select="f:typeset-string(f:gentext('field', map{'label': f:gentext('pubdate-label'), 'value': normalize-space(.)}), '', '')"/></fo:block>
        </xsl:for-each>
        <xsl:for-each select="$info/db:copyright">
          <fo:block><xsl:sequence select="f:typeset-string(f:copyright-text(.), '', '')"/></fo:block>
        </xsl:for-each>
        <xsl:for-each select="$info/db:legalnotice">
          <fo:block><xsl:apply-templates select="* except db:title"/></fo:block>
        </xsl:for-each>
        <xsl:apply-templates select="$info/db:revhistory"/>
      </fo:block>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
