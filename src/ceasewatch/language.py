"""The language an article is written in, read by clean and (for an article that has none)
by extract.

py3langid reads short English texts full of names as another language: a coder's note of two
lines naming "Universidad de Antioquia", "Parque de las Luces" or "Teixeira de Freitas (Bahia)"
is read as Aragonese or Portuguese, and extract skips it as not English (recall35: three dev
notes of the world notes, all English, were lost so). Names are the words a text borrows from
other languages; its own language is in the words that are not names. A text read as another
language is read again without its capitalised words, their particles ("de las") and digits
("students and unions marched from to march"): when that is English, the text is English. A
text in Spanish, French, German or Portuguese keeps its language, since its lower-case words
are its own ("de abril de el ocupó una finca").
"""

from __future__ import annotations

import re

import py3langid

# Languages the English rules read: py3langid takes short Nigerian wire reports ("MAIDUGURI,
# Nigeria - Gunmen killed 20 villagers ...") for Nigerian Pidgin, an English-lexified language.
ENGLISH = frozenset({"en", "pcm"})
# Characters read (as clean always did): an article's head tells its language.
HEAD = 5000
# Fewest words, names left out, on which the second reading is trusted.
MIN_WORDS = 4
# Longest run of lower-case words between two capitalised ones read as a name's particles
# ("Parque de las Luces", "Teixeira de Freitas", "Dar es Salaam").
PARTICLES = 2
_WORD = re.compile(r"[^\W\d_]+")


def read_language(text: str) -> str:
    """The ISO 639 code py3langid reads for ``text``'s head, corrected to English when the
    words that are not names read as English."""
    head = text[:HEAD]
    language = str(py3langid.classify(head)[0])
    if language in ENGLISH:
        return language
    plain = _plain_words(_WORD.findall(head))
    if len(plain) >= MIN_WORDS and str(py3langid.classify(" ".join(plain))[0]) in ENGLISH:
        return "en"
    return language


def _plain_words(words: list[str]) -> list[str]:
    """The words that are not names: neither capitalised nor a name's particles (a run of at
    most ``PARTICLES`` lower-case words between two capitalised ones)."""
    caps = [w[0].isupper() for w in words]
    out = []
    i = 0
    while i < len(words):
        if caps[i]:
            i += 1
            continue
        j = i
        while j < len(words) and not caps[j]:
            j += 1
        inside = i > 0 and j < len(words) and j - i <= PARTICLES
        if not inside:
            out += words[i:j]
        i = j
    return out
