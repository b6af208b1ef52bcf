"""Extraction + resolution on a real ANTARA article (skipped when the sample is absent)."""

from __future__ import annotations

import pytest

from etl.entities.resolve import resolve_mentions
from etl.entities.tagger import extract_mentions
from etl.records import EntityType, ResolvedMention


@pytest.fixture(scope="module")
def resolved(sample_body: str) -> list[ResolvedMention]:
    return resolve_mentions(sample_body, extract_mentions(sample_body), dateline_place="Istanbul")


def _entities(resolved: list[ResolvedMention], kind: EntityType) -> dict[str, list[ResolvedMention]]:
    by_name: dict[str, list[ResolvedMention]] = {}
    for m in resolved:
        if m.entity_type == kind:
            by_name.setdefault(m.canonical_name, []).append(m)
    return by_name


def test_offsets_round_trip(sample_body: str, resolved: list[ResolvedMention]) -> None:
    for m in resolved:
        assert sample_body[m.start : m.end] == m.surface


def test_nato_and_its_expansion_are_one_entity(resolved: list[ResolvedMention]) -> None:
    nato = [m for m in resolved if m.entity_key == "nato"]
    assert {m.surface for m in nato} >= {"NATO", "Pakta Pertahanan Atlantik Utara"}
    assert all(m.entity_type == EntityType.ORG for m in nato)
    assert all(m.canonical_name == "Pakta Pertahanan Atlantik Utara" for m in nato)
    assert all("Pakta Pertahanan Atlantik Utara" in m.aliases and "NATO" in m.aliases for m in nato)


def test_united_states_acronym(resolved: list[ResolvedMention]) -> None:
    us = [m for m in resolved if m.surface in ("AS", "Amerika Serikat")]
    assert {m.entity_key for m in us} == {"country:US"}
    assert {m.country_code for m in us} == {"US"}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Jepang", "JP"),
        ("Tokyo", "JP"),
        ("China", "CN"),
        ("Korea Selatan", "KR"),
        ("Australia", "AU"),
        ("Selandia Baru", "NZ"),
        ("Lithuania", "LT"),
        ("Ukraina", "UA"),
        ("Brussels", "BE"),
    ],
)
def test_places(resolved: list[ResolvedMention], name: str, code: str) -> None:
    places = [m for m in resolved if m.entity_type == EntityType.LOC and m.surface == name]
    assert places, f"{name} not found as LOC"
    assert {m.country_code for m in places} == {code}


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Fumio Kishida", "Perdana Menteri Jepang"),
        ("Jens Stoltenberg", "Sekjen NATO"),
        ("Qin Gang", "Menteri Luar Negeri China"),
        ("Yoshimasa Hayashi", "Menteri Luar Negeri Jepang"),
    ],
)
def test_persons_with_titles(resolved: list[ResolvedMention], name: str, title: str) -> None:
    persons = _entities(resolved, EntityType.PER)
    assert name in persons
    first = persons[name][0]
    assert first.surface == name
    assert first.title == title
    assert first.entity_key == name.lower()


def test_short_mentions_resolve_to_the_full_name(resolved: list[ResolvedMention]) -> None:
    stoltenberg = _entities(resolved, EntityType.PER)["Jens Stoltenberg"]
    short = [m for m in stoltenberg if m.surface == "Stoltenberg"]
    assert len(short) >= 2
    assert {m.entity_key for m in stoltenberg} == {"jens stoltenberg"}


@pytest.mark.parametrize("name", ["Nikkei Asia", "Dewan Keamanan PBB"])
def test_organisations(resolved: list[ResolvedMention], name: str) -> None:
    assert name in _entities(resolved, EntityType.ORG)


def test_sentences_are_ordered(resolved: list[ResolvedMention]) -> None:
    sentences = [m.sentence for m in resolved]
    assert sentences == sorted(sentences)
    assert sentences[0] == 0 and sentences[-1] > 5
