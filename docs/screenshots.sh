#!/usr/bin/env bash
# The README's pictures of the reports: the office's data with the fictitious realisations
# (make run), photographed by headless Chromium. Run from anywhere: bash docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
make run >/dev/null 2>&1
reports=build/reports
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
shoot() {  # shoot PAGE WIDTH HEIGHT PNG
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --window-size="$2,$3" --screenshot="$4" \
    "file://$PWD/$1" >/dev/null 2>&1
}
# the first page of the largest IKI form
shoot "$reports/jabatan/bendahara-pengeluaran.html" 820 1160 docs/report-form.png
# the office report's pohon kinerja: the same page with every other section hidden
sed 's|</head>|<style>body > :not(#pohon) { display: none !important; }</style></head>|' \
  "$reports/index.html" > "$reports/pohon.html"
shoot "$reports/pohon.html" 820 1000 docs/report-pohon.png
rm "$reports/pohon.html"
ls -l docs/report-form.png docs/report-pohon.png
