"""Bytes -> text, refusing what is not text rather than guessing wildly.

Order of trust: a byte-order mark; UTF-8 when the bytes are valid UTF-8 (legacy text with
accents practically never is, while pages declaring "iso-8859-1" over UTF-8 are common); the
charset the server or the document declares (HTTP header, ``<meta charset>``,
``<?xml encoding>``); then a legacy encoding chosen by charset-normalizer. Among Latin-script
readings of the same bytes the detector often ties (``à`` is ``ŕ`` in cp1250, ``ą`` in
cp1257), so the tie goes to windows-1252, the most common legacy encoding of Latin-script
text and what browsers read "latin-1" as (WHATWG).
Bytes that are broken UTF-8, or that no encoding reads as letters and punctuation, are refused.
Control characters are removed from every text (a cleaning note says how many).
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata

import charset_normalizer

from ceasewatch.errors import InputError

# charset-normalizer's "chaos" is the share of the decoded text that looks like mojibake;
# above 0.2 (its own default threshold for a usable guess) the result is not readable text.
MAX_CHAOS = 0.2
# A legacy reading is refused when more than this share of its non-ASCII characters are
# neither letters, digits, spaces nor punctuation (C1 controls, stray symbols such as ¯ ¬ ÿ þ
# between ASCII letters): real text in a legacy code page is letters and quotes.
MAX_ODD_SHARE = 0.1
# ... or when more than this share of all its characters are control characters.
MAX_CONTROL_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with UTF-16's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})""",
    re.I,
)
# Labels browsers read as windows-1252 (WHATWG Encoding Standard): its printable superset.
_AS_CP1252 = {"cp1252", "latin_1", "ascii"}
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Control characters other than tab, newline and carriage return (C0, DEL, C1); vertical tab
# and form feed separate lines, so they become newlines.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\x0b\x0c]")
# Symbols ordinary reports use (copyright lines, temperatures, prices, measures).
_COMMON_SYMBOLS = frozenset("©®°±×÷·§¶€£¥¢µ")
_ODD_CATEGORIES = ("Cc", "Cf", "Co", "Cn", "Sk", "Sm", "So", "Mn", "Me", "Mc")


def decode(origin: str, data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, how): ``how`` is the encoding ("utf-8" when nothing needed saying), with
    what was repaired appended, ready for the article's notes. ``declared`` is a charset the
    container named (an HTTP header); undecodable input raises ``InputError``."""
    text, how = _decode(origin, data, declared)
    text = _LINE_BREAKS.sub("\n", text)
    text, removed = _CONTROLS.subn("", text)
    if removed:
        how = f"{how}; {removed} NUL or other control character(s) removed"
    return text, how


def _decode(origin: str, data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), "utf-8" if codec == "utf-8-sig" else codec
            except UnicodeDecodeError as exc:
                raise InputError(origin, f"invalid {codec.upper()} at byte {exc.start}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
        cut_off = exc.end == len(data) and exc.reason == "unexpected end of data"
    for label in (declared, declared_charset(data)):
        named = _codec(label)
        if named is not None:
            with contextlib.suppress(UnicodeDecodeError):  # else the declaration is wrong
                text = data.decode(named)
                if plausible(text):
                    return text, named
    if cut_off and _UTF8_SEQUENCE.search(data, 0, first_bad):  # UTF-8 up to a cut
        return data[:first_bad].decode("utf-8"), "utf-8; a character cut off at the end"
    if broken_utf8(data):
        raise InputError(
            origin,
            f"invalid UTF-8 (bad byte at offset {first_bad} in text that is otherwise UTF-8): "
            "the file is damaged; re-save or re-download it",
        )
    return _legacy(origin, data, first_bad)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names in the first 4 KB."""
    match = _DECLARED.search(data[:4096])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", "replace")


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    if name in ("utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return None  # an ASCII-readable declaration cannot be in a 16/32-bit encoding
    return "cp1252" if name.replace("-", "_") in _AS_CP1252 else name


def broken_utf8(data: bytes) -> bool:
    """True when most high bytes form valid UTF-8 sequences, so the invalid rest is damage:
    legacy-encoded text almost never forms such sequences (a capital accented letter followed
    by a symbol), and reading damaged UTF-8 as a legacy code page gives mojibake ("Ã©")."""
    high = sum(1 for byte in data if byte >= 0x80)
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return in_sequences >= 4 and in_sequences * 2 >= high


def _legacy(origin: str, data: bytes, first_bad: int) -> tuple[str, str]:
    best = charset_normalizer.from_bytes(data).best()
    refused = InputError(
        origin,
        f"undecodable bytes: not UTF-8 (first bad byte at offset {first_bad}) "
        "and no legacy encoding reads it as text; re-save the file as UTF-8",
    )
    if best is None or best.chaos > MAX_CHAOS:
        raise refused
    text, encoding = str(best), best.encoding
    if _latin_script(text) or _stray_cjk(data, text):
        # one of the five bytes cp1252 leaves undefined: keep the detector's choice
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode("cp1252"), "cp1252"
    if not plausible(text):
        raise refused
    return text, encoding


def _stray_cjk(data: bytes, text: str) -> bool:
    """A CJK reading of mostly-ASCII bytes: CJK text is dense in two-byte characters, so a few
    CJK characters between ASCII words are accented Latin letters misread."""
    cjk = sum(1 for c in text if unicodedata.east_asian_width(c) == "W")
    return cjk > 0 and sum(1 for b in data if b >= 0x80) < 0.2 * len(data)


def _latin_script(text: str) -> bool:
    letters = {c for c in text if ord(c) >= 0x80 and c.isalpha()}
    return all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def plausible(text: str) -> bool:
    """Letters, digits, spaces and punctuation, as text in any language is; not symbols and
    control characters, as bytes read in the wrong encoding are."""
    if not text:
        return False
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r")
    if controls > MAX_CONTROL_SHARE * len(text):
        return False
    high = [i for i, c in enumerate(text) if ord(c) >= 0x80]
    odd = sum(1 for i in high if _odd(text, i))
    return odd <= MAX_ODD_SHARE * len(high)


def _odd(text: str, i: int) -> bool:
    """A non-ASCII character real text seldom has where it stands: a rare symbol or control,
    a capital right after a small letter ("marÆket"), punctuation wedged inside a word."""
    char = text[i]
    if char in _COMMON_SYMBOLS:
        return False
    category = unicodedata.category(char)
    if category in _ODD_CATEGORIES:
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if category == "Lu" and before.islower():
        return True
    return (
        category.startswith(("P", "S"))
        and char not in "’'"
        and before.isalpha()
        and after.isalpha()
    )
