#!/usr/bin/env bash
# The reviewer's view in README.md, reproduced: the fictitious office of tests/examples/base is
# committed to a new git repository on `main`, then a pull request's edits are made in the working
# tree (two targets raised, one mendukung mistyped) and `iki diff main --format md` prints what
# the job summary shows. Fixed names and dates make the commit id, and so the output, the same on
# every machine.
#
#   bash docs/diff-demo.sh [md|text|json]   # from the repository root, with iki installed
set -euo pipefail

here=$(pwd)
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
cp -R "$here/tests/examples/base/." "$repo"
cd "$repo"

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
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")

edit("kepala.yaml", "2025: 90", "2025: 95")
edit("staf.yaml", "TW3: 300, TW4: 400", "TW3: 330, TW4: 450")
edit("staf.yaml", "kepala/layanan-tepat-waktu", "kepala/layanan-tepat")
PY

iki diff main --format "${1:-md}"
