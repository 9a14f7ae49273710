<?xml version="1.0" encoding="UTF-8"?>
<!-- Paragraphs (and blocks inside them), quotes, epigraphs, addresses, remarks, examples,
     equations and figures as XHTML; lists in lists.xsl, admonitions and sidebars in admonitions.xsl. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- A paragraph; not running text (f:is-plain-para) it has no first-line indent. $lead goes
       before its first word (a formalpara's title, 问：). A list, a table, a note... inside
       it cannot stay inside a <p>: the paragraph becomes <p>…</p><ul>…</ul><p class="continued">…</p>
       in a <div class="para"> that carries its id. -->
  <xsl:template match="db:para | db:simpara">
    <xsl:param name="lead" as="node()*" select="()"/>
    <xsl:variable name="class" select="if (f:is-plain-para(.)) then 'plain' else ()"/>
    <xsl:choose>
      <xsl:when test="not(node()[f:is-block-in-para(.)])">
        <p>
          <xsl:if test="exists($class)"><xsl:attribute name="class" select="$class"/></xsl:if>
          <xsl:call-template name="common-attributes"/>
          <xsl:sequence select="$lead"/>
          <xsl:apply-templates/>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <div class="para">
          <xsl:call-template name="common-attributes"/>
          <xsl:for-each-group select="node()" group-adjacent="f:is-block-in-para(.)">
            <xsl:variable name="first" select="position() = 1"/>
            <xsl:choose>
              <xsl:when test="current-grouping-key()">
                <xsl:if test="$first and exists($lead)">
                  <p class="{($class, 'lead')[1]}"><xsl:sequence select="$lead"/></p>
                </xsl:if>
                <xsl:apply-templates select="current-group()"/>
              </xsl:when>
              <xsl:when test="$first and (exists($lead) or current-group()/self::* or normalize-space(string-join(current-group())))">
                <p>
                  <xsl:if test="exists($class)"><xsl:attribute name="class" select="$class"/></xsl:if>
                  <xsl:sequence select="$lead"/>
                  <xsl:apply-templates select="current-group()"/>
                </p>
              </xsl:when>
              <xsl:when test="not($first) and (current-group()/self::* or normalize-space(string-join(current-group())))">
                <p class="continued"><xsl:apply-templates select="current-group()"/></p>
              </xsl:when>
            </xsl:choose>
          </xsl:for-each-group>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A title run in: bold, then the paragraph. -->
  <xsl:template match="db:formalpara">
    <div class="formalpara">
      <xsl:call-template name="common-attributes"/>
      <xsl:apply-templates select="db:para">
        <xsl:with-param name="lead" as="node()*">
          <strong class="formalpara-title"><xsl:apply-templates select="db:title/node()"/></strong>
        </xsl:with-param>
      </xsl:apply-templates>
    </div>
  </xsl:template>

  <xsl:template name="common-attributes">
    <xsl:if test="@xml:id">
      <xsl:attribute name="id" select="@xml:id"/>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="@xml:lang"/>
      <xsl:attribute name="xml:lang" select="@xml:lang"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="db:blockquote">
    <blockquote>
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="db:title">
        <p class="blockquote-title"><xsl:apply-templates/></p>
      </xsl:for-each>
      <xsl:apply-templates select="* except (db:title | db:attribution)"/>
      <xsl:for-each select="db:attribution">
        <p class="attribution"><xsl:value-of select="f:gentext('attribution-dash')"/><xsl:apply-templates/></p>
      </xsl:for-each>
    </blockquote>
  </xsl:template>

  <xsl:template match="db:epigraph">
    <blockquote class="epigraph">
      <xsl:call-template name="common-attributes"/>
      <xsl:apply-templates select="* except (db:attribution | db:info)"/>
      <xsl:for-each select="db:attribution">
        <p class="attribution"><xsl:value-of select="f:gentext('attribution-dash')"/><xsl:apply-templates/></p>
      </xsl:for-each>
    </blockquote>
  </xsl:template>

  <!-- An address keeps the lines of its source, without their indentation. -->
  <xsl:template match="db:address">
    <p class="address">
      <xsl:call-template name="common-attributes"/>
      <xsl:apply-templates mode="address"/>
    </p>
  </xsl:template>

  <xsl:template match="*" mode="address">
    <xsl:apply-templates mode="address"/>
  </xsl:template>

  <xsl:template match="text()" mode="address">
    <xsl:variable name="address" select="ancestor::db:address[1]"/>
    <xsl:variable name="before" select="normalize-space(string-join($address//text()[. &lt;&lt; current()])) != ''"/>
    <xsl:variable name="after" select="normalize-space(string-join($address//text()[. &gt;&gt; current()])) != ''"/>
    <xsl:variable name="lines" select="tokenize(., '\s*\n\s*')"/>
    <xsl:for-each select="$lines">
      <xsl:variable name="i" select="position()"/>
      <xsl:value-of select="normalize-space(.)"/>
      <xsl:if test="$i lt count($lines)
          and ($before or normalize-space(string-join($lines[position() le $i])) != '')
          and ($after or normalize-space(string-join($lines[position() gt $i])) != '')">
        <br/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- Remarks are for the authors: only a draft shows them, highlighted. -->
  <xsl:template match="db:remark"/>

  <xsl:template match="db:remark[$draft]">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()]">
        <span class="remark"><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise>
        <p class="plain remark"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An example, numbered like figures and tables (例 1-1), its caption above it. -->
  <xsl:template match="db:example | db:informalexample">
    <div class="{local-name()}" id="{f:id(.)}">
      <xsl:if test="self::db:example">
        <p class="example-title">
          <span class="caption-label"><xsl:value-of select="f:formal-label(.)"/></span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates select="db:title/node()"/>
        </p>
      </xsl:if>
      <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info | db:caption)"/>
      <xsl:apply-templates select="db:caption/*"/>
    </div>
  </xsl:template>

  <!-- An equation: centred, its number (1-1) at the right; an informal one only centred. -->
  <xsl:template match="db:equation | db:informalequation">
    <div class="{local-name()}" id="{f:id(.)}">
      <div class="equation-body">
        <xsl:apply-templates select="db:mediaobject | db:mathphrase"/>
        <xsl:for-each select="db:title">
          <p class="equation-title"><xsl:apply-templates/></p>
        </xsl:for-each>
      </div>
      <xsl:if test="self::db:equation">
        <span class="equation-number"><xsl:value-of select="f:formal-label(.)"/></span>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:template match="db:mathphrase">
    <p class="mathphrase"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="db:figure | db:informalfigure">
    <figure id="{f:id(.)}">
      <xsl:apply-templates select="db:mediaobject"/>
      <xsl:if test="self::db:figure">
        <figcaption>
          <span class="caption-label"><xsl:value-of select="f:formal-label(.)"/></span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates select="db:title/node()"/>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <xsl:template match="db:mediaobject">
    <xsl:variable name="imagedata" select="db:imageobject[1]/db:imagedata"/>
    <img src="{f:image-href($imagedata)}" alt="{normalize-space(db:textobject)}"/>
  </xsl:template>
</xsl:stylesheet>
