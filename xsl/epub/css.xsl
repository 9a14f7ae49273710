<?xml version="1.0" encoding="UTF-8"?>
<!--
  The EPUB's style sheet, book.css, written from the theme (common/theme.xml): its colours, its
  fonts and every size the PDF shares come from there, with the EPUB's value where the two differ.
  Sizes only the EPUB has (its heading sizes, the title page, the body's margins) are written
  here: this module is the EPUB's rendering of the theme. The content documents link it as
  css/book.css; the manifest names it for the packager.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="http://hanzi.dev/ns/functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- Resolved against this module, so that it is found inside the publisher's jar as well. -->
  <xsl:variable name="f:css-theme" as="document-node()"
      select="doc(resolve-uri('../common/theme.xml', static-base-uri()))"/>

  <!-- Every named entry, by name; a name written twice stops the build. -->
  <xsl:variable name="f:css-theme-entries" as="map(xs:string, element())"
      select="map:merge($f:css-theme/theme//*[@name] ! map{string(@name): .}, map{'duplicates': 'reject'})"/>

  <xsl:function name="f:css-entry" as="element()">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="entry" select="$f:css-theme-entries($name)"/>
    <xsl:if test="empty($entry)">
      <xsl:message terminate="yes" error-code="f:theme">common/theme.xml has no entry named '<xsl:value-of select="$name"/>'</xsl:message>
    </xsl:if>
    <xsl:sequence select="$entry"/>
  </xsl:function>

  <!-- The EPUB's value of a size or ratio, as written: its epub value, else the shared one. -->
  <xsl:function name="f:css" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="entry" select="f:css-entry($name)"/>
    <xsl:if test="empty($entry/(@epub, @value))">
      <xsl:message terminate="yes" error-code="f:theme">common/theme.xml: '<xsl:value-of select="$name"/>' has no value for the EPUB</xsl:message>
    </xsl:if>
    <xsl:sequence select="string(($entry/@epub, $entry/@value)[1])"/>
  </xsl:function>

  <!-- A colour on screen. -->
  <xsl:function name="f:css-colour" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="colour" select="f:css-entry($name)"/>
    <xsl:if test="empty($colour/@screen)">
      <xsl:message terminate="yes" error-code="f:theme">common/theme.xml: colour '<xsl:value-of select="$name"/>' has no screen value</xsl:message>
    </xsl:if>
    <xsl:sequence select="string($colour/@screen)"/>
  </xsl:function>

  <!-- CSS's generic families, written without quotes. -->
  <xsl:variable name="f:generic-families" as="xs:string+"
      select="('serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui')"/>

  <!-- A font list as a font-family value: the family of its font's role first, then the list;
       four names to a line. -->
  <xsl:function name="f:css-font-list" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="list" select="f:css-entry($name)"/>
    <xsl:variable name="family" select="$f:css-theme/theme/fonts/font[@role = $list/@font]/@family"/>
    <xsl:if test="empty($family)">
      <xsl:message terminate="yes" error-code="f:theme">common/theme.xml: the font list '<xsl:value-of select="$name"/>' names no font of the theme</xsl:message>
    </xsl:if>
    <xsl:variable name="families" as="xs:string+" select="(string($family), tokenize(normalize-space($list), '\s*,\s*'))"/>
    <xsl:variable name="written" select="$families ! (if (. = $f:generic-families) then . else '&quot;' || . || '&quot;')"/>
    <xsl:sequence select="string-join(for $i in 1 to count($written) return
        $written[$i] || (if ($i = count($written)) then '' else if ($i mod 4 = 0) then ',&#10;    ' else ', '))"/>
  </xsl:function>

  <xsl:template name="css">
    <xsl:result-document href="book.css" method="text" encoding="UTF-8">
      <xsl:text expand-text="yes">/* Reading Chinese on a small screen. Only fonts the reader's device has: nothing is embedded. */

@namespace epub "http://www.idpf.org/2007/ops";

html {{
  font-family: {f:css-font-list('serif-list')};
  line-height: {f:css('line-height')};
  -webkit-text-size-adjust: 100%;
}}

body {{
  margin: 0 1em;
  text-align: justify;
  /* Chinese line-breaking rules (禁则), where the reading system supports them. */
  line-break: strict;
  word-break: normal;
  overflow-wrap: break-word;
}}

/* The typesetting the PDF does by hand, where the reading system can do it: a quarter em between
   Han and Latin, compressed adjacent punctuation, punctuation hanging at the line end. */
@supports (text-autospace: normal) {{
  body {{ text-autospace: normal; }}
}}
@supports (text-spacing-trim: normal) {{
  body {{ text-spacing-trim: normal; }}
}}
@supports (hanging-punctuation: allow-end) {{
  body {{ hanging-punctuation: allow-end; }}
}}

h1, h2, h3, h4, .division-label, figcaption, caption, .note-title, .list-title,
.book-title, .book-subtitle, .book-publisher, th {{
  font-family: {f:css-font-list('sans-list')};
  text-align: start;
  -webkit-hyphens: none;
  hyphens: none;
}}

/* A heading never ends with a lone character (the markup keeps its last two together). */
h1, h2, h3, h4, .division-label {{ text-wrap: balance; }}
.keep-together {{ white-space: nowrap; }}
h1 {{ font-size: 1.6em; line-height: {f:css('heading-line-height')}; margin: 2em 0 1.5em; text-align: center; }}
h2 {{ font-size: 1.3em; line-height: {f:css('heading-line-height')}; margin: {f:css('section1-space-before')} 0 {f:css('section1-space-after')}; }}
h3 {{ font-size: 1.15em; line-height: {f:css('heading-line-height')}; margin: {f:css('section2-space-before')} 0 {f:css('section2-space-after')}; }}
h4 {{ font-size: 1em; line-height: {f:css('heading-line-height')}; margin: {f:css('section3-space-before')} 0 {f:css('section3-space-after')}; }}
h1, h2, h3, h4 {{ page-break-after: avoid; break-after: avoid; }}

.division-label {{ text-align: center; color: {f:css-colour('accent')}; margin: 3em 0 0; font-size: 1.1em; }}
.division-label + h1 {{ margin-top: 0.5em; }}
.subtitle {{ text-align: center; text-indent: 0; margin: -1em 0 1.5em; }}

p {{ margin: 0; text-indent: {f:css('para-indent')}; orphans: {f:css('orphans')}; widows: {f:css('widows')}; }}
p.plain, li p, td p, th p, aside p, figcaption, .attribution, .titlepage p, .copyright-page p {{ text-indent: 0; }}

em {{ font-style: normal; font-weight: bold; }}
strong {{ font-weight: bold; font-family: {f:css-font-list('strong-list')}; }}
cite {{ font-style: italic; }}
sup, sub {{ font-size: {f:css('script-size')}; line-height: 0; }}
a {{ color: inherit; text-decoration: none; border-bottom: 1px solid {f:css-colour('link-underline')}; }}

/* Code (issue 15): the reader's monospaced font, with a Chinese one after it; the author's lines
   and spaces, wrapped rather than cut off at the screen's edge; none of the running text's
   spacing inside. */
code, kbd, samp, pre {{
  font-family: {f:css-font-list('mono-list')};
  text-autospace: no-autospace;
  -webkit-hyphens: none;
  hyphens: none;
  text-indent: 0;
}}
pre {{
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  text-align: start;
  font-size: {f:css('code-size')};
  line-height: {f:css('code-line-height')};
  margin: {f:css('code-space')} 0;
  padding: {f:css('code-padding')};
  border: {f:css('code-rule-width')} solid {f:css-colour('code-rule')};
  background: {f:css-colour('code-background')};
}}
pre code {{ font-size: 1em; }}
/* A long word of inline code (ServiceName_enable="YES") breaks where it would overflow a narrow
   screen, as the PDF breaks it between its parts. */
code, kbd, samp {{ overflow-wrap: break-word; }}
kbd.userinput {{ font-weight: bold; }}
var.replaceable {{ font-style: italic; color: {f:css-colour('code-mark')}; }}
.callout {{ font-family: {f:css-font-list('mono-list')}; color: {f:css-colour('code-mark')}; border: none; }}
dl.calloutlist dt {{ float: left; clear: left; }}
dl.calloutlist dd {{ margin: 0 0 {f:css('list-item-space')} {f:css('list-indent')}; }}
.literallayout {{ white-space: pre-wrap; text-indent: 0; margin: {f:css('code-space')} 0; }}
kbd.keycap {{ font-family: {f:css-font-list('sans-list')}; border: {f:css('code-rule-width')} solid {f:css-colour('code-rule')}; padding: 0 0.15em; }}
kbd.keycombo {{ font-family: inherit; }}
.gui, .application, .package, .productname {{ font-family: {f:css-font-list('sans-list')}; }}
dfn.firstterm {{ font-style: normal; font-weight: bold; font-family: {f:css-font-list('strong-list')}; }}
em.glossterm {{ font-style: normal; font-weight: bold; }}
img.inline {{ height: 1em; width: auto; vertical-align: middle; }}

ul, ol {{ margin: {f:css('list-space')} 0 {f:css('list-space')} {f:css('list-indent')}; padding: 0; }}
li {{ margin: {f:css('list-item-space')} 0; }}
blockquote {{ margin: {f:css('blockquote-space')} {f:css('blockquote-indent')}; font-size: {f:css('blockquote-size')}; }}
.attribution {{ text-align: right; }}
aside.note {{ margin: {f:css('note-space')} 0; padding: {f:css('note-padding')}; border-left: {f:css('note-rule')} solid {f:css-colour('accent')}; background: {f:css-colour('note')}; }}
.note-title {{ font-weight: bold; color: {f:css-colour('accent')}; text-indent: 0; }}

figure {{ margin: {f:css('figure-space')} 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }}
figure img {{ max-width: 100%; height: auto; }}
figcaption, caption {{ font-size: {f:css('caption-size')}; margin: {f:css('caption-space')} 0; text-align: center; }}
.caption-label {{ font-weight: bold; }}

div.table {{ overflow-x: auto; margin: 0.8em 0; }}
/* A three-line table (三线表): thick rules above and below, a thin one under the head, none
   between rows or columns; an author's frame, rowsep and colsep are classes (tables.xsl). */
table {{ border-collapse: collapse; font-size: {f:css('table-size')}; margin: 0 auto; border-top: {f:css('table-rule-width')} solid {f:css-colour('table-rule')}; border-bottom: {f:css('table-rule-width')} solid {f:css-colour('table-rule')}; }}
table.framed {{ border-top: none; border-bottom: none; }}
table.frame-top {{ border-top: {f:css('table-rule-width')} solid {f:css-colour('table-rule')}; }}
table.frame-bottom {{ border-bottom: {f:css('table-rule-width')} solid {f:css-colour('table-rule')}; }}
table.frame-left {{ border-left: {f:css('table-head-rule-width')} solid {f:css-colour('table-rule')}; }}
table.frame-right {{ border-right: {f:css('table-head-rule-width')} solid {f:css-colour('table-rule')}; }}
/* Chinese cells may break between any two characters: without a floor (min-width) a narrow
   column stacks its characters one per line. */
th, td {{ min-width: 3em; padding: {f:css('cell-padding')} 0.5em; vertical-align: top; text-align: left; }}
th.head-rule, td.head-rule {{ border-bottom: {f:css('table-head-rule-width')} solid {f:css-colour('table-rule')}; }}
th.rowsep, td.rowsep {{ border-bottom: {f:css('cell-rule-width')} solid {f:css-colour('cell-rule')}; }}
th.colsep, td.colsep {{ border-right: {f:css('cell-rule-width')} solid {f:css-colour('cell-rule')}; }}
.align-center {{ text-align: center; }}
.align-right {{ text-align: right; }}
.align-justify {{ text-align: justify; }}
.valign-middle {{ vertical-align: middle; }}
.valign-bottom {{ vertical-align: bottom; }}

a.noteref {{ font-size: {f:css('script-size')}; vertical-align: super; line-height: 0; border: none; }}
/* Notes are short and full of URLs: justified, their lines would be spread; ragged-right. */
section.footnotes, section.footnotes p, aside[epub|type~="footnote"] p {{ text-align: start; }}
section.footnotes {{ margin-top: 2em; border-top: 1px solid {f:css-colour('section-rule')}; padding-top: 0.5em; font-size: {f:css('footnote-size')}; }}
aside[epub|type~="footnote"] {{ margin: 0.3em 0; }}
a.note-number {{ border: none; font-weight: bold; }}

.cover {{ margin: 0; padding: 0; text-align: center; }}
.cover img {{ max-width: 100%; max-height: 100vh; }}
.titlepage {{ text-align: center; margin-top: 20%; }}
.titlepage h1, .titlepage p {{ text-align: center; }}
.book-title {{ font-size: 1.8em; }}
.book-subtitle {{ font-size: 1.2em; margin-top: 1em; }}
.book-author {{ margin-top: 3em; }}
.book-publisher {{ margin-top: 6em; }}
.copyright-page {{ font-size: {f:css('copyright-size')}; }}
.copyright-page h2 {{ font-size: 1em; border-bottom: 1px solid {f:css-colour('section-rule')}; text-align: start; }}
.copyright-page dt {{ float: left; clear: left; }}
.copyright-page dt::after {{ content: "："; }}
.copyright-page dd {{ margin: 0 0 0.2em 4em; }}
.copyright-page .cip {{ border: 1px solid {f:css-colour('section-rule')}; padding: 0.5em; margin-bottom: 1.5em; }}
.copyright-page .cip p {{ margin: 0.2em 0; }}

/* Structure (issue 15): deeper headings, parts, glossaries, an article's title block, the
   revision history. */
h5, h6 {{ font-family: {f:css-font-list('sans-list')}; font-size: 1em; line-height: {f:css('heading-line-height')}; margin: {f:css('section4-space-before')} 0 {f:css('section4-space-after')}; page-break-after: avoid; break-after: avoid; }}
h6.deep {{ font-family: inherit; }}
.section-number {{ margin-right: 0.5em; }}
.book-author + .book-author {{ margin-top: 0.3em; }}
section.part {{ text-align: center; }}
section.part header {{ margin-top: {f:css('part-space-before')}; }}
section.part .partintro {{ text-align: start; margin-top: 3em; }}
dl.glossary {{ margin: 0; }}
dl.glossary dt {{ font-family: {f:css-font-list('strong-list')}; font-weight: bold; margin-top: {f:css('glossentry-space')}; }}
dl.glossary dd {{ margin: 0 0 0 {f:css('glossdef-indent')}; }}
/* The index (epub/index.xsl): entries without bullets, turned lines and next levels standing in. */
section.index ul.index-entries {{ list-style: none; margin: 0; padding: 0; }}
section.index li.index-entry {{ margin: 0 0 0 {f:css('index-level-indent')}; text-indent: -{f:css('index-level-indent')}; }}
section.index li.index-entry ul.index-entries {{ text-indent: 0; }}
section.index .index-letter h2, section.index .index-letter h3 {{ margin-top: {f:css('index-letter-space')}; }}
section.index .index-preferred {{ font-weight: bold; }}
section.index .index-secondaryie, section.index .index-tertiaryie {{ display: block; margin-left: {f:css('index-level-indent')}; }}
.article-title {{ text-align: center; }}
.article-title .subtitle {{ margin: 0 0 1em; }}
.article-author {{ margin: 0.8em 0; }}
.article-author p {{ text-align: center; text-indent: 0; }}
.affiliation {{ font-size: {f:css('article-info-size')}; }}
.abstract, .article-info {{ font-size: {f:css('article-info-size')}; margin: 1.2em 2em; }}
.abstract h2 {{ font-size: 1em; margin: 0 0 0.3em; }}
.article-info dt {{ float: left; clear: left; }}
.article-info dt::after {{ content: "："; }}
.article-info dd {{ margin: 0 0 0.2em 5em; }}
.article-info p {{ text-indent: 0; }}
table.revhistory {{ width: 100%; margin: 0.8em 0; }}

p.list-title {{ text-indent: 0; font-weight: bold; margin-top: {f:css('list-title-space')}; }}
p.blockquote-title {{ text-indent: 0; font-weight: bold; }}

/* Blocks of issue 15. Bullets that no reader takes for punctuation: ●, ○, ■ by level. */
ul.bullet-1 {{ list-style-type: disc; }}
ul.bullet-2 {{ list-style-type: circle; }}
ul.bullet-3 {{ list-style-type: square; }}
/* The text after a list or a table inside a paragraph continues it: no new indent. */
p.continued, p.lead, dd p, .qandaentry p, .epigraph p, .example p, .informalexample p {{ text-indent: 0; }}
.formalpara-title {{ margin-right: 1em; }}
dl.variablelist {{ margin: {f:css('list-space')} 0; }}
dl.variablelist dt {{ font-weight: bold; margin-top: {f:css('list-item-space')}; page-break-after: avoid; break-after: avoid; }}
dl.variablelist dd {{ margin: 0 0 0 {f:css('definition-indent')}; }}
ul.simplelist {{ list-style: none; margin-left: {f:css('list-indent')}; }}
table.simplelist {{ border: none; margin: {f:css('list-space')} 0 {f:css('list-space')} {f:css('list-indent')}; font-size: 1em; }}
table.simplelist td {{ border: none; padding: 0 1em 0 0; }}
.procedure-title, .qandaset-title, .qandadiv-title, .sidebar-title, .admonition-title, .example-title, .step-title {{
  font-family: {f:css-font-list('sans-list')};
  font-weight: bold;
  text-indent: 0;
  page-break-after: avoid;
  break-after: avoid;
}}
.procedure-title, .qandaset-title, .qandadiv-title {{ margin-top: {f:css('list-title-space')}; }}
ol.steps {{ margin-left: {f:css('list-indent')}; }}
ul.stepalternatives {{ list-style-type: disc; }}
aside.admonition {{ margin: {xs:double(f:css('block-space')) * xs:double(f:css('line-height'))}em 0; padding: {f:css('box-padding')}; border-left: {f:css('note-rule')} solid {f:css-colour('accent')}; background: {f:css-colour('note')}; }}
aside.caution, aside.warning {{ border: {f:css('frame-rule')} solid {f:css-colour('accent')}; border-left-width: {f:css('note-rule')}; }}
.admonition-title {{ color: {f:css-colour('accent')}; }}
aside.sidebar {{ margin: {xs:double(f:css('block-space')) * xs:double(f:css('line-height'))}em 0; padding: {f:css('box-padding')}; border: {f:css('frame-rule')} solid {f:css-colour('rule')}; }}
div.example, div.informalexample {{ margin: {xs:double(f:css('block-space')) * xs:double(f:css('line-height'))}em 0; border-bottom: {f:css('frame-rule')} solid {f:css-colour('rule')}; }}
.example-title {{ font-size: {f:css('caption-size')}; border-bottom: {f:css('frame-rule')} solid {f:css-colour('rule')}; }}
div.equation, div.informalequation {{ display: flex; align-items: center; margin: {xs:double(f:css('block-space')) * xs:double(f:css('line-height'))}em 0; }}
.equation-body {{ flex: 1; text-align: center; margin: 0 0 0 {f:css('equation-indent')}; }}
.informalequation .equation-body {{ margin: 0 {f:css('equation-indent')}; }}
.equation-body p {{ text-indent: 0; text-align: center; }}
.equation-title {{ font-size: {f:css('caption-size')}; }}
.equation-number {{ white-space: nowrap; width: {f:css('equation-indent')}; text-align: right; }}
blockquote.epigraph {{ margin: 0 0 {xs:double(f:css('block-space')) * xs:double(f:css('line-height'))}em {f:css('epigraph-indent')}; }}
.epigraph p {{ text-align: right; }}
p.address {{ text-indent: 0; text-align: left; margin: {f:css('list-space')} 0; }}
.qanda-label {{ font-family: {f:css-font-list('sans-list')}; }}
.question p {{ font-weight: bold; }}
.remark {{ background: {f:css-colour('remark')}; }}

/* References: the [n] label hangs before the entry's text (as wide as four characters of it). */
ol.bibliography {{ list-style: none; margin: 0; padding: 0; }}
ol.bibliography li {{ margin: {f:css('bibliography-entry-space')} 0 0 2.5em; text-indent: -2.5em; text-align: start; overflow-wrap: anywhere; }}
.bibliography-label {{ display: inline-block; min-width: 2.5em; text-indent: 0; }}
sup.citation {{ font-size: {f:css('script-size')}; line-height: 0; }}
sup.citation a {{ border: none; }}

nav ol {{ list-style: none; margin-left: 0; }}
nav ol ol {{ margin-left: {f:css('toc-indent')}; }}
nav a {{ border: none; }}
</xsl:text>
    </xsl:result-document>
  </xsl:template>
</xsl:stylesheet>
