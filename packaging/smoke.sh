#!/usr/bin/env bash
# Smoke-test the bundle `make bundle` built, from outside the repository and without the
# virtual environment: the command line exports the bundled sample to PDF and .docx and
# imports a release, in English and (LANG=de_DE.UTF-8) in German, with the parser's patterns
# the bundle brought (an empty cache stays empty); the app starts offscreen, in
# English and in German, and a second launch hands its file over.
# Usage: bash packaging/smoke.sh [dist/briefer]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bundle="$(cd "${1:-$repo/dist/briefer}" && pwd)"
work="$(mktemp -d)"
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$bundle" "$work/briefer"  # elsewhere: nothing may point back into the repository
cp "$repo/tests/data/corpus/tuning/nato-04-stoltenberg-kuleba-nov-2023.txt" "$work/release.txt"
cd "$work"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export QT_QPA_PLATFORM=offscreen
export PATH=/usr/bin:/bin PYTHONPATH= VIRTUAL_ENV=
run=(env -u PYTHONHOME "$work/briefer/briefer")
sample="$work/briefer/_internal/briefer/resources/sample/germany-japan-2plus2.briefing"

"${run[@]}" export "$sample" -o brief.pdf
"${run[@]}" export "$sample" --template press-digest --variant shareable -o digest.docx
head -c 5 brief.pdf | grep -q '%PDF-' || { echo "brief.pdf is no PDF"; exit 1; }
head -c 2 digest.docx | grep -q 'PK' || { echo "digest.docx is no .docx"; exit 1; }
"${run[@]}" --library lib.sqlite import release.txt | tee import.txt
grep -q "1 statement" import.txt || { echo "the release's statement was not imported"; exit 1; }
# the parser's patterns came with the bundle: none was compiled into the empty cache
ls "$work/briefer/_internal/briefer/cache/patterns/"*.sre >/dev/null
if ls "$work/cache/briefer/patterns/"*.sre >/dev/null 2>&1; then
	echo "the first start compiled the parser's patterns the bundle should have brought"
	exit 1
fi
LANG=de_DE.UTF-8 "${run[@]}" --library lib.sqlite import --dry-run release.txt | tee import-de.txt
grep -q "1 Erklärung" import-de.txt || { echo "the command line did not answer in German"; exit 1; }
for translation in briefer/locale/briefer_de.qm briefer/locale/de/LC_MESSAGES/briefer.mo \
	PySide6/Qt/translations/qtbase_de.qm; do
	test -s "$work/briefer/_internal/$translation" || { echo "$translation is missing"; exit 1; }
done
LANG=de_DE.UTF-8 "${run[@]}" --library lib.sqlite >app-de.log 2>&1 &
app=$!
sleep 8
kill -0 "$app" || { echo "the app did not stay up in German:"; cat app-de.log; exit 1; }
kill "$app"
wait "$app" 2>/dev/null || true

cp "$sample" visit.briefing
"${run[@]}" --library lib.sqlite >app.log 2>&1 &
app=$!
sleep 8
kill -0 "$app" || { echo "the app did not stay up:"; cat app.log; exit 1; }
timeout 20 "${run[@]}" visit.briefing || { echo "a second launch did not hand over"; exit 1; }
kill -0 "$app" || { echo "the app ended when handed a file:"; cat app.log; exit 1; }
echo "bundle smoke test passed: $(du -sh "$work/briefer" | cut -f1) in $bundle"
