#!/usr/bin/env bash
# The reviewer's view in README.md, reproduced: a small fictitious office ("Dinas Contoh", the
# numbers invented) is committed to a new git repository on `main`, then a pull request's edits
# are made in the working tree (two targets raised, one mendukung mistyped) and `iki diff main`
# prints what the job summary shows. The files are written here rather than copied from the
# tests, and the names and dates are fixed, so the commit id, and with it the output, is the
# same on every machine.
#
#   bash docs/diff-demo.sh [md|text|json]      # with iki on PATH (make setup; .venv/bin)
set -euo pipefail

repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
cd "$repo"
mkdir -p data/positions

cat > iki.yaml <<'YAML'
# yaml-language-server: $schema=schemas/iki.schema.json
organisasi: Dinas Contoh
tahun: 2025
YAML

cat > data/positions/kepala.yaml <<'YAML'
# yaml-language-server: $schema=../../schemas/position.schema.json
id: kepala
jabatan: Kepala Dinas Contoh
atasan: null
fungsi:
  - perumusan kebijakan teknis
kinerja:
  - id: layanan-tepat-waktu
    sasaran: Meningkatnya pelayanan
    indikator: Persentase layanan yang selesai tepat waktu
    satuan: persen
    sumber_data: Aplikasi pelayanan perizinan
    rumus:
      ekspresi: tepat_waktu / seluruh * 100
      variabel:
        tepat_waktu: {uraian: Layanan selesai tepat waktu, satuan: layanan}
        seluruh: {uraian: Seluruh layanan, satuan: layanan}
    target:
      2025: 90
YAML

cat > data/positions/staf.yaml <<'YAML'
# yaml-language-server: $schema=../../schemas/position.schema.json
id: staf
jabatan: Pengadministrasi Umum
atasan: kepala
tugas: Melaksanakan administrasi umum
fungsi: []
kinerja:
  - id: surat-diproses
    sasaran: Terlaksananya administrasi persuratan
    indikator: Jumlah surat yang diproses
    satuan: surat
    sumber_data: Buku agenda surat
    mendukung: kepala/layanan-tepat-waktu
    target: {2025: {TW1: 100, TW2: 200, TW3: 300, TW4: 400}}
YAML

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_DATE=2025-01-06T09:00:00+07:00 GIT_COMMITTER_DATE=2025-01-06T09:00:00+07:00
git -c init.defaultBranch=main init --quiet
git add --all
git -c user.name=Perencana -c user.email=perencana@example.invalid commit --quiet -m "IKI 2025"

# The pull request: raise two targets, and mistype the superior's indicator.
python3 - <<'PY'
from pathlib import Path

def edit(name: str, old: str, new: str) -> None:
    path = Path("data/positions") / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, (name, old)
    path.write_text(text.replace(old, new), encoding="utf-8")

edit("kepala.yaml", "2025: 90", "2025: 95")
edit("staf.yaml", "TW3: 300, TW4: 400", "TW3: 330, TW4: 450")
edit("staf.yaml", "mendukung: kepala/layanan-tepat-waktu", "mendukung: kepala/layanan-tepat")
PY

iki diff main --format "${1:-md}"
