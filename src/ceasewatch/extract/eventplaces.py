"""Which of the places a sentence names are where its event happened.

A wire sentence names its event's place and, around it, the places that frame it: the country
("in central Somalia"), the region the town lies in ("across Kharkiv region", "in Barrancas,
in La Guajira province"), a neighbour ("near the Ugandan border") or where someone came from
("23 people from Punjab province", "flew back from Germany"). ACLED codes the event once, at
its most precise place; coding one event per place named adds a duplicate for every framing
name. So when a sentence names a settlement (or any place that is none of these), the framing
names are set aside. Framing has degrees: a country frames more than an origin, an origin more
than an administrative area; only the places of the least framing degree named are kept (a
district and a province of origin: the district).

A place may also be named with the place that holds it: "the Varno toll gate in Lagos", "the
Shuhada district of Aden", "Molyko, Buea", "Akom village (Enga, Hela)".
That is one scene, not two events (``nested``): the holder is kept when it follows "in", "of"
or a comma (ACLED's location is the town, and a site name is what the gazetteer misses), the
first name when the holders are in parentheses (a coder's "village (district, province)").
Issue 9, session 16: such pairs gave a second event for the same report in every writer's
notes and in the world set (reports with a gold event and more than one predicted event, dev
halves of notesa-g and world: 103 before, 74 after).
"""

from __future__ import annotations

import re
from typing import Any

from ceasewatch.extract.nlp import doc_text
from ceasewatch.extract.places import PlaceMention, SentencePlaces
from ceasewatch.knowledge.countries import country_named

# Words after a name that make it an administrative area, not a settlement.
AREA_WORDS = frozenset(
    {
        "region",
        "province",
        "state",
        "governorate",
        "district",
        "county",
        "oblast",
        "department",
        "prefecture",
        "division",
        "territory",
    }
)
# Prepositions that make the place an origin, not the event's scene.
ORIGIN_PREPS = frozenset({"from"})


# Degrees of framing, weakest first (0: may be the event's own place).
OF_PEOPLE = "the place of the people or the cause an act is for"
_DEGREES = ("", "an administrative area", OF_PEOPLE, "an origin", "a country")


def framing_reason(sent: Any, place: PlaceMention, people: frozenset[str] = frozenset()) -> str:
    """Why ``place`` only frames the event ("" when it may be the event's place). ``people``:
    the lemmas of nouns that name people (the lexicon's person and actor nouns)."""
    if country_named(place.name, adjective=True) is not None:
        return "a country"
    if _preposition(sent, place) in ORIGIN_PREPS:
        return "an origin"
    after = sent.doc[place.end] if place.end < sent.end else None
    qualifier = (place.qualifier or "").lower()
    if qualifier in AREA_WORDS or (after is not None and after.lower_ in AREA_WORDS):
        return "an administrative area"
    if said_of_people(sent, place, people):
        return OF_PEOPLE
    return ""


# A place named for the people an act is for or about, not for the act (prec32's "not done":
# dev false events in every whole-article writer's Gaza, hostage and solidarity stories):
# - inside the cause of the act: "marched in X in support of the Palestinians in Gaza" (or of
#   "forces fighting outside Y": a participle on a noun is walked through), "In
#   solidarity with our people in Y, fighters shelled Z" (a noun of CAUSE_NOUNS between the place
#   and the clause's verb), or the grievance of a protest: "students gathered in X to protest
#   against attacks on Gaza", "rallied in X over the killing of a chief in Y" (PROTEST_CAUSES
#   on a word of PROTEST_LEMMAS);
# - where people are kept or live, by a participle on a noun of people: "rallied in X to free
#   the hostages held in Gaza", "families living in Y" (WHEREABOUTS_VERBS).
# Only a degree of framing (``_least_framing``): named alone, such a place is still kept ("five
# villagers in Y were killed" hangs on a noun of people and is the scene).
CAUSE_NOUNS = frozenset({"support", "solidarity"})
PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "demonstration", "rally", "march"})
PROTEST_CAUSES = frozenset({"against", "over"})
WHEREABOUTS_VERBS = frozenset(
    {"hold", "keep", "live", "reside", "trap", "shelter", "stay", "strand", "remain"}
)
# Steps up the parse from the name to the clause's verb ("in support of [the] Kurds in Qolmara":
# Qolmara, in, Kurds, of, support, in: 6).
MAX_CAUSE_STEPS = 8


def said_of_people(sent: Any, place: PlaceMention, people: frozenset[str] = frozenset()) -> bool:
    """Is ``place`` said of the people or the cause an act is for, not of the act (above)?"""
    token = sent.doc[place.start]
    for _ in range(MAX_CAUSE_STEPS):
        head = token.head
        if head is token or not sent.start <= head.i < sent.end:
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in CAUSE_NOUNS:
            return True
        if (
            token is not sent.doc[place.start]
            and head.lower_ in PROTEST_CAUSES
            and head.head.lemma_.lower() in PROTEST_LEMMAS
        ):
            return True  # the place is inside the grievance, not the protest's object itself
        if head.pos_ in ("VERB", "AUX"):
            if head.dep_ == "acl" and head.lemma_.lower() in WHEREABOUTS_VERBS:
                return _names_people(head.head, people)
            if head.dep_ not in ("acl", "pobj"):
                return False
            # a participle on a noun, or a gerund a preposition governs, is no clause of the
            # act: walk on ("in support of forces fighting outside Las Anod", "in support of
            # the army fighting outside X": the town is where the backed side fights; types47)
        token = head
    return False


def _names_people(token: Any, people: frozenset[str]) -> bool:
    return bool(
        token.pos_ in ("NOUN", "PROPN")
        and (token.lemma_.lower() in people or token.lower_ in people or token.ent_type_ == "NORP")
    )


def _preposition(sent: Any, place: PlaceMention) -> str | None:
    """The preposition that governs the place's name, if any ("from [the city of] X")."""
    token = sent.doc[place.start]
    for _ in range(4):
        if token.dep_ == "pobj" or token.head is token:
            break
        token = token.head
    head = token.head if token.dep_ == "pobj" else None
    if head is not None and head.sent.start == sent.start:
        return str(head.lower_)
    before = sent.doc[place.start - 1] if place.start > sent.start else None
    return str(before.lower_) if before is not None and before.pos_ == "ADP" else None


# Words that link a place to the one containing it ("Gezi Park in Istanbul", "Kpolomba village
# (Sheikan, ...)", "the Korabel district of Kherson", "Republic Square, Yerevan"), after at most
# MAX_SITE_WORDS noun naming what the first place is (cemetery, street, village: SITE_NOUNS).
CONTAINER_LINKS = frozenset({",", "in", "(", "of"})
MAX_SITE_WORDS = 1
# The nouns that may stand between a place and its container: the settlement, site and unit
# words the geocoder reads the same phrases with (geocode.settings SETTLEMENT_WORDS, SITE_WORDS,
# CONTAINER_WORDS), so the place kept is placed inside the container dropped ("near the Ivan
# Franko theatre in Kyiv" is in Kyiv, not at Ivano-Frankove 500 km away).
SITE_NOUNS = frozenset(
    {"village", "town", "city", "sector", "area", "camp", "neighbourhood", "neighborhood",
     "locality", "hamlet", "suburb", "commune", "kebele", "ward", "barangay", "cemetery",
     "mosque", "church", "cathedral", "hospital", "clinic", "school", "college", "university",
     "market", "stadium", "square", "prison", "jail", "checkpoint", "junction", "roundabout",
     "compound", "palace", "hotel", "headquarters", "station", "street", "road", "bridge",
     "base", "barracks", "mine", "farm", "theatre", "theater", "park", "mall", "province",
     "governorate", "state", "county", "district", "region", "department", "municipality",
     "prefecture", "oblast", "division", "territory", "subdistrict", "woreda", "tehsil",
     "township"}
)  # fmt: skip
# What continues a list of places after a comma ("in Aleppo, Idlib and Hama"): then the comma
# joined two places of the list, not a place and its container.
LIST_WORDS = frozenset({"and", "or", ","})


def container_of(sent: Any, place: PlaceMention, nxt: PlaceMention) -> bool:
    """Is ``nxt`` the place that contains ``place``, as the text links them? A coder's note and
    a wire report name a square, a camp, a street or a village, then its town or district:
    ACLED codes one event there (issue 9, session 16: a second event at the container in 21
    dev items of all seven writers). A comma joins a place and its container only after a
    landmark's own name ("Republic Square, Yerevan") and when no list goes on around them."""
    doc = sent.doc
    between = [t for t in doc[place.end : nxt.start] if not t.is_space]
    links = [t.lower_ for t in between if t.lower_ in CONTAINER_LINKS]
    words = [t for t in between if t.lower_ not in CONTAINER_LINKS]
    if len(links) != 1 or len(words) > MAX_SITE_WORDS or between[-1].lower_ != links[0]:
        return False  # one link, after the site words
    if not all(t.lower_ in SITE_NOUNS for t in words):
        return False  # "Goma and in Sake": two places
    if [t.lower_ for t in words] == ["suburb"] and links == ["of"]:
        # "the Damascus suburb of Douma", "the Kyiv suburb of Brovary": the name before
        # "suburb" only says which city the suburb lies by; the suburb is the town after "of"
        # (``nested`` keeps it). Issue 9, session 20: a suburb in another admin1 than its city
        # (Rif Dimashq, Kyiv Oblast) was coded at the city.
        return False
    if links[0] != ",":
        return True
    if words or doc[place.end - 1].lower_ not in SITE_NOUNS:
        # "Westlands, Nairobi" may be a list: the geocoder reads it so when the first name has a
        # place of its own in the second's country (geocode.place._within_parents); only a
        # landmark's name ("Republic Square", "Gezi Park") is never a town of such a list
        return False
    before = doc[place.start - 1] if place.start > sent.start else None
    after = doc[nxt.end] if nxt.end < sent.end else None
    in_list = (before is not None and before.lower_ in LIST_WORDS) or (
        after is not None and after.lower_ in LIST_WORDS and _name_after(sent, nxt.end + 1)
    )
    return not in_list


def _name_after(sent: Any, j: int) -> bool:
    return bool(j < sent.end and sent.doc[j].text[:1].isupper())


def without_containers(sent: Any, found: SentencePlaces) -> SentencePlaces:
    """``found`` without the places that only contain the place named before them."""
    places = found.places
    dropped = {
        i + 1 for i in range(len(places) - 1) if container_of(sent, places[i], places[i + 1])
    }
    if not dropped:
        return found
    kept = tuple(p for i, p in enumerate(places) if i not in dropped)
    notes = tuple(
        f"{places[i].name!r} contains {places[i - 1].name!r}: the event is coded at the place "
        "it contains, not a second time at it"
        for i in sorted(dropped)
    )
    return SentencePlaces(kept, found.refused + notes)


def event_places(
    sent: Any, found: SentencePlaces, people: frozenset[str] = frozenset()
) -> SentencePlaces:
    """``found`` without the places where someone only spoke (``without_speakers``) and those
    that only contain another (``without_containers``), keeping only its places of the least
    framing degree (``people``: the lemmas of nouns of people, for ``said_of_people``), then
    one of each nested pair the first pass left (``nested``: a holder after several words, "X,
    Y" beside a town)."""
    kept = without_containers(sent, without_speakers(sent, found))
    return nested(sent, _least_framing(sent, kept, people))


# Where a source spoke, not where the event happened (issue 9, session 21): "Zelensky, speaking
# in Kyiv, said", "the governor told reporters in Abuja that", "said in Naypyitaw that",
# "speaking at a press briefing in Dhaka", "the Observatory, based in Britain", "wrote on
# Telegram". Every writer of the reports set tells a statement so (dev halves of reportsa-f:
# 44 sentences in 43 of 127 articles); the event coded there was a false one, and such a place
# named alone also became the article's place context for the sentences after it. The
# preposition must hang on the speaking verb (or on the audience or occasion it names), close
# after it: "killed 20 people in Maiduguri, police said in Abuja" keeps Maiduguri, whose "in"
# hangs on "killed".
SPEECH_VERBS = frozenset({"say", "tell", "speak", "write", "base", "add", "announce", "declare"})
# Nouns of the audience or occasion of a statement ("told reporters in", "at a news conference
# in", "said in a speech in"); a rally is not one (it is a demonstration of its own).
SPEECH_NOUNS = frozenset(
    {"reporter", "journalist", "conference", "briefing", "speech", "statement", "interview",
     "press"}
)  # fmt: skip
OCCASIONS = frozenset({"conference", "briefing", "speech"})
SPEECH_PREPS = frozenset({"in", "at", "on", "from"})
# At most this many words between the speaking verb and the preposition ("speaking to reporters
# in": 3).
MAX_SPEECH_GAP = 3


def spoken_at(sent: Any, place: PlaceMention) -> bool:
    """Is ``place`` only where a source spoke ("speaking in Kyiv", "told reporters in Abuja")?"""
    token = sent.doc[place.start]
    for _ in range(4):  # up from the name to its preposition ("in the capital, Kyiv")
        if token.dep_ == "pobj" or token.head is token:
            break
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in SPEECH_PREPS or not sent.start <= prep.i:
        return False
    head = prep.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in SPEECH_NOUNS:
        if head.lower_ in OCCASIONS:
            return True  # "at a press briefing in Dhaka": an occasion of speaking itself
        # "told reporters in Abuja", "speaking to reporters in Vilnius": the audience's verb
        head = head.head.head if head.dep_ == "pobj" else head.head
    return (
        head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in SPEECH_VERBS
        and 0 < prep.i - head.i <= MAX_SPEECH_GAP
    )


def without_speakers(sent: Any, found: SentencePlaces) -> SentencePlaces:
    """``found`` without the places where someone only spoke (``spoken_at``)."""
    spoken = [p for p in found.places if spoken_at(sent, p)]
    if not spoken:
        return found
    kept = tuple(p for p in found.places if p not in spoken)
    notes = tuple(
        f"{p.name!r} is where a source spoke, not where the event happened" for p in spoken
    )
    return SentencePlaces(kept, found.refused + notes)


def _least_framing(
    sent: Any, found: SentencePlaces, people: frozenset[str] = frozenset()
) -> SentencePlaces:
    reasons = [framing_reason(sent, p, people) for p in found.places]
    if len(set(reasons)) < 2:
        return found
    least = min(reasons, key=_DEGREES.index)
    kept = tuple(p for p, why in zip(found.places, reasons, strict=True) if why == least)
    notes = tuple(
        f"{p.name!r} is {why} framing the event's place: not coded as a place of its own"
        for p, why in zip(found.places, reasons, strict=True)
        if why != least
    )
    return SentencePlaces(kept, found.refused + notes)


# The words between a place and the place that holds it. A few lower-case words may come
# between ("the Manila international airport in Pasay", "Karama square in Suwayda"), never a
# name: "Douma (Rif Dimashq) as forces pressed on Eastern Ghouta" names two places; nor "and"
# or "or": "in Goma and in Sake" is a list.
_HELD_IN = re.compile(
    r"^(?:\s*(?!(?:and|or)\b)[a-z][\w-]*){0,3}\s+(?:in|of)\s+(?:the\s+)?(?:(?:city|town) of\s+)?$"
)
_HELD_PAREN = re.compile(r"^(?:\s*[a-z][\w-]*){0,2}\s*\(\s*$")
# "Mosul, Tal Afar and Sinjar" is a list of places, "Westlands, Nairobi" a place in a town.
_LISTED = re.compile(r"^\s*(?:,\s*[A-Z]|(?:and|or)\s)")


def nested(sent: Any, found: SentencePlaces) -> SentencePlaces:
    """``found`` with one place of each pair that names a place and what holds it (module
    docstring). Places are compared in text order, each with the one named next."""
    places = sorted(found.places, key=lambda p: p.start)
    dropped: set[int] = set()
    closing = -1  # a parenthesis of holders opened after a kept place: its end
    for k in range(len(places) - 1):
        a, b = places[k], places[k + 1]
        if b.start <= closing:
            dropped.add(k + 1)
            continue
        gap = _between(sent, a, b)
        if _HELD_PAREN.match(gap) and k not in dropped:
            dropped.add(k + 1)
            closing = _paren_end(sent, b)
        elif _HELD_IN.match(gap) or (gap.strip() == "," and _comma_holder(sent, a, b)):
            dropped.add(k)
    if not dropped:
        return found
    kept = tuple(p for k, p in enumerate(places) if k not in dropped)
    notes = tuple(
        f"{places[k].name!r} is named with the place it lies in or holds: one scene"
        for k in sorted(dropped)
    )
    return SentencePlaces(kept, found.refused + notes)


def _between(sent: Any, a: PlaceMention, b: PlaceMention) -> str:
    """The text between two place names, spaces kept ("" when they touch or overlap)."""
    if b.start <= a.end - 1:
        return ""
    last = sent.doc[a.end - 1]
    return str(doc_text(sent.doc)[last.idx + len(last.text) : sent.doc[b.start].idx])


def _paren_end(sent: Any, place: PlaceMention) -> int:
    """The token index of the ")" closing the parenthesis ``place`` is in (-1: none)."""
    for tok in sent.doc[place.end : sent.end]:
        if tok.text == ")":
            return int(tok.i)
        if tok.text == "(":
            return -1
    return -1


def _comma_holder(sent: Any, a: PlaceMention, b: PlaceMention) -> bool:
    """ "Jeppestown, Johannesburg": no list around the pair (no ", X" or "and X" after the
    second name, no comma or "and" before the first)."""
    after = doc_text(sent.doc)[sent.doc[b.end - 1].idx + len(sent.doc[b.end - 1].text) :][:40]
    before = sent.doc[a.start - 1] if a.start > sent.start else None
    listed_before = before is not None and before.lower_ in (",", "and", "or")
    return not _LISTED.match(after) and not listed_before
