"""URLs and feeds, fetched from a server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

from ceasewatch import net
from ceasewatch.errors import FetchError
from ceasewatch.pipeline import read, read_articles
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


def test_unreachable_host_is_a_clear_failure(monkeypatch):
    monkeypatch.setenv("CEASEWATCH_NET_ALLOW_PRIVATE_ADDRESSES", "1")
    _, failures = read_articles(["http://127.0.0.1:9/nothing"])
    assert "network error" in failures[0].reason


# --- server-side request forgery -------------------------------------------------------------

SECRET = "TOP-SECRET-TOKEN " + "internal word " * 120


def _secret_site(folder: Path) -> Path:
    folder.mkdir()
    (folder / "secret.txt").write_text(SECRET)
    return folder


def _feed_linking(tmp_path: Path, link: str) -> Path:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Evil</title><item>'
        f"<title>Read this</title><link>{link}</link><description>teaser</description>"
        "</item></channel></rss>"
    )
    return feed


def _everything_read(sources: list[str]) -> str:
    """Every byte the pipeline kept: raw documents, article texts and failure reasons."""
    kept = []
    for raw, result in read(sources):
        kept.append(raw.data.decode("utf-8", "replace") if raw is not None else "")
        kept.append(result.model_dump_json())
    return "\n".join(kept)


def test_feed_link_to_a_loopback_secret_is_refused(tmp_path):
    with serve(_secret_site(tmp_path / "www"), allow_private=False) as base:
        feed = _feed_linking(tmp_path, f"{base}/secret.txt")
        articles, failures = read_articles([str(feed)])
        kept = _everything_read([str(feed)])
    assert not articles
    assert "refused" in failures[0].reason and "loopback" in failures[0].reason
    assert "TOP-SECRET" not in kept


def test_the_same_feed_is_fetched_when_the_intranet_is_opted_in(tmp_path):
    # the control: the refusal above is the address check, not a broken server or feed
    with serve(_secret_site(tmp_path / "www"), allow_private=True) as base:
        articles, _ = read_articles([str(_feed_linking(tmp_path, f"{base}/secret.txt"))])
    assert "TOP-SECRET" in articles[0].text


def test_a_redirect_to_a_private_address_is_refused(tmp_path, monkeypatch):
    # The server on 127.0.0.1 stands in for a public site: only that address is let through,
    # so what is refused is the hop to 127.0.0.2, checked after the redirect.
    real = net.refusal
    monkeypatch.setattr(net, "refusal", lambda a: None if str(a) == "127.0.0.1" else real(a))
    with serve(_secret_site(tmp_path / "www"), allow_private=False) as base:
        port = base.rsplit(":", 1)[1]
        url = f"{base}/redirect?to=http://127.0.0.2:{port}/secret.txt"
        with pytest.raises(FetchError, match=r"redirected to http://127\.0\.0\.2.*loopback"):
            net.fetch(url)
        assert "TOP-SECRET" in net.fetch(f"{base}/secret.txt").data.decode()  # control


def test_metadata_address_is_refused_even_for_an_intranet(tmp_path):
    site = _secret_site(tmp_path / "www")
    with serve(site, allow_private=True) as base, pytest.raises(FetchError, match="metadata"):
        net.fetch(f"{base}/redirect?to=http://169.254.169.254/latest/meta-data/")


def test_redirect_loops_are_bounded(tmp_path, monkeypatch):
    monkeypatch.setenv("CEASEWATCH_NET_MAX_REDIRECTS", "3")
    site = _secret_site(tmp_path / "www")
    with serve(site) as base, pytest.raises(FetchError, match=r"too many redirects \(more than 3"):
        net.fetch(f"{base}/loop")


def test_dns_rebinding_is_caught_at_connect_time(tmp_path, monkeypatch):
    """The name resolves to a public address when checked and to 127.0.0.1 when connected."""
    answers = iter(["93.184.216.34", "127.0.0.1"])
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):
        if host != "news.example":
            return real(host, port, *args, **kwargs)
        address = next(answers, "127.0.0.1")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setenv("CEASEWATCH_NET_ALLOW_PRIVATE_ADDRESSES", "0")
    with pytest.raises(FetchError, match="loopback") as caught:
        net.fetch("http://news.example/secret.txt")
    assert caught.value.origin == "http://news.example/secret.txt"
    assert next(answers, None) is None  # both answers were used: check, then connect


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.1.1", "::1", "fc00::1",
     "fe80::1", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::ffff:127.0.0.1", "192.0.2.1"],
)  # fmt: skip
def test_addresses_inside_are_refused(address, monkeypatch):
    monkeypatch.delenv("CEASEWATCH_NET_ALLOW_PRIVATE_ADDRESSES", raising=False)
    assert net.refusal(ipaddress.ip_address(address)) is not None
    assert net.refusal(ipaddress.ip_address("93.184.216.34")) is None


def test_only_http_urls_are_fetched():
    for url in ("file:///etc/passwd", "ftp://example.org/x", "gopher://x/"):
        with pytest.raises(FetchError, match="only http"):
            net.fetch(url)


def test_a_name_that_stops_resolving_at_connect_time_is_a_network_error(monkeypatch):
    answers = iter(["93.184.216.34"])
    real = socket.getaddrinfo

    def vanishing(host, port, *args, **kwargs):
        if host != "news.example":
            return real(host, port, *args, **kwargs)
        address = next(answers, None)
        if address is None:
            raise socket.gaierror(-2, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", vanishing)
    with pytest.raises(FetchError, match="network error: cannot resolve") as caught:
        net.fetch("http://news.example/page.html")
    assert caught.value.origin == "http://news.example/page.html"


def test_the_servers_charset_travels_with_the_document():
    from ceasewatch.ingest.sources import fetched_hints

    page = net.Fetched("http://x.example/a", 200, "text/html; charset=ISO-8859-2", b"")
    assert fetched_hints(page) == {"url": "http://x.example/a", "charset": "ISO-8859-2"}
