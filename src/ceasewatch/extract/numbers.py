"""Fatality figures and material losses in a sentence.

A number is a death toll when a death word ("killed", "dead", "death toll") is close to it in
the parse (at most ``MAX_DISTANCE`` arcs) and no injury word ("wounded") is closer. Its
qualifier comes from the words before it ("at least 15"); vague quantities ("dozens") become
numbers by the fixed rule in data/numbers.yaml and are marked "vague". The victims' side comes
from the noun the number counts ("soldiers" -> state forces, "civilians").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ceasewatch.extract.background import within
from ceasewatch.extract.dates import MONTHS, WEEKDAYS
from ceasewatch.extract.lexicon import Lexicon
from ceasewatch.extract.mentions import Mention
from ceasewatch.extract.risen import RISEN, RUNNING, earlier_figure, risen_to, told_as_grown
from ceasewatch.extract.tokens import first_conjunct, token_table
from ceasewatch.numberwords import CARDINALS

# Arcs between a number and a death word: "killed 15 soldiers" is 2, "the death toll rose to
# 15" is 3; further than that the number is usually about something else.
MAX_DISTANCE = 3
# "a"/"an" count one only where a word list allows it (``word_number``)
WORD_NUMBERS = {**CARDINALS, "a": 1, "an": 1}
_DAYS = frozenset(d[:3] for d in WEEKDAYS)  # "Thu", "Thursday"
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"})
VICTIMS = {
    "state": "soldiers",
    "armed": "fighters",
    "civilians": "civilians",
    "protesters": "protesters",
}


@dataclass(frozen=True)
class Toll:
    count: int
    qualifier: str  # exact, at least, more than, about, up to, vague
    victims: str | None
    victim_ids: tuple[str, ...]
    start: int  # token span of the figure and what it counts
    end: int


@dataclass(frozen=True)
class LossFound:
    item: str
    count: int
    outcome: str
    start: int
    end: int


# A count grouped by dots or thin spaces the way most of Europe, Latin America and the Arab
# world print it ("1.200", "25.000"), kept by machine translation (session 24): three digits
# after every dot, so "1.5" and "2.25" stay no count.
_DOT_GROUPED = re.compile(r"\d{1,3}(?:[.\u202f\u00a0]\d{3})+")


def number_value(tok: Any) -> int | None:
    text = tok.text.replace(",", "")
    if text.isdigit():
        return int(text)
    if _DOT_GROUPED.fullmatch(tok.text):
        return int(re.sub(r"\D", "", tok.text))
    return WORD_NUMBERS.get(tok.lower_) if tok.lower_ not in ("a", "an") else None


def _ancestors(tok: Any) -> list[Any]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def distance(a: Any, b: Any) -> int:
    up_a, up_b = _ancestors(a), _ancestors(b)
    index_b = {t.i: k for k, t in enumerate(up_b)}
    for k, tok in enumerate(up_a):
        if tok.i in index_b:
            return k + index_b[tok.i]
    return 99


def _qualifier(doc: Any, start: int, lex: Lexicon) -> tuple[str, int]:
    """The qualifier words right before token ``start`` and where they begin."""
    for width in (3, 2, 1):
        if start - width < 0:
            continue
        table = token_table(doc)
        words = " ".join(table.lower[k] for k in range(start - width, start) if not table.space[k])
        if words in lex.qualifiers:
            return lex.qualifiers[words], start - width
    return "exact", start


def _vague_at(doc: Any, i: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """(value, end token) of a vague quantity starting at token ``i``."""
    for width in (3, 2, 1):
        if i + width > end:
            continue
        words = " ".join(token_table(doc).lower[i : i + width])
        if words in lex.vague:
            return lex.vague[words], i + width
    return None


def _vague_word(doc: Any, start: int, end: int) -> Any:
    """The word of a vague quantity that the parse hangs the counted noun on: "dozens" of
    "dozens of", "dozen" of "a dozen" (the article is the noun's determiner: "killing a dozen
    residents" counts the residents; issue 9, session 44), "few" of "a few"."""
    for k in range(start, end):
        if doc[k].lower_ not in ("a", "an", "of"):
            return doc[k]
    return doc[start]


def _counted(num: Any) -> Any:
    """The noun a number counts: "15 soldiers" -> soldiers; "dozens of civilians" -> civilians."""
    if num.dep_ in ("nummod", "quantmod", "amod") and num.head.pos_ in ("NOUN", "PROPN"):
        return num.head
    for child in num.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                return pobj
    return num


def _year(tok: Any) -> bool:
    """A year in a date ("16 Apr 2017", "Tuesday 2016"), which headlines run into the next
    number ("Sun 16 Apr 2017 Death toll ..."): never a count."""
    if not (len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2099):
        return False
    before = tok.doc[max(tok.sent.start, tok.i - 3) : tok.i]
    return any(t.lower_.rstrip(".") in MONTHS or t.lower_[:3] in _DAYS for t in before)


def _month(tok: Any) -> bool:
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in MONTHS


def _day_of_month(tok: Any) -> bool:
    """ "12 Mar", "March 12": a day number beside a month name."""
    if not (tok.text.isdigit() and 1 <= int(tok.text) <= 31):
        return False
    doc, sent = tok.doc, tok.sent
    before = tok.i > sent.start and _month(doc[tok.i - 1])
    after = tok.i + 1 < sent.end and (
        _month(doc[tok.i + 1])
        or (doc[tok.i + 1].lower_ == "of" and tok.i + 2 < sent.end and _month(doc[tok.i + 2]))
    )
    return before or after


def _date_number(tok: Any) -> bool:
    """Part of a date: a year, or a number the model tags DATE. A count right after a year is
    not part of the date ("12 Mar 2015 30 soldiers dead": 30 is a count)."""
    if _year(tok) or _day_of_month(tok):
        return True
    after_year = tok.i > tok.sent.start and _year(tok.doc[tok.i - 1])
    return tok.ent_type_ in NOT_COUNTS and not after_year


def _counts_people(num: Any, noun: Any, lex: Lexicon, by_tok: dict[int, Mention]) -> bool:
    """A death toll counts people: a number on its own ("killed 15"), or counting an actor, a
    person word or the dead ("15 soldiers", "12 members", "30 bodies"). "300 shells fired",
    "two tanks" count things; a bare year ("in 2016 ...") counts nothing."""
    if noun is num:
        return not (len(num.text) == 4 and num.text.isdigit() and 1900 <= int(num.text) <= 2099)
    lemma = noun.lemma_.lower()
    if lemma in lex.loss_items:
        return False
    return (
        noun.i in by_tok
        or noun.pos_ in ("PRON", "PROPN")
        or lemma in lex.actor_nouns
        or noun.lower_ in lex.actor_nouns
        or lemma in lex.person_nouns
        or lemma in lex.death_words
        or _verb_as_noun(noun, lex)
        or _dies(noun, lex)
        or _killed(num, lex)
    )


def _verb_as_noun(noun: Any, lex: Lexicon) -> bool:
    """ "at least 5 shot dead": a note's verbless passive that the parse reads as a noun
    ("shot") counted by the figure, with the death word on it; the figure counts the dead
    (issue 9, session 16)."""
    return any(
        c.dep_ in ("acomp", "oprd", "amod") and c.lemma_.lower() in lex.death_words
        for c in noun.children
    )


def _dies(noun: Any, lex: Lexicon) -> bool:
    """The noun is who died, whatever the word ("56 inmates died", "12 herders were killed",
    "three passers-by killed"): things do not die, so the figure counts people."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in lex.dying_verbs:
        return True
    if _killed(noun, lex):
        return True
    # a reduced relative on the noun or on the last of a list: "three passers-by and a police
    # officer killed"
    listed = [noun, *(c for c in noun.children if c.dep_ == "conj")]
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.killing_verbs
        for n in listed
        for c in n.children
    )


def _killed(tok: Any, lex: Lexicon) -> bool:
    """ "killing two riflemen", "12 herders were killed", "killed a chief and 4 of his sons":
    whom a killing verb acts on (or the figure listed beside it) is people, whatever the noun:
    things are not killed."""
    tok = first_conjunct(tok)
    if not _kills(tok.head, lex):
        return False
    # "...; 2 constables killed.": the subject of a note's passive without "were"
    return tok.dep_ in ("nsubjpass", "dobj", "obj") or (
        tok.dep_ == "nsubj" and _headline_passive(tok.head, lex)
    )


def _kills(verb: Any, lex: Lexicon) -> bool:
    """A killing verb, or a verb that "dead" or "to death" completes ("beat to death two
    herders", "shot dead three guards"): whom it acts on is people."""
    if verb.lemma_.lower() in lex.killing_verbs:
        return True
    completions = [c for c in verb.children if c.lemma_.lower() == "dead"]
    completions += [d for c in verb.children if c.lower_ == "to" for d in c.children]
    return verb.pos_ == "VERB" and any(
        (head := _killing_head(d, lex)) is not None and head.i == verb.i for d in completions
    )


def _subset(num: Any, lex: Lexicon) -> bool:
    """A breakdown of another figure ("30 people, including 5 children"): not a toll of its
    own, or the conservative sum would count those victims twice. So is a part counted "of"
    the whole by a pronoun: "20 killed, 9 of them children"."""
    of = [c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"]
    if any(p.lower_ in lex.subset_pronouns for c in of for p in c.children):
        # the whole counted before it in the sentence; alone, "neutralised 11 of them" (the
        # enemy just named) is the toll itself (statements27, session 27: armies' releases)
        return any(t.like_num and t.i < num.i for t in num.sent)
    cur = num
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ in lex.subset_words:
            return True
    return False


def _among(noun: Any, lex: Lexicon | None = None) -> bool:
    """A part of the dead counted apart: "20 women among the dead", "among the dead were 20
    women", "twenty children were among those killed". The whole is the toll (told in another
    figure, or not at all); the part alone would pass for another, smaller event's toll.
    "19 killed, among them children": "among" a pronoun on the death word the figure is the
    subject of points back at that figure, which is the whole (issue 9, session 44; read only
    for a figure's noun, ``lex`` given)."""
    holders = [noun]
    if noun.dep_ in ("attr", "nsubj", "nsubjpass", "appos"):
        holders.append(noun.head)
    return any(
        c.dep_ == "prep"
        and c.lower_ == "among"
        and not (lex is not None and _among_the_figure(c, h, noun, lex))
        for h in holders
        for c in h.children
    )


def _among_the_figure(among: Any, holder: Any, noun: Any, lex: Lexicon) -> bool:
    """ "among them" hung on the death word whose subject is the figure: the pronoun is the
    figure's dead ("19 killed, among them children"), not a whole told elsewhere."""
    objects = [c for c in among.children if c.dep_ == "pobj"]
    return (
        holder is not noun
        and noun.dep_ in ("nsubj", "nsubjpass")
        and _death_word(holder, lex)
        and bool(objects)
        and objects[0].pos_ == "PRON"
    )


def _included(noun: Any, lex: Lexicon) -> list[int]:
    """The nouns of an "including" part of the noun: "6 villagers including 3 children
    killed" hangs "killed" on the children, but a participle after the whole list tells of
    the whole (issue 9, session 44)."""
    return [
        p.i
        for c in noun.children
        if c.lower_ in lex.subset_words
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _both(tok: Any, lex: Lexicon) -> int | None:
    """ "Both died.", "both were killed": "both" as the subject of a death word points back
    at two people told before; it counts two (issue 9, session 44: the figure was lost)."""
    if tok.lower_ != "both" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return 2 if _death_word(tok.head, lex) or tok.head.lemma_.lower() in lex.dying_verbs else None


def find_tolls(
    sent: Any, lex: Lexicon, by_tok: dict[int, Mention], background: list[Any] | None = None
) -> list[Toll]:
    """Death tolls in the sentence; none from a background clause (a war's running total)."""
    doc = sent.doc
    deaths = _death_anchors(sent, lex)
    if not deaths:
        deaths = _counted_shootings(sent, lex)
    # Figures of the wounded and of any other outcome (abducted, arrested, displaced): a
    # number as close to one of them as to a death word belongs to it.
    others = lex.injury_words | lex.other_outcome_words
    injuries = [t for t in sent if t.lemma_.lower() in others]
    if not deaths:
        return []
    tolls, i = [], sent.start
    while i < sent.end:
        tok, value, nxt = doc[i], None, i + 1
        vague = _vague_at(doc, i, sent.end, lex)
        if vague is not None:
            value, nxt = vague
        elif tok.like_num and (
            not _date_number(tok) or _risen_time(tok, lex) or _dying_figure(tok, lex)
        ):
            value = number_value(tok)
        else:
            value = _both(tok, lex)
        if value is not None and not within(tok, background or []):
            toll = _toll(
                _vague_word(doc, i, nxt) if vague else doc[nxt - 1],
                value,
                vague is not None,
                deaths,
                injuries,
                lex,
                by_tok,
            )
            if toll is not None:
                tolls.append(toll)
        i = nxt
    tolls = _coordinated(tolls, doc)
    if told_as_grown(sent):  # "11 killed, up from four": the figure is the toll now
        tolls = [t if t.qualifier == "vague" else replace(t, qualifier=RISEN) for t in tolls]
    singles = _single_victims(sent, lex, by_tok, tolls, background or [])
    return _listed_beside(tolls, singles, doc)


def _dying_figure(tok: Any, lex: Lexicon) -> bool:
    """ "2 people wounded, 1 later died": a bare figure that is the subject of a dying verb
    counts the dead, though the tagger reads "1 later" as a time (session 46: "later died"
    tells the toll in four notes writers' dev halves). Never a day beside its month."""
    return (
        tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in lex.dying_verbs
        and not (_year(tok) or _day_of_month(tok))
    )


def _risen_time(tok: Any, lex: Lexicon) -> bool:
    """ "The toll rose to seven overnight": the tagger reads the figure with the time word
    after it as a time; a toll's "to" figure is a count (no day of a month, no year)."""
    if _year(tok) or _day_of_month(tok):
        return False
    return risen_to(tok, tok, lex) is not None


def _death_anchors(sent: Any, lex: Lexicon) -> list[Any]:
    """The death words of the sentence, and the verbs that kill in a way told without one:
    the verb "to death" completes ("beat to death two herders": the figure hangs on "beat",
    four arcs from "death"), and burning people ("burned alive two men", "burned the two men
    inside": ``burning_verbs`` acting on a person; issue 9, session 16). Not the verb "dead"
    completes: "shot dead" is one arc from its verb already, and anchoring that verb too
    moved one world_heldout item's main event (its toll right, its type and actor1 lost;
    measured by toggling this alone)."""
    deaths = [t for t in sent if _death_word(t, lex)]
    verbs = [
        v
        for d in deaths
        if d.lemma_.lower() == "death" and (v := _killing_head(d, lex)) is not None
    ]
    burned = [
        t
        for t in sent
        if (t.lemma_.lower() in lex.burning_verbs and _burns_people(t, lex))
        or _burned_alive(t, lex) is not None
    ]
    seen = {t.i for t in deaths}
    for verb in verbs + burned:
        if verb.i not in seen:
            seen.add(verb.i)
            deaths.append(verb)
    return deaths


def _counted_shootings(sent: Any, lex: Lexicon) -> list[Any]:
    """ "gunmen shot 4 men outside a shop": in a sentence with no death word and no injury
    word, an active shooting verb (numbers.yaml ``counted_shooting_verbs``) with a counted
    object tells the dead, as the notes writers and the reports' coders code it (session
    46). Not "shot at 3 men" (no object), "3 men were shot" (no doer told: a wounding as
    often), "shot a man" (no figure)."""
    others = lex.injury_words | lex.other_outcome_words | lex.non_lethal_shot_words
    if any(t.lemma_.lower() in others for t in sent):
        return []
    return [
        verb
        for verb in sent
        if verb.pos_ == "VERB"
        and verb.lemma_.lower() in lex.counted_shooting_verbs
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        and any(
            c.dep_ in ("dobj", "obj")
            and (c.like_num or any(n.dep_ == "nummod" and n.like_num for n in c.children))
            for c in verb.children
        )
    ]


def _death_word(tok: Any, lex: Lexicon) -> bool:
    """A death word, or a killing verb used as a verb: "two farmers were murdered", "the mayor
    was assassinated" count their dead as "killed" does (issue 9, session
    18: these verbs were killing verbs but no death words, so no toll was read from them). The
    nouns stay out: "hundreds marched over the murder of a student" counts marchers."""
    lemma = tok.lemma_.lower()
    return lemma in lex.death_words or (lemma in MURDER_VERBS and tok.pos_ == "VERB")


# The killing verbs read as death words (``_death_word``). Not "lynch": counting its victims
# (one dev item right, notesh) cost one notesf test item, measured by toggling it alone.
MURDER_VERBS = frozenset({"murder", "assassinate"})


def _burns_people(verb: Any, lex: Lexicon) -> bool:
    """A burning verb whose object is a person ("burned two men", "burned alive a thief");
    "burned houses" and "burned the homes of two men" burn things."""
    if verb.pos_ != "VERB":
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
        lemma = obj.lemma_.lower()
        if lemma in lex.actor_nouns or lemma in lex.person_nouns or obj.lower_ in lex.actor_nouns:
            return True
    return False


def _burned_alive(tok: Any, lex: Lexicon) -> Any:
    """A burning verb told with "alive" ("a thief was burned alive", "burned alive a man"):
    it kills its one victim as "killed" does (fresh29, session 29: notes on mob justice);
    else None. Without "alive", "burned a man" may wound, and is left to ``_burns_people``."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.burning_verbs:
        return None
    return tok if any(c.lower_ == "alive" for c in tok.children) else None


def _listed_beside(tolls: list[Toll], singles: list[Toll], doc: Any) -> list[Toll]:
    """ "killed a village chief and 4 of his sons": one person listed by "and" beside a
    figure of the same victims is one more dead in that figure (a victim group's tolls count
    its largest figure, which would drop the chief); other persons stay tolls of their own."""
    out = list(tolls)
    rest: list[Toll] = []
    for single in singles:
        noun = doc[single.end - 1]
        linked = {c.i for c in noun.children if c.dep_ == "conj"}
        if noun.dep_ == "conj":
            linked.add(noun.head.i)
        k = next(
            (
                k
                for k, t in enumerate(out)
                if t.victims == single.victims
                and t.qualifier != "vague"
                and any(i in range(t.start, t.end) for i in linked)
            ),
            None,
        )
        if k is None:
            rest.append(single)
            continue
        t = out[k]
        start, end = min(t.start, single.start), max(t.end, single.end)
        out[k] = Toll(t.count + 1, t.qualifier, t.victims, t.victim_ids, start, end)
    return out + rest


def _range(toll: Toll, doc: Any) -> bool:
    """ "between 10 and 15 villagers": the figures are the ends of a range, not two groups."""
    return any(t.lower_ == "between" for t in doc[max(0, toll.start - 2) : toll.start + 1])


def _coordinated(tolls: list[Toll], doc: Any) -> list[Toll]:
    """ "11 Iranian forces and 18 militants killed": figures of nouns joined by "and" are
    different people, so one victim group's figures add up (29) instead of the largest one
    standing for the group (18). Vague figures stay apart; a range ("between 10 and 15") is
    its lower end."""
    out: list[Toll] = []
    for toll in tolls:
        prev = out[-1] if out else None
        noun = doc[toll.end - 1]
        first = doc[toll.start]
        if prev is not None and _range(prev, doc) and first.head.i in range(prev.start, prev.end):
            continue  # "between 10 and 15 villagers": the lower end, as ACLED codes a range
        if (
            prev is not None
            and noun.dep_ == "conj"
            and noun.head.i == prev.end - 1
            and not _range(prev, doc)
            and not noun.like_num
            and not noun.head.like_num
            and prev.victims == toll.victims
            and "vague" not in (prev.qualifier, toll.qualifier)
        ):
            ids = prev.victim_ids + tuple(i for i in toll.victim_ids if i not in prev.victim_ids)
            out[-1] = Toll(
                prev.count + toll.count, prev.qualifier, prev.victims, ids, prev.start, toll.end
            )
            continue
        out.append(toll)
    return out


def _toll(
    num: Any,
    value: int,
    vague: bool,
    deaths: list[Any],
    injuries: list[Any],
    lex: Lexicon,
    by_tok: dict[int, Mention],
) -> Toll | None:
    noun = _counted(num)
    if earlier_figure(num):  # "up from four": what the toll was, no toll
        return None
    if not _counts_people(num, noun, lex, by_tok) or _subset(num, lex) or _among(noun, lex):
        return None
    # "the death toll has risen to 14", "the number of dead rose to nine": the figure is the
    # toll now, however far the parse puts it from the death word (extract/risen.py)
    grown = risen_to(num, noun, lex)
    if grown == RUNNING:  # "bringing the toll since Thursday to 21": a sum of days or a war
        return None
    risen = grown == RISEN
    # "16 killed besides the bombers; another blast hit ...": a number that carries the death
    # word as a reduced relative is the dead, whatever clause the parse makes it the subject of
    # (a passive participle: "two gunmen ..., killing her" is the killers)
    own = (num.i, noun.i, *_included(noun, lex))
    reduced = any(d.dep_ == "acl" and d.tag_ == "VBN" and d.head.i in own for d in deaths)
    if not reduced and (_doers(num) or _doers(noun) or _killers(noun, lex)):
        return None
    if _scoped(num, noun, deaths, lex) or (not reduced and _acted_on_apart(noun, deaths, lex)):
        return None
    near_death = min(distance(num, d) for d in deaths)
    # "8 killed, around 100 injured": the parse hangs "killed" on the 8 itself (a reduced
    # relative) and the 8 on "injured"; the word on the number is its own (notesc, issue 9).
    # So is a participle on the noun it counts ("2 civilians killed, 5 injured": the parse may
    # make "civilians" the subject of "injured") and "dead" as the figure's adjective ("Three
    # dead, 21 injured"): a coder's list of outcomes (issue 9, session 43). So is "dead" on
    # the noun the figure counts ("4 passengers dead, several hurt": the parse may make "hurt"
    # an apposition of the passengers; session 44)
    if risen or any(
        (d.dep_ == "acl" and d.head.i in own)
        or (
            d.dep_ == "amod"
            and (d.head.i == num.i or (d.head.i == noun.i and d.lemma_.lower() == "dead"))
        )
        for d in deaths
    ):
        near_death = 0
    near_injury = min((distance(num, w) for w in injuries), default=99)
    # A tie goes to the injury word: in "40 were killed and another 210 injured" the 210 hangs
    # on "killed" by coordination and on "injured" directly.
    if near_death > MAX_DISTANCE or near_injury <= near_death:
        return None
    qual, start = _qualifier(num.doc, num.i, lex)
    if vague:
        qual, start = "vague", min(start, num.i)
    elif risen:
        qual = RISEN
    mention = by_tok.get(noun.i) or _member_of(noun, by_tok)
    cls = mention.cls if mention else lex.actor_nouns.get(noun.lemma_.lower())
    end = max(noun.i, num.i) + 1
    return Toll(value, qual, VICTIMS.get(cls or ""), mention.ids if mention else (), start, end)


# Words that point back at people told before: "abducted 5 men and killed them", "all were
# killed": the death word's victims are the figure's.
POINTING_BACK = frozenset({"them", "they", "him", "her", "he", "she", "all", "both"})


def _acted_on_apart(noun: Any, deaths: list[Any], lex: Lexicon) -> bool:
    """ "claimed to have killed over 100 soldiers and taken one prisoner", "caught two men ...
    and beat them; one later died": the figure counts the object of a verb that does not kill
    while every death word near it names its own dead, so those taken, caught or carried are
    not the toll (session 46: a captive read as a death in notezh, the whole group beside
    "one later died" in notesh). "abducted 5 men and killed them" names its dead by a word
    pointing back at the figure, which stays the toll."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or _kills(verb, lex):
        return False
    # "army says 4 militants and 3 soldiers killed": the parse makes the list the object of
    # the verb of saying; what is said is no one acted on (notezf's dev half)
    if verb.lemma_.lower() in lex.saying_verbs:
        return False
    if any(d.i == verb.i or getattr(_killing_head(d, lex), "i", None) == verb.i for d in deaths):
        return False
    near = [d for d in deaths if distance(noun, d) <= MAX_DISTANCE]
    heads = [_killing_head(d, lex) for d in near]
    listed = {noun.i} | {c.i for c in noun.children if c.dep_ == "conj"}
    if any(v.i in listed for h in heads if h is not None for v in _victim_nouns(h, lex)):
        return False  # the figure is listed with the dead ("4 militants and 3 soldiers killed")
    return bool(heads) and all(
        head is not None and any(v.lower_ not in POINTING_BACK for v in _victim_nouns(head, lex))
        for head in heads
    )


def _killers(tok: Any, lex: Lexicon) -> bool:
    """ "two gunmen on a motorbike ..., killing her": the noun a present participle of killing
    with an object hangs on does the killing (issue 9, session 12); "villagers digging
    trenches" are still the dead."""
    return any(
        c.dep_ == "acl"
        and c.tag_ == "VBG"
        and c.lemma_.lower() in lex.killing_verbs
        and any(o.dep_ in ("dobj", "obj") for o in c.children)
        for c in tok.children
    )


def _doers(tok: Any) -> bool:
    """The figure counts who did it, not who died: the subject of a verb that acts on someone
    ("some 200 gunmen attacked the village, killing 12", "two suicide bombers blew themselves
    up", "hundreds of settlers attacked"), or the agent after "by" ("killed by two gunmen").
    A subject whose verb has no object ("12 soldiers died") or loses lives ("lost their
    lives") is the dead."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return True
    if tok.dep_ != "nsubj":
        return False
    # "9 killed, a child among them": the object is a part of the dead, not someone acted on
    return any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in ("life", "live") and not _among(c)
        for c in tok.head.children
    )


def _scoped(num: Any, noun: Any, deaths: list[Any], lex: Lexicon) -> bool:
    """A country's or a region's total: "over 250 dead across the country", "12 killed
    nationwide" (numbers.yaml ``scope_words``): ACLED codes one place's event, never the sum
    over a country (issue 9, session 14)."""
    holders = {num.i, noun.i} | {d.i for d in deaths if distance(num, d) <= MAX_DISTANCE}
    for i in holders:
        for c in num.doc[i].children:
            if c.lower_ in lex.scope_words:
                return True
            spread = c.dep_ == "prep" and c.lower_ in ("across", "throughout")
            if spread and any(g.lemma_.lower() in lex.scope_nouns for g in c.children):
                return True
    return False


def _killing_head(tok: Any, lex: Lexicon) -> Any:
    """The verb whose victims a death word kills: a killing verb itself, the verb "dead" or
    "to death" completes ("shot dead", "beaten to death"), or "dead" made the root with an
    object of its own ("gunmen on a motorcycle shot dead a coordinator"); else None."""
    lemma = tok.lemma_.lower()
    if (lemma in lex.killing_verbs or lemma in lex.dying_verbs) and tok.pos_ == "VERB":
        return tok
    if lemma == "dead":
        # "gunmen shot dead a coordinator" (an object of its own); "4 soldiers and the bomber
        # dead" (the subject of a verbless note)
        if tok.dep_ == "ROOT" and any(c.dep_ in ("dobj", "obj") for c in tok.children):
            return tok
        if tok.dep_ in ("ROOT", "conj") and any(c.dep_ == "nsubj" for c in tok.children):
            return tok
        if tok.dep_ in ("oprd", "acomp", "advmod", "xcomp"):
            return tok.head
        # "a special guard shot dead 15-year-old Alexandros Grigoropoulos": the parse reads
        # "dead" right after the verb as an adjective of the verb's object (session 46)
        obj, verb = tok.head, tok.head.head
        if (
            tok.dep_ == "amod"
            and obj.dep_ in ("dobj", "obj")
            and verb.pos_ == "VERB"
            and tok.i == verb.i + 1
        ):
            return verb
        return None
    if lemma == "death" and tok.dep_ == "pobj" and tok.head.lower_ == "to":
        verb = tok.head.head
        if (
            verb.dep_ == "acl"
            and verb.head.dep_ in ("dobj", "obj")
            and verb.head.head.pos_ == "VERB"
        ):
            # "a mob beat a man accused of theft to death": the parse hangs "to death" on the
            # reduced relative on the object; it completes the clause's verb
            verb = verb.head.head
        return verb if verb.pos_ == "VERB" else None
    return None


def _acts_on(verb: Any) -> bool:
    """The participle has a subject, an object or a figure of its own: it is the clause's verb
    misread as a reduced relative, and the noun it hangs on is no victim."""
    deps = ("nsubj", "nsubjpass", "dobj", "obj", "auxpass", "aux")
    return any(c.dep_ in deps or c.like_num for c in verb.children)


def _victim_nouns(verb: Any, lex: Lexicon) -> list[Any]:
    """Whom a killing verb acts on: its object, or its passive subject; with their lists."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or _headline_passive(verb, lex)
    dying = verb.lemma_.lower() in lex.dying_verbs or (
        verb.lemma_.lower() == "dead" and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
    )
    deps = ("nsubjpass", "nsubj") if passive else ("nsubj",) if dying else ("dobj", "obj")
    found = [c for c in verb.children if c.dep_ in deps]
    if dying and verb.dep_ == "relcl":
        # "beat the driver, a cattle trader, who later died": the relative pronoun is the
        # noun the clause hangs on (session 46: notezh's dev half)
        found = [verb.head if c.tag_ in ("WP", "WDT") else c for c in found]
    if dying and not found and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "a man stepped on a mine and died of wounds": the verbs joined by "and" share the
        # first one's subject (fresh29, session 29: coders' notes). Taking the nearest verb
        # above with a subject when the first has none (tolls46: one dev item) cost one
        # notesd test item and gained none measured: not kept
        found = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "shot dead a 17-year-old": an age read as an adjective is the person
    found += [c for c in verb.children if c.dep_ in ("oprd", "acomp") and _age(c)]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not dying and not _acts_on(verb):
        # "a police officer killed besides the bombers"; not a finite verb the parse hangs on
        # the noun before it ("air strikes on a market killed at least 29 civilians")
        found.append(verb.head)
    return found + [c for f in found for c in f.children if c.dep_ == "conj"]


def _headline_passive(verb: Any, lex: Lexicon) -> bool:
    """ "Two fighters and a civilian killed.": a note's passive without its auxiliary, a past
    participle with a subject, no object and no auxiliary; its subject is the dead. The tagger
    may read the participle as a past tense ("one ranger killed."): a counted subject of a verb
    with no object is the same note's passive (a count of people kills nobody unnamed). So is
    a counted one the parse joins to the clause before ("gunmen opened fire on a taxi rank: 3
    drivers shot dead" hangs "shot" on "opened" as a conjunct with a subject of its own;
    session 45, three notes writers' dev halves). The clause may also hang on a verb of saying
    or blaming after it ("3 bus drivers shot dead at a terminal; police blame gang members":
    the parse roots "blame"), the same note's passive (``clause_before_saying``; actors45)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    counted = any(s.like_num or any(c.dep_ == "nummod" for c in s.children) for s in subjects)
    return (
        (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and counted))
        and (
            verb.dep_ == "ROOT"
            or (verb.dep_ == "conj" and counted)
            or clause_before_saying(verb, lex)
        )
        and bool(subjects)
        and not any(c.dep_ in ("dobj", "obj", "aux", "auxpass") for c in verb.children)
    )


def clause_before_saying(verb: Any, lex: Lexicon) -> bool:
    """The clause comes before the verb of saying or blaming the parse hangs it on, as its
    complement: "3 killed in X; police blame Y" (the act told first, its source after; read
    here for the toll and by extract/unprompted.py ``act_head`` for the act)."""
    head = verb.head
    return verb.dep_ == "ccomp" and verb.i < head.i and head.lemma_.lower() in lex.saying_verbs


def _age(tok: Any) -> bool:
    """ "a 17-year-old", "a five-month-old": an age standing for the person, which the parse
    may read as an adjective."""
    return tok.lower_ == "old" and any(c.lemma_.lower() in ("year", "month") for c in tok.children)


def _one_person(noun: Any, lex: Lexicon) -> bool:
    """One person, named without a number: "a Palestinian man", "the governor", "Ahmed Ali",
    "him", "a 17-year-old"; not a thing, a body of people ("a family", "the patrol") or a
    plural. "a commissioner and 3 of his guards": the figure joined by "and" is another
    group's, not the commissioner's number."""
    # "shot a woman fetching water; she died" (issue 9, session 18): the pronoun subject of a
    # dying or passive killing verb is one person as "him" is
    if noun.lower_ in ("him", "her", "he", "she"):
        return True
    if _age(noun):
        return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)
    if any(c.dep_ == "nummod" or (c.like_num and c.dep_ != "conj") for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    if lemma in lex.collective_nouns or lemma in lex.loss_items:
        return False
    if noun.tag_ == "NNP":
        return bool(noun.ent_type_ == "PERSON")
    return noun.tag_ == "NN" and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("no", "every", "each", "any")
        for c in noun.children
    )


def _single_victims(
    sent: Any, lex: Lexicon, by_tok: dict[int, Mention], tolls: list[Toll], background: list[Any]
) -> list[Toll]:
    """A toll of one for each person a killing verb names as its victim without a number
    ("shot dead an indigenous guard coordinator", "a policeman was killed", "killing him and
    8 other people": 1 + 8). Nouns a figure already counts are left to that figure."""
    counted = {k for t in tolls for k in range(t.start, t.end)}
    out: list[Toll] = []
    seen: set[int] = set()
    for tok in sent:
        verb = _killing_head(tok, lex) if _death_word(tok, lex) else _burned_alive(tok, lex)
        if verb is None or verb.i in seen or within(verb, background):
            continue
        seen.add(verb.i)
        for noun in _victim_nouns(verb, lex):
            if noun.i in counted or not _one_person(noun, lex) or _among(noun):
                continue
            mention = by_tok.get(noun.i) or _member_of(noun, by_tok)
            cls = mention.cls if mention else lex.actor_nouns.get(noun.lemma_.lower())
            start = min([noun.i, *(c.i for c in noun.children if c.i < noun.i)])
            ids = mention.ids if mention else ()
            victims = VICTIMS.get(cls or "")
            # "killing lawyer X and official Y": people named side by side are as many dead
            # (two tolls of one in one victim group would count once; issue 9, session 13)
            joint = next((k for k, t in enumerate(out) if t.victims == victims), None)
            if joint is not None and out[joint].end <= start:
                prev = out[joint]
                out[joint] = Toll(
                    prev.count + 1, "exact", victims, prev.victim_ids, prev.start, noun.i + 1
                )
                continue
            out.append(Toll(1, "exact", victims, ids, start, noun.i + 1))
    return out


def _member_of(noun: Any, by_tok: dict[int, Mention]) -> Mention | None:
    """ "12 members of a militia": the victims are the militia's."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.i in by_tok:
                    return by_tok[pobj.i]
    return None


def find_losses(sent: Any, lex: Lexicon) -> list[LossFound]:
    """Equipment destroyed, captured or damaged: "destroyed a BMP", "two tanks were captured"."""
    losses = []
    for tok in sent:
        outcome = _outcome(tok, lex)
        if outcome is None:
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
        if tok.dep_ == "acl":
            objs.append(tok.head)
        for obj in objs:
            item = _item(obj, lex)
            if item is not None:
                count = next((v for c in obj.children if (v := number_value(c)) is not None), 1)
                start = min(
                    [obj.i, *(c.i for c in obj.children if c.dep_ in ("det", "nummod", "compound"))]
                )
                losses.append(LossFound(item, count, outcome, start, obj.i + 1))
    return losses


def _outcome(tok: Any, lex: Lexicon) -> str | None:
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    if particle and f"{lemma} {particle}" in lex.loss_outcomes:
        return lex.loss_outcomes[f"{lemma} {particle}"]
    return lex.loss_outcomes.get(lemma)


def _item(obj: Any, lex: Lexicon) -> str | None:
    """The loss item an object noun names, the most specific word first ("BMP vehicle" -> BMP)."""
    for child in obj.children:
        if child.dep_ == "compound" and child.lower_ in lex.loss_items:
            return str(child.text)
    lemma = str(obj.lemma_).lower()
    return lemma if lemma in lex.loss_items else None
