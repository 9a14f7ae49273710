#!/usr/bin/env bash
# bench/typesetting.sh — our Chinese grid beside DocBook XSL + FOP's, xeCJK's and Typst's, on the same text.
# Not part of `mvn test`/`mvn verify`.
#
#   bench/typesetting.sh        # from any folder; about 2 minutes
#
# Takes the running paragraphs of three of our books (the report, the test book, the technical
# book) from their EPUBs, as plain text a reader sees (notes, lists, tables and boxes left out),
# and sets them four times on the same page, measure, body size and font (Noto Serif CJK SC):
#   - by us (target/publisher.jar), from a DocBook file of those paragraphs;
#   - by DocBook XSL 1.79.1 (fo/docbook.xsl, the same DocBook file) and FOP 2.11 (the same
#     fonts), with a first-line indent of 2 em;
#   - by xelatex with xeCJK (pandoc's engine for Chinese), xeCJK's defaults;
#   - by Typst, its defaults for lang "zh".
# Then measures the four PDFs as TypesettingIT measures ours (bench/src/GridComparison.java with
# the tests' Typesetting): full lines flush with the measure, those of them on the grid (issue 13: the median advance between
# adjacent Han characters at most 0.03 em past 1 em), the worst line, and how many lone marks
# between two Han characters were pinched below their full em to make a line fit (issue 13 forbids
# it). Writes bench/TYPESETTING.md; work files in bench/target/typesetting.
#
# Needs Java 17 and Maven (target/publisher.jar and target/test-classes are built when missing;
# DocBook XSL is fetched from Maven Central once, as bench/run.sh fetches it, into the same folder).
# Uses when present, and says so when not: xelatex with xeCJK (Debian: texlive-xetex
# texlive-lang-chinese); node and npm, with which it installs Typst into bench/target/typst from
# the npm registry (@myriaddreamin/typst-ts-node-compiler, which embeds the Typst compiler).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=bench/target/typesetting
RESULTS=bench/TYPESETTING.md
TYPST_PACKAGE=@myriaddreamin/typst-ts-node-compiler@0.7.0
mkdir -p "$OUT"
[ -f target/publisher.jar ] || mvn -q package -DskipTests
[ -d target/test-classes/dev ] || mvn -q test-compile
CP="target/publisher.jar:target/test-classes"
compare() { java -cp "$CP" bench/src/GridComparison.java "$@"; }
publish() { PUBLISHER_LAUNCH=direct java -jar target/publisher.jar "$@" > "$OUT/publish.log" 2>&1; }

# DocBook XSL, as bench/run.sh fetches it (and into the same folder), and FOP's configuration with
# a <font-base>: FOP's command line resolves font files against the FO file's folder.
DBX=bench/target/docbook-xsl
if [ ! -f "$DBX/docbook/fo/docbook.xsl" ]; then
    mkdir -p "$DBX"
    (cd bench/target && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact=net.sf.docbook:docbook-xsl:1.79.1:zip:resources -DoutputDirectory=docbook-xsl) > "$OUT/docbook-fetch.log" 2>&1 || true
    zip=$(ls "$DBX"/docbook-xsl-1.79.1-resources.zip 2>/dev/null || true)
    [ -n "$zip" ] && (cd "$DBX" && jar xf "$(basename "$zip")")
fi
HAVE_DOCBOOK=0; [ -f "$DBX/docbook/fo/docbook.xsl" ] && HAVE_DOCBOOK=1
awk -v base="file:$ROOT/fonts/" '{ print } !done && /<fop[ >]/ { print "  <font-base>" base "</font-base>"; done = 1 }' \
    fonts/fop.xconf > "$OUT/fop-docbook.xconf"

HAVE_XELATEX=0; command -v xelatex > /dev/null && kpsewhich xeCJK.sty > /dev/null 2>&1 && HAVE_XELATEX=1
HAVE_TYPST=0
if command -v node > /dev/null && command -v npm > /dev/null; then
    if [ -d bench/target/typst/node_modules/@myriaddreamin/typst-ts-node-compiler ] \
        || (mkdir -p bench/target/typst && cd bench/target/typst && npm install --silent --no-audit --no-fund "$TYPST_PACKAGE" > /dev/null 2>&1); then
        HAVE_TYPST=1
    fi
fi
TYPST_VERSION=$( [ $HAVE_TYPST = 1 ] && strings bench/target/typst/node_modules/@myriaddreamin/typst-ts-node-compiler-linux-*/*.node 2>/dev/null \
    | grep -o 'typst-assets-0\.[0-9]*\.[0-9]*' | head -1 | sed 's/typst-assets-//' || true)

{
    echo "# The grid beside DocBook XSL + FOP, xeCJK and Typst"
    echo
    echo "Written by \`bench/typesetting.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Do not edit: run the script again."
    echo
    echo "The running paragraphs of three of our books, as plain text (a reader's text from our EPUB:"
    echo "notes, lists, tables and boxes left out), set by four typesetters on the same page,"
    echo "measure, body size and font, and measured alike from glyph positions, as \`TypesettingIT\`"
    echo "measures our books (\`bench/src/GridComparison.java\`):"
    echo
    echo "- **flush**: a paragraph's full line (any but its last) that ends at the measure, within half a"
    echo "  point (a line ending in a closing mark: its ink, or its half-width box);"
    echo "- **on the grid**: issue 13's measure, a flush line whose median advance between adjacent Han"
    echo "  characters is at most 0.03 em past 1 em (of the lines with 8 such pairs or more);"
    echo "- **lone marks pinched**: a comma, stop or bracket alone between two Han characters inside a"
    echo "  line that gives up part of its em, so that a tight line fits (issue 13: \"a mark inside a"
    echo "  line keeps its full width\"); the narrowest such mark's advance."
    echo
    echo "Typesetters: ours (target/publisher.jar, built $(date -u -r target/publisher.jar '+%Y-%m-%d %H:%M UTC'));"
    if [ $HAVE_DOCBOOK = 1 ]; then echo "DocBook XSL 1.79.1 (\`fo/docbook.xsl\`, A4, the page's margins, body indent 0, a first-line indent of 2 em) with FOP 2.11 and our fonts;"
    else echo "DocBook XSL: could not be fetched;"; fi
    if [ $HAVE_XELATEX = 1 ]; then echo "xelatex with xeCJK ($(xelatex --version | head -1); xeCJK $(grep -A1 ProvidesExplPackage "$(kpsewhich xeCJK.sty)" | sed -n 's/.*}{\([0-9.]*\)}.*/\1/p' | head -1)), its defaults;"
    else echo "xelatex with xeCJK: not installed;"; fi
    if [ $HAVE_TYPST = 1 ]; then echo "Typst ${TYPST_VERSION:-?} (through $TYPST_PACKAGE), its defaults for \`lang: \"zh\"\`."
    else echo "Typst: not run (needs node and npm)."; fi
} > "$RESULTS"

for book in report:xml/report.xml test-book:src/test/resources/books/featured/book.xml technical:src/test/resources/books/technical/book.xml; do
    name=${book%%:*}; source=${book#*:}
    publish "$source" --epub "$OUT/$name-book.epub"
    compare extract "$OUT/$name-book.epub" "$OUT" "$name"
    publish "$OUT/$name.xml" --pdf "$OUT/$name-ours.pdf"
    compare setup "$OUT/$name-ours.pdf" "$OUT" "$name"
    rm -f "$OUT/$name-xecjk.pdf" "$OUT/$name-typst.pdf" "$OUT/$name-docbook.pdf"
    if [ $HAVE_DOCBOOK = 1 ]; then
        (java -cp target/publisher.jar net.sf.saxon.Transform -s:"$OUT/$name.xml" -xsl:"$OUT/$name-docbook.xsl" \
            -o:"$OUT/$name-docbook.fo" && java -cp target/publisher.jar org.apache.fop.cli.Main -q -c "$OUT/fop-docbook.xconf" \
            -fo "$OUT/$name-docbook.fo" -pdf "$OUT/$name-docbook.pdf") > "$OUT/$name-docbook.log" 2>&1 \
            || echo "DocBook XSL + FOP failed on $name: $OUT/$name-docbook.log"
    fi
    if [ $HAVE_XELATEX = 1 ]; then
        (cd "$OUT" && xelatex -interaction=nonstopmode -halt-on-error "$name.tex" > "$name-xelatex.log" 2>&1 && mv "$name.pdf" "$name-xecjk.pdf") \
            || echo "xelatex failed on $name: $OUT/$name-xelatex.log"
    fi
    if [ $HAVE_TYPST = 1 ]; then
        NODE_PATH="$ROOT/bench/target/typst/node_modules" node bench/src/typst.js "$OUT/$name.typ" "$OUT/$name-typst.pdf" "$ROOT/fonts" \
            || echo "Typst failed on $name"
    fi
    compare measure "$RESULTS" "$name ($(wc -l < "$OUT/$name.paras") paragraphs)" \
        "ours=$OUT/$name-ours.pdf" "DocBook XSL + FOP=$OUT/$name-docbook.pdf" "xeCJK=$OUT/$name-xecjk.pdf" "Typst=$OUT/$name-typst.pdf"
done
echo "written: $RESULTS"
