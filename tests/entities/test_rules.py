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
    body = "Kemenperin dan Nusalink menandatangani nota. Nusalink akan membangun menara. Kata Nusalink, ya."
    found = resolve_mentions(body, [_mention(body, "Nusalink", ORG, 0.97), _mention(body, "Nusalink", PER, 0.4, nth=2)])
    telkomsel = [m for m in found if m.surface == "Nusalink"]
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
    dpd = [m for m in found if m.surface == "DPD"]  # from the title: the table's key, the name as written
    assert [(m.entity_type, m.entity_key, m.canonical_name) for m in dpd] == [(ORG, "dpd", "DPD")]


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


# --- issue #12 shapes added in the second pass (our own names) ---------------------------------------


def _by_surface(body: str, mentions: list[Mention]) -> dict[str, tuple[str, str, str]]:
    return {m.surface: (m.entity_type.value, m.entity_key, m.canonical_name) for m in resolve_mentions(body, mentions)}


def test_an_acronym_inserted_mid_name_makes_one_regional_office() -> None:
    body = (
        "Badan Penanggulangan Bencana Daerah (BPBD) Kota Cimahi mendata korban. "
        "Kepala Pelaksana BPBD Kota Cimahi Yayan Suryana meninjau lokasi."
    )
    found = _by_surface(
        body,
        [
            _mention(body, "Badan Penanggulangan Bencana Daerah", ORG),
            _mention(body, "BPBD", ORG),
            _mention(body, "Kota Cimahi", LOC),
            _mention(body, "Yayan Suryana", PER),
        ],
    )
    full = "Badan Penanggulangan Bencana Daerah Kota Cimahi"
    assert found["Badan Penanggulangan Bencana Daerah (BPBD) Kota Cimahi"] == ("ORG", "bpbd kota cimahi", full)
    assert found["BPBD Kota Cimahi"] == ("ORG", "bpbd kota cimahi", full)
    assert found["Yayan Suryana"][0] == "PER"
    assert "Kota Cimahi" not in found  # nested in the office's name


def test_a_syllabic_short_form_of_a_police_unit_with_its_parent() -> None:
    body = "Direktorat Reserse Narkoba (Ditresnarkoba) Polda Riau menyita sabu. Ditresnarkoba Polda Riau menahan dua orang."
    found = _by_surface(body, [])
    assert found["Direktorat Reserse Narkoba (Ditresnarkoba) Polda Riau"][1:] == (
        "ditresnarkoba polda riau",
        "Direktorat Reserse Narkoba Polda Riau",
    )
    assert found["Ditresnarkoba Polda Riau"][1] == "ditresnarkoba polda riau"
    # a person's short form in parentheses is no institution's
    assert find_person_free_definitions("Ketua Umum Surya Darmawan (Surdar) hadir.") == []


def find_person_free_definitions(body: str) -> list[object]:
    from etl.entities.resolve import find_definitions

    return find_definitions(body)


def test_names_are_kept_as_the_article_writes_them() -> None:
    body = "Wisatawan tiba di Makassar. Ketua DPR menerima mereka."
    found = _by_surface(body, [_mention(body, "Makassar", LOC), _mention(body, "DPR", ORG)])
    assert found["Makassar"][0] == "LOC" and found["Makassar"][2] == "Makassar"
    assert found["Makassar"][1].startswith("region:ID-SN-KOTA-")  # the code still says the city
    assert found["DPR"] == ("ORG", "dpr", "DPR")  # the table's key, no imported expansion


def test_short_names_of_an_organisation_join_its_full_name() -> None:
    body = (
        "PT Sarana Tirta Abadi (Persero) Tbk membuka pabrik. Saham Sarana naik. Partai Nusa Raya menolak, "
        "kata Nusa Raya. Dinas Perhubungan Kota Bogor dan Kepala DPKB Kota Bogor Ade Jaya hadir; "
        "Persikab Bogor menang, Persikab senang. Dishub juga hadir."
    )
    mentions = [
        _mention(body, "PT Sarana Tirta Abadi (Persero) Tbk", ORG),
        _mention(body, "Sarana", ORG, nth=1),
        _mention(body, "Partai Nusa Raya", ORG),
        _mention(body, "Nusa Raya", ORG, nth=1),
        _mention(body, "Persikab Bogor", ORG),
        _mention(body, "Persikab", ORG, nth=1),
        _mention(body, "Ade Jaya", PER),
    ]
    names = {(m.surface, m.canonical_name) for m in resolve_mentions(body, mentions)}
    assert ("Sarana", "PT Sarana Tirta Abadi (Persero) Tbk") in names
    assert ("Nusa Raya", "Partai Nusa Raya") in names
    assert ("Persikab", "Persikab Bogor") in names
    assert ("Dinas Perhubungan Kota Bogor", "Dinas Perhubungan Kota Bogor") in names
    # DPKB is no acronym of Dinas Perhubungan: not merged (a false merge is worse than a split)
    assert ("DPKB Kota Bogor", "DPKB Kota Bogor") in names


def test_an_acronym_with_a_region_is_that_regional_office_and_merges_with_its_expansion() -> None:
    body = "Dinas Lingkungan Hidup Kota Cilegon mengangkut sampah. Kepala DLH Kota Cilegon Budi Santosa mengatakan."
    found = _by_surface(body, [_mention(body, "Kota Cilegon", LOC, nth=1), _mention(body, "Budi Santosa", PER)])
    assert found["DLH Kota Cilegon"][1:] == (
        "dinas lingkungan hidup kota cilegon",
        "Dinas Lingkungan Hidup Kota Cilegon",
    )
    assert found["Budi Santosa"][0] == "PER"


def test_places_the_grammar_and_the_gazetteers_know() -> None:
    body = (
        "Banjir menutup Jalan Merdeka Raya dan merendam Kecamatan Sukaraja. Harga di Timur Tengah naik; "
        "ekspor ke Sarawak dan Indonesia turun. Di Garut hujan. Gubernur Jawa Tengah hadir."
    )
    found = _by_surface(body, [])
    assert found["Jalan Merdeka Raya"][0] == found["Kecamatan Sukaraja"][0] == "LOC"
    assert found["Timur Tengah"][0] == found["Indonesia"][0] == found["Jawa Tengah"][0] == "LOC"
    assert found["Sarawak"][0] == "LOC"
    assert found["Garut"][1].startswith("region:ID-JB-KAB-")
    assert "Gubernur Jawa Tengah" not in found
    # a place and the same place with its type word are one place; so is a landfill and its name
    body = "Warga Kecamatan Tanjung Sari dan Tanjung Sari mengungsi ke TPA Bantargebang; sampah ke Bantargebang."
    found = _by_surface(
        body,
        [
            _mention(body, "Tanjung Sari", LOC, nth=1),
            _mention(body, "TPA Bantargebang", LOC),
            _mention(body, "Bantargebang", LOC, nth=1),
        ],
    )
    assert found["Kecamatan Tanjung Sari"][1] == found["Tanjung Sari"][1] == "tanjung sari"
    assert found["Bantargebang"][1:] == ("tpa bantargebang", "TPA Bantargebang")


def test_fused_titles_ranks_laws_and_initials_are_no_mentions() -> None:
    body = (
        "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan tersangka berinisial AS dan BT dijerat UU Perlindungan "
        "Konsumen. Pangdam III/Siliwangi Mayjen TNI Erwin Djatniko hadir."
    )
    mentions = [
        _mention(body, "Bogor AKBP", LOC),
        _mention(body, "Rio Wahyu Anggoro", PER),
        _mention(body, "BT", PER),
        _mention(body, "Perlindungan Konsumen", ORG),
        _mention(body, "Siliwangi", LOC),
        _mention(body, "TNI", ORG),
        _mention(body, "Erwin Djatniko", PER),
    ]
    found = _by_surface(body, mentions)
    assert set(found) == {"Rio Wahyu Anggoro", "Erwin Djatniko"}


def test_an_organisation_before_a_titled_person_and_a_name_after_an_honorific() -> None:
    body = "PT Sumber Pangan Jaya Tbk meresmikan pabrik, kata Direktur Sumber Ratna Dewi Lestari. Kata Bu Ratna, siap."
    mentions = [
        _mention(body, "PT Sumber Pangan Jaya Tbk", ORG),
        _mention(body, "Sumber Ratna Dewi Lestari", PER),
        _mention(body, "Ratna", ORG, nth=1),
    ]
    found = _by_surface(body, mentions)
    assert found["Sumber"][0] == "ORG" and found["Ratna Dewi Lestari"] == (
        "PER",
        "ratna dewi lestari",
        "Ratna Dewi Lestari",
    )
    assert found["Ratna"] == ("PER", "ratna dewi lestari", "Ratna Dewi Lestari")


def test_institutions_with_a_unit_number_a_doctor_or_two_word_heads() -> None:
    body = "Prajurit Kodam IV/Diponegoro mengantar korban ke RSUD dr. Moewardi Surakarta dan Rumah Sakit Kasih Ibu."
    found = _by_surface(body, [_mention(body, "Diponegoro", LOC), _mention(body, "RSUD dr. Moewardi Surakarta", LOC)])
    assert found["Kodam IV/Diponegoro"][0] == found["RSUD dr. Moewardi Surakarta"][0] == "ORG"
    assert found["Rumah Sakit Kasih Ibu"][0] == "ORG" and "Diponegoro" not in found


def test_listed_companies_and_media_are_organisations_and_ranks_are_titles() -> None:
    body = "Kapolres Garut AKBP Rohman Yonky Dilatha menerima laporan Indomaret. Direktur Telkomsel Hadi Permana Putra hadir."
    mentions = [
        _mention(body, "AKBP Rohman Yonky Dilatha", PER),
        _mention(body, "Indomaret", LOC),
        _mention(body, "Telkomsel Hadi Permana Putra", PER),
    ]
    found = _by_surface(body, mentions)
    assert found["Rohman Yonky Dilatha"][0] == "PER" and found["Indomaret"][0] == "ORG"
    assert found["Telkomsel"][0] == "ORG" and found["Hadi Permana Putra"][0] == "PER"


def test_a_person_glued_after_a_club_splits_and_no_glued_name_absorbs_the_club() -> None:
    body = "Kata pelatih Garuda Muda FC Stefan Kovac. Garuda Muda FC menang atas Bintang Timur."
    mentions = [_mention(body, "Garuda Muda FC Stefan Kovac", ORG), _mention(body, "Garuda Muda FC", ORG, nth=1)]
    found = {(m.surface, m.entity_type.value, m.entity_key) for m in resolve_mentions(body, mentions)}
    assert ("Garuda Muda FC", "ORG", "garuda muda fc") in found and ("Stefan Kovac", "PER", "stefan kovac") in found
    # a prefix is a short name only before a place or a legal form: "X FC" is no short name of "X FC Someone"
    body = "Bintang Timur FC Budi Hartawan hadir. Bintang Timur FC kalah."
    mentions = [
        _mention(body, "Bintang Timur FC Budi Hartawan", ORG, 0.3),
        _mention(body, "Bintang Timur FC", ORG, nth=1),
    ]
    keys = {m.entity_key for m in resolve_mentions(body, mentions) if m.entity_type == ORG}
    assert keys == {"bintang timur fc"}
