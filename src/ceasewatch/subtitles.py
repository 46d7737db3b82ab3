"""A video's subtitles, SubRip (``.srt``) or WebVTT (``.vtt``), read and checked (session 27).

A monitor downloads a news video's subtitles: SubRip writes numbered cues, each a number line,
a timing line ``00:00:02,535 --> 00:00:07,985`` and one or more text lines, cues apart by a
blank line; WebVTT opens with ``WEBVTT`` (header lines such as ``Kind: captions`` may follow),
then blocks apart by blank lines: ``NOTE`` comments, ``STYLE`` and ``REGION`` blocks, and cues
(an optional identifier line, a timing line ``00:00:02.506 --> 00:00:07.850`` perhaps with cue
settings ``line:85% position:50% align:center``, then the text, with tags such as ``<v Anchor>``,
``<c.lower>``, ``<i>`` and inline timestamps ``<00:00:03.100>``).

Ingest checks a file with ``read_subtitles`` (a file that is no subtitles fails alone, naming the
problem); clean reads it again and writes the spoken text (``clean/subtitles.py``). Both read the
same ``Subtitles``. Every cue keeps where its text lines stand in the file (character offsets
into the decoded text and line numbers), so the cleaned text maps back to the cues the user fed.
No library is used: the PyPI parsers (``srt``, ``webvtt-py``, ``pysubs2``) give a cue's text but
not where it lies in the file, which is what keeps the evidence spans honest.

Sources: the SubRip format as its writers use it (Matroska's and ffmpeg's SubRip documentation);
W3C, "WebVTT: The Web Video Text Tracks Format" (Candidate Recommendation, 2019), sections 4
(syntax: signature, header, NOTE/STYLE/REGION blocks, cue timings and settings, cue payload tags).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ceasewatch.errors import InputError

SRT_KIND = "application/x-subrip"  # the media type ingest gives a SubRip file
VTT_KIND = "text/vtt"  # and a WebVTT file (IANA's type for WebVTT)
KINDS = frozenset({SRT_KIND, VTT_KIND})
SUFFIXES = {".srt": SRT_KIND, ".vtt": VTT_KIND}

# A cue timestamp: hours optional in WebVTT ("01:02.500"), the fraction after "," (SubRip) or
# "." (WebVTT; SubRip writers use it too).
_STAMP = (
    r"(?:(?P<{0}h>\d{{1,3}}):)?(?P<{0}m>[0-5]?\d):(?P<{0}s>[0-5]\d)(?:[.,](?P<{0}f>\d{{1,3}}))?"
)
TIMING = re.compile(
    rf"^\s*{_STAMP.format('a')}\s*-->\s*{_STAMP.format('b')}(?P<settings>(?:\s+\S+)*)\s*$"
)
_ARROW = re.compile(r"-->")
# What a SubRip file's head looks like: a cue number line, then a timing line.
_SRT_HEAD = re.compile(r"\A\ufeff?\s*\d+\s*\r?\n\s*" + _STAMP.format("x") + r"\s*-->")
_VTT_HEAD = re.compile(r"\A\ufeff?WEBVTT(?:[ \t][^\n]*)?(?:\r?\n|\Z)")
_BLOCK_KINDS = ("NOTE", "STYLE", "REGION")


@dataclass(frozen=True)
class Line:
    """One text line of a cue: its text as the file writes it, where it starts in the decoded
    file (``at``, a character offset) and its line number (1-based)."""

    text: str
    at: int
    number: int


@dataclass(frozen=True)
class Cue:
    """One cue: its position in the file (``index``, from 1), its identifier or SubRip number,
    its timing in milliseconds, its WebVTT settings and its text lines."""

    index: int
    ident: str | None
    begins: int
    ends: int
    settings: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Subtitles:
    """A subtitle file: its form (``srt`` or ``vtt``), its cues in the file's order, the WebVTT
    header's lines (``Kind: captions``) and its NOTE blocks' text."""

    form: str
    cues: tuple[Cue, ...]
    header: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    skipped: int = 0  # blocks that were no cue (a stray line, a STYLE or REGION block)


def sniff(text_head: bytes | str) -> str | None:
    """The subtitle kind an unnamed text's head shows ("WEBVTT", or a SubRip cue), or None."""
    head = text_head.decode("utf-8", "replace") if isinstance(text_head, bytes) else text_head
    head = head[:2048]
    if _VTT_HEAD.match(head):
        return VTT_KIND
    if _SRT_HEAD.match(head):
        return SRT_KIND
    return None


def _ms(match: re.Match[str], side: str) -> int:
    hours = int(match.group(f"{side}h") or 0)
    fraction = (match.group(f"{side}f") or "0").ljust(3, "0")
    minutes, seconds = int(match.group(f"{side}m")), int(match.group(f"{side}s"))
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + int(fraction)


def _problem(origin: str, form: str, what: str) -> InputError:
    name = "WebVTT" if form == "vtt" else "SubRip"
    return InputError(origin, f"not a {name} subtitle file: {what}")


def _decode(origin: str, data: bytes | str, form: str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16").removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if form == "vtt":  # WebVTT is UTF-8 by definition
            raise _problem(
                origin, form, f"not UTF-8 text (bad byte at offset {exc.start})"
            ) from exc
        return data.decode("cp1252", "replace")  # old SubRip files are often Windows-1252


def read_subtitles(origin: str, data: bytes | str, kind: str) -> Subtitles:
    """The cues of ``data`` (``kind`` one of ``KINDS``), or an ``InputError`` naming what is
    wrong: no WEBVTT signature, a broken timing line (with its line number), no cue with text."""
    form = "vtt" if kind == VTT_KIND else "srt"
    text = _decode(origin, data, form)
    lines = _lines(text)
    header: list[str] = []
    at = 0
    if form == "vtt":
        if not lines or not _VTT_HEAD.match(lines[0][0] + "\n"):
            raise _problem(origin, form, "the file does not open with the WEBVTT signature")
        at = 1
        while at < len(lines) and lines[at][0].strip() and not _ARROW.search(lines[at][0]):
            header.append(lines[at][0].strip())
            at += 1
    cues: list[Cue] = []
    notes: list[str] = []
    skipped = 0
    for block in _blocks(lines[at:]):
        first = block[0][0].strip()
        if form == "vtt" and first.split(" ")[0] in _BLOCK_KINDS and not _has_arrow(block):
            if first.startswith("NOTE"):
                notes.append(" ".join(t.strip() for t, _, _ in block)[4:].strip())
            else:
                skipped += 1
            continue
        timing_at = next((i for i, (t, _, _) in enumerate(block[:2]) if _ARROW.search(t)), None)
        if timing_at is None:
            if cues:  # a blank line inside a cue's text (a SubRip writer's slip): its text
                prev = cues[-1]
                more = tuple(Line(t, a, n) for t, a, n in block)
                cues[-1] = Cue(prev.index, prev.ident, prev.begins, prev.ends, prev.settings,
                               prev.lines + more)  # fmt: skip
            else:
                skipped += 1
            continue
        line, _, number = block[timing_at]
        match = TIMING.match(line)
        if match is None:
            raise _problem(origin, form, f"line {number}: no cue timing ({line.strip()[:60]!r})")
        begins, ends = _ms(match, "a"), _ms(match, "b")
        if ends < begins:
            raise _problem(origin, form, f"line {number}: the cue ends before it begins")
        ident = block[0][0].strip() if timing_at == 1 else None
        cues.append(
            Cue(
                index=len(cues) + 1,
                ident=ident,
                begins=begins,
                ends=ends,
                settings=match.group("settings").strip(),
                lines=tuple(Line(t, a, n) for t, a, n in block[timing_at + 1 :]),
            )
        )
    if not any(line.text.strip() for cue in cues for line in cue.lines):
        what = "no cue with text" if cues else "no cue (a timing line 'start --> end')"
        raise _problem(origin, form, what)
    if skipped > len(cues):  # mostly no cues: some other text with a stray arrow
        raise _problem(origin, form, f"{skipped} blocks are no cue, only {len(cues)} are")
    return Subtitles(form, tuple(cues), tuple(header), tuple(notes), skipped)


def _has_arrow(block: list[tuple[str, int, int]]) -> bool:
    return any(_ARROW.search(t) for t, _, _ in block[:2])


def _lines(text: str) -> list[tuple[str, int, int]]:
    """Each line of ``text`` without its end, its start offset and its number (from 1)."""
    out = []
    at = 0
    for number, raw in enumerate(text.splitlines(keepends=True), start=1):
        out.append((raw.rstrip("\r\n"), at, number))
        at += len(raw)
    return out


def _blocks(lines: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Runs of non-blank lines."""
    blocks: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    for line in lines:
        if line[0].strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


__all__ = [
    "KINDS",
    "SRT_KIND",
    "SUFFIXES",
    "VTT_KIND",
    "Cue",
    "Line",
    "Subtitles",
    "read_subtitles",
    "sniff",
]
