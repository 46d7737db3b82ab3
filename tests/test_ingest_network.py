"""URLs and feeds, fetched from a server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import pytest

from ceasewatch.pipeline import read_articles
from tests.localserver import serve

pytestmark = pytest.mark.network


@pytest.fixture(scope="module")
def base(fixtures):
    with serve(fixtures / "ingest") as url:
        yield url


def test_url_page_is_fetched_and_cleaned(base):
    articles, failures = read_articles([f"{base}/kafr-nabl-shelling.html"])
    assert not failures
    article = articles[0]
    assert article.url == f"{base}/kafr-nabl-shelling.html"
    assert article.title == "Artillery shelling kills four in Kafr Nabl"
    assert "Kafr Nabl" in article.text


def test_rss_feed_entries_own_content_or_fetched_page(base):
    articles, failures = read_articles([f"{base}/feed.xml"])
    titles = {a.title: a for a in articles}
    # the teaser entry was fetched from its link; the full entry came from its own content
    assert "under the deal" in titles["Truce announced for Daraa countryside"].text.lower()
    market = titles["Market reopens in Maarat al-Numan"]
    assert market.source == "Levant Monitor" and str(market.published) == "2019-07-15"
    assert len(failures) == 1 and failures[0].origin.endswith("/missing.html")
    assert "404" in failures[0].reason


def test_atom_feed(base):
    articles, failures = read_articles([f"{base}/atom.xml"])
    assert not failures
    assert articles[0].title == "Convoy reaches Atarib"
    assert articles[0].author == "R. Khalil"
    assert str(articles[0].published) == "2020-02-20"


def test_feed_that_404s(base):
    _, failures = read_articles([f"{base}/no-such-feed.xml"])
    assert "HTTP 404" in failures[0].reason


def test_timeout_is_a_clear_failure(base, monkeypatch):
    monkeypatch.setenv("CEASEWATCH_NET_TIMEOUT_SECONDS", "0.5")
    _, failures = read_articles([f"{base}/slow"])
    assert "timed out after 0.5 s" in failures[0].reason


def test_declared_oversize_body_is_refused(base):
    _, failures = read_articles([f"{base}/huge"])
    assert "too large" in failures[0].reason


def test_unreachable_host_is_a_clear_failure():
    _, failures = read_articles(["http://127.0.0.1:9/nothing"])
    assert "network error" in failures[0].reason
