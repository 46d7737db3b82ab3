"""The optional LLM reviewer against a fake OpenAI-compatible server on 127.0.0.1: answers are
recorded beside the event, never applied; every way an answer can fail leaves the event as it
was, with the reason."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

from ceasewatch.cli import main
from ceasewatch.model import SUB_EVENT_TO_TYPE, Extraction
from ceasewatch.review import (
    MAX_FAILURES_IN_A_ROW,
    Reviewer,
    endpoint_url,
    review_extraction,
    system_prompt,
)
from tests import serve_data

GOOD = {"verdict": "disagree", "suggested_sub_event_type": "Air/drone strike", "reason": "a jet"}


def _answer(content: Any = None, refusal: str | None = None, finish: str = "stop") -> bytes:
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    body = {"model": "fake-llm-7b", "choices": [{"message": message, "finish_reason": finish}]}
    return json.dumps(body).encode()


ANSWERS: dict[str, tuple[int, bytes]] = {
    "ok": (200, _answer(json.dumps(GOOD))),
    "refuse": (200, _answer(None, refusal="I cannot help with that.")),
    "filtered": (200, _answer("", finish="content_filter")),
    "prose": (200, _answer("Sure! The event is an air strike.")),
    "schema": (200, _answer(json.dumps({"verdict": "maybe", "reason": "?"}))),
    "label": (200, _answer(json.dumps({**GOOD, "suggested_sub_event_type": "Skirmish"}))),
    "notjson": (200, b"<html>gateway</html>"),
    "nochoices": (200, b'{"error": "overloaded"}'),
    "error": (500, b'{"error": "boom"}'),
}


class FakeLLM(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict[str, Any]]] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        kind = self.path.strip("/").split("/")[0]
        length = int(self.headers.get("Content-Length", "0"))
        FakeLLM.requests.append({"path": self.path, "body": json.loads(self.rfile.read(length))})
        if kind == "slow":
            time.sleep(1.5)
        if kind == "redirect":
            self.send_response(307)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status, body = ANSWERS.get(kind, ANSWERS["ok"])
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)


@pytest.fixture(scope="module")
def llm() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLLM)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def no_private_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """The operator's own endpoint needs no opt-in to private addresses (module docstring)."""
    monkeypatch.setenv("CEASEWATCH_NET_ALLOW_PRIVATE_ADDRESSES", "0")


@pytest.fixture
def extraction() -> Extraction:
    art, _ = serve_data.article(serve_data.TEXT_A, "t", serve_data.dt.date(2019, 1, 5), "Wire")
    return serve_data.extraction_a(art)


def _reviewed(url: str, extraction: Extraction, timeout: float = 5.0) -> Extraction:
    art, _ = serve_data.article(serve_data.TEXT_A, "t", serve_data.dt.date(2019, 1, 5), "Wire")
    return review_extraction(extraction, art, Reviewer(url, "fake", timeout=timeout))


def _unchanged(before: Extraction, after: Extraction) -> None:
    for old, new in zip(before.events, after.events, strict=True):
        assert new.model_copy(update={"review": None}) == old


def test_a_review_is_recorded_beside_the_event_and_never_applied(llm, extraction):
    FakeLLM.requests.clear()
    reviewed = _reviewed(llm + "/ok", extraction)
    _unchanged(extraction, reviewed)
    review = reviewed.events[0].review
    assert review is not None and review.verdict == "disagree"
    assert review.suggested_sub_event_type == "Air/drone strike"
    assert review.model == "fake-llm-7b" and review.reason == "a jet"
    assert reviewed.events[0].sub_event_type == "Armed clash"  # the rules' type stays
    request = FakeLLM.requests[0]
    assert request["path"] == "/ok/v1/chat/completions"
    body = request["body"]
    assert body["response_format"]["type"] == "json_schema"
    told = json.loads(body["messages"][1]["content"])
    assert told["coded_sub_event_type"] == "Armed clash" and told["actor1"] == "Ansar Allah"
    assert {"field": "event_type", "words": "clashed"} in told["rule_trace"]["evidence"]
    assert len(FakeLLM.requests) == len(extraction.events)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("refuse", "refused: I cannot help"),
        ("filtered", "content filter"),
        ("prose", "content is not JSON"),
        ("schema", "not the schema's JSON"),
        ("label", "not the schema's JSON"),
        ("notjson", "not JSON"),
        ("nochoices", "no choices"),
        ("error", "HTTP 500"),
        ("redirect", "redirects are not followed"),
    ],
)
def test_a_bad_answer_leaves_the_event_as_it_was_with_the_reason(llm, extraction, kind, reason):
    reviewed = _reviewed(f"{llm}/{kind}", extraction)
    _unchanged(extraction, reviewed)
    review = reviewed.events[0].review
    assert review is not None and review.verdict == "failed"
    assert reason in review.reason


def test_a_time_out_fails_and_a_dead_endpoint_is_not_asked_again_and_again(llm, extraction):
    many = extraction.model_copy(update={"events": extraction.events * 3})  # 6 events
    FakeLLM.requests.clear()
    started = time.monotonic()
    reviewed = _reviewed(f"{llm}/slow", many, timeout=0.3)
    assert time.monotonic() - started < 6 * 1.5  # not every event waited for the server
    reasons = [e.review.reason for e in reviewed.events if e.review]
    assert all("timed out" in r for r in reasons[:MAX_FAILURES_IN_A_ROW])
    assert all(r.startswith("not sent") for r in reasons[MAX_FAILURES_IN_A_ROW:])
    assert len(FakeLLM.requests) == MAX_FAILURES_IN_A_ROW
    _unchanged(many, reviewed)


def test_a_metadata_address_is_refused_even_as_an_endpoint(extraction):
    reviewed = _reviewed("http://169.254.169.254/", extraction)
    review = reviewed.events[0].review
    assert review is not None and review.verdict == "failed" and "metadata" in review.reason


def test_endpoint_forms_and_the_prompt_names_every_type():
    assert endpoint_url("http://h:8080") == "http://h:8080/v1/chat/completions"
    assert endpoint_url("http://h:8080/v1/") == "http://h:8080/v1/chat/completions"
    assert endpoint_url("http://h/x/chat/completions") == "http://h/x/chat/completions"
    prompt = system_prompt()
    assert all(sub in prompt for sub in SUB_EVENT_TO_TYPE)


def test_analyze_with_a_review_endpoint_records_reviews(llm, tmp_path: Path):
    report = tmp_path / "report.txt"
    report.write_text(
        "Syrian government forces shelled the town of Khan Shaykhun in Idlib on 3 May 2019, "
        "killing four civilians, local activists said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["analyze", str(report), "--json", "--review-endpoint", llm + "/ok"]
    )
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)["events"]
    assert events and all(e["review"]["verdict"] == "disagree" for e in events)
    assert all(e["sub_event_type"] == "Shelling/artillery/missile attack" for e in events)


def test_the_summary_names_a_disagreeing_or_failed_review(extraction):
    from ceasewatch.cli.analyze import _reviewed
    from ceasewatch.model import Review

    event = extraction.events[0]
    assert _reviewed(event) == ""
    disagree = Review(verdict="disagree", suggested_sub_event_type="Grenade", reason="r")
    assert _reviewed(event.model_copy(update={"review": disagree})) == (
        "  [reviewer: disagree -> Grenade]"
    )
    failed = Review(verdict="failed", reason="timed out after 60 s")
    assert "review failed: timed out" in _reviewed(event.model_copy(update={"review": failed}))
