<?xml version="1.0" encoding="UTF-8"?>
<!--
  Code in the EPUB (issue 15): listings as <pre>, inline code as <code>, <kbd>, <samp> and <var>,
  callouts as marks linked both ways. The reading system sets them in its monospaced font with a
  Chinese fallback (book.css, from the theme's mono-list) and wraps long lines itself
  (white-space: pre-wrap); no running-text rule of ours or of the reader reaches inside
  (text-autospace off in code).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:m="http://hanzi.dev/ns/modes"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/code.xsl"/>

  <!-- Text inside code is printed as written. -->
  <xsl:template match="text()[f:in-code(.)]">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- ============================================================ blocks -->

  <xsl:template match="db:programlisting | db:screen | db:synopsis | db:literallayout[@class = 'monospaced']">
    <xsl:param name="areas" as="map(xs:integer, map(xs:string, item()))" select="map{}" tunnel="yes"/>
    <pre class="{local-name()}">
      <xsl:call-template name="common-attributes"/>
      <code>
        <xsl:call-template name="code-lines">
          <xsl:with-param name="areas" select="$areas"/>
        </xsl:call-template>
      </code>
    </pre>
  </xsl:template>

  <!-- Verse or an address: its lines kept, in the text's face. -->
  <xsl:template match="db:literallayout">
    <div class="literallayout">
      <xsl:call-template name="common-attributes"/>
      <xsl:call-template name="code-lines"/>
    </div>
  </xsl:template>

  <!-- The lines of a listing: the markup's line break after the opening tag dropped, tabs
       expanded, and the marks of areas placed (the reading system wraps long lines). -->
  <xsl:template name="code-lines">
    <xsl:param name="areas" as="map(xs:integer, map(xs:string, item()))" select="map{}"/>
    <xsl:variable name="content" as="node()*"><xsl:apply-templates/></xsl:variable>
    <xsl:apply-templates select="f:code-edit($content, f:code-layout-edits(f:code-full-text($content), $areas))"
        mode="m:code-marks"/>
  </xsl:template>

  <xsl:mode name="m:code-marks" on-no-match="shallow-copy"/>

  <xsl:template match="text()" mode="m:code-marks">
    <xsl:param name="area-ids" as="map(xs:integer, xs:string)" select="map{}" tunnel="yes"/>
    <xsl:analyze-string select="." regex="[&#xE100;-&#xE1FF;]">
      <xsl:matching-substring>
        <xsl:variable name="value" select="string-to-codepoints(.) - 57600"/>
        <xsl:variable name="n" select="$value mod 128"/>
        <span class="callout">
          <xsl:if test="$value lt 128 and map:contains($area-ids, $n)">
            <xsl:attribute name="id" select="$area-ids($n)"/>
          </xsl:if>
          <xsl:value-of select="f:callout-mark($n)"/>
        </span>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!-- ============================================================ callouts -->

  <xsl:template match="db:co">
    <span class="callout" id="{f:id(.)}"><xsl:value-of select="f:callout-mark(f:callout-number(.))"/></span>
  </xsl:template>

  <xsl:template match="db:programlistingco | db:screenco">
    <xsl:variable name="spec" select="db:areaspec"/>
    <div class="{local-name()}">
      <xsl:call-template name="common-attributes"/>
      <xsl:apply-templates select="db:programlisting | db:screen">
        <xsl:with-param name="areas" select="f:areas($spec)" tunnel="yes"/>
        <xsl:with-param name="area-ids" tunnel="yes" select="map:merge($spec/(db:area | db:areaset)
            ! map{f:callout-number(.): f:id(.)})"/>
      </xsl:apply-templates>
      <xsl:apply-templates select="* except (db:areaspec | db:programlisting | db:screen | db:info)"/>
    </div>
  </xsl:template>

  <xsl:template match="db:areaspec | db:area | db:areaset"/>

  <!-- Each explanation after its marks, which link back to the listing. -->
  <xsl:template match="db:calloutlist">
    <xsl:apply-templates select="db:title"/>
    <dl class="calloutlist">
      <xsl:call-template name="common-attributes"/>
      <xsl:for-each select="db:callout">
        <xsl:variable name="target" select="key('f:id', tokenize(@arearefs)[1])[1]"/>
        <xsl:variable name="anchor" select="if ($target/parent::db:areaset) then $target/.. else $target"/>
        <dt>
          <xsl:call-template name="common-attributes"/>
          <xsl:choose>
            <xsl:when test="$anchor">
              <a class="callout" href="{f:href($anchor)}"><xsl:value-of select="f:callout-marks(.)"/></a>
            </xsl:when>
            <xsl:otherwise><span class="callout"><xsl:value-of select="f:callout-marks(.)"/></span></xsl:otherwise>
          </xsl:choose>
        </dt>
        <dd><xsl:apply-templates/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <xsl:template match="db:calloutlist/db:title">
    <p class="list-title"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="db:callout/db:para | db:callout/db:simpara">
    <p class="plain"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></p>
  </xsl:template>

  <!-- ============================================================ inline code -->

  <xsl:template match="db:literal | db:code | db:command | db:option | db:prompt | db:varname | db:envar
      | db:function | db:parameter | db:returnvalue | db:classname | db:constant | db:type | db:systemitem
      | db:markup | db:errorname | db:errorcode | db:errortype | db:exceptionname | db:interfacename
      | db:methodname | db:property | db:symbol | db:token | db:filename">
    <code class="{local-name()}"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></code>
  </xsl:template>

  <xsl:template match="db:userinput">
    <kbd class="userinput"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></kbd>
  </xsl:template>

  <xsl:template match="db:computeroutput">
    <samp class="computeroutput"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></samp>
  </xsl:template>

  <xsl:template match="db:replaceable">
    <var class="replaceable"><xsl:call-template name="common-attributes"/><xsl:apply-templates/></var>
  </xsl:template>

  <xsl:template match="db:uri">
    <a class="uri" href="{normalize-space((@xlink:href, .)[1])}"><code><xsl:apply-templates/></code></a>
  </xsl:template>

  <xsl:template match="db:email">
    <a class="email" href="mailto:{normalize-space(.)}"><code><xsl:apply-templates/></code></a>
  </xsl:template>

  <xsl:template match="db:citerefentry">
    <code class="citerefentry">
      <xsl:call-template name="common-attributes"/>
      <xsl:apply-templates select="db:refentrytitle"/>
      <xsl:if test="db:manvolnum">(<xsl:apply-templates select="db:manvolnum"/>)</xsl:if>
    </code>
  </xsl:template>

  <xsl:template match="db:refentrytitle | db:manvolnum">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="db:tag">
    <code class="tag"><xsl:call-template name="common-attributes"/><xsl:value-of select="f:tag-text(.)"/></code>
  </xsl:template>
</xsl:stylesheet>
