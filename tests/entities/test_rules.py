"""The resolver's rule layer on our own sentences shaped like the issue's errors (#12): institution
grammar, organisation/person boundaries, spurious mentions, document consistency, short forms,
spellings and regional levels.  Mentions are given by hand so each rule is tested without the model."""

from __future__ import annotations

from etl.entities.gazetteer import region_by_code, regions
from etl.entities.resolve import resolve_mentions, same_person_spelling
from etl.records import EntityType, Mention

PER, ORG, LOC = EntityType.PER, EntityType.ORG, EntityType.LOC


def _mention(body: str, surface: str, kind: EntityType, confidence: float = 0.95, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(surface, start + 1)
    return Mention(start, start + len(surface), kind, surface, 0, confidence)


def _entities(body: str, mentions: list[Mention]) -> set[tuple[str, str]]:
    return {(m.entity_type.value, m.canonical_name) for m in resolve_mentions(body, mentions)}


def test_an_organisation_glued_to_a_person_splits_after_its_region() -> None:
    body = "Kepala Dinas Pertanian Kota Bekasi Sutrisno Adi mengatakan panen naik."
    glued = [_mention(body, "Dinas Pertanian Kota Bekasi Sutrisno Adi", ORG)]
    found = resolve_mentions(body, glued)
    assert [(m.entity_type, m.surface) for m in found] == [(ORG, "Dinas Pertanian Kota Bekasi"), (PER, "Sutrisno Adi")]
    assert found[1].title == "Kepala Dinas Pertanian Kota Bekasi"


def test_title_organisation_person_when_the_tagger_made_a_place_of_it() -> None:
    body = "Kepala Pelaksana BPBD Kabupaten Garut Wawan Gunawan meninjau lokasi."
    found = resolve_mentions(body, [_mention(body, "Kabupaten Garut Wawan Gunawan", LOC)])
    assert [(m.entity_type, m.surface) for m in found] == [(ORG, "BPBD Kabupaten Garut"), (PER, "Wawan Gunawan")]


def test_institution_grammar_finds_what_the_tagger_missed() -> None:
    body = "Ditreskrimsus Polda Jambi memeriksa PT Sumber Tani Makmur (Persero) Tbk dan Universitas Jambi."
    names = {(m.entity_type, m.surface) for m in resolve_mentions(body, [])}
    assert (ORG, "Ditreskrimsus Polda Jambi") in names
    assert (ORG, "PT Sumber Tani Makmur (Persero) Tbk") in names
    assert (ORG, "Universitas Jambi") in names


def test_mabes_polri_is_an_organisation() -> None:
    body = "Mabes Polri menyatakan hal itu."
    assert _entities(body, [_mention(body, "Mabes Polri", LOC)]) == {("ORG", "Mabes Polri")}


def test_spurious_mentions_are_trimmed_or_dropped() -> None:
    body = "Polisi ke kediaman Rahmat Hidayat, memeriksa KTP elektronik, dan daftar pencarian orang di Kota itu."
    mentions = [
        _mention(body, "kediaman Rahmat Hidayat", LOC),
        _mention(body, "KTP", ORG),
        _mention(body, "daftar pencarian orang", ORG),
        _mention(body, "Kota", LOC),
    ]
    assert {(m.entity_type, m.surface) for m in resolve_mentions(body, mentions)} == {(LOC, "Rahmat Hidayat")}


def test_a_confident_name_is_tagged_the_same_everywhere_in_the_article() -> None:
    body = "Kemenperin dan Telkomsel menandatangani nota. Telkomsel akan membangun menara. Kata Telkomsel, ya."
    found = resolve_mentions(
        body, [_mention(body, "Telkomsel", ORG, 0.97), _mention(body, "Telkomsel", PER, 0.4, nth=2)]
    )
    telkomsel = [m for m in found if m.surface == "Telkomsel"]
    assert len(telkomsel) == 3 and {m.entity_type for m in telkomsel} == {ORG}
    assert all(m.confidence == 0.97 for m in telkomsel)


def test_an_unsure_name_is_not_copied() -> None:
    body = "Mawar datang. Mawar pergi."
    assert len(resolve_mentions(body, [_mention(body, "Mawar", PER, 0.5)])) == 1


def test_short_forms_the_text_defines_resolve_to_the_full_name() -> None:
    body = "Ketua DPD Hartono Sapta Wijaya (HSW) dan Ahmad Fauzan (Afauz) bertemu. HSW dan Afauz tertawa."
    mentions = [_mention(body, "Hartono Sapta Wijaya", PER), _mention(body, "Ahmad Fauzan", PER)]
    found = resolve_mentions(body, mentions)
    by_surface = {m.surface: m.canonical_name for m in found if m.entity_type == PER}
    assert by_surface == {
        "Hartono Sapta Wijaya": "Hartono Sapta Wijaya",
        "HSW": "Hartono Sapta Wijaya",
        "Ahmad Fauzan": "Ahmad Fauzan",
        "Afauz": "Ahmad Fauzan",
    }
    assert sum(m.surface in ("HSW", "Afauz") for m in found) == 4
    assert ("ORG", "Dewan Perwakilan Daerah") in {
        (m.entity_type.value, m.canonical_name) for m in found
    }  # from the title


def test_one_letter_slip_merges_within_an_article_and_nothing_looser() -> None:
    assert same_person_spelling("Setyo Novanto", "Setya Novanto")
    assert same_person_spelling("Budi Gunawan", "Budi Gunawann")
    assert not same_person_spelling("Budi Santoso", "Budi Santosa Putra")  # word counts differ
    assert not same_person_spelling("Ani Susi", "Ana Susi")  # short words: too many real names
    assert not same_person_spelling("Budi Santoso", "Dodi Santoso")  # first letter differs
    assert not same_person_spelling("Joko Widodo", "Joko Widada")  # two letters
    assert not same_person_spelling("Novanto", "Novanta")  # one word is not enough
    body = "Hendra Kusuma membantah. Hendra Kusuma hadir. Hendri Kusuma tiba."
    mentions = [_mention(body, "Hendra Kusuma", PER), _mention(body, "Hendra Kusuma", PER, nth=1)]
    mentions.append(_mention(body, "Hendri Kusuma", PER))
    assert _entities(body, mentions) == {("PER", "Hendra Kusuma")}


def test_city_and_regency_are_distinct_and_the_article_decides_a_bare_name() -> None:
    assert [r.level for r in regions()["sukabumi"]] == ["Kota", "Kabupaten"]
    body = "Pemkot menyebut Kota Sukabumi aman. Di Sukabumi hujan. Kabupaten Bandung dan Bandung."
    found = resolve_mentions(
        body,
        [
            _mention(body, "Kota Sukabumi", LOC),
            _mention(body, "Sukabumi", LOC, nth=1),
            _mention(body, "Kabupaten Bandung", LOC),
            _mention(body, "Bandung", LOC, nth=1),
        ],
    )
    codes = [(m.surface, m.canonical_name, m.region_code) for m in found]
    assert codes[0] == ("Kota Sukabumi", "Kota Sukabumi", "ID-JB-KOTA-SKB")
    assert codes[1] == ("Sukabumi", "Kota Sukabumi", "ID-JB-KOTA-SKB")  # the article said Kota
    assert codes[2][1] == "Kabupaten Bandung" and codes[2][2].startswith("ID-JB-KAB-")
    assert codes[3][1] == "Kabupaten Bandung"
    assert region_by_code()["ID-JB-KOTA-SKB"].display == "Kota Sukabumi"
    assert all(m.province_code == "ID-JB" and m.country_code == "ID" for m in found)


def test_a_bare_province_name_stays_the_province_and_jakarta_is_dki() -> None:
    body = "Jambi dan Kota Jambi serta Jakarta Selatan."
    found = resolve_mentions(
        body, [_mention(body, "Jambi", LOC), _mention(body, "Kota Jambi", LOC), _mention(body, "Jakarta Selatan", LOC)]
    )
    assert [m.entity_key for m in found][0] == "province:ID-JA"
    assert found[1].region_code and found[1].region_code.startswith("ID-JA-KOTA-")
    assert found[2].province_code == "ID-JK"


def test_an_organisation_named_without_its_region_is_the_regional_office() -> None:
    body = "Dinas Kesehatan Kota Depok mencatat kasus. Dinas Kesehatan meminta warga waspada."
    mentions = [_mention(body, "Dinas Kesehatan Kota Depok", ORG), _mention(body, "Dinas Kesehatan", ORG, nth=1)]
    assert _entities(body, mentions) == {("ORG", "Dinas Kesehatan Kota Depok")}


def test_an_acronym_in_two_titled_persons_windows_is_one_mention() -> None:
    # The second person's title window reaches back over the paragraph break into the first's title:
    # the acronym was added twice (the same span twice violated staging.entity_mention's key).
    body = "ujar Kepala Basarnas Hadi Santoso.\n\nKepala Pelaksana BPBD Luwu Hadi Purnomo mengungkapkan."
    mentions = [  # what the tagger finds in it
        _mention(body, "Hadi Santoso", PER),
        _mention(body, "BPBD Luwu", ORG, confidence=0.79),
        _mention(body, "Hadi Purnomo", PER, confidence=0.55),
    ]
    found = resolve_mentions(body, mentions)
    spans = [(m.start, m.end) for m in found]
    assert len(spans) == len(set(spans))
    assert [m.surface for m in found if m.entity_type == ORG].count("Basarnas") == 1
