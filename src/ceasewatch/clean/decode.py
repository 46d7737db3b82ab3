"""Bytes -> text, refusing what is not text rather than guessing wildly."""

from __future__ import annotations

import charset_normalizer

from ceasewatch.errors import InputError

# charset-normalizer's "chaos" is the share of the decoded text that looks like mojibake;
# above 0.2 (its own default threshold for a usable guess) the result is not readable text.
MAX_CHAOS = 0.2


def decode(origin: str, data: bytes) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 first (with or without BOM), then UTF-16 with a BOM,
    then the best legacy-encoding guess; undecodable input raises ``InputError``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(origin, f"invalid UTF-16 at byte {exc.start}") from exc
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise InputError(
            origin,
            f"undecodable bytes: not UTF-8 (first bad byte at offset {first_bad}) "
            "and no legacy encoding reads it as text; re-save the file as UTF-8",
        )
    return str(best), best.encoding
