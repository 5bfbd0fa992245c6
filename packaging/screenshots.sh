#!/bin/sh
# Renders the README screenshots of every main view with `tenure --screenshot`, offscreen.
# Usage: packaging/screenshots.sh TENURE_BINARY OUTPUT_DIR
set -eu
tenure=${1:?usage: screenshots.sh TENURE_BINARY OUTPUT_DIR}
out=${2:?usage: screenshots.sh TENURE_BINARY OUTPUT_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# A settings folder of its own, so the user's filters and window state do not leak in.
export XDG_CONFIG_HOME="$work/config"
export QT_QPA_PLATFORM=offscreen
"$tenure" demo --workspace "$work/demo.tenure" >/dev/null
for view in overview trend:churn_rate movements cohorts segments surveys health health-editor account data; do
    name=$(printf '%s' "$view" | cut -d: -f1)
    # The account page shows the lowest-scored account with an MRR trend (3 months of history or more).
    if [ "$view" = account ]; then
        view="account:$("$tenure" health --workspace "$work/demo.tenure" | awk -F, 'NR > 2 && $7 != "" { print $1; exit }')"
    fi
    "$tenure" --screenshot "$work/$name.png" --size 1280x800 --view "$view" "$work/demo.tenure" 2>/dev/null
    # Palette-quantised copies stay well under 200 KB.
    if command -v pngquant >/dev/null 2>&1; then
        pngquant --force --output "$out/$name.png" 64 "$work/$name.png"
    else
        cp "$work/$name.png" "$out/$name.png"
    fi
done
# German: the overview and the report's executive summary (page 2), to check long words fit.
de() { LANGUAGE=de LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 "$@"; }
de "$tenure" --screenshot "$work/overview-de.png" --size 1280x800 --view overview "$work/demo.tenure" 2>/dev/null
de "$tenure" report --workspace "$work/demo.tenure" --out "$work/report-de.pdf" 2>/dev/null
pdftoppm -r 60 -png -f 2 -l 2 -singlefile "$work/report-de.pdf" "$work/report-summary-de"
for name in overview-de report-summary-de; do
    if command -v pngquant >/dev/null 2>&1; then
        pngquant --force --output "$out/$name.png" 64 "$work/$name.png"
    else
        cp "$work/$name.png" "$out/$name.png"
    fi
done
echo "screenshots written to $out"
