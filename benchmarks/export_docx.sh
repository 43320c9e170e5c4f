#!/usr/bin/env bash
# .docx export speed against the plain python-docx reference of ../shared/bench, side by side,
# and linearity: 10,000 entries against 1,000.
#
# Usage: benchmarks/export_docx.sh [RUNS]     (default: 5 runs)
# Needs GNU time (Debian package "time") and the shared bench folder beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
BENCH=../shared/bench
PY=.venv/bin/python
OUT=benchmarks/out
mkdir -p "$OUT"
for N in 1000 10000; do
    [ -f "$OUT/corpus/briefing-$N.json" ] || \
        $PY "$BENCH/make_corpus.py" --seed ../shared/seeds/000_cfadc5bfce46cb3d.txt \
            --out-dir "$OUT/corpus" --n "$N" >/dev/null
    $PY benchmarks/corpus_briefing.py "$OUT/corpus/briefing-$N.json" "$OUT/briefing-$N.briefing"
done
echo "== 1,000 entries: briefer against the python-docx reference"
$PY "$BENCH/pairbench.py" --runs "$RUNS" --warmup 1 \
    --a ".venv/bin/briefer export $OUT/briefing-1000.briefing --format docx -o $OUT/briefer-1000.docx" \
    --b "$PY $BENCH/ref_docx.py $OUT/corpus/briefing-1000.json $OUT/reference-1000.docx"
echo "== linearity: 10,000 entries against 1,000 (target: at most 10.5 times)"
$PY "$BENCH/pairbench.py" --runs "$RUNS" --warmup 0 \
    --a ".venv/bin/briefer export $OUT/briefing-10000.briefing --format docx -o $OUT/briefer-10000.docx" \
    --b ".venv/bin/briefer export $OUT/briefing-1000.briefing --format docx -o $OUT/briefer-1000.docx"
