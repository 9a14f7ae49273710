#!/usr/bin/env bash
# bench/run.sh — the publisher's performance benchmark. Not part of `mvn test`/`mvn verify`.
#
#   bench/run.sh                 # from any folder; about 5–10 minutes on 2 cores
#
# It times, and writes into bench/RESULTS.md (regenerated on every run, never edited by hand):
#   1. cold builds of the report as a user runs them (java -jar target/publisher.jar …):
#      median wall time and peak memory (RSS), PDF + EPUB, PDF only, EPUB only;
#   2. the same book with the alternatives, side by side: DocBook XSL 1.79.1 fo/docbook.xsl on the
#      same Saxon-HE 12.9 and FOP 2.11 with the same fonts, and pandoc (+ xelatex) when installed;
#      the ratios ours / theirs per output;
#   3. the stage breakdown in one warm JVM (bench/src/StageBenchmark.java), a font probe, and the
#      steps inside the stages (bench/src/InternalBreakdown.java);
#   4. scale: books of 1x, 10x, 30x and 120x the report (bench/src/MakeBooks.java), -Xmx512m;
#   5. `mvn -q package`, timed in a copy of the project (bench/target/mvn-project).
#
# Needs Java 17 and Maven; Maven Central is reached once, for DocBook XSL (and Maven's plugins on a
# fresh machine). Uses when present, and says so in the results when not: GNU time
# (/usr/bin/time, Debian package `time`) and VmHWM polled from /proc for peak RSS; pandoc and
# xelatex (Debian: pandoc texlive-xetex texlive-lang-chinese texlive-fonts-recommended lmodern).
# Installs nothing.
#
# Leaves the project alone outside bench/: it builds target/publisher.jar only when it is missing
# (mvn -q package -DskipTests), and measures a snapshot of the jar and its fonts taken at the start
# (bench/target/install/), so a rebuild during the run cannot change what is measured.
#
# Knobs (environment variables), defaults in brackets:
#   RUNS [5]        timed cold builds of the report, per command (ours and the alternatives)
#   PART_RUNS [3]   timed runs of ours with --pdf only and --epub only
#   STAGE_RUNS [10] builds in the warm-JVM stage benchmark
#   SCALES ["1:3 10:3 30:2 120:1"]  book size:runs for the scale test (120x: about 1,000 pages)
#   MVN_RUNS [3]    timed `mvn -q package` runs (after one untimed first build)
#   SKIP_MVN, SKIP_SCALE, SKIP_ALTERNATIVES, SKIP_STAGES [0]   set to 1 to leave a part out
#   FORCE_POLL [0]  set to 1 to leave GNU time out (peak RSS from polling /proc alone)
set -uo pipefail
export LC_ALL=C.UTF-8 LANG=C.UTF-8

RUNS=${RUNS:-5}
PART_RUNS=${PART_RUNS:-3}
STAGE_RUNS=${STAGE_RUNS:-10}
SCALES=${SCALES:-"1:3 10:3 30:2 120:1"}
MVN_RUNS=${MVN_RUNS:-3}
SKIP_MVN=${SKIP_MVN:-0}
SKIP_SCALE=${SKIP_SCALE:-0}
SKIP_ALTERNATIVES=${SKIP_ALTERNATIVES:-0}
SKIP_STAGES=${SKIP_STAGES:-0}
FORCE_POLL=${FORCE_POLL:-0}

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
T=$BENCH/target
SRC=$ROOT/xml/report.xml
RESULTS=$BENCH/RESULTS.md
RAW=$T/raw.tsv
NOTES=$T/notes.md
START_NS=$(date +%s%N)

rm -rf "$T/logs" "$T/out"
mkdir -p "$T/logs" "$T/out"
: >"$RAW"
: >"$NOTES"

say() { printf '%s\n' "$*" >&2; }
note() { printf -- '- %s\n' "$*" >>"$NOTES"; say "note: $*"; }
die() { say "error: $*"; exit 1; }

command -v java >/dev/null || die "java is not on the PATH (Java 17 is needed)"
command -v mvn >/dev/null || die "mvn is not on the PATH (Maven is needed)"

# ---------------------------------------------------------------- measuring

# Peak RSS measurement: GNU time when it works, else polling VmHWM of the process tree.
GNU_TIME=0
if [ "$FORCE_POLL" != 1 ] && [ -x /usr/bin/time ]; then
    case "$(/usr/bin/time -v true 2>&1)" in *'Maximum resident set size'*) GNU_TIME=1 ;; esac
fi
if [ -r /proc/self/status ] && grep -q VmHWM /proc/self/status; then HAVE_PROC=1; else HAVE_PROC=0; fi

# tree_peak ROOT SKIP_ROOT OUT — polls the processes under ROOT every 50 ms until ROOT ends and
# writes to OUT the largest sum, over the processes running at the same moment, of their peak RSS
# so far (VmHWM, KB); ROOT itself is left out when SKIP_ROOT is 1. Each process's own peak in the
# sum keeps the figure from missing a peak between two polls; summing only the processes that run
# together keeps a chain (pandoc, then xelatex) from being added up. With our launcher (a small JVM
# that starts the publisher's JVM) GNU time would report only the larger of the two.
# Bash builtins only (but sleep), so that polling costs next to nothing.
tree_peak() {
    local root=$1 skip=$2 out=$3 p k v rest f now best=0
    local -a todo kids
    while [ -d "/proc/$root" ]; do
        now=0
        todo=("$root")
        while [ "${#todo[@]}" -gt 0 ]; do
            p=${todo[0]}
            todo=("${todo[@]:1}")
            for f in /proc/"$p"/task/*/children; do
                [ -r "$f" ] || continue
                # The file has no final newline, so read fails even when it has read the pids.
                kids=()
                { read -r -a kids <"$f"; } 2>/dev/null || true
                [ "${#kids[@]}" -gt 0 ] && todo+=("${kids[@]}")
            done
            [ "$skip" = 1 ] && [ "$p" = "$root" ] && continue
            [ -r "/proc/$p/status" ] || continue
            { while read -r k v rest; do
                if [ "$k" = "VmHWM:" ]; then
                    now=$((now + ${v:-0}))
                    break
                fi
            done <"/proc/$p/status"; } 2>/dev/null
        done
        [ "$now" -gt "$best" ] && best=$now
        sleep 0.05
    done
    echo "$best" >"$out"
}

# measure LABEL RUN LOG COMMAND... — runs COMMAND (an executable, not a shell function) with its
# output in LOG; sets M_WALL (s), M_RSS (KB, 0 when unknown), M_RC and appends a line to $RAW.
# M_RSS is the larger of GNU time's maximum (one process) and the polled sum over the process tree.
measure() {
    local label=$1 run=$2 log=$3
    shift 3
    local t0 t1 tf="$T/time.out" pf="$T/tree-peak.out" c0 load pid gnu=0 tree=0
    load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
    children_cpu >"$T/cpu0.out"
    c0=$(cat "$T/cpu0.out")
    : >"$pf"
    t0=$(date +%s%N)
    if [ "$GNU_TIME" = 1 ]; then
        /usr/bin/time -v -o "$tf" "$@" >"$log" 2>&1 &
        pid=$!
        [ "$HAVE_PROC" = 1 ] && tree_peak "$pid" 1 "$pf" &
    else
        "$@" >"$log" 2>&1 &
        pid=$!
        [ "$HAVE_PROC" = 1 ] && tree_peak "$pid" 0 "$pf" &
    fi
    wait "$pid"
    M_RC=$?
    t1=$(date +%s%N)
    wait
    [ "$GNU_TIME" = 1 ] && gnu=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$tf")
    tree=$(cat "$pf" 2>/dev/null)
    M_RSS=$(awk -v a="${gnu:-0}" -v b="${tree:-0}" 'BEGIN {print (a > b ? a : b)}')
    M_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
    children_cpu >"$T/cpu1.out"
    M_CPU=$(awk -v a="$c0" -v b="$(cat "$T/cpu1.out")" 'BEGIN {printf "%.2f", b - a}')
    record "$label" "$run" "$M_WALL" "$M_RSS" "$M_RC" "$M_CPU" "$load"
}

# CPU seconds (user + system) used so far by this shell's finished children and their descendants
# (the `times` builtin must run in this shell, not in a $(…) subshell: hence the file).
children_cpu() {
    times >"$T/times.out"
    awk 'NR == 2 {
        s = 0
        for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); s += p[1] * 60 + p[2] }
        printf "%.2f", s }' "$T/times.out"
}

# record LABEL RUN WALL_S RSS_KB EXIT [CPU_S [LOAD1]]
record() {
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "${6:-}" "${7:-}" >>"$RAW"
    printf '  %-26s %-8s %8.2f s %7.0f MB  cpu %6s s  load %s%s\n' "$1" "$2" "$3" "$(awk -v k="$4" 'BEGIN {print k / 1024}')" \
        "${6:-?}" "${7:-?}" "$([ "$5" = 0 ] || echo "  FAILED (exit $5)")" >&2
}

# stats LABEL — "median min max ok total median_rss_kb max_rss_kb" over the successful runs
# (run names starting with "warmup" are not counted).
stats() {
    awk -F'\t' -v l="$1" '
        $1 == l && $2 !~ /^warmup/ { total++; if ($5 == 0) { ok++; w[ok] = $3; r[ok] = $4; u[ok] = ($6 == "" ? "nan" : $6) } }
        function med(a, n,   i, j, t) {
            for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        END {
            if (!ok) { print "nan nan nan 0 " total + 0 " nan nan nan"; exit }
            mx = 0; for (i = 1; i <= ok; i++) if (r[i] > mx) mx = r[i]
            for (i = 1; i <= ok; i++) c[i] = w[i]; m = med(c, ok)
            lo = w[1]; hi = w[1]; for (i = 1; i <= ok; i++) { if (w[i] < lo) lo = w[i]; if (w[i] > hi) hi = w[i] }
            for (i = 1; i <= ok; i++) c[i] = r[i]; mr = med(c, ok)
            nu = 0; for (i = 1; i <= ok; i++) if (u[i] != "nan") c[++nu] = u[i]
            mu = nu ? med(c, nu) : "nan"
            print m, lo, hi, ok, total, mr, mx, mu
        }' "$RAW"
}

field() { echo "$1" | awk -v n="$2" '{print $n}'; }
secs() { awk -v v="$1" 'BEGIN { if (v == "nan" || v == "") print "n/a"; else printf "%.2f s", v }'; }
mb() {
    awk -v v="$1" -v g="$GNU_TIME$HAVE_PROC" 'BEGIN {
        if (v == "nan" || v == "" || v == 0) print "n/a"; else printf "%.0f MiB%s", v / 1024, (g ~ /^0/ ? " (polled)" : "") }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "nan" || b == "nan" || a == "" || b == "" || b == 0 || a == 0) print "n/a"; else printf "%.2f", a / b }'; }
size_of() { [ -f "$1" ] && awk -v b="$(wc -c <"$1")" 'BEGIN {printf "%.0f KB", b / 1024}' || echo "n/a"; }

# pdf_pages FILE — page count: pdfinfo when installed, else counted page objects (FOP writes them
# uncompressed), else "?".
pdf_pages() {
    local f=$1 n
    [ -f "$f" ] || { echo "?"; return; }
    if command -v pdfinfo >/dev/null; then
        n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
        [ -n "$n" ] && { echo "$n"; return; }
    fi
    n=$(grep -a -o '/Type */Page[^s]' "$f" 2>/dev/null | wc -l)
    [ "$n" -gt 0 ] && echo "$n" || echo "?"
}

# The pages our CLI reported ("pdf       14 pages  0.4 MB").
cli_pages() { awk '$1 == "pdf" && $3 == "pages" {print $2; exit}' "$1" 2>/dev/null; }
# The seconds our CLI reported for a stage.
cli_stage() { awk -v s="$2" '$1 == s {v = $(NF - 1)} END {print v}' "$1" 2>/dev/null; }
first_error() { grep -v '^\s*at ' "$1" 2>/dev/null | grep -i -m1 'error\|exception\|fail' | cut -c1-200; }

loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "n/a"; }

# ---------------------------------------------------------------- the publisher under test

JAR_SRC=$ROOT/target/publisher.jar
if [ ! -f "$JAR_SRC" ]; then
    say "target/publisher.jar is missing: building it (mvn -q package -DskipTests)"
    (cd "$ROOT" && mvn -q -B package -DskipTests) >"$T/logs/build-jar.log" 2>&1 \
        || die "the build failed, see $T/logs/build-jar.log"
fi
INST=$T/install
JAR=$INST/publisher.jar
snapshot_ok=0
for attempt in 1 2 3 4 5; do
    rm -rf "$INST"
    mkdir -p "$INST"
    if cp "$JAR_SRC" "$JAR" && cp -r "$ROOT/target/fonts" "$INST/fonts" && rm -rf "$INST/fonts/metrics-cache" \
            && java -jar "$JAR" --help >/dev/null 2>&1; then
        snapshot_ok=1
        break
    fi
    say "target/publisher.jar is not usable yet (being rebuilt?); waiting 30 s"
    sleep 30
done
[ "$snapshot_ok" = 1 ] || die "target/publisher.jar does not run (java -jar … --help)"
JAR_INFO="$(date -u -r "$JAR_SRC" '+%Y-%m-%d %H:%M UTC'), $(awk -v b="$(wc -c <"$JAR")" 'BEGIN {printf "%.1f MB", b / 1e6}'), sha256 $(sha256sum "$JAR" 2>/dev/null | cut -c1-12)"

# Versions inside the jar, from the Maven metadata the shade plugin kept.
jar_version() {
    local d=$T/jar-meta
    mkdir -p "$d"
    (cd "$d" && jar xf "$JAR" "META-INF/maven/$1/pom.properties" 2>/dev/null)
    awk -F= '/^version=/ {print $2}' "$d/META-INF/maven/$1/pom.properties" 2>/dev/null
}
SAXON_VERSION=$(java -cp "$JAR" net.sf.saxon.Transform -t -? 2>&1 | awk '/Saxon/ {print $1, $2; exit}')
FOP_VERSION=$(jar_version org.apache.xmlgraphics/fop-core)

# ---------------------------------------------------------------- the machine

CPU=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null)
MEM=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null)
JDK=$(java -version 2>&1 | sed -n '1p;2p' | tr '\n' ' ' | sed 's/ *$//')
MVN_VERSION=$(mvn -v -B 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')
LOAD_START=$(loadavg)
say "benchmark: $(nproc) cores, $MEM, $CPU; $JDK"
[ "$GNU_TIME" = 1 ] && say "peak RSS: GNU time" || say "peak RSS: polling /proc (GNU time not available)"

HAVE_PANDOC=0
command -v pandoc >/dev/null && HAVE_PANDOC=1
HAVE_XELATEX=0
command -v xelatex >/dev/null && HAVE_XELATEX=1
HAVE_XMLLINT=0
command -v xmllint >/dev/null && HAVE_XMLLINT=1

# ---------------------------------------------------------------- preparing the alternatives

# The source with its XIncludes expanded, for pandoc (which does not do XInclude).
EXPANDED=$T/expanded.xml
if [ "$HAVE_XMLLINT" = 1 ]; then
    xmllint --xinclude --output "$EXPANDED" "$SRC" 2>"$T/logs/expand.log"
else
    java -cp "$JAR" net.sf.saxon.Query -xi:on -s:"$SRC" -qs:. -o:"$EXPANDED" 2>"$T/logs/expand.log"
fi

DBX=$T/docbook-xsl
DOCBOOK_OK=0
if [ "$SKIP_ALTERNATIVES" != 1 ]; then
    if [ ! -f "$DBX/docbook/fo/docbook.xsl" ]; then
        say "fetching DocBook XSL 1.79.1 from Maven Central"
        rm -rf "$DBX"
        mkdir -p "$DBX"
        # Run from bench/target, where there is no pom: the goal needs no project.
        (cd "$T" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact=net.sf.docbook:docbook-xsl:1.79.1:zip:resources -DoutputDirectory="$DBX") \
            >"$T/logs/docbook-fetch.log" 2>&1
        zip=$(ls "$DBX"/docbook-xsl-1.79.1-resources.zip 2>/dev/null)
        if [ -n "$zip" ]; then
            if command -v unzip >/dev/null; then
                (cd "$DBX" && unzip -q -o "$zip")
            else
                (cd "$DBX" && jar xf "$zip")
            fi
        fi
    fi
    if [ -f "$DBX/docbook/fo/docbook.xsl" ]; then
        DOCBOOK_OK=1
    else
        note "DocBook XSL could not be fetched (see bench/target/logs/docbook-fetch.log): its comparison is left out."
    fi
fi

# FOP's CLI resolves the font files of fop.xconf against the FO file's folder, not the
# configuration's, so the DocBook run uses the same configuration with a <font-base> added.
DB_XCONF=$T/fop-docbook.xconf
awk -v base="file:$INST/fonts/" '
    { print }
    !done && /<fop[ >]/ { print "  <font-base>" base "</font-base>"; done = 1 }' "$INST/fonts/fop.xconf" >"$DB_XCONF"

# The DocBook XSL parameters: A4, the CJK fonts of fop.xconf, Chinese generated text, FOP's
# extensions (PDF bookmarks, as ours has), no hyphenation (Chinese has none; FOP has no zh pattern).
DB_PARAMS=(
    paper.type=A4
    "body.font.family=Noto Serif CJK SC"
    "title.font.family=Noto Sans CJK SC"
    "sans.font.family=Noto Sans CJK SC"
    "monospace.font.family=Noto Sans CJK SC"
    "symbol.font.family=Noto Sans CJK SC"
    "dingbat.font.family=Noto Serif CJK SC"
    l10n.gentext.default.language=zh_cn
    l10n.gentext.language=zh_cn
    fop1.extensions=1
    hyphenate=false
)
# FOP's CLI logs through commons-logging, which the shaded jar routes to slf4j-nop: make its
# warnings and errors visible in the log instead.
FOP_LOGGING=(-Dorg.apache.commons.logging.LogFactory=org.apache.commons.logging.impl.LogFactoryImpl
    -Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.SimpleLog
    -Dorg.apache.commons.logging.simplelog.defaultlog=warn)

PANDOC_FONT=(-V 'CJKmainfont=Noto Serif CJK SC')
if command -v fc-list >/dev/null && fc-list : family 2>/dev/null | grep 'Noto Serif CJK SC' >/dev/null; then
    PANDOC_FONT_NOTE="Noto Serif CJK SC as installed on the system (fontconfig)"
else
    PANDOC_FONT=(-V "CJKmainfont=NotoSerifCJKsc-Regular.otf" -V "CJKoptions=Path=$INST/fonts/,BoldFont=NotoSerifCJKsc-Bold.otf")
    PANDOC_FONT_NOTE="our NotoSerifCJKsc-*.otf files (no Noto Serif CJK SC in fontconfig)"
fi

OUT=$T/out

# The very first run of a fresh installation writes the class data archive (beside the jar) and
# the fonts' metrics cache (fonts/metrics-cache/): timed on its own, then every later run has them.
ours_first() { measure ours-first "$1" "$T/logs/ours-first.log" java -jar "$JAR" "$SRC" --pdf "$OUT/ours.pdf" --epub "$OUT/ours.epub"; }
# One JVM with Java's defaults, no launcher: what the launcher's JVM settings are worth.
ours_direct() { measure ours-direct "$1" "$T/logs/ours-direct-$1.log" env PUBLISHER_LAUNCH=direct java -jar "$JAR" "$SRC" --pdf "$OUT/ours-direct.pdf" --epub "$OUT/ours-direct.epub"; }
ours_both() { measure ours-both "$1" "$T/logs/ours-both-$1.log" java -jar "$JAR" "$SRC" --pdf "$OUT/ours.pdf" --epub "$OUT/ours.epub"; }
ours_pdf() { measure ours-pdf "$1" "$T/logs/ours-pdf-$1.log" java -jar "$JAR" "$SRC" --pdf "$OUT/ours-only.pdf"; }
ours_epub() { measure ours-epub "$1" "$T/logs/ours-epub-$1.log" java -jar "$JAR" "$SRC" --epub "$OUT/ours-only.epub"; }

# DocBook XSL → FO, then FOP → PDF: one user-visible command of two JVMs, timed per step and as
# a whole (wall times added, peak RSS the larger of the two).
docbook() {
    local run=$1 w1 r1 c1 u1 load
    load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
    measure docbook-fo "$run" "$T/logs/docbook-fo-$run.log" \
        java -cp "$JAR" net.sf.saxon.Transform -t -xi:on -s:"$SRC" -xsl:"$DBX/docbook/fo/docbook.xsl" \
        -o:"$OUT/docbook.fo" "${DB_PARAMS[@]}"
    w1=$M_WALL r1=$M_RSS c1=$M_RC u1=$M_CPU
    if [ "$c1" = 0 ]; then
        measure docbook-pdf "$run" "$T/logs/docbook-pdf-$run.log" \
            java "${FOP_LOGGING[@]}" -cp "$JAR" org.apache.fop.cli.Main -c "$DB_XCONF" -fo "$OUT/docbook.fo" -pdf "$OUT/docbook.pdf"
    else
        M_WALL=0 M_RSS=0 M_RC=$c1 M_CPU=0
    fi
    record docbook "$run" "$(awk -v a="$w1" -v b="$M_WALL" 'BEGIN {print a + b}')" \
        "$(awk -v a="$r1" -v b="$M_RSS" 'BEGIN {print (a > b ? a : b)}')" "$([ "$c1" = 0 ] && echo "$M_RC" || echo "$c1")" \
        "$(awk -v a="$u1" -v b="$M_CPU" 'BEGIN {print a + b}')" "$load"
}

pandoc_pdf() {
    measure pandoc-pdf "$1" "$T/logs/pandoc-pdf-$1.log" \
        pandoc -f docbook "$EXPANDED" -o "$OUT/pandoc.pdf" --pdf-engine=xelatex "${PANDOC_FONT[@]}"
}
pandoc_epub() { measure pandoc-epub "$1" "$T/logs/pandoc-epub-$1.log" pandoc -f docbook "$EXPANDED" -o "$OUT/pandoc.epub"; }

RUN_PANDOC_PDF=0
RUN_PANDOC_EPUB=0
if [ "$SKIP_ALTERNATIVES" != 1 ]; then
    if [ "$HAVE_PANDOC" = 1 ]; then
        RUN_PANDOC_EPUB=1
        if [ "$HAVE_XELATEX" = 1 ]; then RUN_PANDOC_PDF=1; else note "xelatex is not installed: pandoc's PDF is left out (Debian: texlive-xetex texlive-lang-chinese texlive-fonts-recommended lmodern)."; fi
    else
        note "pandoc is not installed: its PDF and EPUB are left out (Debian: pandoc, and texlive-xetex texlive-lang-chinese texlive-fonts-recommended lmodern for its PDF)."
    fi
fi

# ---------------------------------------------------------------- 1. cold builds of the report

say ""
say "== 1. cold builds of the report: $RUNS rounds (one untimed warm-up of each command first)"
ours_first 1
[ "$DOCBOOK_OK" = 1 ] && docbook warmup
[ "$RUN_PANDOC_PDF" = 1 ] && pandoc_pdf warmup
[ "$RUN_PANDOC_EPUB" = 1 ] && pandoc_epub warmup
# A pandoc PDF that fails on the warm-up (a missing LaTeX package) is left out with its error.
if [ "$RUN_PANDOC_PDF" = 1 ] && ! [ -s "$OUT/pandoc.pdf" ]; then
    note "pandoc + xelatex failed on the warm-up, so its PDF is left out: $(grep -m1 '^!' "$T/logs/pandoc-pdf-warmup.log" || first_error "$T/logs/pandoc-pdf-warmup.log") (Debian packages texlive-fonts-recommended and lmodern are what pandoc's LaTeX template needs beyond texlive-xetex and texlive-lang-chinese)."
    RUN_PANDOC_PDF=0
fi
for i in $(seq 1 "$RUNS"); do
    ours_both "$i"
    [ "$DOCBOOK_OK" = 1 ] && docbook "$i"
    [ "$RUN_PANDOC_PDF" = 1 ] && pandoc_pdf "$i"
    [ "$RUN_PANDOC_EPUB" = 1 ] && pandoc_epub "$i"
done
for i in $(seq 1 "$PART_RUNS"); do
    ours_pdf "$i"
    ours_epub "$i"
    ours_direct "$i"
done
OURS_PAGES=$(cli_pages "$T/logs/ours-both-1.log")
DOCBOOK_PAGES=$(pdf_pages "$OUT/docbook.pdf")
PANDOC_PAGES=$(pdf_pages "$OUT/pandoc.pdf")
DOCBOOK_MESSAGES=$(grep -c -i 'warn\|error' "$T/logs/docbook-pdf-1.log" 2>/dev/null || true)

# ---------------------------------------------------------------- 2. stages in one warm JVM

STAGE_MD=$T/stage.md
INTERNAL_MD=$T/internal.md
rm -f "$STAGE_MD" "$INTERNAL_MD"
if [ "$SKIP_STAGES" != 1 ]; then
    say ""
    say "== 2. stage breakdown: $STAGE_RUNS builds in one JVM, then the steps inside the stages"
    measure stage-harness 1 "$T/logs/stage.log" \
        java -cp "$JAR" "$BENCH/src/StageBenchmark.java" "$SRC" "$OUT/stage" "$STAGE_RUNS" "$STAGE_MD"
    [ "$M_RC" = 0 ] || note "StageBenchmark failed: $(first_error "$T/logs/stage.log") (bench/target/logs/stage.log)"
    measure internal-breakdown 1 "$T/logs/internal.log" \
        java -cp "$JAR" "$BENCH/src/InternalBreakdown.java" "$SRC" 6 "$INTERNAL_MD" "$OUT/ours.fo"
    [ "$M_RC" = 0 ] || note "InternalBreakdown did not run (it uses the stage classes, which may have changed): $(first_error "$T/logs/internal.log")"
fi

# ---------------------------------------------------------------- 3. scale

SCALE_ROWS=$T/scale.rows
: >"$SCALE_ROWS"
if [ "$SKIP_SCALE" != 1 ]; then
    say ""
    say "== 3. scale: $SCALES (size:runs), java -Xmx512m -jar"
    rm -rf "$T/books"
    for spec in $SCALES; do
        n=${spec%%:*}
        runs=${spec#*:}
        book=$T/books/x$n
        java "$BENCH/src/MakeBooks.java" "$SRC" "$book" "$n" >"$T/logs/makebooks-x$n.log" 2>&1 \
            || { note "MakeBooks failed for ${n}x: $(first_error "$T/logs/makebooks-x$n.log")"; continue; }
        chapters=$(awk '{print $2 * $4; exit}' "$T/logs/makebooks-x$n.log")
        kb=$(cat "$book"/*.xml | wc -c | awk '{printf "%.0f", $1 / 1024}')
        for i in $(seq 1 "$runs"); do
            measure "scale-x$n" "$i" "$T/logs/scale-x$n-$i.log" \
                java -Xmx512m -jar "$JAR" "$book/book.xml" --pdf "$OUT/x$n.pdf" --epub "$OUT/x$n.epub"
        done
        printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$chapters" "$kb" "$(cli_pages "$T/logs/scale-x$n-1.log")" \
            "$(grep -c '^warning' "$T/logs/scale-x$n-1.log")" >>"$SCALE_ROWS"
    done
fi

# ---------------------------------------------------------------- 4. Maven

MVN_DIR=$T/mvn-project
MVN_LABEL="mvn -q package"
MVN_ARGS=(-q -B package)
if [ "$SKIP_MVN" != 1 ]; then
    say ""
    say "== 4. mvn -q package in a copy of the project: one first build, then $MVN_RUNS timed runs"
    rm -rf "$MVN_DIR"
    mkdir -p "$MVN_DIR"
    for f in "$ROOT"/* "$ROOT"/.mvn; do
        case "$(basename "$f")" in target | bench) continue ;; esac
        [ -e "$f" ] && cp -r "$f" "$MVN_DIR/"
    done
    pushd "$MVN_DIR" >/dev/null || exit 1
    measure mvn-first 1 "$T/logs/mvn-first.log" mvn "${MVN_ARGS[@]}"
    if [ "$M_RC" != 0 ]; then
        note "\`mvn -q package\` fails on the project as it is now: $(first_error "$T/logs/mvn-first.log" | sed 's/\x1b\[[0-9;]*m//g') — timed \`mvn -q package -Dmaven.test.skip=true\` instead."
        MVN_LABEL="mvn -q package -Dmaven.test.skip=true"
        MVN_ARGS=(-q -B package -Dmaven.test.skip=true)
        measure mvn-first-notests 1 "$T/logs/mvn-first-notests.log" mvn "${MVN_ARGS[@]}"
        [ "$M_RC" = 0 ] || note "that fails too: $(first_error "$T/logs/mvn-first-notests.log" | sed 's/\x1b\[[0-9;]*m//g')"
    fi
    if [ "$M_RC" = 0 ]; then
        for i in $(seq 1 "$MVN_RUNS"); do
            measure mvn-again "$i" "$T/logs/mvn-again-$i.log" mvn -o "${MVN_ARGS[@]}"
        done
    fi
    popd >/dev/null || exit 1
    rm -rf "$MVN_DIR"   # ~400 MB (fonts, jars, outputs); the logs stay in bench/target/logs
fi

# ---------------------------------------------------------------- RESULTS.md

END_NS=$(date +%s%N)
ELAPSED=$(awk -v a="$START_NS" -v b="$END_NS" 'BEGIN {s = (b - a) / 1e9; printf "%d min %02d s", s / 60, s % 60}')
LOAD_END=$(loadavg)

# targets — the issue's targets, each with the measured figure and whether it is met.
check() { awk -v v="$1" -v limit="$2" -v op="$3" 'BEGIN {
    if (v == "nan" || v == "" || v == "n/a") { print "not measured"; exit }
    ok = (op == "<" ? v < limit : v <= limit); print (ok ? "**met**" : "**not met**") }'; }
targets() {
    local a d p rss warm lin x30 pdf epub
    a=$(field "$(stats ours-both)" 1)
    d=$(field "$(stats docbook)" 1)
    p=$(field "$(stats pandoc-pdf)" 1)
    rss=$(field "$(stats ours-both)" 6)
    warm=$(awk -F'|' '/\*\*total\*\*/ {gsub(/ /, "", $4); print $4; exit}' "$STAGE_MD" 2>/dev/null)
    lin=$(awk -v a="$(field "$(stats scale-x30)" 1)" -v b="$(field "$(stats scale-x10)" 1)" 'BEGIN { if (a == "nan" || b == "nan" || a == "" || b == "") print "n/a"; else printf "%.2f", a / (3 * b) }')
    x30=$(stats scale-x30)
    pdf=$( [ -f "$OUT/ours.pdf" ] && wc -c <"$OUT/ours.pdf" || echo nan)
    epub=$( [ -f "$OUT/ours.epub" ] && wc -c <"$OUT/ours.epub" || echo nan)
    echo "## Targets (issue 7), from this run"
    echo
    echo "| target | measured | |"
    echo "|---|---|---|"
    echo "| report, PDF + EPUB, cold: ≤ 0.5 × DocBook XSL + FOP's PDF | $(secs "$a") / $(secs "$d") = $(ratio "$a" "$d") | $(check "$(ratio "$a" "$d")" 0.5 "<=") |"
    echo "| … and ≤ 1.3 × pandoc + xelatex's PDF | $(secs "$a") / $(secs "$p") = $(ratio "$a" "$p") | $(check "$(ratio "$a" "$p")" 1.3 "<=") |"
    echo "| … peak memory < 400 MiB (all its processes) | $(awk -v k="$rss" 'BEGIN { if (k == "nan" || k == "") print "n/a"; else printf "%.0f MiB", k / 1024 }') | $(check "$rss" 409600 "<") |"
    echo "| warm rebuild in one JVM < 1 s | ${warm:-n/a} ms (median, section 2) | $(check "${warm:-nan}" 1000 "<") |"
    echo "| 30× book completes under \`-Xmx512m\` | $(field "$x30" 4)/$(field "$x30" 5) runs, $(secs "$(field "$x30" 1)"), $(mb "$(field "$x30" 6)") | $( [ "$(field "$x30" 5)" != 0 ] && [ "$(field "$x30" 4)" = "$(field "$x30" 5)" ] && echo "**met**" || echo "**not met**") |"
    echo "| … time ≤ 1.2 × linear from the 10× book | $lin | $(check "$lin" 1.2 "<=") |"
    echo "| report PDF ≤ 600 KB | $(size_of "$OUT/ours.pdf") ($pdf bytes) | $(check "$pdf" 600000 "<=") |"
    echo "| report EPUB ≤ 400 KB (cover included) | $(size_of "$OUT/ours.epub") ($epub bytes) | $(check "$epub" 400000 "<=") |"
    echo
}

row() { # row LABEL DESCRIPTION OUTPUT
    local s
    s=$(stats "$1")
    if [ "$(field "$s" 5)" = 0 ]; then return; fi
    printf '| %s | %s/%s | **%s** | %s – %s | %s | **%s** | %s |\n' "$2" "$(field "$s" 4)" "$(field "$s" 5)" \
        "$(secs "$(field "$s" 1)")" "$(secs "$(field "$s" 2)")" "$(secs "$(field "$s" 3)")" "$(secs "$(field "$s" 8)")" \
        "$(mb "$(field "$s" 6)")" "$3"
}
ratio_row() { # ratio_row OUTPUT OURS_LABEL OURS_DESC THEIRS_LABEL THEIRS_DESC
    local a b
    a=$(stats "$2")
    b=$(stats "$4")
    printf '| %s | %s | %s | %s | **%s** | %s | %s |\n' "$1" "$3" "$5" \
        "$(secs "$(field "$a" 1)") / $(secs "$(field "$b" 1)")" "$(ratio "$(field "$a" 1)" "$(field "$b" 1)")" \
        "$(ratio "$(field "$a" 8)" "$(field "$b" 8)")" "$(ratio "$(field "$a" 6)" "$(field "$b" 6)")"
}

{
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); the run took $ELAPSED. Do not edit:"
    echo "run the script again. What the numbers mean: [README.md](README.md)."
    echo
    echo "## Machine"
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| CPU | $CPU, $(nproc) cores (\`nproc\`) |"
    echo "| memory | $MEM |"
    echo "| OS | $(uname -sr) |"
    echo "| JDK | $JDK |"
    echo "| Maven | $MVN_VERSION |"
    echo "| publisher.jar | built $JAR_INFO (measured from a snapshot in bench/target/install) |"
    echo "| Saxon / FOP in the jar | $SAXON_VERSION / FOP $FOP_VERSION |"
    echo "| peak RSS measured by | $([ "$GNU_TIME" = 1 ] && echo 'the larger of GNU time (`/usr/bin/time -v`, "Maximum resident set size", one process) and the sum of the peak RSS (VmHWM) of every process of the command, polled from /proc every 50 ms' || { [ "$HAVE_PROC" = 1 ] && echo 'the sum of the peak RSS (VmHWM) of every process of the command, polled from /proc every 50 ms (GNU time not installed: Debian package `time`)' || echo 'n/a'; }) |"
    echo "| alternatives | DocBook XSL 1.79.1: $([ "$DOCBOOK_OK" = 1 ] && echo yes || echo no); pandoc: $([ "$HAVE_PANDOC" = 1 ] && pandoc --version | head -1 || echo 'not installed'); xelatex: $([ "$HAVE_XELATEX" = 1 ] && xelatex --version 2>/dev/null | head -1 || echo 'not installed') |"
    echo "| load average (1, 5, 15 min) | at the start $LOAD_START; at the end $LOAD_END (2 cores: above ~0.5 before the start, something else was running) |"
    echo
    targets
    echo "## 1. Cold builds of the report"
    echo
    echo "Each command is a new process, as a user runs it (\`xml/report.xml\`, 7 files, A4). $RUNS timed runs"
    echo "(ours with one output, and ours without the launcher: $PART_RUNS), after one untimed warm-up of each"
    echo "command (ours: the timed first run below); the runs of the different tools alternate. Wall time: median,"
    echo "and min – max; peak RSS: median of the runs' peaks, all processes of the command together (ours: the"
    echo "launcher's JVM and the publisher's)."
    echo
    echo "| command | ok/runs | median wall | min – max | CPU (user+sys) | peak RSS | output |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    row ours-both "ours: \`java -jar publisher.jar report.xml --pdf … --epub …\`" "PDF $OURS_PAGES pages, $(size_of "$OUT/ours.pdf"); EPUB $(size_of "$OUT/ours.epub")"
    row ours-pdf "ours, \`--pdf\` only" "PDF $(size_of "$OUT/ours-only.pdf")"
    row ours-epub "ours, \`--epub\` only" "EPUB $(size_of "$OUT/ours-only.epub")"
    row ours-direct "ours in one JVM with Java's defaults (\`PUBLISHER_LAUNCH=direct\`, no launcher)" "PDF $(size_of "$OUT/ours-direct.pdf"); EPUB $(size_of "$OUT/ours-direct.epub")"
    row ours-first "ours, the first run of a fresh installation (writes the class archive and the fonts' metrics cache; one run)" ""
    if [ "$DOCBOOK_OK" = 1 ]; then
        row docbook "DocBook XSL 1.79.1 + FOP: both steps, one command" "PDF $DOCBOOK_PAGES pages, $(size_of "$OUT/docbook.pdf")"
        row docbook-fo "… step 1: Saxon \`-xi:on\` + \`fo/docbook.xsl\` → FO" "FO $(size_of "$OUT/docbook.fo")"
        row docbook-pdf "… step 2: FOP CLI, FO → PDF" ""
        SAXON_SPLIT=$(for f in "$T"/logs/docbook-fo-[0-9]*.log; do
            awk '/^Stylesheet compilation time:/ {c = $4} /^Execution time:/ {e = $3} END {gsub(/[^0-9.]/, "", c); if (e ~ /ms$/) {sub(/ms$/, "", e); e /= 1000} else sub(/s$/, "", e); print c, e}' "$f"
        done | sort -n | awk '{c[NR] = $1; e[NR] = $2} END {if (NR) printf "%.2f s compiling docbook.xsl, %.2f s transforming", c[int((NR + 1) / 2)], e[int((NR + 1) / 2)]}')
    else
        echo "| DocBook XSL 1.79.1 + FOP | – | – | – | – | – | left out: see the notes |"
    fi
    if [ "$RUN_PANDOC_PDF" = 1 ]; then
        row pandoc-pdf "pandoc + xelatex → PDF" "PDF $PANDOC_PAGES pages, $(size_of "$OUT/pandoc.pdf")"
    else
        echo "| pandoc + xelatex → PDF | – | – | – | – | – | left out: see the notes |"
    fi
    if [ "$RUN_PANDOC_EPUB" = 1 ]; then
        row pandoc-epub "pandoc → EPUB" "EPUB $(size_of "$OUT/pandoc.epub")"
    else
        echo "| pandoc → EPUB | – | – | – | – | – | left out: see the notes |"
    fi
    echo
    echo "### Ratios, ours / theirs (median wall time, median CPU time, median peak RSS)"
    echo
    echo "| output | ours | theirs | wall time ours / theirs | time ratio | CPU-time ratio | RSS ratio |"
    echo "|---|---|---|---:|---:|---:|---:|"
    [ "$DOCBOOK_OK" = 1 ] && ratio_row PDF ours-pdf "\`--pdf\` only" docbook "DocBook XSL + FOP"
    [ "$DOCBOOK_OK" = 1 ] && ratio_row "PDF + EPUB" ours-both "\`--pdf --epub\`" docbook "DocBook XSL + FOP (PDF only)"
    [ "$RUN_PANDOC_PDF" = 1 ] && ratio_row PDF ours-pdf "\`--pdf\` only" pandoc-pdf "pandoc + xelatex"
    [ "$RUN_PANDOC_EPUB" = 1 ] && ratio_row EPUB ours-epub "\`--epub\` only" pandoc-epub "pandoc"
    [ "$DOCBOOK_OK" = 1 ] || [ "$RUN_PANDOC_PDF" = 1 ] || [ "$RUN_PANDOC_EPUB" = 1 ] || echo "| – | – | no alternative ran | – | n/a | n/a | n/a |"
    echo
    [ -n "${SAXON_SPLIT:-}" ] && { echo "Saxon's own timing of DocBook XSL's step 1 (\`-t\`, median run): $SAXON_SPLIT."; echo; }
    echo "What the outputs are: ours is the tagged screen edition (PDF/UA-1, PDF/A-2u, bookmarks, Chinese"
    echo "typesetting rules, cover, title and copyright pages) and an EPUB 3 with a rendered cover. DocBook XSL"
    echo "uses its stock FO layout with our fonts (parameters: \`${DB_PARAMS[*]}\`), no tagging; FOP's CLI"
    echo "reads fop.xconf with a \`<font-base>\` added (bench/target/fop-docbook.xconf), otherwise the same."
    if [ "$RUN_PANDOC_PDF" = 1 ] || [ "$RUN_PANDOC_EPUB" = 1 ]; then
        echo "pandoc reads the XInclude-expanded source (bench/target/expanded.xml, made once before the runs and"
        echo "not timed) with its default LaTeX template (article class, US letter, no table of contents) and the"
        echo "CJK font $PANDOC_FONT_NOTE."
    fi
    echo
    echo "## 2. Stage breakdown in one warm JVM"
    echo
    if [ -s "$STAGE_MD" ]; then cat "$STAGE_MD"; else echo "Not run (see the notes)."; echo; fi
    echo "### Inside the stages"
    echo
    if [ -s "$INTERNAL_MD" ]; then cat "$INTERNAL_MD"; else echo "Not run (see the notes)."; echo; fi
    echo "## 3. Scale: books of $(for spec in $SCALES; do printf '%s× ' "${spec%%:*}"; done)the report"
    echo
    echo "Made by bench/src/MakeBooks.java in bench/target/books/: the report's four chapters repeated N times"
    echo "(copy k: ids and references suffixed \`-xk\`, titles \"…（k）\"), preface and colophon once. Each built"
    echo "cold with \`java -Xmx512m -jar publisher.jar book.xml --pdf … --epub …\`; the stage columns are the"
    echo "times the CLI itself prints (medians; xhtml+epub run beside fo+pdf); warnings: the lines starting"
    echo "with \`warning:\` that the CLI printed in run 1 (bench/target/logs/scale-xN-1.log)."
    echo
    echo "| book | chapters | source | PDF pages | ok/runs | median wall | min – max | CPU | peak RSS | validate | fo | pdf | xhtml | epub | warnings |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    while IFS=$'\t' read -r n chapters kb pages warnings; do
        s=$(stats "scale-x$n")
        stage_cols=""
        for st in validate fo pdf xhtml epub; do
            v=$(for f in "$T"/logs/scale-x"$n"-*.log; do cli_stage "$f" "$st"; done | sort -n | awk '{a[NR] = $1} END {if (NR) printf "%.1f", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}')
            stage_cols="$stage_cols | ${v:-?} s"
        done
        printf '| %s× | %s | %s KB | %s | %s/%s | **%s** | %s – %s | %s | **%s**%s | %s |\n' "$n" "$chapters" "$kb" "${pages:-?}" \
            "$(field "$s" 4)" "$(field "$s" 5)" "$(secs "$(field "$s" 1)")" "$(secs "$(field "$s" 2)")" \
            "$(secs "$(field "$s" 3)")" "$(secs "$(field "$s" 8)")" "$(mb "$(field "$s" 6)")" "$stage_cols" "${warnings:-?}"
    done <"$SCALE_ROWS"
    echo
    t1=$(field "$(stats scale-x1)" 1)
    t10=$(field "$(stats scale-x10)" 1)
    t30=$(field "$(stats scale-x30)" 1)
    lin=$(awk -v a="$t30" -v b="$t10" 'BEGIN { if (a == "nan" || b == "nan" || a == "" || b == "") print "n/a"; else printf "%.2f", a / (3 * b) }')
    marg=$(awk -v a="$t30" -v b="$t10" -v c="$t1" 'BEGIN { if (a == "nan" || b == "nan" || c == "nan" || a == "" || b == "" || c == "" || b <= c) print "n/a"; else printf "%.2f", ((a - b) / 20) / ((b - c) / 9) }')
    verdict=$(awk -v r="$lin" 'BEGIN { if (r == "n/a") print "n/a"; else if (r <= 1.2) print "within 1.2 of linear"; else print "**worse than 1.2 × linear**" }')
    echo "- time(30×) / (3 × time(10×)) = **$lin** ($verdict; the target is ≤ 1.2). The fixed cost of a run (JVM"
    echo "  start, set-up, front matter) is in both terms, which pulls this ratio below 1."
    echo "- Marginal cost per added copy of the chapters, from 10× to 30× divided by from 1× to 10×:"
    echo "  ((t30 − t10) / 20) / ((t10 − t1) / 9) = **$marg** (1.00 = each copy costs the same however large the book)."
    t120=$(field "$(stats scale-x120)" 1)
    if [ -n "$t120" ] && [ "$t120" != nan ]; then
        echo "- The largest book, about 1,000 pages: time(120×) / (4 × time(30×)) = **$(awk -v a="$t120" -v b="$t30" 'BEGIN { if (b == "nan" || b == "") print "n/a"; else printf "%.2f", a / (4 * b) }')**;"
        echo "  marginal ((t120 − t30) / 90) / ((t30 − t10) / 20) = **$(awk -v a="$t120" -v b="$t30" -v c="$t10" 'BEGIN { if (b == "nan" || c == "nan" || b == "" || c == "" || b <= c) print "n/a"; else printf "%.2f", ((a - b) / 90) / ((b - c) / 20) }')**."
    fi
    echo
    echo "## 4. Maven"
    echo
    if [ "$SKIP_MVN" = 1 ]; then
        echo "Left out (SKIP_MVN=1)."
    else
        echo "\`$MVN_LABEL\` in a copy of the project (bench/target/mvn-project, without target/), so the benchmark never"
        echo "writes into the project's own target/. Includes Maven's own JVM start, compiling (first build only),"
        echo "unit tests (unless skipped), the shaded jar and publishing the report (screen PDF, print PDF and EPUB) in"
        echo "Maven's JVM. Later runs are offline (\`-o\`) and incremental, as after an edit of the book."
        echo
        echo "| command | ok/runs | median wall | min – max | CPU (user+sys) | peak RSS | |"
        echo "|---|---:|---:|---:|---:|---:|---|"
        row mvn-first "first build of the fresh copy (compiles everything)" ""
        row mvn-first-notests "first build, tests skipped" ""
        row mvn-again "again, nothing changed (\`mvn -o …\`)" "report.pdf, report-print.pdf, report.epub"
    fi
    echo
    echo "## Notes from this run"
    echo
    if [ -s "$NOTES" ]; then cat "$NOTES"; else echo "- Everything ran."; fi
    if [ "$DOCBOOK_OK" = 1 ]; then
        echo "- DocBook XSL's FOP step printed $DOCBOOK_MESSAGES warning/error lines (bench/target/logs/docbook-pdf-1.log)."
    fi
    echo "- Logs of every run: bench/target/logs/; outputs: bench/target/out/."
    echo
    echo "## All runs"
    echo
    echo "<details><summary>label, run, wall time, peak RSS, exit status, CPU time, load average when it started</summary>"
    echo
    echo "| label | run | wall s | peak RSS KB | exit | CPU s | load |"
    echo "|---|---|---:|---:|---:|---:|---:|"
    awk -F'\t' '{printf "| %s | %s | %.2f | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7}' "$RAW"
    echo
    echo "</details>"
} >"$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"

say ""
say "done in $ELAPSED: $RESULTS"
