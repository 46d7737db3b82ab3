"""Refresh docs/screenshots/ on purpose: run the browser tests with their screenshots pointed at
the docs folder (a normal test run writes them to a temporary folder instead).

    python scripts/screenshots.py        (or: make screenshots)

Both browser modules take part: test_desk_browser.py (the seed, ingested through the page:
archive, article, events, map, agreement, actor, ingest, job) and test_desk_layout.py (a
hand-built archive at 1440x900 and 390x844: morning view, trends, the map with an outlier,
actors, event, events and article as a phone shows them).

Needs what the browser tests need: Debian's chromium and the shared seed ($CEASEWATCH_SHARED).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "docs" / "screenshots"


def main() -> int:
    env = {**os.environ, "CEASEWATCH_SCREENSHOTS": str(TARGET)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
               str(REPO / "tests" / "browser")]  # fmt: skip
    code = subprocess.call(command, cwd=REPO, env=env)
    if code == 0:
        print(f"screenshots refreshed in {TARGET.relative_to(REPO)}; review and commit them")
    return code


if __name__ == "__main__":
    sys.exit(main())
