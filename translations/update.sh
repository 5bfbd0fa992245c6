#!/usr/bin/env bash
# Extracts every tr() string of app/, ui/ and core/ into the .ts files, keeping the translations
# already there; new strings come in unfinished, strings gone from the sources are dropped.
# Run it after adding or changing strings (or after a merge), then translate what
# tst_translations lists. Usage: translations/update.sh   (the same as: make translations)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || command -v lupdate || true)
if [ -z "$lupdate" ]; then
    echo "translations/update.sh: lupdate not found (apt-get install qt6-l10n-tools)" >&2
    exit 2
fi
cd "$root"
for lang in en de fr; do
    "$lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
        app ui core -ts "translations/tenure_$lang.ts" \
        2> >(grep -v 'Ignoring definition of undeclared qualified class' >&2)
done
echo "translations updated; unfinished strings:"
for lang in de fr; do
    printf '  tenure_%s.ts: %s\n' "$lang" "$(grep -c 'type="unfinished"' "translations/tenure_$lang.ts" || true)"
done
