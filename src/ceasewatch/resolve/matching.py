"""Name -> actor matching, in the order the resolve stage tries it.

1. exact / alias  the normalised name is a canonical name or an alias (``normalize_name``)
1b. descriptor    an owner and unit nouns ("Russian jets", "regime warplanes", "Syrian and
                  Russian air strikes"), read through the descriptor tables (``owners.py``)
1c. backed        "<backer>-backed <words>": the words matched again ("Turkish-backed rebels"
                  are rebels; the backing is a relation, not an identity); but
                  "<side>-aligned <generic noun>" ("GNA-aligned forces") is the side
2. skeleton       same transliteration skeleton (Jaysh/Jaish, Zinki/Zenki): "fuzzy", 0.95
3. fuzzy          rapidfuzz ratio over skeletons >= FUZZY_THRESHOLD, and the same over
                  their distinctive words (words found in the names of fewer than
                  COMMON_WORD_ACTORS actors), so that "Government of Iran" never meets
                  "Government of Israel" nor "UK forces" "US forces" (see calibrate.py)
4. contained      a known name plus only filler words or unit nouns ("HTS militants", "the SAA
                  and its allies", "Hezbollah drones"; both lists are data, see
                  ``knowledge/descriptors.py``): the longest such name, score 0.9. Other words
                  veto it: "Al-Qaeda in the Arabian Peninsula" is not al-Qaeda.

Each step is tried on every wording of a mention (surface words, name, the parts of
"Syrian Arab Army (SAA)") before the next step, so a weaker step never hides a stronger one.

Every step is date-aware through ``ActorKB.candidates_on``: a name denotes what it meant on the
event date. Every step is also country-aware: a name that several actors of different countries
carry ("SNA": the Somali National Army in Somalia, the Syrian National Army in Syria) denotes the
one of the article's country; with no country, or none of it, the name is ambiguous and matches
nothing (the curator's queue lists its readings). An alias written with countries
(``{name: SNA, countries: [SO]}``, ``Actor.alias_countries``) is a reading only in a report
about one of them: "ADF" in Uganda is the Allied Democratic Forces, not Australia's. Built once
per knowledge base (``matcher_for``) and reused for every article.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import ahocorasick
from rapidfuzz import fuzz, process

from ceasewatch.knowledge import ActorKB
from ceasewatch.knowledge.actor_names import normalize_name, skeleton
from ceasewatch.knowledge.actors import NameMatch
from ceasewatch.knowledge.descriptors import Owner
from ceasewatch.memo import Memo
from ceasewatch.model import Actor
from ceasewatch.resolve.owners import read

# Calibrated on the built-in KB by ``python -m ceasewatch.resolve.calibrate`` (misspelt names
# as positives, names of actors taken out of the KB as negatives; table in docs/KNOWLEDGE.md):
# from 92 up no trial matched a wrong actor (precision 1.000, recall 0.48 of misspellings the
# skeleton does not fold); at 88-90 the YPG and YPJ, whose Kurdish names differ in one word,
# are confused. An unresolved name is queued for a curator; a wrong actor is silently wrong.
FUZZY_THRESHOLD = 92.0
# Shorter skeletons are acronyms or one short word ("SAA" vs "SNA", "IS" vs "US"): one edit
# changes the actor, so they never match fuzzily.
FUZZY_MIN_LENGTH = 6
# A skeleton word found in the names of this many actors ("government", "forces", "jaish",
# "division") says nothing about which actor is meant.
COMMON_WORD_ACTORS = 3
# A word of this many letters this close to a common word is that word misspelt.
COMMON_MISSPELT_LENGTH = 6
COMMON_MISSPELT = 88.0
SCORE_EXACT = 1.0
# Two words this close are one word misspelt ("nurth" is no spelling of "suth"): see _aligned.
WORD_RATIO = 75.0
SCORE_UNDATED = 0.9  # the name is known but not for an actor active on the event date
SCORE_CONTAINED = 0.9
SCORE_SKELETON = 0.95
# A force read from its owner and a unit noun ("Russian jets"): a description, not a name.
SCORE_DESCRIPTOR = 0.85
# "<backer>-backed <actor>" (normalised: hyphens are spaces); the backer must be a known owner
# word or actor name, so that "Moscow-backed" counts and "well-backed" does not.
BACKED = re.compile(r"^(.+?) (?:backed|supported|sponsored|funded|armed|trained) (.+)$")
# "<side>-aligned <generic armed noun>" ("GNA-aligned forces", "government-aligned gunmen"):
# men fighting for a side without a name of their own are coded as that side (ACLED codes the
# side's forces, not an unnamed group); a named group after it keeps its own name.
ALIGNED = re.compile(r"^(.+?) (?:aligned|allied|affiliated) (.+)$")
# Nouns for a body of its own: "army-allied militias" are a militia beside the army, not it.
OWN_BODY = frozenset(["militia", "militias", "militiamen", "group", "groups", "tribesmen"])

# Single quotes a writer puts around a name in the source's words ('Shene', 'Amba boys'): not
# part of the name. Only a pair counts: an apostrophe inside or after a word (Hay'at, People's,
# Lions' Den, Kurdistan Workers' Party) is kept.
_QUOTED = re.compile(r"(?<![\w'])'(?=\w)([^'\n]{1,80}?\w)'(?![\w'])")


# The last word of an owner's words that names its government, not its forces (``_government``).
GOVERNMENT_HEADS = frozenset({"government", "govt", "gov't"})
# The last word of a description that names a state's police, not its military (``_police``).
POLICE_HEADS = frozenset({"police"})


def unquoted(text: str) -> str:
    """``text`` with a pair of single quotes around words made spaces (the length is kept)."""
    return _QUOTED.sub(lambda m: f" {m.group(1)} ", text)


@dataclass(frozen=True)
class FuzzyHit:
    key: str  # the skeleton in the index
    score: float  # rapidfuzz ratio, 0-100


def common_words(index: dict[str, list[str]]) -> frozenset[str]:
    """Skeleton words shared by the names of at least COMMON_WORD_ACTORS actors."""
    actors_by_word: dict[str, set[str]] = {}
    for key, ids in index.items():
        for word in key.split():
            actors_by_word.setdefault(word, set()).update(ids)
    return frozenset(w for w, ids in actors_by_word.items() if len(ids) >= COMMON_WORD_ACTORS)


def distinctive(key: str, common: frozenset[str]) -> str:
    """The words of ``key`` that are not common, nor a misspelling of a common word ("libration"
    says no more than "liberation")."""
    return " ".join(w for w in key.split() if not _common(w, common))


def _common(word: str, common: frozenset[str]) -> bool:
    if word in common:
        return True
    if len(word) < COMMON_MISSPELT_LENGTH:
        return False
    return (
        process.extractOne(word, common, scorer=fuzz.ratio, score_cutoff=COMMON_MISSPELT)
        is not None
    )


def fuzzy_best(
    key: str,
    keys: list[str],
    common: frozenset[str],
    cutoff: float = FUZZY_THRESHOLD,
    allowed: Callable[[str], bool] | None = None,
) -> FuzzyHit | None:
    """The best skeleton in ``keys`` close to ``key`` in whole, in its distinctive words and
    word by word; ``allowed`` filters the keys (the article's country's actors)."""
    own = distinctive(key, common)
    if not own:  # only common words ("Syrian government forces"): nothing to be sure of
        return None
    for other, score, _ in process.extract(
        key, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=10
    ):
        if allowed is not None and not allowed(other):
            continue
        theirs = distinctive(other, common)
        if (own == theirs or fuzz.ratio(own, theirs) >= cutoff) and _aligned(key, other):
            return FuzzyHit(other, float(score))
    return None


def _aligned(key: str, other: str) -> bool:
    """Names of as many words differ only by misspelt words: "Shan State Army South" is not
    "Shan State Army North", although both directions are common words."""
    ours, theirs = key.split(), other.split()
    if len(ours) != len(theirs):
        return True
    return all(a == b or fuzz.ratio(a, b) >= WORD_RATIO for a, b in zip(ours, theirs, strict=True))


@dataclass(frozen=True)
class Match:
    """The actor a name was matched to, how, and how sure."""

    actor: Actor
    method: str  # "exact", "alias", "fuzzy", "descriptor"
    score: float
    # More actors the same words name ("Syrian and Russian warplanes": Russia's forces here).
    others: tuple[Actor, ...] = ()


def written_count(form: str, text: str) -> int:
    """``len(re.findall(rf"(?<!\\w){re.escape(form)}(?!\\w)", text))``: how often ``form`` is
    written as a word of its own. Found with ``str.find``: a pattern that opens with a
    lookbehind is tried at every character (~0.3 ms a form on a FA-KES article, ~1 % of the
    pipeline, session 29). A match resumes the search after itself, a miss one character on,
    as the regex does; ``\\w`` is ``str.isalnum`` or "_" for ``str`` patterns."""
    if not form:
        return len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", text))
    count, at = 0, text.find(form)
    while at >= 0:
        end = at + len(form)
        if not (at and _word_char(text[at - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            count += 1
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)
    return count


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# Fuzzy searches a Matcher remembers before it starts again (a few MB at most).
FUZZY_CACHE_SIZE = 20_000


class Matcher:
    """Matching indexes over one knowledge base."""

    def __init__(self, kb: ActorKB) -> None:
        self.kb = kb
        self.automaton = ahocorasick.Automaton()
        for name in kb.names():
            key = normalize_name(name)
            if key:
                self.automaton.add_word(f" {key} ", key)
        self.automaton.make_automaton()
        # Acronyms and short capitalised names ("IS", "HaD", "FACT", "US") by normal form: in
        # running text only their written case names them ("is", "had", "fact", "us" do not).
        self.acronyms: dict[str, set[str]] = {}
        for name in kb.names():
            if " " not in name and name != name.lower() and (len(name) <= 5 or name.isupper()):
                self.acronyms.setdefault(normalize_name(name), set()).add(name)
        self.skeleton_ids = kb.skeletons()
        self.skeleton_keys = [k for k in self.skeleton_ids if len(k) >= FUZZY_MIN_LENGTH]
        self.common = common_words(self.skeleton_ids)
        # longest first, so that "air strikes" goes before "strikes"
        self.filler = sorted(kb.descriptors.filler | kb.descriptors.units, key=len, reverse=True)
        # fuzzy hits by (skeleton, country): a name unknown in one article recurs in the next,
        # and its search runs over every key of the base (issue 9 speed); bounded
        self._fuzzy_hits: Memo[tuple[str, str | None], FuzzyHit | None] = Memo(FUZZY_CACHE_SIZE)

    def known_names_in(self, text: str) -> list[str]:
        """Every known name (normalised) that occurs as whole words in ``text``; a name in
        single quotes ("fighting between the army and 'Shene'") counts as written."""
        haystack = f" {normalize_name(unquoted(text))} "
        return [key for _end, key in self.automaton.iter(haystack)]

    def names_written_in(self, text: str) -> list[str]:
        """Like ``known_names_in``, but an acronym counts only as written ("IS", not "is")."""
        known = self.known_names_in(text)
        found = [k for k in known if k not in self.acronyms]
        # acronyms in the order first written, never a set's (hash-seeded) order: the callers'
        # ties and float sums follow it, and Dask workers each draw their own seed (issue 15)
        for key in dict.fromkeys(k for k in known if k in self.acronyms):
            for form in self.acronyms[key]:
                found += [key] * written_count(form, text)
        return found

    def match(self, *wordings: str, on: dt.date | None, country: str | None = None) -> Match | None:
        """The best actor for any of ``wordings`` on ``on`` in a report about ``country``
        (module docstring), or None."""
        steps = (self._exact, self._descriptor, self._backed, self._skeleton, self._fuzzy)
        for step in (*steps, self._contained):
            # A description is read from the whole words only: the name of a longer phrase
            # that is no description ("Syrian" in "the Syrian town ...") describes nothing.
            whole = step in (self._descriptor, self._backed)
            for words in wordings[:1] if whole else wordings:
                if self.ambiguous(words, country):
                    continue
                found = step(words, on, country)
                if found is not None:
                    return self._described_instead(found, words, wordings[0], on, country)
        return None

    def _described_instead(
        self, found: Match, words: str, whole: str, on: dt.date | None, country: str | None
    ) -> Match:
        """A generic word matched in part of the reference ("Government" of "Government
        warplanes") gives way to the description of the whole words (government forces)."""
        if words == whole or not found.actor.generic:
            return found
        described = self._descriptor(whole, on, country)
        return described if described is not None else found

    def describe(self, words: str, on: dt.date | None, country: str | None = None) -> Match | None:
        """``words`` read as a description ("US air strikes": Military Forces of the US) in a
        report about ``country``, or None when they are no description of a force."""
        return self._descriptor(words, on, country)

    def describe_elided(self, words: str, sibling: str, on: dt.date | None) -> Match | None:
        """An owner word whose unit noun a joined reference carries: "Rwandan" of "Rwandan and
        Mozambican troops" read as "Rwandan troops"; None when the sibling ends in no unit
        noun or the words are more than one owner word."""
        last = normalize_name(sibling).split()[-1:] if sibling.strip() else []
        table = self.kb.descriptors
        if not last or last[0] not in table.units or normalize_name(words) not in table.owners:
            return None
        return self._descriptor(f"{words} {last[0]}", on)

    def names_a_thing(self, words: str) -> bool:
        """The words end in a weapon or vehicle noun ("a VBIED", "the Jaffar Express")."""
        table = self.kb.descriptors
        text = " ".join(
            w for w in normalize_name(words).split() if w not in table.modifiers and not w.isdigit()
        )
        return any(text == p or text.endswith(f" {p}") for p in table.not_actors)

    def readings(self, name: str, *, scoped: bool = False) -> list[Actor]:
        """The concrete actors of different countries ``name`` can denote, when more than one;
        with ``scoped``, also the one actor whose alias it is only in some countries (an id
        the entity ruler gave for it is re-read with the article's country)."""
        found: list[Actor] = []
        local = False
        for m in self.kb.lookup(name):
            if not m.actor.generic and all(a.id != m.actor.id for a in found):
                found.append(m.actor)
                local = local or m.countries is not None
        return found if (scoped and local) or len({a.country for a in found}) > 1 else []

    def ambiguous(self, name: str, country: str | None) -> bool:
        """Several actors of different countries carry ``name``, none is of ``country``, and
        it is the canonical name of none or several of them ("Al Shabaab" in a Kenyan report
        is Somalia's, whose own name it is; Mozambique's insurgents are called so locally).
        An alias scoped to other countries than ``country`` is no reading ("ADF" in Uganda is
        the Allied Democratic Forces, not Australia's, whose acronym it is only at home); with
        no country known a scoped alias counts as any alias (several countries' actors: none)."""
        readings = self.readings(name)
        out = {m.actor.id for m in self.kb.lookup(name) if not m.names_in(country)}
        if out and readings:
            readings = [a for a in readings if a.id not in out]
            if len({a.country for a in readings}) < 2:
                return False  # at most one country's reading is left: _exact takes it
        if not readings or any(a.country == country for a in readings):
            return False
        key = skeleton(name)  # "al-Shabab" is a spelling of "Al Shabaab"
        return sum(skeleton(a.name) == key for a in readings) != 1

    def _exact(self, name: str, on: dt.date | None, country: str | None = None) -> Match | None:
        found = self._candidates(name, on, country)
        if country is not None and any(a.country == country for a in self.readings(name)):
            # "UN peacekeepers" in Mali after MINUSMA left are not another country's mission
            found = [m for m in found if m.actor.generic or m.actor.country in (country, None)]
        if found:
            return Match(found[0].actor, found[0].method, SCORE_EXACT)
        undated = self._candidates(name, None, country) if on is not None else []
        if undated:
            return Match(undated[0].actor, undated[0].method, SCORE_UNDATED)
        return None

    def _candidates(self, name: str, on: dt.date | None, country: str | None) -> list[NameMatch]:
        """What ``name`` can denote on ``on`` in a report about ``country`` (an alias scoped to
        other countries dropped), the article's country's actors first."""
        found = [m for m in self.kb.candidates_on(name, on) if m.names_in(country)]
        return _local(found, country, name)

    def _contained(self, name: str, on: dt.date | None, country: str | None = None) -> Match | None:
        whole = normalize_name(name)
        # longest first, one length in the order written (never a set's hash-seeded order)
        parts = sorted(dict.fromkeys(self.known_names_in(name)), key=len, reverse=True)
        for part in parts:
            rest = f" {whole} ".replace(f" {part} ", " ", 1).split()
            if part == whole or not self._only_filler(rest) or self.ambiguous(part, country):
                continue
            found = self._exact(part, on, country)
            if found is not None and not found.actor.generic:
                return Match(found.actor, found.method, min(found.score, SCORE_CONTAINED))
        return None

    def _only_filler(self, words: list[str]) -> bool:
        """Every word is filler, a number or part of a unit phrase ("air strikes")."""
        text = " ".join(w for w in words if not w.isdigit())
        for phrase in self.filler:
            text = f" {text} ".replace(f" {phrase} ", " ").strip()
        return not text

    def _descriptor(
        self, name: str, on: dt.date | None, country: str | None = None
    ) -> Match | None:
        reading = read(name, self.kb.descriptors)
        if reading is None:
            return None
        found: list[tuple[Actor, bool]] = []
        for slot in reading.slots:
            actors = self._slot(slot, reading.rest, on, country)
            if not actors:
                return None
            found += [a for a in actors if a[0] not in [f[0] for f in found]]
        score = SCORE_DESCRIPTOR if all(ok for _, ok in found) else SCORE_UNDATED - 0.1
        others = tuple(a for a, _ in found[1:])
        first = self._police(name, self._government(name, found[0][0], on), on)
        return Match(first, "descriptor", round(score, 3), others)

    def _police(self, name: str, actor: Actor, on: dt.date | None) -> Actor:
        """ "Ghanaian police", "Timorese police": the state's police (ACLED's "Police Forces
        of X"), where an owner word before the unit noun "police" was read as its military
        ("police" is a unit noun of every owner). Only when "police" is the last word, the
        words are no "military police", and the owner a state read as its military."""
        words = normalize_name(name).split()
        country = actor.country
        if len(words) < 2 or words[-1] not in POLICE_HEADS or words[-2] == "military":
            return actor
        if country is None or actor.id not in self.kb.roles.get(("military", country), ()):
            return actor
        police = self.kb.role_actor("police", country, on)
        return police if police is not None else actor

    def _government(self, name: str, actor: Actor, on: dt.date | None) -> Actor:
        """ "The Colombian government", "Mali's government": the state's government (ACLED's
        "Government of X", a party to agreements and decisions), where an owner word before
        a unit noun ("government helicopters", "government troops") names its forces. Only
        when "government" is the last word and the owner a state read as its military; a
        violent act of the government stays its forces' (``devices.forces_not_government``)."""
        words = name.lower().split()
        country = actor.country
        if not words or words[-1] not in GOVERNMENT_HEADS or country is None:
            return actor
        if actor.id not in self.kb.roles.get(("military", country), ()):
            return actor
        government = self.kb.role_actor("government", country, on)
        return government if government is not None else actor

    def _backed(self, name: str, on: dt.date | None, country: str | None = None) -> Match | None:
        """ "Turkish-backed rebels", "US-backed SDF": the backed actor (who backs it is a
        relation, not the actor's identity)."""
        aligned = self._aligned(name, on, country)
        if aligned is not None:
            return aligned
        found = BACKED.match(normalize_name(name))
        if found is None:
            return None
        backer, backed = found.group(1), found.group(2)
        if not (self.kb.lookup(backer) or backer in self.kb.descriptors.owners):
            return None
        inner = self.match(backed, on=on, country=country)
        if inner is None:
            return None
        return Match(inner.actor, inner.method, min(inner.score, SCORE_CONTAINED), inner.others)

    def _aligned(self, name: str, on: dt.date | None, country: str | None) -> Match | None:
        """ "GNA-aligned forces", "government-aligned gunmen": the side they are aligned
        with, when the words after it name no actor of their own (unit nouns, a generic word)."""
        found = ALIGNED.match(normalize_name(name))
        if found is None:
            return None
        rest = found.group(2)
        if OWN_BODY & set(rest.split()):
            return None
        if not self._only_filler(rest.split()):
            inner = self.match(rest, on=on, country=country)
            if inner is None or not inner.actor.generic:
                return None
        side = self.match(found.group(1), on=on, country=country)
        if side is None:
            return None
        return Match(side.actor, side.method, min(side.score, SCORE_CONTAINED), side.others)

    def _slot(
        self,
        slot: tuple[Owner, ...],
        rest: str | None,
        on: dt.date | None,
        where: str | None = None,
    ) -> list[tuple[Actor, bool]]:
        """The actor(s) of one owner group: a generic owner word is read through a country
        owner's ``refers_to`` ("Syrian regime helicopters", "Syrian Kurdish fighters") or gives
        way to the specific owner ("the Russian army"); two specific owners are two actors.
        An owner word whose meaning depends on the war (``Owner.within``: "coalition jets" in
        Yemen) is read by the article's country ``where``."""
        if rest is not None:
            generic = [m.actor for m in self.kb.candidates_on(rest, on) if m.actor.generic]
            bare = self.kb.descriptors.bare.get(rest)
            if not generic and bare is not None:  # "Iraqi families": civilians
                generic = [a for a, _ in [self._dated(bare.actors, on)] if a.generic]
            if not generic:
                return []
            country = next((o.country for o in slot if o.country), None)
            target = self.kb.reading(generic[0], country, on) if country else None
            return [(target, True)] if target else [(generic[0], True)]
        chosen = [self._dated(_owned(owner, where), on) for owner in slot]
        country = next((o.country for o in slot if o.country), None)
        generic = [a for a, _ in chosen if a.generic]
        target = self.kb.reading(generic[-1], country, on) if country and generic else None
        if target is not None:
            # "Syrian Kurdish fighters": the generic word read through the owner's country
            return [(target, True)]
        return [c for c in chosen if not c[0].generic] or chosen[:1]

    def _dated(self, ids: tuple[str, ...], on: dt.date | None) -> tuple[Actor, bool]:
        """The first of ``ids`` active on ``on`` (and True), else the first (and False)."""
        for actor_id in ids:
            now = actor_id if on is None else self.kb.successor_on(actor_id, on)
            if on is None or self.kb.active_on(now, on):
                return self.kb.actors[now], True
        return self.kb.actors[ids[0]], False

    def _skeleton(self, name: str, on: dt.date | None, country: str | None = None) -> Match | None:
        key = skeleton(name)
        if len(key) < FUZZY_MIN_LENGTH:
            return None
        return self._best(self.skeleton_ids.get(key, []), on, SCORE_SKELETON, country)

    def _fuzzy(self, name: str, on: dt.date | None, country: str | None = None) -> Match | None:
        key = skeleton(name)
        if len(key) < FUZZY_MIN_LENGTH or not self.skeleton_keys:
            return None
        hit = self._fuzzy_hits.answer(
            (key, country),
            lambda: fuzzy_best(key, self.skeleton_keys, self.common, allowed=self._of(country)),
        )
        if hit is None:
            return None
        return self._best(self.skeleton_ids[hit.key], on, round(hit.score / 100.0, 3), country)

    def _of(self, country: str | None) -> Callable[[str], bool] | None:
        """A filter of skeleton keys: names of an actor of ``country`` or of no country (a
        misspelt name in a Sudanese report is not a Nigerien army's)."""
        if country is None:
            return None
        return lambda key: any(
            self.kb.actors[i].country in (country, None) for i in self.skeleton_ids[key]
        )

    def _best(
        self, ids: list[str], on: dt.date | None, score: float, country: str | None = None
    ) -> Match | None:
        """The first of ``ids`` as it was on ``on``, preferring concrete over generic actors
        and the article's country; None when concrete actors of other countries compete."""
        actors = []
        for actor_id in ids:
            now = actor_id if on is None else self.kb.successor_on(actor_id, on)
            actors.append(self.kb.actors[now])
        concrete = {a.country for a in actors if not a.generic}
        if len(concrete) > 1 and country not in concrete:
            return None
        actors.sort(key=lambda a: (a.generic, a.country != country))
        return Match(actors[0], "fuzzy", score) if actors else None


def _local(found: list[NameMatch], country: str | None, name: str) -> list[NameMatch]:
    """Candidates with the article's country's actors first, then the actor whose own name it
    is ("al-Shabab" with no country: Somalia's, not Mozambique's); a stable re-ordering."""
    if len({m.actor.country for m in found}) < 2:
        return found
    key = skeleton(name)
    return sorted(
        found,
        key=lambda m: (m.actor.generic, m.actor.country != country, skeleton(m.actor.name) != key),
    )


_MATCHERS: weakref.WeakKeyDictionary[ActorKB, Matcher] = weakref.WeakKeyDictionary()


def matcher_for(kb: ActorKB) -> Matcher:
    """The matcher of ``kb``, built on first use (the KB is built once per run)."""
    matcher = _MATCHERS.get(kb)
    if matcher is None:
        matcher = Matcher(kb)
        _MATCHERS[kb] = matcher
    return matcher


def _owned(owner: Owner, where: str | None) -> tuple[str, ...]:
    """The actor ids an owner word denotes in a report about ``where`` (``Owner.within``)."""
    local = owner.within.get(where) if where is not None else None
    return (local,) if local is not None else owner.actors


__all__ = ["FUZZY_MIN_LENGTH", "FUZZY_THRESHOLD", "Match", "Matcher", "matcher_for"]
