"""The actor knowledge base: loading, validation, merging and date-aware queries.

Unit tests build small knowledge bases by hand from another conflict (Colombia) so that they do
not lean on the Syrian data; the built-in data is checked as a whole (sources, references) and
for what the founding report needs.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from ceasewatch.errors import KnowledgeError
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.knowledge.actor_names import normalize_name, skeleton
from ceasewatch.knowledge.actors import DATA_DIR
from ceasewatch.model import ACTOR_TYPES

D = dt.date

COLOMBIA = """\
# Source: hand-written test data. Licence: Apache-2.0. Date: 2025.
actors:
  - id: farc
    name: Revolutionary Armed Forces of Colombia
    aliases: [FARC, FARC-EP]
    type: rebel group
    country: CO
    side: insurgent
    renamings:
      - successor: comunes
        date: 2017-08-31
        kind: renamed
    designations:
      - authority: US
        start: 1997-10-08
        end: 2021-11-30
    sources: ["https://en.wikipedia.org/wiki/FARC"]
  - id: comunes
    name: Comunes
    aliases: [FARC party]
    type: political militia
    country: CO
    founded: 2017-08-31
    sources: ["https://en.wikipedia.org/wiki/Comunes"]
  - id: bloque-sur
    name: Southern Bloc
    type: rebel group
    country: CO
    memberships:
      - parent: farc
        start: 1990-01-01
        end: 2016-12-01
    sources: ["https://en.wikipedia.org/wiki/FARC"]
"""


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actors()


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the built-in knowledge base ---------------------------------------------------------------


def test_builtin_kb_is_large_enough_and_every_entry_is_cited(kb: ActorKB) -> None:
    assert len(kb) >= 80
    for actor in kb:
        assert actor.sources, actor.id
        assert all(s.startswith("https://") for s in actor.sources), actor.id
        assert actor.inter == ACTOR_TYPES[actor.type], actor.id


def test_builtin_cross_references_resolve(kb: ActorKB) -> None:
    for actor in kb:
        for m in actor.memberships:
            assert m.parent in kb, (actor.id, m.parent)
        for r in actor.renamings:
            assert r.successor in kb, (actor.id, r.successor)
        for target in actor.refers_to.values():
            assert target in kb, (actor.id, target)


def test_builtin_files_have_a_header_naming_source_licence_and_date() -> None:
    files = sorted(DATA_DIR.glob("*.yaml"))
    assert files
    for path in files:
        header = "".join(
            line
            for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
            if line.startswith("#")
        )
        for word in ("Source", "Licence", "Date"):
            assert re.search(rf"^# {word}", header, re.M), (path.name, word)


SEED_ACTORS = {
    "Free Syrian Army": ("fsa", 2),
    "FSA": ("fsa", 2),
    "the FSA’s 2nd Army": ("fsa-2nd-army", 2),
    "Faylaq al-Sham": ("faylaq-al-sham", 2),
    "Nour al-Din al-Zenki": ("nour-al-din-al-zenki", 2),
    "Jaish al-Nasr": ("jaish-al-nasr", 2),
    "Jaish al-Nukhba": ("jaish-al-nukhba", 2),
    "Ahrar al-Sham": ("ahrar-al-sham", 2),
    "the Turkistan Islamic Party": ("tip", 2),
    "Hayat Tahrir al-Sham": ("hts", 2),
    "Jabhat al-Nusra": ("hts", 2),  # the old name, on the report's date
    "Jaish al-Ahrar": ("jaish-al-ahrar", 2),
    "Syrian Arab Army": ("syria-saa", 1),
    "SAA": ("syria-saa", 1),
    "Turkey": ("turkey", 8),
    "Russia": ("russia", 8),
    "Iran": ("iran", 8),
    "regime forces": ("generic-government-forces", 1),
    "government troops": ("generic-government-forces", 1),
    "militants": ("generic-militants", 2),
    "rebels": ("generic-rebels", 2),
    "“moderate opposition”": ("generic-moderate-opposition", 2),
    "Pro-opposition sources": ("generic-pro-opposition-sources", 8),
    "state media": ("generic-state-media", 8),
}


@pytest.mark.parametrize("name", sorted(SEED_ACTORS))
def test_every_actor_the_seed_names_is_known(kb: ActorKB, name: str) -> None:
    actor = kb.resolve_name_on(name, D(2018, 1, 11))
    assert actor is not None, name
    assert (actor.id, actor.inter) == SEED_ACTORS[name]


def test_hts_is_designated_by_the_unsc_through_al_nusra(kb: ActorKB) -> None:
    on = D(2018, 1, 11)
    assert kb.designated("hts", "UNSC", on)
    held = kb.designations_on("hts", on, "UNSC")
    assert [h.actor_id for h in held] == ["jabhat-al-nusra"]
    assert [a.id for a in kb.lineage("hts")][-1] == "hts"
    assert "jabhat-al-nusra" in kb.predecessors("hts")
    assert not kb.designated("faylaq-al-sham", "UNSC", on)
    assert not kb.designated("hts", "UNSC", D(2011, 1, 1))


def test_fsa_second_army_is_under_the_fsa_brand_and_later_the_nlf(kb: ActorKB) -> None:
    assert kb.parents_on("fsa-2nd-army", D(2018, 1, 11)) == ["fsa"]
    later = kb.parents_on("fsa-2nd-army", D(2018, 6, 1), transitive=True)
    assert "nlf" in later and "fsa" in later
    assert "fsa-2nd-army" in kb.members_on("nlf", D(2018, 6, 1))
    assert "fsa-2nd-army" not in kb.members_on("nlf", D(2018, 1, 11))


def test_nusra_renamings_have_their_dates(kb: ActorKB) -> None:
    assert kb.successor_on("jabhat-al-nusra", D(2016, 7, 27)) == "jabhat-al-nusra"
    assert kb.successor_on("jabhat-al-nusra", D(2016, 8, 1)) == "jabhat-fatah-al-sham"
    assert kb.successor_on("jabhat-al-nusra", D(2017, 2, 1)) == "hts"


def test_transliterations_of_seed_names_share_a_skeleton(kb: ActorKB) -> None:
    assert [a.id for a in kb.lookup_skeleton("Nur al-Din al-Zinki")] == ["nour-al-din-al-zenki"]
    assert [a.id for a in kb.lookup_skeleton("Failaq ash-Sham")] == ["faylaq-al-sham"]
    assert [a.id for a in kb.lookup_skeleton("Jaysh an-Nasr")] == ["jaish-al-nasr"]


# --- normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Cartel del Golfo’s 3rd Front", "cartel del golfo 3rd front"),
        ("Hizb ad-Dawa", "hizb al dawa"),
        ("“Clan del Golfo”", "clan del golfo"),
        ("Al-Shabaab", "shabaab"),
        ("el-Shabaab", "shabaab"),
        ("U.N.-backed forces", "un backed forces"),  # dotted initials lose their dots
        ("the A.U. mission", "au mission"),
    ],
)
def test_normalize_name(a: str, b: str) -> None:
    assert normalize_name(a) == b


def test_skeleton_folds_transliteration_variants() -> None:
    assert skeleton("Jaysh al-Mahdi") == skeleton("Jaish el-Mahdi")
    assert skeleton("Hezbollah") == skeleton("Hizbullah")
    assert skeleton("Harakat ash-Shabaab") == skeleton("Harakat al-Shabab")
    assert skeleton("Ansar Dine") != skeleton("Ansar Bayt al-Maqdis")


# --- loading a folder, merging and validation --------------------------------------------------


def test_kb_folder_merges_over_builtin_and_same_id_replaces(tmp_path: Path) -> None:
    write(tmp_path, "colombia.yaml", COLOMBIA)
    write(
        tmp_path,
        "override.yml",
        COLOMBIA.replace("farc", "x").split("actors:")[0]
        + """actors:
  - id: civilians
    name: Non-combatants
    type: civilians
    sources: ["https://example.org/replaced"]
""",
    )
    kb = load_actors([tmp_path])
    assert "farc" in kb and "hts" in kb
    civ = kb.get("civilians")
    assert civ is not None and civ.name == "Non-combatants"
    assert kb.resolve_name_on("FARC-EP", D(2010, 1, 1)).id == "farc"  # type: ignore[union-attr]
    assert kb.resolve_name_on("FARC-EP", D(2019, 1, 1)).id == "comunes"  # type: ignore[union-attr]
    assert kb.designated("comunes", "us", D(2019, 1, 1))
    assert not kb.designated("comunes", "US", D(2022, 1, 1))
    assert kb.parents_on("bloque-sur", D(2000, 1, 1)) == ["farc"]
    assert kb.parents_on("bloque-sur", D(2018, 1, 1)) == []


def test_inter_is_filled_from_type_when_omitted(tmp_path: Path) -> None:
    write(tmp_path, "c.yaml", COLOMBIA)
    kb = load_actors([tmp_path])
    assert kb.get("farc").inter == 2  # type: ignore[union-attr]


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.yaml", "actors:\n  - id: x\n    name: [unclosed\n")
    with pytest.raises(KnowledgeError) as err:
        load_actors([tmp_path])
    assert any(p.startswith(f"{path}:") and "YAML syntax" in p for p in err.value.problems)


def test_schema_error_names_file_line_and_field(tmp_path: Path) -> None:
    text = COLOMBIA.replace("        start: 1997-10-08\n", "        start: sometime\n")
    path = write(tmp_path, "c.yaml", text)
    with pytest.raises(KnowledgeError) as err:
        load_actors([tmp_path])
    line = text.splitlines().index("        start: sometime") + 1
    assert any(
        p.startswith(f"{path}:{line}:") and "designations.0.start" in p for p in err.value.problems
    ), err.value.problems


def test_inter_that_does_not_follow_from_type_is_refused(tmp_path: Path) -> None:
    text = COLOMBIA.replace(
        "    type: rebel group\n    country: CO\n    side: insurgent\n",
        "    type: rebel group\n    inter: 3\n    country: CO\n",
    )
    write(tmp_path, "c.yaml", text)
    with pytest.raises(KnowledgeError, match="inter 3 does not follow"):
        load_actors([tmp_path])


def test_unknown_type_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "c.yaml", COLOMBIA.replace("type: political militia", "type: cartel"))
    with pytest.raises(KnowledgeError, match="type 'cartel' is not one of"):
        load_actors([tmp_path])


def test_dangling_references_are_all_listed(tmp_path: Path) -> None:
    text = COLOMBIA.replace("parent: farc", "parent: farc-ep").replace(
        "successor: comunes", "successor: nobody"
    )
    write(tmp_path, "c.yaml", text)
    with pytest.raises(KnowledgeError) as err:
        load_actors([tmp_path])
    joined = "\n".join(err.value.problems)
    assert "'farc-ep' is not in the KB" in joined
    assert "'nobody' is not in the KB" in joined
    assert len(err.value.problems) == 2


def test_duplicate_ids_in_one_folder_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", COLOMBIA)
    write(tmp_path, "b.yaml", COLOMBIA)
    with pytest.raises(KnowledgeError, match="duplicate id 'farc'"):
        load_actors([tmp_path])


def test_missing_sources_are_refused(tmp_path: Path) -> None:
    write(
        tmp_path,
        "c.yaml",
        COLOMBIA.replace('    sources: ["https://en.wikipedia.org/wiki/Comunes"]\n', ""),
    )
    with pytest.raises(KnowledgeError, match=r"comunes.*sources"):
        load_actors([tmp_path])


def test_renaming_cycle_is_refused(tmp_path: Path) -> None:
    text = COLOMBIA.replace(
        "    founded: 2017-08-31\n",
        "    renamings:\n      - successor: farc\n        date: 2018-01-01\n",
    )
    write(tmp_path, "c.yaml", text)
    with pytest.raises(KnowledgeError, match="renaming cycle"):
        load_actors([tmp_path])


def test_top_level_must_hold_an_actors_list(tmp_path: Path) -> None:
    write(tmp_path, "c.yaml", "- id: x\n")
    with pytest.raises(KnowledgeError, match="top level"):
        load_actors([tmp_path])


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="not a folder"):
        load_actors([tmp_path / "nope"])


# --- CLI ---------------------------------------------------------------------------------------


def test_cli_actors_search_and_actor_page(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from ceasewatch.cli import main

    write(tmp_path, "colombia.yaml", COLOMBIA)
    runner = CliRunner()
    found = runner.invoke(main, ["actors", "farc-ep", "--kb", str(tmp_path), "--json"])
    assert found.exit_code == 0, found.output
    ids = [a["id"] for a in json.loads(found.output)]
    assert "farc" in ids  # the built-in base also names the FARC's dissident heirs
    assert all("farc" in json.dumps(a).casefold() for a in json.loads(found.output))
    table = runner.invoke(main, ["actors", "Zinki"])
    assert table.exit_code == 0 and "nour-al-din" in table.output
    missing = runner.invoke(main, ["actors", "no such group anywhere"])
    assert missing.exit_code == 1
    page = runner.invoke(main, ["actor", "comunes", "--kb", str(tmp_path), "--json"])
    assert page.exit_code == 0, page.output
    record = json.loads(page.output)
    assert record["lineage"] == ["farc", "comunes"]
    text = runner.invoke(main, ["actor", "farc", "--kb", str(tmp_path)])
    assert "designated by US" in text.output and "renamed -> comunes" in text.output
    unknown = runner.invoke(main, ["actor", "nobody"])
    assert unknown.exit_code != 0 and "no actor with id 'nobody'" in unknown.output


def test_cli_refuses_a_broken_kb_folder_with_its_problems(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from ceasewatch.cli import main

    write(tmp_path, "c.yaml", COLOMBIA.replace("parent: farc", "parent: ghost"))
    result = CliRunner().invoke(main, ["actors", "--kb", str(tmp_path)])
    assert result.exit_code != 0 and "'ghost' is not in the KB" in result.output


def test_kb_folder_holds_actors_and_agreements_side_by_side(tmp_path: Path) -> None:
    (tmp_path / "actors").mkdir()
    write(
        tmp_path / "actors",
        "extra.yaml",
        "actors:\n  - id: norland-army\n    name: Norland Army\n    type: state forces\n"
        "    sources: [https://example.org/norland]\n",
    )
    write(tmp_path, "agreements.yaml", "agreements: []\n")  # not the actor loader's file
    kb = load_actors([tmp_path])
    assert "norland-army" in kb


# --- descriptors: owner words and unit nouns ---------------------------------------------------

COLOMBIA_WORDS = """\
# Source: hand-written test data. Licence: Apache-2.0. Date: 2026.
descriptors:
  units:
    river: [river patrol boats]
  owners:
    - words: [FARC, fariano]
      bare: [farianos]
      actors: [farc]
      sources: ["https://en.wikipedia.org/wiki/FARC"]
"""


def test_builtin_descriptors_are_cited_and_name_known_actors(kb: ActorKB) -> None:
    table = kb.descriptors
    assert {"jets", "artillery", "air strikes"} <= table.units
    assert table.owners["russian"].actors == ("russia-military",)
    for owner in (*table.owners.values(), *table.bare.values()):
        assert owner.sources and all(s.startswith("https://") for s in owner.sources)
        assert all(i in kb for i in owner.actors), owner.words


@pytest.mark.parametrize("where", ["colombia-words.yaml", "actors/colombia-words.yaml"])
def test_descriptors_in_a_kb_folder_merge_over_the_builtin_ones(tmp_path: Path, where: str) -> None:
    write(tmp_path, "colombia.yaml", COLOMBIA)
    write(tmp_path / Path(where).parent, Path(where).name, COLOMBIA_WORDS)
    table = load_actors([tmp_path]).descriptors
    assert table.owners["fariano"].actors == ("farc",)
    assert table.bare["farianos"].actors == ("farc",)
    assert {"river patrol boats", "jets"} <= table.units  # built-in nouns kept
    assert table.longest >= 3


def test_descriptor_naming_an_unknown_actor_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "words.yaml", COLOMBIA_WORDS.replace("[farc]", "[farc-bloque-x]"))
    with pytest.raises(KnowledgeError) as info:
        load_actors([tmp_path])  # no such actor, built in or in this folder
    assert any(str(path) in p and "'farc-bloque-x'" in p for p in info.value.problems)


def test_descriptor_schema_error_names_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "colombia.yaml", COLOMBIA)
    bad = COLOMBIA_WORDS.replace('      sources: ["https://en.wikipedia.org/wiki/FARC"]\n', "")
    path = write(tmp_path, "words.yaml", bad)
    with pytest.raises(KnowledgeError) as info:
        load_actors([tmp_path])
    assert any(p.startswith(f"{path}:6:") and "owners.0.sources" in p for p in info.value.problems)


# --- coverage of the war against the Islamic State in Iraq and Syria -----------------------------


def test_iraqi_forces_and_their_sides(kb: ActorKB) -> None:
    on = D(2016, 10, 17)  # the Mosul offensive
    for name, actor_id in [
        ("Iraqi Security Forces", "iraq-isf"),
        ("Counter Terrorism Service", "iraq-isf"),  # coded as the military, as ACLED does
        ("Golden Division", "iraq-isf"),
        ("Hashd al-Sha'bi", "iraq-pmf"),
        ("Badr Organization", "iraq-badr"),
        ("Kurdish Peshmerga", "peshmerga"),
    ]:
        actor = kb.resolve_name_on(name, on)
        assert actor is not None and actor.id == actor_id, name
        assert actor.country == "IQ"
    # Iraq's state is no side of the Syrian war: never a party of a Syrian agreement's rules
    iraq = kb.get("iraq-isf")
    assert iraq is not None and iraq.side == "iraq" and iraq.inter == 1
    assert kb.parents_on("iraq-badr", on) == ["iraq-pmf"]
    assert kb.parents_on("peshmerga", on) == ["krg"]


def test_generic_words_read_through_iraq(kb: ActorKB) -> None:
    for generic, target in [
        ("generic-government-forces", "iraq-isf"),
        ("generic-kurdish-forces", "peshmerga"),
        ("generic-tribal-forces", "iraq-tribal-mobilization"),
    ]:
        actor = kb.get(generic)
        assert actor is not None and actor.refers_to["IQ"] == target


def test_coalition_members_and_un_bodies(kb: ActorKB) -> None:
    on = D(2016, 6, 1)
    for member in ("australia-military", "canada-military", "saudi-military", "jordan-military"):
        assert "cjtf-oir" in kb.parents_on(member, on), member
    for name in ("Global Coalition", "Counter-Daesh Coalition", "U.S.-led coalition"):
        actor = kb.resolve_name_on(name, on)
        assert actor is not None and actor.id == "cjtf-oir", name
    coi = kb.resolve_name_on("UN Commission of Inquiry on Syria", on)
    assert coi is not None and coi.type == "external/other forces"
    assert "un" in kb.parents_on(coi.id, on, transitive=True)
    for name in ("ISIL", "Da'esh", "Daesh", "Islamic State of Iraq and the Levant", "IS"):
        actor = kb.resolve_name_on(name, on)
        assert actor is not None and actor.id == "isis", name
    aqap = kb.resolve_name_on("AQAP", on)
    assert aqap is not None and kb.parents_on(aqap.id, on) == ["al-qaeda"]
    sac = kb.resolve_name_on("Syrian Arab Coalition", on)
    assert sac is not None and kb.parents_on(sac.id, on) == ["sdf"]
