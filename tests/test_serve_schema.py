"""Issue 14, item 9: the OpenAPI document keeps its word, checked by schemathesis against a live
desk on 127.0.0.1 (every operation, HEAD included, positive and negative inputs, every check:
server errors, undocumented statuses, media types and headers, response schemas, 405 with
Allow, inputs the schema forbids accepted, or allows refused).

Bounded: a few examples per operation with a fixed seed (about a minute on one core). Writes
carry the token, so the ingest endpoints' own refusals (empty text, wrong file type) are
exercised; fetching URLs and the demo ingest are left out (no network, no NLP run).

Positive inputs may still be refused with a documented 415 or 422: some rules span several
parameters (start <= end, west < east) or content (a blank text, a file's name ending), which a
JSON Schema cannot state."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ceasewatch.serve import create_app
from tests import serve_data
from tests.localserver import serve_app

pytestmark = pytest.mark.network
TOKEN = "schema-token-0123456789"
CONFIG = """
[checks.positive_data_acceptance]
expected-statuses = ["2xx", "401", "403", "404", "415", "422", "429"]
"""


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("schema") / "archive.db"
    serve_data.build(path)
    app = create_app(path, token=TOKEN, resources=serve_data.resources())
    with serve_app(app) as url:
        yield url


def test_schemathesis_finds_nothing(base_url: str, tmp_path: Path) -> None:
    command = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    if command is None:
        pytest.fail("schemathesis is missing: pip install -e '.[test]'")
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG, encoding="utf-8")
    result = subprocess.run(
        [
            command, "--config-file", str(config), "run", f"{base_url}/openapi.json",
            "--checks", "all", "--max-examples", "3", "--seed", "1", "--workers", "1",
            "--header", f"Authorization: Bearer {TOKEN}",
            "--exclude-path", "/api/ingest/urls", "--exclude-path", "/api/ingest/demo",
            "--no-color",
        ],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    summary = result.stdout[-3000:]
    assert result.returncode == 0, summary
    found = re.search(r"(\d+) generated, (\d+) passed", summary)
    assert found is not None, summary
    generated, passed = int(found.group(1)), int(found.group(2))
    assert generated >= 500 and passed == generated, summary  # a real run, all of it passed
