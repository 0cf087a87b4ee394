# Sourced by bin/run, bin/test and bin/manage (not run by itself): make .venv/ with Python 3.11+
# and install the project into it, again only when pyproject.toml changed since the last install.
# Usage: setup_venv ""  (the product)  |  setup_venv "[dev]"  (with the test tools)

setup_venv() {
  local extras="$1" python="${PYTHON:-python3}" digest stamp
  if ! command -v "$python" >/dev/null 2>&1; then
    echo "noticetracker needs Python 3.11 or newer: '$python' was not found (set PYTHON=...)." >&2
    exit 1
  fi
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "noticetracker needs Python 3.11 or newer; $python is $("$python" --version 2>&1)" \
      "(set PYTHON=python3.11 or newer)." >&2
    exit 1
  fi
  if [ ! -x .venv/bin/python ]; then
    echo "Making the virtual environment .venv/ ..." >&2
    "$python" -m venv .venv
  fi
  digest=$(.venv/bin/python -c 'import hashlib,sys; print(hashlib.sha256(open("pyproject.toml","rb").read()).hexdigest()[:16])')
  stamp=".venv/.installed${extras}-${digest}"
  # the dev install includes the product's own dependencies
  if [ -f "$stamp" ] || { [ -z "$extras" ] && [ -f ".venv/.installed[dev]-${digest}" ]; }; then
    return 0
  fi
  echo "Installing noticetracker${extras} into .venv/ ..." >&2
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".${extras}"
  rm -f .venv/.installed*
  touch "$stamp"
}
