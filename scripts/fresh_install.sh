#!/usr/bin/env bash
# A new user's first minutes, checked: copy the checkout to a temporary folder, run the README's
# "Without make" line there exactly as written (the interpreter's bundled pip, no upgrade), then
# `ceasewatch --help` and `ceasewatch analyze` on the seed. Any failure stops with the step.
#   scripts/fresh_install.sh [SEED]   (default: $CEASEWATCH_SHARED/seed/..., else the built-in copy)
# Run by .ci/run before `make test`; takes a few minutes (a full resolve and install).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
name="idlib-de-escalation-zone-2018-01-11.txt"
seed="${1:-${CEASEWATCH_SHARED:+$CEASEWATCH_SHARED/seed/$name}}"
[ -n "$seed" ] && [ -f "$seed" ] || seed="$repo/src/ceasewatch/demo/$name"
seed="$(cd "$(dirname "$seed")" && pwd)/$(basename "$seed")"

fail() { echo "FRESH INSTALL FAILED: $*" >&2; exit 1; }

# The line between the backticks after "Without make:" in the README.
line="$(grep -o 'Without make: `[^`]*`' README.md | head -1 | sed -e 's/^Without make: `//' -e 's/`$//')"
[ -n "$line" ] || fail "README.md has no 'Without make: \`...\`' line"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The files of the checkout (tracked, and new ones not ignored), not its .venv or caches.
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  [ -e "$f" ] && printf '%s\0' "$f"
done | tar --null -T - -cf - | tar -xf - -C "$tmp"

echo "fresh install: $line   (in $tmp)" >&2
(cd "$tmp" && bash -euo pipefail -c "$line") || fail "the README's install line failed: $line"
# Every later step runs the installed command with the copy's folder as working directory.
cli="$tmp/.venv/bin/ceasewatch"
(cd "$tmp" && "$cli" --help >/dev/null) || fail "\`ceasewatch --help\` failed after: $line"
(cd "$tmp" && "$cli" analyze "$seed" > "$tmp/analysis.txt") \
  || fail "\`ceasewatch analyze $seed\` failed after: $line"
grep -q "event(s)" "$tmp/analysis.txt" || fail "\`ceasewatch analyze\` printed no summary"
echo "fresh install: ok ($(grep 'article(s)' "$tmp/analysis.txt"))" >&2
