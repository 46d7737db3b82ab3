"""A video's subtitles (SubRip .srt, WebVTT .vtt) read as one report (session 27, subtitles27):
ingest takes such a file (by its suffix, a declared type, or a head that shows the form) and
refuses, naming the problem, one that is no subtitles (the batch goes on); clean writes the
spoken text (timings, tags, sound tags and labels out, sentences across cues joined, rolling
captions read once, captions apart) and records each cue's span, so evidence maps back to the
file. Files written for these tests (invented places)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasewatch.clean.subtitles import read_cues
from ceasewatch.errors import InputError
from ceasewatch.ingest import ingest, ingest_bytes
from ceasewatch.model import IngestFailure, RawDocument
from ceasewatch.pipeline import read_articles
from ceasewatch.subtitles import SRT_KIND, VTT_KIND, read_subtitles, sniff

SRT = """1
00:00:02,535 --> 00:00:07,985
ANCHOR: Gunmen attacked a police post in
Lowtown today, and two officers

2
00:00:08,032 --> 00:00:10,438
were killed.

3
00:00:10,484 --> 00:00:13,838
SUPER: LOWTOWN, NORTHLAND / 12 March 2024

4
00:00:14,117 --> 00:00:15,317
[gunfire]

5
00:00:15,613 --> 00:00:20,977
REPORTER: The attackers came before dawn
and set fire to the market.

6
00:00:21,133 --> 00:00:24,032
- [Resident, in Hausa] We ran into the bush.
"""

VTT = """WEBVTT
Kind: captions
Language: en

NOTE
Subtitles for the international edition

STYLE
::cue { color: yellow; }

intro
00:00:02.506 --> 00:00:07.850 line:85% position:50% align:center
<v Anchor>Tonight, protesters marched in
<i>Hilltown</i> &amp; the river towns,

00:00:07.994 --> 00:00:11.010
<i>[CAPTION: HILLTOWN / 4 June 2025]</i>

00:00:11.230 --> 00:00:16.993
and police fired tear gas at them.
♪ [somber music] ♪

00:00:17.280 --> 00:00:18.480
(ARCHIVE FOOTAGE, MAY 2019)

00:00:18.569 --> 00:00:24.344
<v Reporter>The march <00:00:19.100><c>ended</c> at noon.
"""

ROLLING = """WEBVTT

00:00:01.000 --> 00:00:02.000
gunmen attacked the

00:00:02.000 --> 00:00:04.000
gunmen attacked the
village of lowtown in

00:00:04.000 --> 00:00:06.000
village of lowtown in
northland state today
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_srt_and_vtt_are_documents_of_their_kind_and_a_folder_lists_them(tmp_path: Path) -> None:
    _write(tmp_path, "a.srt", SRT)
    _write(tmp_path, "b.vtt", VTT)
    items = list(ingest([str(tmp_path)]))
    assert [(Path(i.origin).name, i.media_type) for i in items if isinstance(i, RawDocument)] == [
        ("a.srt", SRT_KIND),
        ("b.vtt", VTT_KIND),
    ]


def test_an_unnamed_text_is_sniffed_and_a_txt_is_not() -> None:
    assert sniff(VTT.encode()) == VTT_KIND and sniff(SRT) == SRT_KIND
    assert sniff("Gunmen attacked a post.\n00:00:01,000 --> 00:00:02,000") is None
    (doc,) = ingest_bytes("upload:clip", SRT.encode(), name="clip")
    assert isinstance(doc, RawDocument) and doc.media_type == SRT_KIND
    (doc,) = ingest_bytes("upload:clip.txt", SRT.encode(), name="clip.txt")
    assert isinstance(doc, RawDocument) and doc.media_type == "text/plain"


def test_srt_becomes_spoken_text_with_captions_apart_and_cues_mapping_back(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path, "clip.srt", SRT)
    articles, failures = read_articles([str(path)])
    assert not failures
    a = articles[0]
    assert a.text.split("\n\n") == [
        "LOWTOWN, NORTHLAND / 12 March 2024",  # the dated lower third heads it: its dateline
        "Gunmen attacked a police post in Lowtown today, and two officers were killed.",
        "The attackers came before dawn and set fire to the market.",
        "We ran into the bush.",
    ]
    assert a.published is not None and a.published.isoformat() == "2024-03-12"
    assert a.dateline_end == len("LOWTOWN, NORTHLAND / 12 March 2024")
    assert a.media_type == SRT_KIND
    raw = path.read_text(encoding="utf-8").splitlines()
    for cue in a.cues:  # every cue's written words are on the file line it names
        first_word = a.text[cue.start : cue.end].split()[0]
        assert first_word in raw[cue.line - 1]
    caption, first, second, report, resident = a.cues
    assert (first.ident, first.begins, first.ends, first.speaker) == ("1", 2535, 7985, "ANCHOR")
    assert a.text[second.start : second.end] == "were killed."
    assert caption.caption and caption.speaker is None
    assert report.speaker == "REPORTER" and resident.speaker == "Resident, in Hausa"


def test_vtt_blocks_tags_settings_and_flags_go(tmp_path: Path) -> None:
    articles, _ = read_articles([str(_write(tmp_path, "clip.vtt", VTT))])
    a = articles[0]
    assert a.text.split("\n\n") == [
        "HILLTOWN / 4 June 2025",
        "Tonight, protesters marched in Hilltown & the river towns, and police fired tear gas"
        " at them.",
        "The march ended at noon.",
    ]
    assert a.cues[1].ident == "intro" and a.cues[1].speaker == "Anchor"
    assert any("ARCHIVE FOOTAGE, MAY 2019" in n for n in a.notes)
    assert "Subtitles" not in a.text and "yellow" not in a.text


def test_an_undated_caption_stays_where_it_stands_after_the_sentence_it_interrupts() -> None:
    vtt = VTT.replace("HILLTOWN / 4 June 2025", "HILLTOWN / PROTEST")
    text = read_cues(read_subtitles("x.vtt", vtt, VTT_KIND))
    assert text.paragraphs[1] == "CAPTION: HILLTOWN / PROTEST" and not text.dateline
    assert text.published is None


def test_rolling_captions_are_read_once_and_lower_case_names_capitalised() -> None:
    text = read_cues(read_subtitles("x.vtt", ROLLING, VTT_KIND))
    assert text.paragraphs == ["gunmen attacked the village of lowtown in northland state today"]
    assert any("rolling" in n for n in text.notes)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("a.vtt", "00:00:01.000 --> 00:00:02.000\nHello there.\n", "WEBVTT signature"),
        ("b.srt", "1\n00:00:01,000 -> 00:00:02,000\nHello.\n", "no cue"),
        ("c.srt", "1\n00:00:01,000 --> 00:00:0x,000\nHello.\n", "line 2: no cue timing"),
        ("d.srt", "1\n00:00:05,000 --> 00:00:02,000\nHello.\n", "ends before it begins"),
        ("e.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n", "no cue"),
        ("f.srt", "Just a text that someone named .srt, with no cue in it.\n", "no cue"),
    ],
)
def test_a_file_that_is_no_subtitles_fails_naming_file_and_problem(
    tmp_path: Path, name: str, content: str, problem: str
) -> None:
    path = _write(tmp_path, name, content)
    (item,) = ingest([str(path)])
    assert isinstance(item, IngestFailure) and item.origin == str(path)
    assert "subtitle file" in item.reason and problem in item.reason


def test_bad_subtitle_files_fail_alone_and_the_batch_goes_on(tmp_path: Path) -> None:
    _write(tmp_path, "a_empty.srt", "")
    _write(tmp_path, "b_good.srt", SRT)
    _write(tmp_path, "c_broken.vtt", "WEBVTT\n\nno timings here\n")
    (tmp_path / "d_latin1.vtt").write_bytes(
        "WEBVTT\n\n00:01.000 --> 00:02.000\né\n".encode("latin-1")
    )
    articles, failures = read_articles([str(tmp_path)])
    assert [Path(a.origin).name for a in articles] == ["b_good.srt"]
    why = {Path(f.origin).name: f.reason for f in failures}
    assert "empty" in why["a_empty.srt"]
    assert "no cue" in why["c_broken.vtt"]
    assert "UTF-8" in why["d_latin1.vtt"]


def test_read_subtitles_refuses_with_input_error() -> None:
    with pytest.raises(InputError, match="not a SubRip subtitle file"):
        read_subtitles("x.srt", b"hello", SRT_KIND)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=1500), st.text(max_size=1500).map(str.encode)))
def test_any_bytes_named_srt_or_vtt_give_a_document_or_a_failure(data: bytes) -> None:
    for name in ("x.srt", "x.vtt"):
        items = list(ingest_bytes(f"upload:{name}", data, name=name))
        assert len(items) == 1 and isinstance(items[0], RawDocument | IngestFailure)


def _srt(*cues: str) -> str:
    return "\n".join(
        f"{i}\n00:00:{i:02d},000 --> 00:00:{i:02d},900\n{text}\n" for i, text in enumerate(cues, 1)
    )


def test_sports_and_weather_segments_headlines_and_recaps_are_left_out() -> None:
    srt = _srt(
        "ANCHOR: Good evening. Here are the headlines:\nclashes in Lowtown.",
        "ANCHOR: Gunmen attacked a post in Lowtown\ntoday.",
        "PRESENTER: And now to sport, where the\nRovers launched a blistering attack.",
        "COACH: We went to war out there.",
        "ANCHOR: In other news, protesters marched\nin Hilltown.",
        "PRESENTER: And the weather: a storm front\nhitting the coast.",
        "ANCHOR: Again, our top story: gunmen\nattacked a post in Lowtown.",
    )
    text = read_cues(read_subtitles("x.srt", srt, SRT_KIND))
    assert text.paragraphs == [
        "Good evening.",
        "Gunmen attacked a post in Lowtown today.",
        "In other news, protesters marched in Hilltown.",
    ]


def test_the_narration_over_archive_footage_is_left_out_up_to_the_present() -> None:
    srt = _srt(
        "REPORTER: The town was quiet this week.",
        "(ARCHIVE FOOTAGE, NOVEMBER 2022)",
        "Two years ago, soldiers stormed the\nbridge and dozens were killed.",
        "Today, the bridge is open again.",
        "(RECONSTRUCTION)",
        "ANCHOR: Police fired tear gas in Hilltown.",
    )
    text = read_cues(read_subtitles("x.srt", srt, SRT_KIND))
    assert text.paragraphs == [
        "The town was quiet this week. Today, the bridge is open again.",
        "Police fired tear gas in Hilltown.",
    ]
    assert any("ARCHIVE FOOTAGE, NOVEMBER 2022; RECONSTRUCTION" in n for n in text.notes)


def test_captions_in_capitals_mixed_case_labels_and_retakes(tmp_path: Path) -> None:
    srt = _srt(
        ">> ANCHOR: GUNMEN ATTACKED A POLICE POST\nIN NIGERIA ON MONDAY.",
        ">> THE ARMY SAID TWO SOLDIERS DIED.",
        "SUPER: LOWTOWN / 12 MARCH 2024",
    )
    articles, _ = read_articles([str(_write(tmp_path, "caps.srt", srt))])
    text = articles[0].text
    assert "gunmen attacked a police post in Nigeria on Monday." in text
    assert "the army said two soldiers died." in text
    assert text.startswith("LOWTOWN / 12 MARCH 2024\n\n")  # a caption keeps its capitals
    assert articles[0].published is not None and articles[0].published.day == 12
    srt = _srt(
        "Reporter: The streets are empty today.",
        "Take two.",
        "REPORTER: Sorry, let me do that last line\nagain.",
        "Police spokesman: Nobody was hurt.",
        "Note: this is speech.",
    )
    text2 = read_cues(read_subtitles("x.srt", srt, SRT_KIND))
    assert text2.paragraphs == [
        "The streets are empty today.",
        "Nobody was hurt. Note: this is speech.",
    ]
    assert [s.speaker for s in text2.spans] == ["Reporter", "Police spokesman", "Police spokesman"]


def _auto(lines: list[str], gaps: dict[int, int] | None = None) -> str:
    """Lower-case automatic captions without punctuation, one new line a cue (rolling), 0.2 s
    between cues unless ``gaps`` says otherwise (ms before cue i)."""
    out, at, last = ["WEBVTT", ""], 1000, ""
    for i, line in enumerate(lines):
        at += (gaps or {}).get(i, 200)
        stamp = f"00:{at // 60000:02d}:{at // 1000 % 60:02d}.{at % 1000:03d}"
        at += 2000
        end = f"00:{at // 60000:02d}:{at // 1000 % 60:02d}.{at % 1000:03d}"
        out += [f"{stamp} --> {end}", *([last] if last else []), line, ""]
        last = line
    return "\n".join(out)


AUTO = [
    "so what is going on in the town of",
    "lowtown right now",
    "this is the last market town that the",
    "army still holds in the northern hills",
    "today the militia shelled the camp",
    "[music]",
    "volunteers say eight people were killed",
    "and many more were hurt by the shells",
    "earlier this year the same camp was hit",
    "twice by the militia and the army said",
    "it would answer",
]


def test_unpunctuated_automatic_captions_end_sentences_at_their_pauses() -> None:
    text = read_cues(read_subtitles("x.vtt", _auto(AUTO), VTT_KIND))
    assert text.paragraphs == [
        "so what is going on in the town of lowtown right now",
        "this is the last market town that the army still holds in the northern hills"
        " today the militia shelled the camp",
        "volunteers say eight people were killed and many more were hurt by the shells"
        " earlier this year the same camp was hit twice by the militia and the army said it"
        " would answer",
    ]
    assert any("pauses" in n for n in text.notes)
    # a silence of two seconds between cues ends a sentence too; a line ending on "the" never
    paused = read_cues(read_subtitles("x.vtt", _auto(AUTO, {4: 2000, 3: 2000}), VTT_KIND))
    assert paused.paragraphs[2] == "today the militia shelled the camp"
    assert "the army still holds in the northern hills" in paused.paragraphs[1]
    # punctuated captions (a human captioner's) are never cut at a short line
    punctuated = [line.capitalize() + "." for line in AUTO]
    assert len(read_cues(read_subtitles("x.vtt", _auto(punctuated), VTT_KIND)).paragraphs) == 1


@pytest.mark.parametrize(
    ("captions", "speech", "day"),
    [
        ([], "On Tuesday, the 18th of June, gunmen attacked the post.", "2024-06-18"),
        ([], "tuesday the eighteenth of june gunmen attacked the post", "2024-06-18"),
        # the year the clip says, where the weekday fits it
        ([], "Exercise twenty nineteen. On Tuesday 18 June troops landed.", "2019-06-18"),
        (["LOWTOWN | 21 August", "ARCHIVE 2023"], "Today the post was shelled.", "2023-08-21"),
        # nothing fixes the year: unknown, never guessed
        (["LOWTOWN | 21 August"], "Today the post was shelled.", None),
        ([], "On 21 August the post was shelled, and in 2023 the camp.", None),
        # no weekday of the last five years: unknown
        ([], "On Monday, the 18th of June, the post was shelled.", None),
        ([], "On 31 June the post was shelled.", None),
        # a full date is no partial one; "may" in lower case is a word
        ([], "On 21 August 2024 the post was shelled.", None),
        ([], "Tuesday may 5 people were hurt.", None),
    ],
)
def test_a_day_and_month_date_the_clip_only_when_the_clip_fixes_the_year(
    captions: list[str], speech: str, day: str | None
) -> None:
    from ceasewatch.clean.subtitles import partial_date

    found, how = partial_date(captions, [speech], today=dt.date(2026, 12, 5))
    assert (found.isoformat() if found else None) == day
    assert bool(how) == ("2024" not in speech and "may" not in speech)


def test_an_actor_acronym_heard_in_lower_case_is_written_in_capitals_again() -> None:
    from ceasewatch.clean.subtitles import truecased

    lines = ["today the rsf shelled the camp", "near the tip of the town and the pkk fled"]
    text = truecased(read_cues(read_subtitles("x.vtt", _auto(lines * 3), VTT_KIND)))
    said = " ".join(text.paragraphs)
    assert "today the RSF shelled the camp" in said
    assert "near the tip of the town and the PKK fled" in said  # "tip" is a word too
    assert len(said) == len(" ".join(lines * 3))  # letter for letter


def test_a_note_of_the_file_dates_the_clip_when_no_caption_does() -> None:
    vtt = VTT.replace("HILLTOWN / 4 June 2025", "HILLTOWN / PROTEST")
    noted = vtt.replace("Subtitles for the international edition", "Recorded 3 May 2025, Hilltown")
    assert read_cues(read_subtitles("x.vtt", noted, VTT_KIND)).published == dt.date(2025, 5, 3)
    assert read_cues(read_subtitles("x.vtt", vtt, VTT_KIND)).published is None
    # the dated caption first
    both = VTT.replace("Subtitles for the international edition", "Recorded 3 May 2025")
    assert read_cues(read_subtitles("x.vtt", both, VTT_KIND)).published == dt.date(2025, 6, 4)


def test_youtube_automatic_captions_with_word_times_and_10_ms_cues_are_read_once() -> None:
    # the layout of YouTube's automatic captions as downloaded (yt-dlp): each rolling cue opens
    # on a blank line or the line before, words carry inline times, and a 10 ms cue holds the
    # line just completed
    vtt = (
        "WEBVTT\nKind: captions\nLanguage: en\n\n"
        "00:00:00.000 --> 00:00:02.310 align:start position:0%\n \n"
        "gunmen<00:00:00.480><c> attacked</c><00:00:00.640><c> the</c>\n\n"
        "00:00:02.310 --> 00:00:02.320 align:start position:0%\ngunmen attacked the\n \n\n"
        "00:00:02.320 --> 00:00:04.870 align:start position:0%\ngunmen attacked the\n"
        "village<00:00:02.800><c> of</c><00:00:03.000><c> lowtown</c>\n\n"
        "00:00:04.870 --> 00:00:04.880 align:start position:0%\nvillage of lowtown\n \n\n"
        "00:00:04.880 --> 00:00:07.000 align:start position:0%\nvillage of lowtown\n"
        "in<00:00:05.100><c> northland</c><00:00:05.300><c> state</c>\n"
    )
    text = read_cues(read_subtitles("x.vtt", vtt, VTT_KIND))
    assert text.paragraphs == ["gunmen attacked the village of lowtown in northland state"]


def test_a_new_speaker_marked_inside_a_caption_line_opens_a_new_turn() -> None:
    srt = "1\n00:00:01,000 --> 00:00:04,000\nthe police came at night >> we ran into\n\n"
    srt += "2\n00:00:04,000 --> 00:00:06,000\nthe bush\n"
    text = read_cues(read_subtitles("x.srt", srt, SRT_KIND))
    assert text.paragraphs == ["the police came at night", "we ran into the bush"]


def test_a_caption_whose_day_and_month_date_the_clip_is_its_dateline(tmp_path: Path) -> None:
    srt = SRT.replace(
        "SUPER: LOWTOWN, NORTHLAND / 12 March 2024", "SUPER: LOWTOWN / Tuesday 18 June"
    )
    text = read_cues(read_subtitles("x.srt", srt, SRT_KIND))
    assert text.dateline and text.paragraphs[0] == "LOWTOWN / Tuesday 18 June"
    assert text.published is not None and (text.published.month, text.published.day) == (6, 18)
    assert text.published.weekday() == 1 and any("clip dated" in n for n in text.notes)
    article = read_articles([str(_write(tmp_path, "a.srt", srt))])[0][0]
    assert article.published == text.published and article.text.startswith("LOWTOWN / Tuesday")
    # no weekday, no year: the caption stays where it stands and the clip undated, with why
    srt = SRT.replace("SUPER: LOWTOWN, NORTHLAND / 12 March 2024", "SUPER: LOWTOWN / 18 June")
    text = read_cues(read_subtitles("x.srt", srt, SRT_KIND))
    assert not text.dateline and text.published is None
    assert any("fixes none" in n for n in text.notes)
