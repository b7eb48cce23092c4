# Sourced by scripts/build and scripts/test: make (once) and enter the project's
# virtual environment in .venv, with kg installed in it (editable) plus "$@" extras.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
"$PYTHON" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"kg needs Python 3.11 or newer; {sys.executable} is {sys.version.split()[0]}")
PY
if [ ! -x .venv/bin/python ]; then
  echo "creating the virtual environment .venv" >&2
  "$PYTHON" -m venv .venv
fi
EXTRAS="${1:-}"
echo "installing kg${EXTRAS:+[$EXTRAS]} into .venv" >&2
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${EXTRAS:+[$EXTRAS]}" >&2
