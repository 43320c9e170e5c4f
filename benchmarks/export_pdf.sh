#!/usr/bin/env bash
# PDF export speed and memory against the plain ReportLab reference of ../shared/bench, side by
# side in one run (pairbench alternates them and reports medians and the pair-by-pair ratio).
#
# Usage: benchmarks/export_pdf.sh [N] [RUNS]     (default: 1000 entries, 5 runs)
# Needs GNU time (Debian package "time") and the shared bench folder beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
RUNS=${2:-5}
BENCH=../shared/bench
PY=.venv/bin/python
OUT=benchmarks/out
mkdir -p "$OUT"
[ -f "$OUT/corpus/briefing-$N.json" ] || \
    $PY "$BENCH/make_corpus.py" --seed ../shared/seeds/000_cfadc5bfce46cb3d.txt \
        --out-dir "$OUT/corpus" --n "$N" >/dev/null
$PY benchmarks/corpus_briefing.py "$OUT/corpus/briefing-$N.json" "$OUT/briefing-$N.briefing"
$PY "$BENCH/pairbench.py" --runs "$RUNS" --warmup 1 \
    --a ".venv/bin/briefer export $OUT/briefing-$N.briefing --template ministerial-brief -o $OUT/briefer-$N.pdf" \
    --b "$PY $BENCH/ref_pdf.py $OUT/corpus/briefing-$N.json $OUT/reference-$N.pdf"
echo "pages: briefer $(pdfinfo "$OUT/briefer-$N.pdf" | awk '/^Pages/ {print $2}')," \
     "reference $(pdfinfo "$OUT/reference-$N.pdf" | awk '/^Pages/ {print $2}')"
