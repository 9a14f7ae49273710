<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the generic fallback of both outputs (fo/fallback.xsl, epub/fallback.xsl) decides alike:
  whether an element that no template renders in its own way is set as a block or an inline, and
  which elements are metadata, not text. The DocBook 5.1 schema says where an element may stand:
  its inlines (db.all.inlines) are inline wherever they are; any other element is inline where it
  stands among words (its parent has text of its own) or inside an inline, and a block otherwise.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- The inline elements of DocBook 5.1 (the elements of db.all.inlines in docbook.rng), and
       the few whose content is inline only (a math phrase, a line annotation). -->
  <xsl:variable name="f:inline-elements" as="xs:string*" select="(
      'abbrev', 'accel', 'acronym', 'alt', 'anchor', 'annotation', 'application', 'author', 'biblioref',
      'citation', 'citebiblioid', 'citerefentry', 'citetitle', 'classname', 'code', 'command',
      'computeroutput', 'constant', 'coref', 'database', 'date', 'editor', 'email', 'emphasis', 'envar',
      'errorcode', 'errorname', 'errortext', 'errortype', 'exceptionname', 'filename', 'firstterm',
      'footnote', 'footnoteref', 'foreignphrase', 'function', 'glossterm', 'guibutton', 'guiicon',
      'guilabel', 'guimenu', 'guimenuitem', 'guisubmenu', 'hardware', 'indexterm', 'initializer',
      'inlineequation', 'inlinemediaobject', 'interfacename', 'jobtitle', 'keycap', 'keycode',
      'keycombo', 'keysym', 'link', 'literal', 'markup', 'menuchoice', 'methodname', 'modifier',
      'mousebutton', 'nonterminal', 'olink', 'ooclass', 'ooexception', 'oointerface', 'option',
      'optional', 'org', 'orgname', 'package', 'parameter', 'person', 'personname', 'phrase',
      'productname', 'productnumber', 'prompt', 'property', 'quote', 'remark', 'replaceable',
      'returnvalue', 'shortcut', 'subscript', 'superscript', 'symbol', 'systemitem', 'tag', 'termdef',
      'token', 'trademark', 'type', 'uri', 'userinput', 'varname', 'wordasword', 'xref',
      'mathphrase', 'lineannotation', 'firstname', 'surname', 'givenname', 'othername', 'honorific',
      'lineage', 'refentrytitle', 'manvolnum')"/>

  <!-- Not text: what a reader of the page never reads (index entries, remarks, alternative
       texts, abbreviated titles, metadata). The fallback publishes none of it. -->
  <xsl:variable name="f:metadata-elements" as="xs:string*" select="(
      'remark', 'indexterm', 'alt', 'titleabbrev', 'info', 'annotation', 'biblioid', 'cover',
      'keywordset', 'subjectset', 'revhistory')"/>

  <!-- Whether the fallback sets this element as an inline. -->
  <xsl:function name="f:fallback-inline" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="local-name($element) = $f:inline-elements
        or exists($element/../text()[normalize-space()])
        or $element/parent::*[self::db:para or self::db:simpara or self::db:title or self::db:subtitle
            or self::db:term or local-name() = $f:inline-elements]"/>
  </xsl:function>

  <!-- The metadata among an element's children. -->
  <xsl:function name="f:fallback-metadata" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node instance of element() and namespace-uri($node) = 'http://docbook.org/ns/docbook'
        and local-name($node) = $f:metadata-elements"/>
  </xsl:function>
</xsl:stylesheet>
