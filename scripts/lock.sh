#!/usr/bin/env bash
# Regenerate requirements.lock: resolve '.[test]' afresh in a throw-away venv made with the
# interpreter's bundled pip (the pip a new user has; no upgrade), then freeze what it installed.
#   scripts/lock.sh            (PYTHON=python3.11 by default)
# `make` and the README's non-make line install with `-c requirements.lock`, so a new upstream
# release changes nothing until this script is run again and the result committed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$PYTHON" -m venv "$tmp/venv"
# Editable, as `make` installs it: nothing is built into the checkout.
"$tmp/venv/bin/pip" install --quiet -e '.[test]'
{
  echo "# The versions a fresh resolve of ceasewatch's '.[test]' installed, pinned."
  echo "# Regenerate: scripts/lock.sh   (resolved on $("$tmp/venv/bin/python" --version), $("$tmp/venv/bin/pip" --version | cut -d' ' -f1-2), $(uname -m))"
  echo "# Install:    pip install -c requirements.lock -e '.[test]'"
  "$tmp/venv/bin/pip" freeze --all --exclude-editable | grep -v -E '^(ceasewatch|pip|setuptools|wheel)( @|==)'
} > requirements.lock.new
mv requirements.lock.new requirements.lock
echo "wrote requirements.lock ($(grep -vc '^#' requirements.lock) pins)"
