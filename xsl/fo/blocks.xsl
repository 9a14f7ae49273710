<?xml version="1.0" encoding="UTF-8"?>
<!-- Paragraphs (and blocks inside them), block quotes, epigraphs, addresses, remarks, examples,
     equations and figures. Lists are in lists.xsl, admonitions and sidebars in admonitions.xsl. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:src="urn:hanzi:source"
    xmlns:m="http://hanzi.dev/ns/modes"
    exclude-result-prefixes="#all">

  <!-- Running text: the first-line indent of Chinese prose; paragraphs that are not running text
       (f:is-plain-para: in list items, cells, admonitions, steps...) have none. $lead is set
       before the first word (a formalpara's run-in title). -->
  <xsl:template match="db:para | db:simpara">
    <xsl:param name="lead" as="node()*" select="()"/>
    <xsl:variable name="plain" select="f:is-plain-para(.)"/>
    <xsl:choose>
      <xsl:when test="not(node()[f:is-block-in-para(.)])">
        <xsl:call-template name="para-block">
          <xsl:with-param name="plain" select="$plain"/>
          <xsl:with-param name="content" as="node()*">
            <xsl:sequence select="$lead"/>
            <xsl:apply-templates/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <!-- A list, a table, a note... inside the paragraph: the paragraph is set in pieces
             around it, as blocks; only the first piece takes the first-line indent, the text
             after the inner block continues the paragraph. -->
        <fo:block xsl:use-attribute-sets="para.split">
          <xsl:call-template name="id"/>
          <xsl:for-each-group select="node()" group-adjacent="f:is-block-in-para(.)">
            <xsl:variable name="first" select="position() = 1"/>
            <xsl:choose>
              <xsl:when test="current-grouping-key()">
                <xsl:if test="$first and exists($lead)">
                  <xsl:call-template name="para-block">
                    <xsl:with-param name="plain" select="$plain"/>
                    <xsl:with-param name="with-id" select="false()"/>
                    <xsl:with-param name="content" select="$lead"/>
                  </xsl:call-template>
                </xsl:if>
                <xsl:apply-templates select="current-group()"/>
              </xsl:when>
              <xsl:when test="$first and (exists($lead) or current-group()/self::* or normalize-space(string-join(current-group())))">
                <xsl:call-template name="para-block">
                  <xsl:with-param name="plain" select="$plain"/>
                  <xsl:with-param name="with-id" select="false()"/>
                  <xsl:with-param name="content" as="node()*">
                    <xsl:sequence select="$lead"/>
                    <xsl:apply-templates select="current-group()"/>
                  </xsl:with-param>
                </xsl:call-template>
              </xsl:when>
              <xsl:when test="not($first) and (current-group()/self::* or normalize-space(string-join(current-group())))">
                <fo:block xsl:use-attribute-sets="para__continued">
                  <xsl:apply-templates select="current-group()"/>
                </fo:block>
              </xsl:when>
            </xsl:choose>
          </xsl:for-each-group>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="para-block">
    <xsl:param name="plain" as="xs:boolean"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="with-id" as="xs:boolean" select="true()"/>
    <xsl:choose>
      <xsl:when test="$plain">
        <fo:block xsl:use-attribute-sets="para__plain">
          <xsl:if test="$with-id"><xsl:call-template name="id"/></xsl:if>
          <xsl:sequence select="$content"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="para">
          <xsl:if test="$with-id"><xsl:call-template name="id"/></xsl:if>
          <xsl:sequence select="$content"/>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A paragraph with a title run in: the title in bold, then the paragraph's text. -->
  <xsl:template match="db:formalpara">
    <fo:block>
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="db:para">
        <xsl:with-param name="lead" as="node()*">
          <fo:inline xsl:use-attribute-sets="formalpara.title"><xsl:apply-templates select="db:title/node()"/></fo:inline>
        </xsl:with-param>
      </xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <!-- The id, and the language of text in another language (a tagged PDF's Lang, which screen
       readers switch voices by). -->
  <xsl:template name="id">
    <!-- Where in the book this came from, for FOP's warnings (see SourceLocations.java). -->
    <xsl:copy-of select="@src:loc"/>
    <xsl:if test="@xml:id">
      <xsl:attribute name="id" select="@xml:id"/>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="xml:lang" select="@xml:lang"/>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ quotes and notes -->

  <xsl:template match="db:blockquote">
    <fo:block xsl:use-attribute-sets="blockquote">
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="db:title"/>
      <xsl:apply-templates select="* except (db:title | db:attribution)"/>
      <xsl:apply-templates select="db:attribution"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:blockquote/db:title">
    <fo:block xsl:use-attribute-sets="note.title"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="db:attribution">
    <fo:block xsl:use-attribute-sets="blockquote.attribution">
      <xsl:value-of select="f:gentext('attribution-dash')"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- An epigraph: a quotation set to the end of the line, its source under it. -->
  <xsl:template match="db:epigraph">
    <fo:block xsl:use-attribute-sets="epigraph">
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="* except (db:attribution | db:info)"/>
      <xsl:apply-templates select="db:attribution"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="db:epigraph/db:para | db:epigraph/db:simpara" priority="1">
    <fo:block xsl:use-attribute-sets="epigraph.para">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- An address keeps its lines: each line break of the source is one on the page (an empty
       block between inlines), the indentation of the source's lines is dropped. -->
  <xsl:template match="db:address">
    <fo:block xsl:use-attribute-sets="address">
      <xsl:call-template name="id"/>
      <xsl:apply-templates mode="m:address"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="*" mode="m:address">
    <xsl:apply-templates mode="m:address"/>
  </xsl:template>

  <xsl:template match="text()" mode="m:address">
    <xsl:variable name="address" select="ancestor::db:address[1]"/>
    <xsl:variable name="before" select="normalize-space(string-join($address//text()[. &lt;&lt; current()])) != ''"/>
    <xsl:variable name="after" select="normalize-space(string-join($address//text()[. &gt;&gt; current()])) != ''"/>
    <xsl:variable name="lines" select="tokenize(., '\s*\n\s*')"/>
    <xsl:for-each select="$lines">
      <xsl:variable name="i" select="position()"/>
      <xsl:sequence select="f:typeset-string(normalize-space(.), '', '')"/>
      <xsl:if test="$i lt count($lines)
          and ($before or normalize-space(string-join($lines[position() le $i])) != '')
          and ($after or normalize-space(string-join($lines[position() gt $i])) != '')">
        <fo:block/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- A remark is a note to the authors: left out of the book, shown highlighted in a draft. -->
  <xsl:template match="db:remark"/>

  <xsl:template match="db:remark[$draft]">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()]">
        <fo:inline xsl:use-attribute-sets="remark"><xsl:apply-templates/></fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="para__plain remark">
          <xsl:call-template name="id"/>
          <xsl:apply-templates/>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ examples and equations -->

  <!-- An example, numbered like figures and tables (例 1-1), its caption above it. -->
  <xsl:template match="db:example | db:informalexample">
    <fo:block xsl:use-attribute-sets="example">
      <xsl:copy-of select="@src:loc"/>
      <xsl:attribute name="id" select="f:id(.)"/>
      <xsl:if test="self::db:example">
        <fo:block xsl:use-attribute-sets="example.title">
          <fo:inline xsl:use-attribute-sets="caption.label"><xsl:sequence select="f:typeset-string(f:formal-label(.), '', '')"/></fo:inline>
          <xsl:apply-templates select="db:title/node()"/>
        </fo:block>
      </xsl:if>
      <xsl:apply-templates select="* except (db:title | db:titleabbrev | db:info | db:caption)"/>
      <xsl:apply-templates select="db:caption/*"/>
    </fo:block>
  </xsl:template>

  <!-- An equation: centred, its number (1-1) at the end of the line (the list's label spans the
       measure, set to its end; the body stands in from both sides). An informal one is only
       centred. Its content is an image or a mathphrase set as text. -->
  <xsl:template match="db:equation | db:informalequation">
    <fo:list-block xsl:use-attribute-sets="equation">
      <xsl:copy-of select="@src:loc"/>
      <xsl:attribute name="id" select="f:id(.)"/>
      <fo:list-item>
        <fo:list-item-label xsl:use-attribute-sets="equation.label">
          <fo:block xsl:use-attribute-sets="equation.number">
            <xsl:if test="self::db:equation">
              <xsl:sequence select="f:typeset-string(f:formal-label(.), '', '')"/>
            </xsl:if>
          </fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block xsl:use-attribute-sets="equation.body">
            <xsl:apply-templates select="db:mediaobject | db:mathphrase"/>
          </fo:block>
          <xsl:if test="db:title">
            <fo:block xsl:use-attribute-sets="caption equation.body"><xsl:apply-templates select="db:title/node()"/></fo:block>
          </xsl:if>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="db:mathphrase">
    <fo:block xsl:use-attribute-sets="mathphrase">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ figures -->

  <xsl:template match="db:figure | db:informalfigure">
    <fo:block xsl:use-attribute-sets="figure">
      <xsl:copy-of select="@src:loc"/>
      <xsl:attribute name="id" select="f:id(.)"/>
      <xsl:apply-templates select="db:mediaobject"/>
      <xsl:if test="self::db:figure">
        <fo:block xsl:use-attribute-sets="caption">
          <fo:inline xsl:use-attribute-sets="caption.label"><xsl:sequence select="f:typeset-string(f:formal-label(.), '', '')"/></fo:inline>
          <xsl:apply-templates select="db:title/node()"/>
        </fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!--
    An image, sized as DocBook's imagedata asks (the model DocBook XSL implements): width and depth
    are the viewport, the room the image is given; contentwidth, contentdepth and scale size the
    image itself (a bare number is pixels, FOP's: 72 to the inch); scalefit="1" scales the image,
    uniformly, to the viewport, and is what a viewport alone means (scalefit unset, no content
    size). An image with none of them stands at its own size, scaled down to the measure if it is
    wider; so does one in a viewport with scalefit="0", scaled down to the viewport rather than cut
    off. align places the image in the line and in its viewport (centred unless it says
    otherwise). A figure once kept every image at its own size: 「width="6cm"」 printed a 420-pixel
    diagram 14.8 cm wide.
  -->
  <xsl:template match="db:mediaobject">
    <xsl:variable name="imagedata" select="db:imageobject[1]/db:imagedata"/>
    <!-- (A size that is no length, width="wide", is no size.) -->
    <xsl:variable name="viewport" as="xs:boolean" select="($imagedata/@width, $imagedata/@depth)!f:image-length(.) != 'auto'"/>
    <xsl:variable name="scale" as="xs:string?" select="$imagedata/@scale!f:image-scale(.)[. ne 'auto']"/>
    <xsl:variable name="content" as="xs:boolean" select="($imagedata/@contentwidth, $imagedata/@contentdepth)!f:image-length(.) != 'auto'
        or exists($scale)"/>
    <xsl:variable name="scalefit" as="xs:boolean" select="if ($imagedata/@scalefit) then $imagedata/@scalefit = '1'
        else $viewport and not($content)"/>
    <xsl:variable name="align" select="($imagedata/@align[. = ('left', 'right', 'center')]/(if (. = 'left') then 'start'
        else if (. = 'right') then 'end' else 'center'), 'center')[1]"/>
    <fo:block text-align="{$align}">
      <xsl:copy-of select="$imagedata/@src:loc"/>
      <fo:external-graphic src="url('{resolve-uri($imagedata/@fileref, base-uri($imagedata))}')"
          xsl:use-attribute-sets="figure.image" text-align="{$align}">
        <xsl:choose>
          <xsl:when test="$content">
            <xsl:attribute name="content-width" select="if (exists($scale)) then $scale else f:image-length($imagedata/@contentwidth)"/>
            <xsl:attribute name="content-height" select="if (exists($scale)) then $scale else f:image-length($imagedata/@contentdepth)"/>
          </xsl:when>
          <xsl:when test="$scalefit">
            <xsl:attribute name="content-width" select="'scale-to-fit'"/>
            <xsl:attribute name="content-height" select="if ($imagedata/@depth) then 'scale-to-fit' else 'auto'"/>
          </xsl:when>
        </xsl:choose>
        <xsl:if test="$viewport">
          <xsl:attribute name="width" select="f:image-length($imagedata/@width)"/>
          <xsl:attribute name="height" select="f:image-length($imagedata/@depth)"/>
        </xsl:if>
        <xsl:if test="db:textobject">
          <xsl:attribute name="fox:alt-text" namespace="http://xmlgraphics.apache.org/fop/extensions"
              select="normalize-space(db:textobject)"/>
        </xsl:if>
      </fo:external-graphic>
    </fo:block>
  </xsl:template>

  <!-- A length of imagedata as XSL-FO writes it: DocBook's bare number is pixels; none, or one
       that is no length, leaves the size to the image (auto). -->
  <xsl:function name="f:image-length" as="xs:string">
    <xsl:param name="length" as="attribute()?"/>
    <xsl:variable name="value" select="normalize-space($length)"/>
    <xsl:sequence select="if (matches($value, '^[0-9]+(\.[0-9]+)?$')) then $value || 'px'
        else if (matches($value, '^[0-9]+(\.[0-9]+)?(cm|mm|in|pt|pc|px|em|%)$')) then $value
        else 'auto'"/>
  </xsl:function>

  <!-- imagedata's scale, a percentage of the image's own size (written with its % or without). -->
  <xsl:function name="f:image-scale" as="xs:string">
    <xsl:param name="scale" as="attribute()"/>
    <xsl:variable name="value" select="replace(normalize-space($scale), '%$', '')"/>
    <xsl:sequence select="if (matches($value, '^[0-9]+(\.[0-9]+)?$')) then $value || '%' else 'auto'"/>
  </xsl:function>
</xsl:stylesheet>
