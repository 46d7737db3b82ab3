"""The outlet a report came from: its given name, else its web address's host. One function
for the store (``articles.outlet``, migration 0017: the archive page's outlet filter and list)
and the desk (the outlet shown), so that what is shown is what can be filtered."""

from __future__ import annotations

from urllib.parse import urlsplit

from ceasewatch.model import Article


def outlet_host(article: Article) -> str | None:
    """The outlet a report without an outlet name came from, read off its address's host
    ("https://www.reuters.com/world/..." -> "reuters.com"); None without a web address."""
    for address in (article.url, article.origin):
        if address and address.startswith(("http://", "https://")):
            host = (urlsplit(address).hostname or "").lower()
            host = host.removeprefix("www.")
            if host:
                return host
    return None


def outlet(article: Article) -> str | None:
    """The outlet shown and filtered on: the given name, else the address's host."""
    return article.source or outlet_host(article)


__all__ = ["outlet", "outlet_host"]
