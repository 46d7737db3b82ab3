"""Place-name keys that survive Arabic-to-English transliteration.

Two keys per name:

- ``name_key``: lower-case ASCII words, articles dropped (al-, el- and sun-letter forms such as
  as-, ad-, az- before the same consonant), word variants mapped to one form (Tell/Tal/Tall,
  Umm/Um, Kabir/Kbir/Big, Kafr/Kfar...), apostrophes and backticks gone, doubled letters
  collapsed, ou/oo -> u, ei/ey/ai -> ay. Equal keys are the same name spelled differently.
- ``skeleton_key``: the consonants of ``name_key`` with the letters that romanisations disagree on
  merged (dad/za/dh/th -> one letter, q/k -> k): Duhur, Zuhur, Dhuhur and Thohur share one
  skeleton. Equal skeletons are candidates, scored with rapidfuzz on ``name_key``.

The word and article tables are data (``data/gazetteer/transliteration.tsv``).
"""

from __future__ import annotations

import csv
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from ceasewatch.memo import LockedMemo
from ceasewatch.model import Place

DATA_DIR = Path(str(resources.files("ceasewatch.knowledge") / "data" / "gazetteer"))

# Marks for ayn and hamza that romanisations write or leave out at will.
_APOSTROPHES = re.compile(r"['`´‘’ʿʾʻʼ\u02bd\u02be\u02bf]")
_NON_WORD = re.compile(r"[^0-9a-z\u0600-\u06ff]+")
_DOUBLE = re.compile(r"([a-z])\1+")
# Final ta marbuta is written -a, -ah or -eh (Batina, Batinah, Batineh).
_TA_MARBUTA = re.compile(r"(?<=[a-z]{2})[ae]h$")
# Vowel spellings that differ between French-era, English and scholarly romanisations.
_VOWELS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ay"), ("ey", "ay"), ("ai", "ay"))
# "Abul" (Abu al-) is written glued in OCHA's tables ("Abul Thohur").
_GLUED = {"abul": ("abu",), "abol": ("abu",), "aboul": ("abu",)}

# Letters NFKD does not split into a base letter and a mark, folded to the Latin letters English
# copy writes for them: without this "Đắk Lắk" keyed as "ak lak" and no text's "Dak Lak" found it
# (Vietnamese đ; Scandinavian ø and æ; Polish ł; Icelandic þ and ð; Maltese ħ; Turkish dotless ı;
# the œ of French names). Applied after casefold, so only the lower-case forms are listed.
LETTER_FOLD = str.maketrans(
    {"đ": "d", "ð": "d", "ø": "o", "ł": "l", "þ": "th", "æ": "ae", "œ": "oe", "ħ": "h", "ı": "i"}
)
# Diphthongs go first: "ei" is long i in Zeita but ay in Deir, so the skeleton drops both.
_SKELETON = (
    ("ay", "a"),
    ("aw", "a"),
    ("sh", "S"),
    ("ch", "S"),
    ("kh", "K"),
    ("gh", "G"),
    ("dh", "D"),
    ("th", "D"),
    ("z", "D"),
    ("d", "D"),
    ("q", "k"),
    ("p", "b"),
    ("v", "f"),
    ("e", ""),
    ("a", ""),
    ("i", ""),
    ("o", ""),
    ("u", ""),
)


@dataclass(frozen=True)
class Transliteration:
    """The word and article tables, with every entry already in normalised spelling."""

    articles: frozenset[str]
    words: dict[str, str]


def _spell(word: str) -> str:
    """Character rules only: doubled letters and vowel spellings."""
    word = _TA_MARBUTA.sub("a", _DOUBLE.sub(r"\1", word))
    for old, new in _VOWELS:
        word = word.replace(old, new)
    return word


@cache
def transliteration() -> Transliteration:
    articles: set[str] = set()
    words: dict[str, str] = {}
    path = DATA_DIR / "transliteration.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if row["kind"] == "article":
                articles.add(row["variant"])
            else:
                words[_spell(row["variant"])] = _spell(row["canonical"])
    return Transliteration(frozenset(articles), words)


def folded(name: str) -> str:
    """``name`` case-folded, its letters NFKD keeps whole folded (``LETTER_FOLD``: "Đắk" ->
    "dak") and its accents dropped: the one fold every name key starts from."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(LETTER_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _ascii_words(name: str) -> list[str]:
    stripped = _APOSTROPHES.sub("", folded(name))
    words: list[str] = []
    for word in _NON_WORD.sub(" ", stripped).split():
        words.extend(_GLUED.get(word, (word,)))
    return words


def _is_article(word: str, following: str | None, articles: frozenset[str]) -> bool:
    if word not in articles or following is None:
        return False
    if word in ("al", "el", "il", "ul"):
        return True
    # Sun-letter forms: "as" is an article only before an s-word ("as Safira"), else a word.
    consonant = word[1:]
    return following.startswith(consonant)


# Bounded: an import streams millions of distinct names through these (an unbounded cache would
# grow with the dump); 64k entries cover every name of a day's articles many times over.
KEY_CACHE_SIZE = 65_536


@lru_cache(maxsize=KEY_CACHE_SIZE)
def name_key(name: str) -> str:
    """Transliteration-insensitive key of a place name (see module docstring)."""
    table = transliteration()
    words = _ascii_words(name)
    kept: list[str] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        if _is_article(word, following, table.articles):
            continue
        spelled = _spell(word)
        kept.append(table.words.get(spelled, spelled))
    return " ".join(kept)


# "St"/"Ste" and "Saint"/"Sainte" are one word written two ways: GeoNames spells Jamaica's
# parish "Saint Catherine" but "St. Andrew", and reports write either ("Spanish Town, St
# Catherine"). Read at query time (``saint_variant``), so the built index's keys stay as they
# are (places44).
_SAINT_WORDS = {"st": "saint", "ste": "sainte", "saint": "st", "sainte": "ste"}


@cache
def _saint_keys() -> dict[str, str]:
    return {name_key(a): name_key(b) for a, b in _SAINT_WORDS.items()}


def saint_variant(key: str) -> str | None:
    """``key`` (a ``name_key``) with its "St"/"Ste" words written "Saint"/"Sainte" and the
    other way round, or None when it has no such word or is that word alone (a bare "St" is
    no name)."""
    table = _saint_keys()
    words = key.split()
    if len(words) < 2 or not any(w in table for w in words):
        return None
    return " ".join(table.get(w, w) for w in words)


@lru_cache(maxsize=KEY_CACHE_SIZE)
def skeleton_key(name: str) -> str:
    """Consonant skeleton of ``name_key(name)``: a coarse key for candidate search."""
    words = []
    for word in name_key(name).split():
        for old, new in _SKELETON:
            word = word.replace(old, new)
        words.append(_DOUBLE.sub(r"\1", word.lower()) or word)
    return " ".join(w for w in words if w)


# --- the on-disk index -----------------------------------------------------------------------

# Bump when the schema or the key functions above change: indexes keyed with older rules are
# re-keyed on open (imported dumps) or rebuilt (the built-in index).
KEY_VERSION = "4"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS places (
    pid INTEGER PRIMARY KEY,          -- the geonameid for GeoNames rows
    id TEXT NOT NULL UNIQUE,          -- "geonames:170063", "ocha:SY07", "cities1000:35.74,37.04"
    name TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    feature_class TEXT,
    feature_code TEXT,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    population INTEGER
);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL,
    skeleton TEXT NOT NULL,
    pid INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (pid, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_key ON names (key);
CREATE INDEX IF NOT EXISTS names_skeleton ON names (skeleton);
CREATE INDEX IF NOT EXISTS places_country ON places (country);
CREATE TABLE IF NOT EXISTS imports (file TEXT NOT NULL, rows INTEGER NOT NULL, at TEXT NOT NULL);
"""
_PLACE_COLUMNS = (
    "p.pid, p.id, p.name, p.latitude, p.longitude, p.feature_class, p.feature_code, "
    "p.country, p.admin1, p.admin2, p.population"
)
# A skeleton match below this rapidfuzz ratio of the name keys is a different name that happens
# to share consonants ("Khan" and "Khuwayn"); 0.75 keeps Salmo/Salmu, Zarzour/Zurzur.
SKELETON_MIN_SCORE = 0.75
# rapidfuzz ratio (0-100) for near matches over the names of a country: 88 admits one wrong or
# missing letter in a 9-letter key, and no more.
FUZZY_CUTOFF = 88.0
# A bracketed province one letter off its GeoNames spelling (``Gazetteer.near_admin1``): keys of
# seven letters or more ("atacora"/"atakora"); at five, "Bari"-like keys of two regions (Somalia's
# Bari, Italy's Bari) and many districts' two-letter neighbours would meet (places46).
ADMIN1_NEAR_MIN_LETTERS = 7
# A coast or bank region led by a river's or a unit's name ("East Coast Demerara", Guyana's
# Demerara-Mahaica; ``Gazetteer.admin1_led_by``): the leading word of six letters or more, so
# that a short common word never meets a unit's first word (session 47, notezi)
ADMIN1_LEAD_MIN_LETTERS = 6
# Distinct (name, prefix) lookups a Gazetteer remembers before it starts afresh: FA-KES's 804
# articles ask ~3,000 distinct names; each kept entry holds a handful of candidates.
LOOKUP_CACHE_SIZE = 20_000


@dataclass(frozen=True)
class Candidate:
    """A gazetteer entry that may be what a name in a text refers to."""

    place: Place
    matched: str  # the gazetteer's spelling that matched
    method: str  # "exact", "variant", "skeleton" or "fuzzy"
    score: float  # 0-1, how well the name matches (not whether the place is the right one)
    index: str  # which index it came from: "built-in", "imported", "extra:<file>"


# Where ``ceasewatch gazetteer import`` writes, and where ``load_gazetteer`` looks for it.
ENV_IMPORTED_DB = "CEASEWATCH_GAZETTEER_DB"


def default_import_path() -> Path:
    """$CEASEWATCH_GAZETTEER_DB, else gazetteer.sqlite in the user's data folder."""
    import os

    import platformdirs

    named = os.environ.get(ENV_IMPORTED_DB)
    if named:
        return Path(named).expanduser()
    return Path(platformdirs.user_data_dir("ceasewatch")) / "gazetteer.sqlite"


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and create, unless read-only) a gazetteer index."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        conn.executescript(SCHEMA)
    return conn


def _place(row: Sequence[Any]) -> Place:
    return Place(
        id=row[1],
        name=row[2],
        latitude=row[3],
        longitude=row[4],
        feature_class=row[5],
        feature_code=row[6],
        country=row[7],
        admin1=row[8],
        admin2=row[9],
        population=row[10],
    )


@dataclass
class _Index:
    label: str
    conn: sqlite3.Connection
    lock: threading.Lock = field(default_factory=threading.Lock)
    country_keys: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    admin1_keys: list[str] | None = None

    def query(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()


class Gazetteer:
    """Name -> candidate places over one or more indexes (built-in, imported dumps, extra files).

    Thread-safe for reads: each index is guarded by a lock (the web desk reads from threads).
    """

    def __init__(self, indexes: Sequence[tuple[str, sqlite3.Connection]] = ()) -> None:
        self._indexes = [_Index(label, conn) for label, conn in indexes]
        # Names recur from article to article ("Aleppo", "Idlib"); their candidates are kept,
        # bounded. The indexes are read-only once opened: an import writes another connection.
        self._found: LockedMemo[tuple[str, bool], tuple[Candidate, ...]]
        self._found = LockedMemo(LOOKUP_CACHE_SIZE)
        # near matches by (key, countries, limit): each searches every name of the countries
        self._fuzzy_found: LockedMemo[tuple[str, tuple[str, ...], int], tuple[Candidate, ...]]
        self._fuzzy_found = LockedMemo(LOOKUP_CACHE_SIZE)

    def clear_cache(self) -> None:
        """Forget remembered lookups (after writing into one of the open indexes)."""
        self._found.clear()
        self._fuzzy_found.clear()

    @property
    def labels(self) -> list[str]:
        return [index.label for index in self._indexes]

    def lookup(
        self, name: str, *, countries: Sequence[str] = (), prefix: bool = False
    ) -> list[Candidate]:
        """Every entry whose name matches ``name`` in some spelling, best match first.

        Exact and variant matches (same ``name_key``) and skeleton matches scored by rapidfuzz;
        ``prefix`` also takes names that start with ``name`` ("Abu al-Duhur" finds "Abu ad
        Duhur Military Airbase"); ``countries`` (ISO alpha-2) restricts the result when given.
        """
        found = self._found.answer((name, prefix), lambda: tuple(self._lookup(name, prefix)))
        return _best_first(_in_countries(list(found), countries))

    def _lookup(self, name: str, prefix: bool) -> list[Candidate]:
        """Every index's matches, in two steps: the distinct keys that share the name's key or
        skeleton (read from the indexes alone), scored, and only then the places of the keys
        that pass. A short name's skeleton ("lp" for Aleppo) is shared by hundreds of names
        that fail the score; fetching their places was most of a lookup's time."""
        key, skel = name_key(name), skeleton_key(name)
        if not key:
            return []
        where = "key = ? OR skeleton = ?"
        params: list[str] = [key, skel]
        saint = saint_variant(key)
        if saint is not None:
            where += " OR key = ?"
            params.append(saint)
        if prefix:
            # "key " up to "key!" (the next character after the space) is every longer name.
            where += " OR (key > ? AND key < ?) OR (skeleton > ? AND skeleton < ?)"
            params += [f"{key} ", f"{key}!", f"{skel} ", f"{skel}!"]
        found: list[Candidate] = []
        for index in self._indexes:
            keys = [
                r[0] for r in index.query(f"SELECT DISTINCT key FROM names WHERE {where}", params)
            ]
            kept = [
                k
                for k in keys
                if k in (key, saint) or _key_score(key, k, prefix) >= SKELETON_MIN_SCORE
            ]
            if not kept:
                continue
            rows = index.query(
                f"SELECT {_PLACE_COLUMNS}, n.name, n.key FROM names n JOIN places p USING (pid) "
                f"WHERE n.key IN ({','.join('?' * len(kept))}) ORDER BY p.pid, n.name",
                kept,
            )
            found.extend(_candidates(rows, name, key, index.label, prefix, saint))
        return found

    def fuzzy(self, name: str, countries: Sequence[str], limit: int = 10) -> list[Candidate]:
        """Near matches (a letter off) among the names of ``countries``; slower than lookup."""
        key = name_key(name)
        asked = (key, tuple(sorted(countries)), limit)
        found = self._fuzzy_found.answer(asked, lambda: tuple(self._fuzzy(key, countries, limit)))
        return list(found)

    def _fuzzy(self, key: str, countries: Sequence[str], limit: int) -> list[Candidate]:
        found: list[Candidate] = []
        for index in self._indexes:
            choices = self._country_keys(index, tuple(sorted(countries)))
            hits = process.extract(
                key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=limit
            )
            for hit_key, score, _ in hits:
                rows = index.query(
                    f"SELECT {_PLACE_COLUMNS}, n.name, n.key FROM names n "
                    "JOIN places p USING (pid) WHERE n.key = ?",
                    (hit_key,),
                )
                for row in rows:
                    found.append(Candidate(_place(row), row[11], "fuzzy", score / 100, index.label))
        return _best_first(_in_countries(found, countries))

    def admin1_led_by(self, word: str) -> list[Candidate]:
        """First-level units whose name begins with the one word ``word`` and goes on
        ("Demerara" leads Guyana's "Demerara-Mahaica", not "Upper Demerara-Berbice"): a coder's
        "East Coast Demerara" names a strip of that unit GeoNames lacks. Words of
        ``ADMIN1_LEAD_MIN_LETTERS`` or more only; the caller takes one unit only (session 47)."""
        key = name_key(word)
        if " " in key or len(key) < ADMIN1_LEAD_MIN_LETTERS:
            return []
        found: list[Candidate] = []
        for index in self._indexes:
            for hit_key in self._admin1_keys(index):
                if not hit_key.startswith(key + " "):
                    continue
                rows = index.query(
                    f"SELECT {_PLACE_COLUMNS}, n.name, n.key FROM names n "
                    "JOIN places p USING (pid) WHERE n.key = ? AND p.feature_code = 'ADM1'",
                    (hit_key,),
                )
                found += [Candidate(_place(r), r[11], "leading", 1.0, index.label) for r in rows]
        return _best_first(found)

    @staticmethod
    def _admin1_keys(index: _Index) -> list[str]:
        """The name keys of ``index``'s first-level units, read once."""
        if index.admin1_keys is None:
            # The places first (a few thousand ADM1 rows), then their names by primary key:
            # a join led by the names' key index read every name (~0.4-1.3 s on the built-in
            # index, inside the first article with a near province); same keys, same order.
            rows = index.query(
                "SELECT DISTINCT key FROM names WHERE pid IN "
                "(SELECT pid FROM places WHERE feature_code = 'ADM1') ORDER BY key",
                (),
            )
            index.admin1_keys = [r[0] for r in rows]
        return index.admin1_keys

    def near_admin1(self, name: str) -> list[Candidate]:
        """First-level units whose name is ``name`` with one letter changed, added or dropped
        ("Atacora" for Benin's "Atakora", "Oromiya" for "Oromia"): a coder's bracket spells a
        province as its country's press does, GeoNames as another romanisation does. Names of
        ``ADMIN1_NEAR_MIN_LETTERS`` or more only, so a short key ("Bari") never meets a
        neighbour's; the caller decides what a match abroad may stand for (places46)."""
        key = name_key(name)
        if len(key.replace(" ", "")) < ADMIN1_NEAR_MIN_LETTERS:
            return []
        found: list[Candidate] = []
        for index in self._indexes:
            hits = process.extract(
                key, self._admin1_keys(index), scorer=Levenshtein.distance, score_cutoff=1, limit=10
            )
            for hit_key, _, _ in hits:
                rows = index.query(
                    f"SELECT {_PLACE_COLUMNS}, n.name, n.key FROM names n "
                    "JOIN places p USING (pid) WHERE n.key = ? AND p.feature_code = 'ADM1'",
                    (hit_key,),
                )
                score = fuzz.ratio(key, hit_key) / 100
                found += [Candidate(_place(r), r[11], "fuzzy", score, index.label) for r in rows]
        return _best_first(found)

    def get(self, place_id: str) -> Place | None:
        for index in self._indexes:
            rows = index.query(f"SELECT {_PLACE_COLUMNS} FROM places p WHERE p.id = ?", (place_id,))
            if rows:
                return _place(rows[0])
        return None

    def size(self) -> dict[str, int]:
        """Places per index."""
        return {i.label: i.query("SELECT count(*) FROM places", ())[0][0] for i in self._indexes}

    def _country_keys(self, index: _Index, countries: tuple[str, ...]) -> list[str]:
        if countries not in index.country_keys:
            marks = ",".join("?" * len(countries))
            rows = index.query(
                "SELECT DISTINCT n.key FROM names n JOIN places p USING (pid) "
                f"WHERE p.country IN ({marks})",
                countries,
            )
            index.country_keys[countries] = [r[0] for r in rows]
        return index.country_keys[countries]


def _candidates(
    rows: Iterable[Sequence[Any]],
    name: str,
    key: str,
    label: str,
    prefix: bool = False,
    saint: str | None = None,
) -> Iterator[Candidate]:
    folded = name.casefold()
    for row in rows:
        matched, row_key = row[11], row[12]
        if row_key == key:
            method = "exact" if matched.casefold() == folded else "variant"
            yield Candidate(_place(row), matched, method, 1.0, label)
            continue
        if saint is not None and row_key == saint:
            yield Candidate(_place(row), matched, "variant", 1.0, label)
            continue
        score = _key_score(key, row_key, prefix)
        if score >= SKELETON_MIN_SCORE:
            yield Candidate(_place(row), matched, "skeleton", round(score, 3), label)


def _key_score(key: str, row_key: str, prefix: bool) -> float:
    """How well a gazetteer name's key matches the searched key (0-1). A longer name found by
    prefix is scored on its first words only (only in a prefix search: otherwise "Bab" would
    match "Babau" as well as "Bab" itself)."""
    head = (
        row_key[: len(key)]
        if prefix and row_key.startswith(key[:1]) and len(row_key) > len(key)
        else row_key
    )
    return max(fuzz.ratio(key, row_key), fuzz.ratio(key, head)) / 100


def _in_countries(found: list[Candidate], countries: Sequence[str]) -> list[Candidate]:
    return [c for c in found if not countries or c.place.country in countries]


def _best_first(found: list[Candidate]) -> list[Candidate]:
    """One candidate per place (its best-matching name), best score first."""
    best: dict[str, Candidate] = {}
    for cand in found:
        kept = best.get(cand.place.id)
        if kept is None or cand.score > kept.score:
            best[cand.place.id] = cand
    return sorted(best.values(), key=lambda c: (-c.score, -(c.place.population or 0), c.place.id))


@dataclass(frozen=True)
class LookupBenchmark:
    names: int  # lookups made
    seconds: float
    names_per_second: float
    found: int  # lookups with at least one candidate


def benchmark(gazetteer: Gazetteer, names: Sequence[str], repeat: int = 1) -> LookupBenchmark:
    """Time ``gazetteer.lookup`` over ``names`` (the key caches are cleared first, so every
    name pays for its normalisation, as a new article's names do)."""
    import time

    name_key.cache_clear()
    skeleton_key.cache_clear()
    found = 0
    started = time.perf_counter()
    for _ in range(repeat):
        for name in names:
            found += bool(gazetteer.lookup(name))
            name_key.cache_clear()
            skeleton_key.cache_clear()
    seconds = time.perf_counter() - started
    total = len(names) * repeat
    return LookupBenchmark(total, seconds, total / seconds if seconds else 0.0, found)
