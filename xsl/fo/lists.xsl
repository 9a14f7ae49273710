<?xml version="1.0" encoding="UTF-8"?>
<!-- Lists: itemized and ordered lists, variable lists (terms and definitions), simple lists,
     procedures with their steps, questions and answers. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:src="urn:hanzi:source"
    exclude-result-prefixes="#all">

  <!-- ============================================================ itemized and ordered -->

  <xsl:template match="db:itemizedlist | db:orderedlist">
    <xsl:apply-templates select="db:title"/>
    <!-- Blocks before the items (DocBook allows a paragraph there). -->
    <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info | db:listitem)"/>
    <fo:list-block xsl:use-attribute-sets="list">
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="db:listitem"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="db:itemizedlist/db:title | db:orderedlist/db:title | db:variablelist/db:title
      | db:simplelist/db:title">
    <fo:block xsl:use-attribute-sets="list.title"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="db:itemizedlist/db:listitem | db:orderedlist/db:listitem">
    <fo:list-item xsl:use-attribute-sets="list.item">
      <xsl:call-template name="id"/>
      <fo:list-item-label end-indent="label-end()">
        <fo:block xsl:use-attribute-sets="list.label">
          <xsl:apply-templates select="." mode="list-label"/>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <xsl:apply-templates/>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:mode name="list-label" on-no-match="fail"/>

  <!-- ●, ○, ■ by level: nothing a reader could take for a full stop or a middle dot. -->
  <xsl:template match="db:itemizedlist/db:listitem" mode="list-label">
    <xsl:value-of select="f:list-bullet(..)"/>
  </xsl:template>

  <xsl:template match="db:orderedlist/db:listitem" mode="list-label">
    <xsl:variable name="n" select="count(preceding-sibling::db:listitem) + (xs:integer(../@startingnumber[. castable as xs:integer]), 1)[1]"/>
    <xsl:value-of select="f:gentext('list-number', map{'n': format-integer($n, f:list-numbering(..))})"/>
  </xsl:template>

  <!-- ============================================================ variable lists -->

  <!-- Each entry: its terms in bold on a line (several joined by 、), the definition two
       characters in under them. -->
  <xsl:template match="db:variablelist">
    <xsl:apply-templates select="db:title"/>
    <fo:block xsl:use-attribute-sets="variablelist">
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info)"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:varlistentry">
    <fo:block>
      <xsl:call-template name="id"/>
      <fo:block xsl:use-attribute-sets="varlistentry.term">
        <xsl:for-each select="db:term">
          <xsl:if test="position() gt 1"><xsl:value-of select="f:gentext('enumeration-comma')"/></xsl:if>
          <fo:inline>
            <xsl:call-template name="id"/>
            <xsl:apply-templates/>
          </fo:inline>
        </xsl:for-each>
      </fo:block>
      <fo:block xsl:use-attribute-sets="varlistentry.definition">
        <xsl:for-each select="db:listitem">
          <xsl:call-template name="id"/>
          <xsl:apply-templates/>
        </xsl:for-each>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ simple lists -->

  <!-- Inline: the members in the running text, joined by 、. -->
  <xsl:template match="db:simplelist[@type = 'inline']">
    <fo:inline>
      <xsl:call-template name="id"/>
      <xsl:for-each select="db:member">
        <xsl:if test="position() gt 1"><xsl:value-of select="f:gentext('enumeration-comma')"/></xsl:if>
        <xsl:apply-templates/>
      </xsl:for-each>
    </fo:inline>
  </xsl:template>

  <!-- Standing between blocks, an inline list is a line of its own. -->
  <xsl:template match="db:simplelist[@type = 'inline'][not(parent::*[text()[normalize-space()]])]" priority="1">
    <fo:block xsl:use-attribute-sets="para__plain">
      <xsl:next-match/>
    </fo:block>
  </xsl:template>

  <!-- vert (the default) and horiz: one member a line, or a table of columns without rules,
       filled down the columns (vert) or along the rows (horiz). -->
  <xsl:template match="db:simplelist">
    <xsl:variable name="list" select="."/>
    <xsl:variable name="columns" select="f:simplelist-columns(.)"/>
    <fo:block xsl:use-attribute-sets="simplelist">
      <xsl:call-template name="id"/>
      <xsl:choose>
        <xsl:when test="$columns = 1">
          <xsl:for-each select="db:member">
            <fo:block><xsl:call-template name="id"/><xsl:apply-templates/></fo:block>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <fo:table xsl:use-attribute-sets="simplelist.table">
            <xsl:for-each select="1 to $columns">
              <fo:table-column column-width="proportional-column-width(1)"/>
            </xsl:for-each>
            <fo:table-body xsl:use-attribute-sets="simplelist.body">
              <xsl:for-each select="1 to xs:integer(ceiling(count(db:member) div $columns))">
                <xsl:variable name="row" select="."/>
                <fo:table-row>
                  <xsl:for-each select="1 to $columns">
                    <fo:table-cell>
                      <fo:block>
                        <xsl:for-each select="f:simplelist-cell($list, $row, .)">
                          <xsl:call-template name="id"/>
                          <xsl:apply-templates/>
                        </xsl:for-each>
                      </fo:block>
                    </fo:table-cell>
                  </xsl:for-each>
                </fo:table-row>
              </xsl:for-each>
            </fo:table-body>
          </fo:table>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ procedures -->

  <!-- A procedure's title like a list's; its steps numbered 1. 2. …, substeps a. b. …, the
       blocks before or between them as they come. -->
  <xsl:template match="db:procedure">
    <fo:block>
      <xsl:call-template name="id"/>
      <xsl:for-each select="db:title">
        <fo:block xsl:use-attribute-sets="procedure.title"><xsl:apply-templates/></fo:block>
      </xsl:for-each>
      <xsl:call-template name="steps">
        <xsl:with-param name="children" select="* except (db:title | db:titleabbrev | db:info)"/>
      </xsl:call-template>
    </fo:block>
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
        <xsl:when test="current-grouping-key()">
          <fo:list-block xsl:use-attribute-sets="list">
            <xsl:apply-templates select="current-group()"/>
          </fo:list-block>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="current-group()"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template match="db:step">
    <fo:list-item xsl:use-attribute-sets="list.item">
      <xsl:call-template name="id"/>
      <fo:list-item-label end-indent="label-end()">
        <fo:block xsl:use-attribute-sets="list.label">
          <!-- Alternatives are not numbered: one of them is taken. -->
          <xsl:value-of select="if (parent::db:stepalternatives) then f:list-bullet-for-step(.)
              else f:gentext('list-number', map{'n': format-integer(count(preceding-sibling::db:step) + 1,
                  f:step-numbering(.))})"/>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <xsl:for-each select="db:title">
          <fo:block xsl:use-attribute-sets="step.title"><xsl:apply-templates/></fo:block>
        </xsl:for-each>
        <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info)"/>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:function name="f:list-bullet-for-step" as="xs:string">
    <xsl:param name="step" as="element(db:step)"/>
    <xsl:sequence select="f:gentext('list-bullet-' || (count($step/ancestor::db:substeps | $step/ancestor::db:stepalternatives) - 1) mod 3 + 1)"/>
  </xsl:function>

  <xsl:template match="db:result">
    <fo:block>
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ questions and answers -->

  <xsl:template match="db:qandaset | db:qandadiv">
    <fo:block xsl:use-attribute-sets="qandaset">
      <xsl:call-template name="id"/>
      <xsl:for-each select="db:title">
        <fo:block xsl:use-attribute-sets="procedure.title"><xsl:apply-templates/></fo:block>
      </xsl:for-each>
      <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info)"/>
    </fo:block>
  </xsl:template>

  <!-- 问： before the question, 答： before each answer, in a column of two characters; the
       question in bold. A set's defaultlabel none drops the labels, number numbers the
       questions; an author's own label wins. -->
  <xsl:template match="db:qandaentry">
    <fo:list-block xsl:use-attribute-sets="qandaentry">
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="db:question | db:answer"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="db:question | db:answer">
    <fo:list-item>
      <xsl:call-template name="id"/>
      <fo:list-item-label end-indent="label-end()">
        <fo:block xsl:use-attribute-sets="qanda.label"><xsl:value-of select="f:qanda-label(.)"/></fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <xsl:choose>
          <xsl:when test="self::db:question">
            <fo:block xsl:use-attribute-sets="question">
              <xsl:apply-templates select="* except db:label"/>
            </fo:block>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="* except db:label"/>
          </xsl:otherwise>
        </xsl:choose>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>
</xsl:stylesheet>
