"""Resolution rules on hand-made mentions (no tagger involved)."""

from __future__ import annotations

import pytest

from etl.entities.resolve import find_definitions, resolve_mentions, resolve_place
from etl.records import EntityType, Mention

PER, ORG, LOC = EntityType.PER, EntityType.ORG, EntityType.LOC


def _mention(body: str, surface: str, kind: EntityType, occurrence: int = 0, sentence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(surface, start + 1)
    return Mention(start, start + len(surface), kind, surface, sentence)


def test_acronym_side_added_when_tagger_found_only_the_long_form() -> None:
    body = "Sidang Perserikatan Bangsa-Bangsa (PBB) dibuka. PBB menyerukan gencatan senjata."
    resolved = resolve_mentions(body, [_mention(body, "Perserikatan Bangsa-Bangsa", ORG)])
    assert [(m.surface, m.entity_key) for m in resolved] == [
        ("Perserikatan Bangsa-Bangsa", "pbb"),
        ("PBB", "pbb"),
        ("PBB", "pbb"),
    ]
    assert resolved[2].sentence == 1
    assert all(m.canonical_name == "Perserikatan Bangsa-Bangsa" for m in resolved)


def test_long_form_added_when_tagger_found_only_the_acronym() -> None:
    body = "Pertemuan Konferensi Tingkat Tinggi (KTT) digelar di Bali."
    resolved = resolve_mentions(body, [_mention(body, "KTT", ORG)])
    assert {(m.surface, m.entity_key) for m in resolved if m.entity_type == ORG} == {
        ("Konferensi Tingkat Tinggi", "ktt"),
        ("KTT", "ktt"),
    }


def test_implausible_acronym_is_not_a_definition() -> None:
    body = "Program Kemitraan yang disesuaikan secara Individual (ITPP) ditandatangani."
    assert find_definitions(body) == []


def test_unknown_acronym_defined_in_the_article() -> None:
    body = "Badan Riset Kelautan Nusantara (BRKN) merilis data. Kepala BRKN menjelaskan."
    resolved = resolve_mentions(body, [_mention(body, "BRKN", ORG)])
    keys = {(m.surface, m.entity_key, m.canonical_name) for m in resolved}
    assert ("Badan Riset Kelautan Nusantara", "brkn", "Badan Riset Kelautan Nusantara") in keys
    assert ("BRKN", "brkn", "Badan Riset Kelautan Nusantara") in keys


def test_table_acronym_alone_shares_the_key_of_its_expansion() -> None:
    first = "Pakta Pertahanan Atlantik Utara menggelar latihan."
    second = "NATO menggelar latihan."
    a = resolve_mentions(first, [_mention(first, "Pakta Pertahanan Atlantik Utara", ORG)])
    b = resolve_mentions(second, [_mention(second, "NATO", ORG)])
    assert a[0].entity_key == b[0].entity_key == "nato"
    # an expansion the article does not give is not imported: the warehouse names the entity by the
    # longest name it was given anywhere (etl/warehouse/entities.sql)
    assert (a[0].canonical_name, b[0].canonical_name) == ("Pakta Pertahanan Atlantik Utara", "NATO")


def test_country_acronym_and_name_share_the_country_key() -> None:
    body = "AS dan Amerika Serikat."
    resolved = resolve_mentions(body, [_mention(body, "AS", LOC), _mention(body, "Amerika Serikat", LOC)])
    assert {(m.entity_key, m.country_code) for m in resolved} == {("country:US", "US")}


@pytest.mark.parametrize(
    ("text", "tagged", "name", "title"),
    [
        (
            "Perdana Menteri Jepang Fumio Kishida tiba.",
            "Perdana Menteri Jepang Fumio Kishida",
            "Fumio Kishida",
            "Perdana Menteri Jepang",
        ),
        ("Perdana Menteri Jepang Fumio Kishida tiba.", "Fumio Kishida", "Fumio Kishida", "Perdana Menteri Jepang"),
        ("kata Sekjen NATO Jens Stoltenberg.", "Jens Stoltenberg", "Jens Stoltenberg", "Sekjen NATO"),
        ("kata Sekjen NATO Jens Stoltenberg.", "Sekjen NATO Jens Stoltenberg", "Jens Stoltenberg", "Sekjen NATO"),
        ("Menurut Dr. Budi Santoso di Jakarta.", "Budi Santoso", "Budi Santoso", "Dr."),
        ("Menurut Dr. Budi Santoso di Jakarta.", "Dr. Budi Santoso", "Budi Santoso", "Dr."),
        ("Hadir pula Hj. Siti Aminah.", "Siti Aminah", "Siti Aminah", "Hj."),
        ("Hal itu disampaikan Bapak Joko Widodo.", "Bapak Joko Widodo", "Joko Widodo", "Bapak"),
        ("Pertemuan dengan Prof. Dr. Ir. Andi Hakim.", "Andi Hakim", "Andi Hakim", "Prof. Dr. Ir."),
        ("Ia bertemu Jens Stoltenberg kemarin.", "Jens Stoltenberg", "Jens Stoltenberg", None),
    ],
)
def test_titles_split_off_persons(text: str, tagged: str, name: str, title: str | None) -> None:
    [person] = [m for m in resolve_mentions(text, [_mention(text, tagged, PER)]) if m.entity_type == PER]
    assert (person.surface, person.canonical_name, person.title) == (name, name, title)
    assert text[person.start : person.end] == name


def test_titled_person_tagged_as_organisation_is_separated() -> None:
    body = "dengan Sekjen NATO Jens Stoltenberg saat itu."
    resolved = resolve_mentions(body, [_mention(body, "NATO Jens Stoltenberg", ORG)])
    assert [(m.surface, m.entity_type, m.title) for m in resolved] == [
        ("NATO", ORG, None),
        ("Jens Stoltenberg", PER, "Sekjen NATO"),
    ]


def test_short_person_mentions_join_the_full_name() -> None:
    body = "Presiden Joko Widodo tiba. Widodo lalu bertemu Budi. Joko tersenyum."
    mentions = [
        _mention(body, "Joko Widodo", PER),
        _mention(body, "Widodo", PER, occurrence=1, sentence=1),
        _mention(body, "Budi", PER, sentence=1),
        _mention(body, "Joko", PER, occurrence=1, sentence=2),
    ]
    resolved = resolve_mentions(body, mentions)
    assert [m.entity_key for m in resolved] == ["joko widodo", "joko widodo", "budi", "joko widodo"]
    assert resolved[1].aliases == ("Joko Widodo", "Widodo", "Joko")


@pytest.mark.parametrize(
    ("name", "key", "country", "province"),
    [
        ("Jepang", "country:JP", "JP", None),
        ("Selandia Baru", "country:NZ", "NZ", None),
        ("Korea Selatan", "country:KR", "KR", None),
        ("Tiongkok", "country:CN", "CN", None),
        ("China", "country:CN", "CN", None),
        ("Rusia", "country:RU", "RU", None),
        ("Inggris", "country:GB", "GB", None),
        ("Amerika Serikat", "country:US", "US", None),
        ("Tokyo", "tokyo", "JP", None),
        ("Istanbul", "istanbul", "TR", None),
        ("Beijing", "beijing", "CN", None),
        ("Jakarta", "jakarta", "ID", "ID-JK"),
        ("Jawa Tengah", "province:ID-JT", "ID", "ID-JT"),
        ("Jateng", "province:ID-JT", "ID", "ID-JT"),
        ("Provinsi Jawa Tengah", "province:ID-JT", "ID", "ID-JT"),
        ("NTB", "province:ID-NB", "ID", "ID-NB"),
        ("DKI Jakarta", "province:ID-JK", "ID", "ID-JK"),
        ("Ponorogo, Jawa Timur", "region:ID-JI-KAB-PNG", "ID", "ID-JI"),  # a regency (areaid)
        ("Mataram, NTB", "region:ID-NB-KOTA-MTR", "ID", "ID-NB"),  # a city
        ("Kabupaten Nowhere, Jateng", "nowhere", "ID", "ID-JT"),
        ("Atlantis", "atlantis", None, None),
    ],
)
def test_resolve_place(name: str, key: str, country: str | None, province: str | None) -> None:
    assert resolve_place(name) == (key, country, province)


def test_resolve_place_of_nothing() -> None:
    assert resolve_place(" , ") is None


def test_location_mention_links_to_the_dateline_place() -> None:
    body = "Warga Ponorogo memadati alun-alun."
    [m] = resolve_mentions(body, [_mention(body, "Ponorogo", LOC)], dateline_place="Ponorogo, Jawa Timur")
    assert (m.entity_key, m.country_code, m.province_code) == resolve_place("Ponorogo, Jawa Timur")


def test_resolution_is_deterministic() -> None:
    body = "Sekjen NATO Jens Stoltenberg di Brussels. Stoltenberg bicara tentang AS."
    mentions = [
        _mention(body, "Jens Stoltenberg", PER),
        _mention(body, "Brussels", LOC),
        _mention(body, "Stoltenberg", PER, occurrence=1, sentence=1),
        _mention(body, "AS", LOC, sentence=1),
    ]
    assert resolve_mentions(body, mentions) == resolve_mentions(body, list(reversed(mentions)))
