#!/usr/bin/env bash
# The README's pictures of the reports as printed: the office's data with the fictitious
# realisations, printed to PDF by `iki report --format pdf` (headless Chromium), pages turned
# into PNG by poppler's pdftoppm (Debian: apt-get install poppler-utils).
# Run from anywhere: bash docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
make setup >/dev/null
command -v pdftoppm >/dev/null || { echo "needs pdftoppm: apt-get install poppler-utils" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# a fixed print date, so that the pictures change only when the reports do
.venv/bin/iki report --all --realisasi examples/realisasi --format pdf --tanggal 2025-12-31 \
  -o "$out" 2>/dev/null || true
page() {  # page PDF NUMBER PNG: one page at 80 dpi
  pdftoppm -png -r 80 -f "$2" -l "$2" -singlefile "$1" "${3%.png}"
}
form="$out/jabatan/kasi-ketenagakerjaan.pdf"
last=$(pdfinfo "$form" | awk '/^Pages:/ {print $2}')
page "$form" 1 docs/report-form.png
page "$form" "$last" docs/report-signatures.png
# the office report's page with the pohon kinerja of the Kabid Pelayanan Terpadu Satu Pintu
tree=$(for n in $(seq 1 "$(pdfinfo "$out/laporan-kinerja.pdf" | awk '/^Pages:/ {print $2}')"); do
  text=$(pdftotext -f "$n" -l "$n" "$out/laporan-kinerja.pdf" -)
  if grep -q "Kasi Pengaduan" <<<"$text" && ! grep -qw "Jabatan" <<<"$text"; then
    echo "$n"; break; fi; done)
page "$out/laporan-kinerja.pdf" "$tree" docs/report-pohon.png
ls -l docs/report-form.png docs/report-signatures.png docs/report-pohon.png
