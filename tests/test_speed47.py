"""Session 47 (speed47): speed work that changes no output. Each test pins a faster reading to
the slower one it replaced (same answers, same order)."""

from __future__ import annotations

from ceasewatch.knowledge.gazetteer import Gazetteer, connect, skeleton_key

_JOIN = "SELECT DISTINCT n.key FROM names n JOIN places p USING (pid) WHERE p.feature_code = 'ADM1'"


def _index() -> Gazetteer:
    """Three provinces and a town, their pids in another order than their names' keys."""
    conn = connect(":memory:")
    rows = [
        (30, "atakora", "Atakora", "ADM1"),
        (10, "oromia", "Oromia", "ADM1"),
        (20, "zamfara", "Zamfara", "ADM1"),
        (40, "atakorb", "Atakorb", "PPL"),
    ]
    for pid, key, name, code in rows:
        conn.execute(
            "INSERT INTO places VALUES (?, ?, ?, 0, 0, 'A', ?, 'XX', NULL, NULL, 0)",
            (pid, f"t:{pid}", name, code),
        )
        conn.execute("INSERT INTO names VALUES (?, ?, ?, ?)", (key, skeleton_key(name), pid, name))
    return Gazetteer([("t", conn)])


def test_the_province_keys_are_the_joins_keys_in_key_order() -> None:
    gazetteer = _index()
    index = gazetteer._indexes[0]
    assert gazetteer.near_admin1("Atacora")[0].place.name == "Atakora"  # not the town Atakorb
    assert index.admin1_keys == [r[0] for r in index.query(_JOIN, ())]
    assert index.admin1_keys == ["atakora", "oromia", "zamfara"]


def test_a_remembered_country_name_reads_as_the_function_does() -> None:
    from ceasewatch.knowledge.countries import country_named

    texts = ["Syria", "Syria's", "Syrias", "Syrian", "Syrian territory", "US", "us", "the UK"]
    for text in texts:
        for adjective in (False, True):
            fresh = country_named.__wrapped__(text, adjective=adjective)
            assert country_named(text, adjective=adjective) == fresh, (text, adjective)
            assert country_named(text, adjective=adjective) == fresh, (text, adjective)
    assert country_named("Syrian", adjective=True) is not None
    assert country_named("Syrian") is None  # a bare adjective only when asked for
    assert country_named.cache_info().hits >= len(texts) * 2
