#!/usr/bin/env bash
# The Debian packages the tests need, installed when this user can (root, or sudo without a
# password), else a stop naming each missing package and the command that installs it.
#   chromium     the browser tests drive Debian's chromium (/usr/bin/chromium), headless
#   postgresql   initdb and pg_ctl for the PostgreSQL store tests (a throw-away cluster)
# Called by `make test`, `make screenshots` and .ci/run.
set -euo pipefail

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"  # the path tests/browser uses
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
if ! command -v initdb >/dev/null 2>&1 || ! command -v pg_ctl >/dev/null 2>&1; then
  # Debian keeps them off PATH, under /usr/lib/postgresql/<version>/bin.
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then missing+=(postgresql); fi
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "error: the tests need the Debian package(s) ${missing[*]}, which are not installed," >&2
  echo "and this user cannot install them (not root, no password-less sudo). Install with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "installing the Debian package(s) the tests need: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { "${SUDO[@]}" apt-get update -qq && \
       "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; }; then
  echo "error: could not install ${missing[*]}; install them by hand:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
