"""Where a sentence says events happened: place names after "in/near/at/around/outside..."
(lists included: "in A, B, C and near D"), and place entities that are a trigger's object
("shelled Aleppo"). Qualifiers ("near", "outskirts of", "countryside of", "southern") and a
containing region ("in the X area in southern Idlib") are kept for the geocoder.

A name the entity ruler marks as a KB actor, or one headed by a faction word ("Jaish ...",
"Liwa ..."), is an armed group, not a place, even inside a list of places; the refusal is noted.
Countries and capitals the KB also uses for governments ("Damascus said", "Syria's army") are
places where the grammar says so: after a place preposition or as a strike's object.

Descriptions before a name are read through: "the northern Syrian city of Aleppo", "the Syrian
capital Damascus", "rebel-held eastern Ghouta". A possessor is the containing region, not a
second place: "Syria's Idlib province" (also written "Syrias Idlib") is Idlib, within Syria.
spaCy's small model labels some city names as nationalities or languages ("Aleppo" as NORP);
a singular proper noun that is no nationality adjective is still a name.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Any

from ceasewatch.daynames import MONTHS
from ceasewatch.extract.lexicon import Lexicon
from ceasewatch.extract.nlp import doc_text, sentence_ents
from ceasewatch.extract.posts import THREAD_KEY, in_post
from ceasewatch.extract.tokens import token_table
from ceasewatch.knowledge.countries import country_named, name_abroad, split_possessor
from ceasewatch.knowledge.world import big_cities, plain_key

NOT_PLACE_ENTS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "NORP", "EVENT"}
)
OBJECT_PLACE_DEPS = frozenset({"dobj", "nsubjpass"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small English model gives city names by mistake ("Aleppo" as NORP or LANGUAGE).
MISLABELLED_ENTS = frozenset({"NORP", "LANGUAGE"})
# Nationality adjectives and plurals ("Syrian", "Iraqi", "Kurds") are not place names.
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|i)$")
# Place-type nouns opening a description ("the Syrian capital Damascus"); the lexicon's place
# nouns ("city of", "town of") are added to these.
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "province", "governorate"})
# Admin words that make the named place a region, kept as the qualifier for the geocoder.
ADMIN_WORDS = frozenset({"province", "governorate", "district", "subdistrict", "sub-district"})
# Month and weekday abbreviations ("Oct", "Feb", "Sat") read as names in datelines and headlines.
CALENDAR_WORDS = frozenset(w for w in (*calendar.month_abbr, *calendar.day_abbr, "Sept") if w)
# Title-case headlines capitalise every word, so the words after a preposition read as a name:
# "18 Civilians Killed in Barrel Bomb Attack on Rural Aleppo", "29 Rebels Dead in Fighting for
# Key Aleppo Road". A name that ends in the word for an attack or a battle names the event,
# never a place (a place so named, "Attack Hill", is not among the gazetteers' towns either).
EVENT_NOUNS = frozenset(
    {"attack", "attacks", "bombing", "bombings", "strike", "strikes", "airstrike", "airstrikes",
     "raid", "raids", "massacre", "blast", "explosion", "shelling", "fighting", "clash",
     "clashes", "offensive", "assault", "ambush", "bomb", "bombs", "battle"}
)  # fmt: skip
# A wire headline's credit after the place ("Strike kills 15 in Syria's Idlib: Monitor", the
# colon lost): the words that say who told it are not part of the place's name.
CREDIT_WORDS = frozenset({"monitor", "monitors", "activists", "sources", "report", "reports",
                          "says", "say", "media", "officials"})  # fmt: skip
# Words for a camp named after its place ("Kakuma refugee camp", "Mugunga camp"): a place when
# a trigger acts on it without a preposition (issue 9, session 17).
CAMP_WORDS = frozenset({"camp", "camps"})
# Nouns after a name and before "of" that make the name a description of the place named next
# ("the Black Sea port of Tuapse", "the Kyiv suburb of Brovary"; issue 9, session 20). Not
# "district" or "neighbourhood": "the Shuhada district of Aden" names the district first.
NAMED_BY_NOUNS = frozenset({"port", "city", "town", "village", "suburb", "capital"})
# At most this many words of description between a preposition and a name.
MAX_LEAD_IN = 5
# Modifiers read through before a name: "rebel-held", "besieged", "northern", "Syrian".
_MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "advmod", "nmod", "punct", "poss"})


@dataclass(frozen=True)
class PlaceMention:
    start: int  # first token of the name (chunk doc index)
    end: int
    name: str
    qualifier: str | None = None
    within: str | None = None  # a containing region named with it ("southern Idlib")


@dataclass(frozen=True)
class SentencePlaces:
    places: tuple[PlaceMention, ...]
    refused: tuple[str, ...]  # why names in place position were not taken as places


class _Scanner:
    """Reads the list of names after one place preposition."""

    def __init__(self, sent: Any, lex: Lexicon, actor_toks: set[int], countries: frozenset[str]):
        self.doc, self.end, self.lex = sent.doc, sent.end, lex
        self.actor_toks, self.countries = actor_toks, countries
        self.refused: list[str] = []
        self.place_nouns = PLACE_NOUNS | {w for w, q in lex.before_of.items() if not q}

    def tok(self, j: int) -> Any:
        return self.doc[j] if j < self.end else None

    def skip(self, j: int, words: tuple[str, ...] = ("the",)) -> int:
        while j < self.end and (self.doc[j].is_space or self.doc[j].lower_ in words):
            j += 1
        return j

    def is_name(self, j: int) -> bool:
        tok = self.tok(j)
        if tok is None or not tok.text[:1].isupper():
            return False
        if tok.ent_type_ in MISLABELLED_ENTS:
            return is_proper_name(tok)
        return tok.ent_type_ not in NOT_PLACE_ENTS

    def name_end(self, j: int) -> int:
        k = j
        while k < self.end:
            tok = self.doc[k]
            if self.is_name(k) or (
                (tok.lower_ in self.lex.name_connectors or tok.text in "-‐") and k > j
            ):
                k += 1
                continue
            break
        while k > j and not self.is_name(k - 1):  # no trailing "al" or "-"
            k -= 1
        return k

    def item(
        self, j: int, qual: str | None, owned: bool = False
    ) -> tuple[PlaceMention | None, int]:
        """One place at ``j`` (with its qualifier words); (None, j) when there is no name,
        (None, end) when the name there is refused (an actor)."""
        j, qual = self.lead_in(self.skip(j), qual)
        tok = self.tok(j)
        if tok is not None and tok.lower_ in self.lex.directions and self.is_name(j + 1):
            qual, j = tok.lower_, j + 1
        end = self.name_end(j)
        j, end = self.whole_name(j, end)
        if end == j:
            return None, j
        if qual in self.lex.directions and self.compass_zone(j, end):
            # "In the North East, troops ...", "in the North West": a country's compass zone,
            # as an army's release divides its theatres, is no place (statements27, session 27)
            return None, end
        if not owned and self.possessive(end):
            # "Syria's Idlib province": the owner contains the place named after it
            place, after = self.item(end + 1, qual, owned=True)
            if place is not None:
                owner = self.doc[j:end].text
                keep = place.within or (None if self.refusal(j, end) else owner)
                return _with(place, keep) if keep else place, after
        after = self.tok(end)
        of = self.tok(end + 1)
        if (
            after is not None and after.lower_ in NAMED_BY_NOUNS
            and of is not None and of.lower_ == "of" and self.is_name(self.skip(end + 2))
        ):  # fmt: skip
            # "the Black Sea port of Tuapse", "the Damascus suburb of Douma", "the Gaza city
            # of Rafah": the first name only describes the place named after "of"
            place, after_of = self.item(end + 2, qual, owned=True)
            if place is not None:
                return place, after_of
        end_words = end
        if after is not None and after.lower_ in self.lex.after_name:
            qual = _admin(after.lower_) or self.lex.after_name[after.lower_] or qual
            end_words = end + 1
        return self.accept(j, end, qual), end_words

    def whole_name(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) widened to a place's whole name that holds a country's name or
        adjective: "Spanish Town" (the adjective is no name word by itself), "Port of Spain"
        (a name runs on through "of" only so): ``countries.name_abroad``, issue 9, places43."""
        if end == start and self.is_name(start + 1):
            word, tail = self.doc[start].text, self.name_end(start + 1)
            if name_abroad(self.doc[start:tail].text, word):
                return start, tail
        before = self.tok(start - 1)
        if (
            end > start and before is not None and before.text[:1].isupper()
            and not before.is_sent_start and not self.is_name(start - 1)
            and name_abroad(self.doc[start - 1 : end].text, before.text)
        ):  # fmt: skip
            # "in Spanish Town, St Catherine": the lead-in read "Spanish" as a description
            # before the name "Town" (as "Syrian" in "the Syrian city of"); the whole is a
            # known town's name, so it is the place (places44)
            return start - 1, end
        of = self.tok(end)
        if end > start and of is not None and of.lower_ == "of" and self.is_name(end + 1):
            tail = self.name_end(end + 1)
            if name_abroad(self.doc[start:tail].text, self.doc[end + 1 : tail].text):
                return start, tail
        return start, end

    def name_head(self, j: int) -> bool:
        """Is the word at ``j`` a ``name_heads`` word capitalised inside its sentence ("the
        Centre of Culture"), the head of a name rather than a place's lead-in?"""
        tok = self.doc[j]
        return (
            tok.lower_ in self.lex.name_heads and tok.text[:1].isupper() and not tok.is_sent_start
        )

    def compass_zone(self, start: int, end: int) -> bool:
        """The name after a direction word is itself only direction words ("North East"), and
        no place noun follows ("the North West region" is a region's name)."""
        after = self.tok(end)
        return all(t.lower_ in self.lex.directions for t in self.doc[start:end]) and not (
            after is not None and after.lower_ in self.place_nouns
        )

    def lead_in(self, j: int, qual: str | None) -> tuple[int, str | None]:
        """Reads through a description before a name ("the outskirts of", "the northern
        Syrian city of", "the capital,", "rebel-held"): (where the name starts, qualifier).
        Returns ``j`` unchanged when no name follows the description."""
        k = j
        while k < self.end and k - j <= MAX_LEAD_IN and not self.is_name(k):
            tok = self.doc[k]
            low = tok.lower_
            nxt = self.skip(k + 1, ())
            if (
                low in self.lex.before_of
                and self.tok(nxt) is not None
                and self.doc[nxt].lower_ == "of"
                and not self.name_head(k)
            ):
                if low == "suburb" and k > 0 and self.doc[k - 1].text[:1].isupper():
                    # "the Damascus suburb of Douma": Douma itself, not its outskirts (the
                    # city's name before "suburb" says which city it lies by)
                    return self.skip(nxt + 1), qual
                return self.skip(nxt + 1), _admin(low) or self.lex.before_of[low] or qual
            if low in self.place_nouns:
                after = self.skip(nxt, (",",))
                return (after, _admin(low) or qual) if self.is_name(after) else (j, qual)
            if low in self.lex.directions and self.is_name(k + 1):
                return k, qual
            if not _modifier(tok):
                break
            k += 1
        return (k, qual) if k > j and self.is_name(k) and _modifier(self.doc[k - 1]) else (j, qual)

    def subject(self, place: PlaceMention) -> bool:
        """Is the name after a list's comma the subject of the next clause ("In Guwahati, AASU
        students sat", "posted on YouTube, Joseph said") rather than one more place? Its head
        word (through the nouns it names: "AASU students") is a verb's subject."""
        tok = self.doc[place.end - 1]
        while tok.dep_ in ("compound", "amod") and tok.head.i >= place.end:
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")

    def possessive(self, j: int) -> bool:
        tok = self.tok(j)
        return tok is not None and (tok.tag_ == "POS" or tok.text in ("'s", "’s", "'", "’"))

    def refusal(self, start: int, end: int) -> str | None:
        """Why the name at [start, end) is not a place (an armed group), or None."""
        name = self.doc[start:end].text
        if any(i in self.actor_toks for i in range(start, end)):
            if not self.place_too(name):
                return f"{name!r} is a known actor's name, not a place"
        elif self.doc[start].lower_ in self.lex.faction_words:
            return f"{name!r} is headed by a faction word, not a place"
        return None

    def place_too(self, name: str) -> bool:
        """A KB actor's name that is also a place: a country or a capital standing for its
        government ("Syria", "Damascus"), not an acronym ("SANA", "SAA")."""
        if country_named(name) is not None:
            return True
        return name.lower() in self.countries and not name.isupper()

    def accept(self, start: int, end: int, qual: str | None) -> PlaceMention | None:
        while end - start > 1 and self.doc[end - 1].lower_ in CREDIT_WORDS:
            end -= 1
        if self.doc[end - 1].lower_ in EVENT_NOUNS:
            self.refused.append(f"{self.doc[start:end].text!r} names an event, not a place")
            return None
        why = self.refusal(start, end)
        if why is not None:
            self.refused.append(why)
            return None
        name = self.doc[start:end].text
        if name in self.lex.not_places or name.rstrip(".") in CALENDAR_WORDS:
            return None
        owned = self.owned_by_country(start, end)
        if owned is not None:  # "Syrias Idlib": the apostrophe was stripped
            owner, start = owned
            return PlaceMention(start, end, self.doc[start:end].text, qual, owner)
        return PlaceMention(start, end, name, qual)

    def owned_by_country(self, start: int, end: int) -> tuple[str, int] | None:
        for k in range(start + 1, end):
            head = self.doc[start:k].text
            if self.is_name(k) and split_possessor(self.doc[start : k + 1].text):
                return head, k
        return None

    def places_after(self, j: int, qual: str | None) -> tuple[list[PlaceMention], int]:
        items: list[PlaceMention] = []
        listed = False  # a name was read (a place, or one refused: "on YouTube", a network)
        while True:
            before = j
            place, j = self.item(j, qual)
            if place is None and self.name_end(self.skip(before)) == self.skip(before):
                break
            if place is not None and listed and self.subject(place):
                break  # "on YouTube, Joseph said": the list ended; a clause's subject follows
            listed = True
            if place is not None:
                items.append(place)
            j = self.skip(j, ())
            tok = self.tok(j)
            if tok is None:
                break
            if tok.lower_ in (",", "and", "or"):
                j = self.skip(j + 1, (",", "and", "or"))
                nxt = self.tok(j)
                if nxt is not None and nxt.lower_ in self.lex.place_preps:
                    qual = self.lex.prep_qualifiers.get(nxt.lower_)
                    j += 1
                continue
            if tok.lower_ in ("in", "of") and items:
                region, j = self.item(j + 1, None)
                if region is not None:
                    within = (
                        f"{region.qualifier} {region.name}" if region.qualifier else region.name
                    )
                    items = [p if p.within else _with(p, within) for p in items]
            break
        return items, j


def _object_place(ent: Any, scan: _Scanner) -> PlaceMention | None:
    """A place entity that is a trigger's object ("shelled Aleppo", "Raqqa was bombed"), in
    apposition to a place noun there ("shelled the capital, Damascus"), or naming the region
    that is ("pounded the Idlib countryside")."""
    root, qual = ent.root, None
    head = root.head
    position = root.dep_ in OBJECT_PLACE_DEPS
    if root.dep_ == "appos" and head.lower_ in scan.place_nouns:
        position = head.dep_ in (*OBJECT_PLACE_DEPS, "pobj")
    elif root.dep_ == "compound" and head.lower_ in scan.lex.after_name:
        position = head.dep_ in OBJECT_PLACE_DEPS
        qual = _admin(head.lower_) or scan.lex.after_name[head.lower_] or None
    if not position:
        return None
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if qual is None and before is not None and before.lower_ in scan.lex.directions:
        qual = before.lower_  # "bombed eastern Aleppo"
    if ent.text in scan.lex.not_places:  # a language, month or title ("told VOA Mandarin")
        return None
    if ent.ent_id_:  # a KB actor: a place only when it is a country or capital too
        ok = scan.place_too(ent.text)
    else:
        ok = ent.label_ in PLACE_ENTS or (
            ent.label_ in MISLABELLED_ENTS and len(ent) == 1 and is_proper_name(root)
        )
    return PlaceMention(ent.start, ent.end, ent.text, qual) if ok else None


def _camp_place(tok: Any, scan: _Scanner) -> PlaceMention | None:
    """A camp named by its place and a trigger's object without a preposition ("raided Kakuma
    refugee camp", "shelled Mugunga camp", "Zamzam IDP camp was hit"): the name before the camp
    word, whatever label the tagger gives it (it reads "Kakuma" or "Zamzam" as a person).
    Only in a sentence that names no other place: "Abu Shouk camp near El Fasher" is placed by
    the town."""
    if tok.lower_ not in CAMP_WORDS or tok.dep_ not in OBJECT_PLACE_DEPS:
        return None
    names = [
        c.i
        for c in tok.subtree
        if c.i < tok.i and c.text[:1].isupper() and c.pos_ == "PROPN" and not c.is_upper
    ]
    if not names:
        return None
    start, end = names[0], names[-1] + 1
    if end - start != len(names) or any(i in scan.actor_toks for i in range(start, end)):
        return None  # not one run of words, or an armed group's camp ("an ADF camp")
    if any(
        scan.doc[i].ent_type_ == "NORP" and not is_proper_name(scan.doc[i])
        for i in range(start, end)
    ):
        return None  # a people's camps ("Syrian camps"); a camp's name the tagger mislabels stays
    return scan.accept(start, end, None)


def is_proper_name(tok: Any) -> bool:
    """A singular proper noun that is no nationality adjective ("Aleppo", not "Syrian")."""
    if tok.tag_ != "NNP" or _DEMONYM.search(tok.lower_):
        return False
    return country_named(tok.text) is not None or country_named(tok.text, adjective=True) is None


def _modifier(tok: Any) -> bool:
    """A word of a description before a place name: "rebel-held", "besieged", "Syrian"."""
    if tok.ent_type_ == "NORP" or tok.text in ("-", "‐"):
        return True
    return tok.text[:1].islower() and tok.dep_ in _MODIFIER_DEPS and tok.pos_ != "DET"


def _admin(word: str) -> str | None:
    return word if word in ADMIN_WORDS else None


def _with(place: PlaceMention, within: str) -> PlaceMention:
    return PlaceMention(place.start, place.end, place.name, place.qualifier, within)


# A post's place tag ("14:30 - KALO: protesters throw stones ...", "UPDATE Kalo: ..."): channels
# and live blogs head a post with the town it is about, in capitals, before a colon
# (clean/posts.py; session 23, channels23). The town is the post's place: the street, square or
# road the post names after it lies in it.
_UPDATE = frozenset({"update", "updates"})
# A post shared from another channel or person ("Forwarded from ...", "Repost from @..."): the
# name after "from" is who posted it first, never a place.
_FORWARDED = frozenset({"forwarded", "forward", "reposted", "repost", "shared", "retweeted"})
TAG_MIN_CHARS = 4  # a shorter word in capitals is an acronym ("MND:", "IEC:") more often
TAG_HEAD_TOKENS = 8  # the post's date and clock before the tag


def _place_tag(sent: Any, scan: _Scanner) -> PlaceMention | None:
    """Only in a post: the sentence opens with its entry's clock ("14:30 - ", "15 Sep 2021,
    13:00 - "), so that a wire's "BREAKING:" or "ANALYSIS:" stays what it was."""
    table = token_table(sent.doc)
    j, clock = sent.start, False
    while (
        j < sent.end
        and j - sent.start < TAG_HEAD_TOKENS
        and (table.blank[j] or table.lower[j].isdigit() or table.lower[j].rstrip(".") in MONTHS)
    ):
        clock = clock or ":" in table.lower[j]
        j += 1
    if not clock:
        return None
    update = j < sent.end and table.lower[j] in _UPDATE
    j += update
    end = scan.name_end(j)
    if end == j or end >= sent.end or sent.doc[end].text != ":":
        return None
    name = sent.doc[j:end].text
    if not update and (not name.isupper() or len(name.replace(" ", "")) < TAG_MIN_CHARS):
        return None
    return scan.accept(j, end, None)


# A thread's post or a chat message headed by its town ("Sanandaj: students rallying on
# <street>", "2/ Zahedan: after Friday prayers ...", "6 March 2023, 04:12 - Sanaa: ..."; session
# 25, threads25): accounts that cover a country post town by town, the town in title case before
# a colon. Only in a text clean/thread.py read as a thread or chat export (``THREAD_KEY``), only
# at the head of a line (after its stamp), and only a name that is a big city's
# (knowledge/world.py ``big_cities``), so that "Police communique:" or "Final from MoH:" stay
# what they were. The town is the post's place: the street or quarter it names lies in it.
def _thread_tag(sent: Any, scan: _Scanner) -> PlaceMention | None:
    doc = sent.doc
    if not doc.user_data.get(THREAD_KEY):
        return None
    if sent.start_char > 0 and doc_text(doc)[sent.start_char - 1] != "\n":
        return None
    table = token_table(doc)
    j = sent.start
    while (
        j < sent.end
        and j - sent.start < TAG_HEAD_TOKENS
        and (table.blank[j] or table.lower[j].isdigit() or table.lower[j].rstrip(".") in MONTHS)
    ):
        j += 1
    end = scan.name_end(j)
    if end == j or end >= sent.end or doc[end].text != ":":
        return None
    if plain_key(doc[j:end].text) not in big_cities():
        return None
    return scan.accept(j, end, None)


# A place written in capitals inside a post ("the enemy shelled KHARKIV with artillery", "entered
# GONDAR at night", "marching in the bazaar of HERAT"; session 24, forms24): channels write the
# town a post is about in capitals, with or without a preposition, and the small English model
# tags such words at random (a person, an organisation, nothing), so neither the preposition
# reading nor the object reading finds them. In a post (its entry's clock opens the sentence;
# clean/posts.py), when the sentence names no other place, a run of words in capitals of
# CAPS_MIN_CHARS letters or more is its place; a KB actor's acronym is refused as anywhere
# ("ENDF", "ISWAP"), shorter words are acronyms more often ("MND", "PLA", "IDPs"), and a post
# written all in capitals (fewer than CAPS_LOWER_WORDS words in lower case) is left alone.
CAPS_MIN_CHARS = 5
CAPS_LOWER_WORDS = 3
_CAPS_SKIP = frozenset({"update", "updates", "updated", "breaking", "urgent", "alert", "video"})


def _caps_word(tok: Any) -> bool:
    letters = [c for c in tok.text if c.isalpha()]
    return bool(letters) and tok.text.isupper() and len(letters) >= len(tok.text) - 1


def _caps_places(sent: Any, scan: _Scanner) -> list[PlaceMention]:
    if not in_post(sent):  # the sentence's line (its post) opens with a clock
        return []
    if sum(1 for t in sent if t.is_alpha and t.text.islower()) < CAPS_LOWER_WORDS:
        return []
    found: list[PlaceMention] = []
    j = sent.start
    while j < sent.end:
        if not _caps_word(sent.doc[j]) or sent.doc[j].lower_ in _CAPS_SKIP:
            j += 1
            continue
        end = j + 1
        while (
            end < sent.end and _caps_word(sent.doc[end]) and sent.doc[end].lower_ not in _CAPS_SKIP
        ):
            end += 1
        letters = sum(1 for t in sent.doc[j:end] for c in t.text if c.isalpha())
        if letters >= CAPS_MIN_CHARS and (end >= sent.end or sent.doc[end].text != ":"):
            place = scan.accept(j, end, None)
            if place is not None:
                found.append(place)
        j = end
    return found


def _item_label(sent: Any, scan: _Scanner, lex: Lexicon) -> PlaceMention | None:
    """A digest's item label (session 24, digests24): the sentence opens its line with a name in
    capitals of ``TAG_MIN_CHARS``+ letters, perhaps after a bullet or an item number and before
    a bracketed note, then a colon or a dash ("SANANDAJ: Crowds chanted ...", "* KUNAR: ...",
    "2) KIDAL REGION: ...", "NORTH KIVU - ..."), in a mail (its date line, which clean/mail.py
    keeps, opens the text). Read only when the sentence names no place itself; a label of a
    digest's sections ("UPDATE:", "WEEK TOTAL:", ``item_label_words``) is none."""
    doc = sent.doc
    if sent.start_char > 0 and doc_text(doc)[sent.start_char - 1] != "\n":
        return None
    if not doc.user_data.get(MAIL_KEY):
        return None  # a transcript's "ANCHOR:", a speaker's name: only a mail's items
    table = token_table(doc)
    j = sent.start
    while j < sent.end and j - sent.start < 3 and table.lower[j] in _ITEM_BULLETS:
        j += 1
    if j < sent.end and table.lower[j].isdigit() and j + 1 < sent.end:
        j += 1 if table.lower[j + 1] not in (")", ".") else 2
    end = scan.name_end(j)
    if end == j or end >= sent.end:
        return None
    name = doc[j:end].text
    if not name.isupper() or len(name.replace(" ", "")) < TAG_MIN_CHARS:
        return None
    if any(w in lex.item_label_words for w in name.lower().replace("-", " ").split()):
        return None
    k = end
    if doc[k].text == "(":
        close = next((i for i in range(k, min(sent.end, k + 12)) if doc[i].text == ")"), None)
        k = close + 1 if close is not None else k
    if k >= sent.end or doc[k].text not in (":", "-", "\u2013", "\u2014"):
        return None
    return scan.accept(j, end, None)


# A paragraph of a mail: extract/__init__.py marks its parse so (``is_mail_text``)
MAIL_KEY = "ceasewatch_mail"
# The date line clean/mail.py keeps at the head of a mail ("Sent: Tuesday, 4 March 2025 08:00")
_MAIL_HEAD = re.compile(r"^\s*(?:Sent|Date)\s*:\s*\S")


def is_mail_text(text: str) -> bool:
    """The article is a mail as clean/mail.py leaves it: its date line opens the text."""
    return bool(_MAIL_HEAD.match(text))


_ITEM_BULLETS = frozenset({"*", "-", "\u2022", "\u00b7", "\u25aa", ">"})


# A table row copied out of a PDF ("16/05 | Mopti / Douentza | Boulkessi | JNIM attack on a camp |
# 4 killed"; session 23, pdf23b): the row's place is the last of its cells that name a place
# alone (a few words in lower case may follow: "Niono town", "Rueso district") after its date or
# number cell: a table goes from region to district to village, and the description's other names
# (an army's "FAMa", a road) are not the row's place. The cells before it are its parents
# (geocode.containment reads them).
ROW_CELLS_MIN = 3
ROW_CELL_TAIL = 2  # lower-case words after the name in a place cell ("axis", "town")
ROW_NAME_CELL = 4  # at most this many tokens in a cell of a region's or district's name
_ROW_DATE_CELL = re.compile(r"^\(?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\)?$")


def _place_cell(j: int, sent: Any, scan: _Scanner) -> tuple[int, int] | None:
    """The name of a cell that names only a place, and the index of the "|" closing it."""
    table = token_table(sent.doc)
    end = scan.name_end(j)
    if end == j:
        return None
    k = end
    while k + 1 < sent.end and table.lower[k] == "/" and scan.name_end(k + 1) > k + 1:
        k = scan.name_end(k + 1)  # "Mopti / Douentza": a region and its district
    tail = k
    while k < sent.end and table.lower[k] != "|" and sent.doc[k].text.islower():
        k += 1
    if k >= sent.end or table.lower[k] != "|" or k - tail > ROW_CELL_TAIL:
        return None
    return end, k


def _row_place(sent: Any, scan: _Scanner) -> PlaceMention | None:
    table = token_table(sent.doc)
    if table.lower[sent.start : sent.end].count("|") < ROW_CELLS_MIN - 1:
        return None
    j = sent.start
    while j < sent.end and table.lower[j] == "|":
        j += 1  # the row's date cell was split off as a sentence of its own
    if j < sent.end and (_ROW_DATE_CELL.match(table.lower[j]) or table.lower[j].isdigit()):
        j += 1  # the date (or number) cell, with its weekday: "20/05 (Friday) |"
        if j + 2 < sent.end and table.lower[j] == "(" and table.lower[j + 2] == ")":
            j += 3
        if j >= sent.end or table.lower[j] != "|":
            return None
        j += 1
    last: tuple[int, int] | None = None
    while j < sent.end:
        cell = _place_cell(j, sent, scan)
        if cell is not None:
            last = (j, cell[0])
            j = cell[1] + 1
            continue
        close = next((k for k in range(j, sent.end) if table.lower[k] == "|"), sent.end)
        if close - j > ROW_NAME_CELL or close >= sent.end or not sent.doc[j].text[:1].isupper():
            break  # the description: the cells of places are before it
        j = close + 1  # a short cell of a name the tagger did not read as one ("Yala")
    return None if last is None else scan.accept(last[0], last[1], None)


_TITLE_PREPS = frozenset({"on", "for", "against"})  # "in"/"at" after a title say where it sits


def _in_title(sent: Any, j: int, lex: Lexicon) -> bool:
    """Does the preposition at ``j`` continue a capitalised title ("the Working Group on
    Arbitrary Detention", "the Special Rapporteur on Myanmar")? Its head noun, capitalised
    and not opening the sentence, stands right before it."""
    if j - 1 <= sent.start or sent.doc[j].lower_ not in _TITLE_PREPS:
        return False
    head = sent.doc[j - 1]
    if not head.text[:1].isupper():
        return False
    pair = f"{sent.doc[j - 2].lower_} {head.lower_}" if j - 2 >= sent.start else ""
    return head.lower_ in lex.title_nouns or pair in lex.title_nouns


_LOCATION_LABEL = re.compile(r"^\W*location\s*:\s*$", re.I)


def _location_field(sent: Any, scan: _Scanner) -> list[PlaceMention]:
    """An incident report's field "Location: <town>, <district> ..." names its place with no
    preposition: the first name after the label (session 26, alerts26; a security desk's
    incident report, the template of NGO security guides)."""
    doc = sent.doc
    text = doc_text(doc)
    line = text[text.rfind("\n", 0, sent.start_char) + 1 : sent.start_char]
    j = sent.start
    if not _LOCATION_LABEL.match(line):  # the parser may end a sentence after the label
        while j < sent.end and not doc[j].is_alpha:
            j += 1  # a bullet
        if j + 1 >= sent.end or doc[j].lower_ != "location" or doc[j + 1].text != ":":
            return []
        j += 2
    for k in range(j, sent.end):
        if doc[k].text in "(;":
            break
        end = scan.name_end(k)
        if end > k and any(t.is_alpha and not t.is_upper for t in doc[k:end]):
            place = scan.accept(k, end, None)
            return [place] if place is not None else []
    return []


def _routes(found: list[PlaceMention], sent: Any, lex: Lexicon) -> list[PlaceMention]:
    """A road named by its two ends ("on the Goma-Sake road") is no place: with another place
    in the sentence it goes, alone it stands for its first end, qualified "near"."""
    routes: list[tuple[PlaceMention, int]] = []
    places: list[PlaceMention] = []
    for place in found:
        doc = sent.doc
        dash = next((i for i in range(place.start + 1, place.end - 1) if doc[i].text == "-"), None)
        after = doc[place.end] if place.end < len(doc) else None
        # "Al-Hawban road" is one name: the part before the dash is a name connector
        if (
            dash is not None
            and doc[dash - 1].lower_ not in lex.name_connectors
            and after is not None
            and after.lower_ in lex.route_words
        ):
            routes.append((place, dash))
        else:
            places.append(place)
    if places or not routes:
        return places
    place, dash = routes[0]
    first = sent.doc[place.start : dash]
    return [PlaceMention(place.start, dash, first.text, "near", place.within)]


def _bearing_places(sent: Any, scan: _Scanner) -> list[PlaceMention]:
    """The towns after a bearing and "of" ("east of X", "5 km north of the town of X"), near
    them. Read only in a sentence that names no place otherwise: in "an attack in X, 40 km
    east of Y" the town after the bearing situates X and is no scene of its own."""
    found: list[PlaceMention] = []
    for tok in sent:
        nxt = scan.tok(tok.i + 1)
        if tok.lower_ in scan.lex.bearings and nxt is not None and nxt.lower_ == "of":
            place, _ = scan.item(tok.i + 2, "near")
            if place is not None:
                found.append(place)
    return found


def find_places(
    sent: Any, lex: Lexicon, actor_toks: set[int], countries: frozenset[str]
) -> SentencePlaces:
    """Places named in a sentence, in text order, each once."""
    scan = _Scanner(sent, lex, actor_toks, countries)
    tag = _place_tag(sent, scan) or _thread_tag(sent, scan) or _row_place(sent, scan)
    if tag is not None:
        return SentencePlaces((tag,), tuple(scan.refused))
    found: list[PlaceMention] = []
    # the words and tags of the Doc's token table: no Token is built for each word (issue 9)
    table = token_table(sent.doc)
    lower, pos = table.lower, table.pos
    j = sent.start
    while j < sent.end:
        word = lower[j]
        of_phrase = (
            word in lex.before_of and j + 1 < sent.end and lower[j + 1] == "of"
            and not scan.name_head(j)
        )  # fmt: skip
        if word == "from" and j > sent.start and lower[j - 1] in _FORWARDED:
            j += 1  # "Forwarded from Ivan Petrenko:" names the channel a post came from
            continue
        if word in _TITLE_PREPS and _in_title(sent, j, lex):
            j += 1  # "the Working Group on Arbitrary Detention": the title goes on
            continue
        if of_phrase or (word in lex.place_preps and pos[j] in ("ADP", "SCONJ", "ADV")):
            # "the town of X was shelled": a place-type noun opens a place without a preposition.
            start, qual = (j, None) if of_phrase else (j + 1, lex.prep_qualifiers.get(word))
            items, nxt = scan.places_after(start, qual)
            found.extend(items)
            j = max(nxt, j + 1)
            continue
        j += 1
    covered = {i for p in found for i in range(p.start, p.end)}
    for ent in sentence_ents(sent):
        place = None if ent.start in covered else _object_place(ent, scan)
        if place is not None:
            found.append(place)
    for tok in sent if not found else ():  # a camp "near El Fasher" is placed by its town
        place = _camp_place(tok, scan)
        if place is not None:
            found.append(place)
    if not found:  # "shot two farmers 5 km east of X": a town given by a bearing (places35)
        found.extend(_bearing_places(sent, scan))
    if not found:  # a post's town in capitals (session 24, forms24)
        found.extend(_caps_places(sent, scan))
    if not found:  # an incident report's "Location: <town>, <district>" field (alerts26)
        found.extend(_location_field(sent, scan))
    if not found:  # a digest's item: its label places it (session 24, digests24)
        label = _item_label(sent, scan, lex)
        found = [label] if label is not None else []
    found = _routes(found, sent, lex)
    unique: dict[tuple[str, str | None], PlaceMention] = {}
    for place in sorted(found, key=lambda p: p.start):
        unique.setdefault((place.name, place.qualifier), place)
    return SentencePlaces(tuple(unique.values()), tuple(scan.refused))
