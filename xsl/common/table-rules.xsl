<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which rules a table has, for the PDF and the EPUB alike. A Chinese book's table is by default a
  three-line table (三线表): a thick rule above it, a thin one under its head, a thick one below
  it, and no other (no vertical rules, none between body rows). An author who writes CALS's
  frame, rowsep or colsep gets the rules asked for, with CALS's inheritance: a cell's rowsep is
  its own, else its row's, its column's (colspec), its tgroup's, its table's; colsep the same
  without the row. Unlike CALS, where a missing rowsep or colsep means 1, a missing one here
  means none: that is the three-line table. The frame draws the table's outside, so the last row
  has no rowsep rule and the last column no colsep rule; the head's rule is drawn always.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:db="http://docbook.org/ns/docbook"
    xmlns:f="http://hanzi.dev/ns/functions"
    exclude-result-prefixes="#all">

  <!-- The sides of the table's frame: CALS's values and HTML's, none given = top and bottom. -->
  <xsl:function name="f:table-frame" as="xs:string*">
    <xsl:param name="table" as="element()"/>
    <xsl:variable name="frame" select="string(($table/@frame, 'topbot')[1])"/>
    <xsl:sequence select="map{
        'all': ('top', 'bottom', 'left', 'right'), 'box': ('top', 'bottom', 'left', 'right'),
        'border': ('top', 'bottom', 'left', 'right'),
        'topbot': ('top', 'bottom'), 'hsides': ('top', 'bottom'),
        'top': 'top', 'above': 'top', 'bottom': 'bottom', 'below': 'bottom',
        'sides': ('left', 'right'), 'vsides': ('left', 'right'), 'lhs': 'left', 'rhs': 'right',
        'none': (), 'void': ()}($frame)"/>
  </xsl:function>

  <!-- The column an entry starts in: named, else after the entry before it (rows that a cell
       above spans into are not counted: name the columns of such a row). -->
  <xsl:function name="f:entry-column" as="xs:integer">
    <xsl:param name="entry" as="element(db:entry)"/>
    <xsl:variable name="tgroup" select="$entry/ancestor::db:tgroup[1]"/>
    <xsl:variable name="previous" select="$entry/preceding-sibling::db:entry[1]"/>
    <xsl:sequence select="
        if ($entry/(@colname, @namest)) then f:column-number(($entry/@namest, $entry/@colname)[1], $tgroup)
        else if ($previous) then f:entry-column($previous) + f:entry-columns($previous)
        else 1"/>
  </xsl:function>

  <!-- An inherited flag (rowsep, colsep): the first of the places that gives it. -->
  <xsl:function name="f:table-flag" as="xs:boolean">
    <xsl:param name="entry" as="element(db:entry)"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="tgroup" select="$entry/ancestor::db:tgroup[1]"/>
    <xsl:variable name="colspec" select="f:colspec(f:entry-column($entry), $tgroup)"/>
    <xsl:variable name="places" select="($entry, if ($name = 'rowsep') then $entry/.. else (), $colspec, $tgroup, $tgroup/..)"/>
    <xsl:variable name="value" select="(for $place in $places return $place/@*[local-name() = $name])[1]"/>
    <xsl:sequence select="normalize-space($value) = '1'"/>
  </xsl:function>

  <!-- The rule under the head: under the last row of thead, and under a cell that reaches it. -->
  <xsl:function name="f:entry-head-rule" as="xs:boolean">
    <xsl:param name="entry" as="element(db:entry)"/>
    <xsl:variable name="row" select="$entry/.."/>
    <xsl:sequence select="exists($row/parent::db:thead) and
        count($row/preceding-sibling::db:row) + 1 + xs:integer(($entry/@morerows, 0)[1]) ge count($row/../db:row)"/>
  </xsl:function>

  <!-- A rule under the cell: its rowsep, unless it reaches the table's last row (the frame's). -->
  <xsl:function name="f:entry-rowsep" as="xs:boolean">
    <xsl:param name="entry" as="element(db:entry)"/>
    <xsl:variable name="row" select="$entry/.."/>
    <xsl:variable name="last" select="$row/parent::db:tbody and
        count($row/preceding-sibling::db:row) + 1 + xs:integer(($entry/@morerows, 0)[1]) ge count($row/../db:row)"/>
    <xsl:sequence select="not($last) and not(f:entry-head-rule($entry)) and f:table-flag($entry, 'rowsep')"/>
  </xsl:function>

  <!-- A rule after the cell: its colsep, unless it reaches the last column (the frame's). -->
  <xsl:function name="f:entry-colsep" as="xs:boolean">
    <xsl:param name="entry" as="element(db:entry)"/>
    <xsl:variable name="cols" select="xs:integer($entry/ancestor::db:tgroup[1]/@cols)"/>
    <xsl:sequence select="f:entry-column($entry) + f:entry-columns($entry) - 1 lt $cols and f:table-flag($entry, 'colsep')"/>
  </xsl:function>
</xsl:stylesheet>
