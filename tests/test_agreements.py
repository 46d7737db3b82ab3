"""Issue 5: agreement files are validated, cited, and refuse bad input with the exact problem."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from textwrap import dedent
from typing import ClassVar

import pytest
import shapely
from shapely.geometry import box, shape
from shapely.geometry.base import BaseGeometry

from ceasewatch.errors import KnowledgeError, NotFoundError
from ceasewatch.knowledge import ActorKB, load_actors
from ceasewatch.knowledge.agreements import (
    DATA_DIR,
    default_admin,
    inner_band,
    load_agreements,
    read_agreement_file,
)
from ceasewatch.model import Actor

FICTIONAL = [
    Actor(id=i, name=i, type="rebel group", inter=2, sources=("https://example.org",))
    for i in ("north-army", "south-rebels", "sky-sect")
]
# The built-in actors too, since a --kb folder is loaded over the built-in agreements.
KB = ActorKB([*load_actors().actors.values(), *FICTIONAL])


class SquareAdmin:
    """Fictional admin units NL01 and NL02 (two 1-degree squares side by side) over the
    built-in OCHA units, which the built-in agreements use."""

    units: ClassVar[dict[str, BaseGeometry]] = {"NL01": box(0, 0, 1, 1), "NL02": box(1, 0, 2, 1)}
    ocha = default_admin()

    def geometry(self, pcode: str) -> BaseGeometry:
        if pcode in self.units:
            return self.units[pcode]
        if self.ocha is None or not pcode.startswith("SY"):
            raise NotFoundError(f"no admin unit with PCODE {pcode!r}")
        return self.ocha.geometry(pcode)


GOOD = """\
# Source: made up for a test. Licence: Apache-2.0. Date: 2025.
agreements:
  - id: lake-truce
    name: Lake truce
    kind: truce
    guarantors: [Utopia]
    parties:
      - actors: [north-army]
      - actors: [south-rebels]
    excluded:
      actors: [sky-sect]
      rules: ["designated:UNSC"]
    valid_from: 2021-03-01
    valid_to: 2021-06-01
    conduct: [hostilities]
    zones:
      - valid_from: 2021-03-01
        admin_units: [NL01]
        partial_units: [NL02]
    sources: [https://example.org/lake-truce]
"""


def write(folder: Path, text: str, name: str = "test.yaml") -> Path:
    path = folder / name
    path.write_text(dedent(text), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        read_agreement_file(path, KB, admin=SquareAdmin())
    assert str(path) in str(info.value)
    return info.value.problems


def test_good_file_loads_and_zones_are_drawn_from_admin_units(tmp_path: Path) -> None:
    [agreement] = read_agreement_file(write(tmp_path, GOOD), KB, admin=SquareAdmin())
    zone = agreement.zones[0]
    assert zone.geometry is not None and zone.partial_geometry is not None
    assert shape(zone.geometry).equals(box(0, 0, 1, 1))
    assert shape(zone.partial_geometry).equals(box(1, 0, 2, 1))


def test_unknown_actor_ids_are_listed(tmp_path: Path) -> None:
    text = GOOD.replace("actors: [south-rebels]", "actors: [south-rebels, west-band, east-band]")
    [problem] = problems_of(write(tmp_path, text))
    assert "entry 0 (lake-truce)" in problem
    assert "parties.1.actors" in problem
    assert "west-band, east-band" in problem


def test_self_intersecting_polygon_is_refused_with_the_explanation(tmp_path: Path) -> None:
    bowtie = {"type": "Polygon", "coordinates": [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]}
    text = GOOD.replace(
        "        admin_units: [NL01]\n", f"        geometry: {json.dumps(bowtie)}\n"
    )
    [problem] = problems_of(write(tmp_path, text))
    assert "zones.0.geometry" in problem
    assert "Self-intersection" in problem


def test_validity_window_ending_before_it_starts_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace("valid_to: 2021-06-01", "valid_to: 2020-06-01")
    [problem] = problems_of(write(tmp_path, text))
    assert "valid_to: 2020-06-01 is before valid_from 2021-03-01" in problem


def test_zone_version_window_is_checked_too(tmp_path: Path) -> None:
    text = GOOD.replace(
        "      - valid_from: 2021-03-01\n",
        "      - valid_from: 2021-03-01\n        valid_to: 2021-01-01\n",
    )
    [problem] = problems_of(write(tmp_path, text))
    # The line of the field itself, so that an editor jumps to it.
    line = 1 + text.splitlines().index("        valid_to: 2021-01-01")
    assert problem.startswith(f"line {line}: entry 0 (lake-truce): zones.0.valid_to")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = (
        GOOD.replace("[NL01]", "[NL09]")
        .replace('"designated:UNSC"', '"listed-by:UNSC"')
        .replace("[hostilities]", "[hostilities, insults]")
    )
    problems = problems_of(write(tmp_path, text))
    joined = "\n".join(problems)
    assert "zones.0.admin_units: unknown PCODE(s): NL09" in joined
    assert "excluded.rules: cannot read 'listed-by:UNSC'" in joined
    assert "conduct: unknown insults" in joined
    assert len(problems) == 3


def test_schema_errors_name_the_field(tmp_path: Path) -> None:
    text = GOOD.replace("kind: truce", "kind: handshake").replace("[NL01]", "[NL09]")
    problems = problems_of(write(tmp_path, text))
    line = 1 + text.splitlines().index("    kind: handshake")
    assert any(
        p.startswith(f"line {line}: entry 0 (lake-truce): kind: Input should be") for p in problems
    )
    assert any("NL09" in p for p in problems)


def test_missing_sources_are_refused(tmp_path: Path) -> None:
    text = GOOD.replace("    sources: [https://example.org/lake-truce]\n", "")
    [problem] = problems_of(write(tmp_path, text))
    assert "sources: Field required" in problem


def test_geometry_file_beside_the_yaml(tmp_path: Path) -> None:
    feature = {
        "type": "Feature",
        "properties": {},
        "geometry": shapely.geometry.mapping(box(5, 5, 6, 6)),
    }
    (tmp_path / "zone.geojson").write_text(json.dumps(feature))
    text = GOOD.replace("        admin_units: [NL01]\n", "        geometry_file: zone.geojson\n")
    [agreement] = read_agreement_file(write(tmp_path, text), KB, admin=SquareAdmin())
    assert shape(agreement.zones[0].geometry).equals(box(5, 5, 6, 6))


def test_kb_folder_adds_and_replaces_by_id(tmp_path: Path) -> None:
    (tmp_path / "agreements").mkdir()
    write(tmp_path / "agreements", GOOD)
    write(tmp_path, "actors: []\n", "actors.yaml")  # an actor file at top level is not ours
    found = load_agreements(KB, [tmp_path], admin=SquareAdmin())
    assert "lake-truce" in {a.id for a in found}
    override = GOOD.replace("name: Lake truce", "name: Lake truce (revised)")
    write(tmp_path / "agreements", override)
    found = load_agreements(KB, [tmp_path], admin=SquareAdmin())
    assert [a.name for a in found if a.id == "lake-truce"] == ["Lake truce (revised)"]


def test_inner_band_follows_the_contact_line_only() -> None:
    zone = box(0, 0, 1, 1)  # about 111 km a side at the equator
    border = box(-1, -1, 0, 2).boundary  # the western edge faces no enemy
    band = inner_band(zone, border, 11.0)
    assert band.contains(shapely.Point(0.95, 0.5))  # near the eastern contact line
    assert not band.contains(shapely.Point(0.02, 0.5))  # by the border, away from the others
    assert not band.contains(shapely.Point(0.5, 0.5))


# --- the shipped Syrian arrangements ---------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> dict[str, object]:
    return {a.id: a for a in load_agreements(load_actors())}


def test_every_shipped_file_has_a_cited_header() -> None:
    for path in sorted(DATA_DIR.glob("*.yaml")):
        head = path.read_text(encoding="utf-8")[:1200]
        assert "Source" in head and "Licence" in head and "Date" in head, path.name


def test_shipped_agreements_load_with_drawn_valid_zones(shipped: dict[str, object]) -> None:
    from ceasewatch.model import Agreement

    assert {
        "astana-idlib-de-escalation-zone",
        "astana-northern-homs-de-escalation-zone",
        "astana-eastern-ghouta-de-escalation-zone",
        "astana-southern-de-escalation-zone",
        "sochi-idlib-demilitarised-zone",
    } <= set(shipped)
    for agreement in shipped.values():
        assert isinstance(agreement, Agreement)
        assert agreement.sources and agreement.countries
        if "SY" in agreement.countries:
            assert agreement.excluded.rules == ("designated:UNSC",)
        for zone in agreement.zones:
            assert zone.geometry is not None, agreement.id
            assert shape(zone.geometry).is_valid


def test_idlib_zone_and_sochi_strip_cover_the_right_places(shipped: dict[str, object]) -> None:
    from ceasewatch.model import Agreement

    idlib, sochi = (
        shipped["astana-idlib-de-escalation-zone"],
        shipped["sochi-idlib-demilitarised-zone"],
    )
    assert isinstance(idlib, Agreement) and isinstance(sochi, Agreement)
    zone = shape(idlib.zones[-1].geometry)
    assert idlib.zones[-1].valid_from == dt.date(2017, 9, 15)
    assert zone.contains(shapely.Point(36.63, 35.93))  # Idlib city
    assert not zone.contains(shapely.Point(37.16, 36.20))  # Aleppo city
    strip = shape(sochi.zones[0].geometry)
    assert strip.contains(shapely.Point(36.65, 35.44))  # Khan Shaykhun, by the southern line
    assert not strip.contains(shapely.Point(36.63, 35.93))  # Idlib city, deep inside
    assert sochi.guarantors == ("Russia", "Turkey")


def test_the_catalogue_reaches_beyond_syria(shipped: dict[str, object]) -> None:
    from ceasewatch.model import Agreement

    agreements = [a for a in shipped.values() if isinstance(a, Agreement)]
    assert len(agreements) >= 15
    assert len({c for a in agreements for c in a.countries}) >= 8
    for a in agreements:
        assert len(a.parties) >= 2, a.id  # two sides, each resolving in the actor base
        for zone in a.zones:
            # A zone is either built from admin units or said to be an approximation.
            assert zone.admin_units or zone.approximate, a.id
            if zone.approximate:
                assert "approximate" in (zone.description or "").casefold(), a.id


def test_the_map_never_draws_a_zone_before_its_agreement_existed(
    shipped: dict[str, object],
) -> None:
    import datetime as dt

    from ceasewatch.model import Agreement
    from ceasewatch.serve.views.mapview import zone_on

    sochi = shipped["sochi-idlib-demilitarised-zone"]
    idlib = shipped["astana-idlib-de-escalation-zone"]
    assert isinstance(sochi, Agreement) and isinstance(idlib, Agreement)
    assert zone_on(sochi, dt.date(2018, 1, 11)) is None  # valid from 2018-09-17
    assert zone_on(sochi, dt.date(2018, 9, 17)) is not None
    assert zone_on(idlib, dt.date(2018, 1, 11)) is not None
