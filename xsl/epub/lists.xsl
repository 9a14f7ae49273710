<?xml version="1.0" encoding="UTF-8"?>
<!-- Lists as XHTML: itemized and ordered lists, variable lists (dl), simple lists, procedures and
     their steps, questions and answers. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- Bullets by level (bullet-1 ●, bullet-2 ○, bullet-3 ■ in the CSS), as in the PDF. -->
  <xsl:template match="db:itemizedlist | db:orderedlist">
    <xsl:apply-templates select="db:title"/>
    <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info | db:listitem)"/>
    <xsl:element name="{if (self::db:orderedlist) then 'ol' else 'ul'}">
      <xsl:call-template name="common-attributes"/>
      <xsl:if test="self::db:itemizedlist">
        <xsl:attribute name="class" select="'bullet-' || f:list-bullet-kind(.)"/>
      </xsl:if>
      <xsl:if test="self::db:orderedlist and f:list-numbering(.) != '1'">
        <xsl:attribute name="type" select="f:list-numbering(.)"/>
      </xsl:if>
      <xsl:if test="self::db:orderedlist and @startingnumber castable as xs:integer">
        <xsl:attribute name="start" select="@startingnumber"/>
      </xsl:if>
      <xsl:apply-templates select="db:listitem"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="db:itemizedlist/db:title | db:orderedlist/db:title | db:variablelist/db:title
      | db:simplelist/db:title">
    <p class="list-title"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="db:itemizedlist/db:listitem | db:orderedlist/db:listitem">
    <li><xsl:call-template name="common-attributes"/><xsl:apply-templates/></li>
  </xsl:template>

  <!-- Terms in bold (several joined by 、), the definition indented under them. -->
  <xsl:template match="db:variablelist">
    <xsl:apply-templates select="db:title"/>
    <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info | db:varlistentry)"/>
    <dl class="variablelist">
      <xsl:call-template name="common-attributes"/>
      <xsl:apply-templates select="db:varlistentry"/>
    </dl>
  </xsl:template>

  <xsl:template match="db:varlistentry">
    <dt>
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="db:term">
        <xsl:if test="position() gt 1"><xsl:value-of select="f:gentext('enumeration-comma')"/></xsl:if>
        <span><xsl:call-template name="common-attributes"/><xsl:apply-templates/></span>
      </xsl:for-each>
    </dt>
    <xsl:for-each select="db:listitem">
      <dd><xsl:call-template name="common-attributes"/><xsl:apply-templates/></dd>
    </xsl:for-each>
  </xsl:template>

  <!-- Inline: the members joined by 、 in the text. -->
  <xsl:template match="db:simplelist[@type = 'inline']">
    <span class="simplelist">
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="db:member">
        <xsl:if test="position() gt 1"><xsl:value-of select="f:gentext('enumeration-comma')"/></xsl:if>
        <xsl:apply-templates/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="db:simplelist[@type = 'inline'][not(parent::*[text()[normalize-space()]])]" priority="1">
    <p class="plain"><xsl:next-match/></p>
  </xsl:template>

  <!-- One column: a list without marks; several: a table without rules, filled down the
       columns (vert) or along the rows (horiz). -->
  <xsl:template match="db:simplelist">
    <xsl:variable name="list" select="."/>
    <xsl:variable name="columns" select="f:simplelist-columns(.)"/>
    <xsl:choose>
      <xsl:when test="$columns = 1">
        <ul class="simplelist">
          <xsl:call-template name="common-attributes"/>
          <xsl:for-each select="db:member">
            <li><xsl:call-template name="common-attributes"/><xsl:apply-templates/></li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <table class="simplelist">
          <xsl:call-template name="common-attributes"/>
          <tbody>
            <xsl:for-each select="1 to xs:integer(ceiling(count(db:member) div $columns))">
              <xsl:variable name="row" select="."/>
              <tr>
                <xsl:for-each select="1 to $columns">
                  <td>
                    <xsl:for-each select="f:simplelist-cell($list, $row, .)">
                      <xsl:call-template name="common-attributes"/>
                      <xsl:apply-templates/>
                    </xsl:for-each>
                  </td>
                </xsl:for-each>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A procedure: its title, then steps numbered 1. 2. … (substeps a. b. …). -->
  <xsl:template match="db:procedure">
    <div class="procedure">
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="db:title">
        <p class="procedure-title"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:call-template name="steps">
        <xsl:with-param name="children" select="* except (db:title | db:titleabbrev | db:info)"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <xsl:template match="db:substeps | db:stepalternatives">
    <xsl:call-template name="steps">
      <xsl:with-param name="children" select="* except db:info"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="steps">
    <xsl:param name="children" as="element()*"/>
    <xsl:for-each-group select="$children" group-adjacent="exists(self::db:step)">
      <xsl:choose>
        <xsl:when test="current-grouping-key() and current-group()[1]/parent::db:stepalternatives">
          <ul class="stepalternatives"><xsl:apply-templates select="current-group()"/></ul>
        </xsl:when>
        <xsl:when test="current-grouping-key()">
          <ol class="steps">
            <xsl:if test="f:step-numbering(current-group()[1]) != '1'">
              <xsl:attribute name="type" select="f:step-numbering(current-group()[1])"/>
            </xsl:if>
            <xsl:apply-templates select="current-group()"/>
          </ol>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="current-group()"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template match="db:step">
    <li>
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="db:title">
        <p class="step-title"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info)"/>
    </li>
  </xsl:template>

  <xsl:template match="db:result">
    <div class="result"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></div>
  </xsl:template>

  <!-- Questions and answers: 问： and 答： run in before the first paragraph. -->
  <xsl:template match="db:qandaset | db:qandadiv">
    <div class="{local-name()}">
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="db:title">
        <p class="{local-name(..)}-title"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info)"/>
    </div>
  </xsl:template>

  <xsl:template match="db:qandaentry">
    <div class="qandaentry">
      <xsl:call-template name="common-attributes"/>
      <xsl:apply-templates select="db:question | db:answer"/>
    </div>
  </xsl:template>

  <xsl:template match="db:question | db:answer">
    <xsl:variable name="label" select="f:qanda-label(.)"/>
    <xsl:variable name="lead" as="node()*">
      <xsl:if test="$label"><strong class="qanda-label"><xsl:value-of select="$label"/></strong></xsl:if>
    </xsl:variable>
    <xsl:variable name="blocks" select="* except db:label"/>
    <div class="{local-name()}">
      <xsl:call-template name="common-attributes"/>
      <xsl:choose>
        <xsl:when test="$blocks[1][self::db:para or self::db:simpara]">
          <xsl:apply-templates select="$blocks[1]"><xsl:with-param name="lead" select="$lead"/></xsl:apply-templates>
          <xsl:apply-templates select="$blocks[position() gt 1]"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:if test="exists($lead)"><p class="plain"><xsl:sequence select="$lead"/></p></xsl:if>
          <xsl:apply-templates select="$blocks"/>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>
</xsl:stylesheet>
