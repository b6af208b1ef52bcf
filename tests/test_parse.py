"""etl.parse: the raw format's variants (texts written for these tests) and the real sample."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract import normalise_text
from etl.parse import (
    ParseFailure,
    find_published_day,
    name_key,
    normalise_source,
    parse_article,
    split_glued_paragraphs,
)
from etl.records import ArticleFlag, DatePrecision, Reason, Role
from tests.conftest import sample_credit_lines

AS_OF = dt.date(2026, 11, 29)


def raw(body: str, *, header: str = " date 2024-03 ", dateline: str = "Jakarta (ANTARA) - ", tail: str = "") -> str:
    return f"{header}{dateline}{body}{tail or chr(10) * 2 + 'Pewarta: Budi Santoso' + chr(10) * 2 + 'Editor: Rina Wulandari' + chr(10) * 2}"


BODY = (
    "Pemerintah kota meresmikan jembatan baru di tepi sungai pada Selasa (5/3).Jembatan sepanjang 120 meter "
    'itu menghubungkan dua kecamatan yang selama ini terpisah."Kami berharap warga merasakan manfaatnya," '
    "kata wali kota."
)


def test_credits_month_day_and_glued_paragraphs():
    a = parse_article(raw(BODY), AS_OF)
    assert a.published_month == dt.date(2024, 3, 1)
    assert a.published_date == dt.date(2024, 3, 5)  # 5 March 2024 was a Tuesday (Selasa)
    assert a.date_precision is DatePrecision.DAY
    assert a.dateline_place == "Jakarta" and a.agency_marker == "ANTARA"
    assert a.paragraphs == [
        "Pemerintah kota meresmikan jembatan baru di tepi sungai pada Selasa (5/3).",
        "Jembatan sepanjang 120 meter itu menghubungkan dua kecamatan yang selama ini terpisah.",
        '"Kami berharap warga merasakan manfaatnya," kata wali kota.',
    ]
    assert a.lead == a.paragraphs[0]
    assert [(c.role, c.name) for c in a.credits] == [(Role.REPORTER, "Budi Santoso"), (Role.EDITOR, "Rina Wulandari")]
    assert a.word_count == sum(len(p.split()) for p in a.paragraphs)


def test_wrong_weekday_or_other_month_keeps_month_precision():
    assert find_published_day("pada Rabu (5/3).", dt.date(2024, 3, 1)) is None  # 5/3/2024 is a Tuesday
    assert find_published_day("pada Selasa (5/4).", dt.date(2024, 3, 1)) is None  # April is not the header month
    assert find_published_day("pada Selasa (31/2).", dt.date(2024, 2, 1)) is None  # no such day
    # `Kamis (1/2) lalu` is a past event: the story is dated by the other weekday
    assert find_published_day("Kamis (1/2) lalu dan Jumat (2/2)", dt.date(2024, 2, 1)) == dt.date(2024, 2, 2)
    a = parse_article(raw(BODY.replace("Selasa (5/3)", "Rabu (5/3)")), AS_OF)
    assert a.published_date is None and a.date_precision is DatePrecision.MONTH


@pytest.mark.parametrize(
    ("dateline", "place", "marker"),
    [
        ("Jakarta (ANTARA) - ", "Jakarta", "ANTARA"),
        ("Ponorogo, Jawa Timur (ANTARA) - ", "Ponorogo, Jawa Timur", "ANTARA"),
        ("Mataram, NTB (ANTARA News) - ", "Mataram, NTB", "ANTARA News"),
        ("Gorontalo, (Antara News) - ", "Gorontalo", "ANTARA News"),
        ("Jakarta (ANTARA/JACX) – ", "Jakarta", "ANTARA/JACX"),
        ("Bandar Lampung (ANTARA) — ", "Bandar Lampung", "ANTARA"),
        ("ANTARA - ", None, "ANTARA"),
    ],
)
def test_dateline_variants(dateline, place, marker):
    a = parse_article(raw(BODY, dateline=dateline), AS_OF)
    assert (a.dateline_place, a.agency_marker) == (place, marker)
    assert a.paragraphs[0].startswith("Pemerintah kota")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nilainya naik 3.5 persen.Harga beras turun.", ["Nilainya naik 3.5 persen.", "Harga beras turun."]),
        (
            "Ia lulus dari U.S. Army College.Kini ia mengajar.",
            ["Ia lulus dari U.S. Army College.", "Kini ia mengajar."],
        ),
        (
            "Kuasa hukum Andi Wijaya S.H. hadir.Sidang ditunda.",
            ["Kuasa hukum Andi Wijaya S.H. hadir.", "Sidang ditunda."],
        ),
        ("Hubungi Dr.Andi di rumah sakit.Ia bertugas.", ["Hubungi Dr.Andi di rumah sakit.", "Ia bertugas."]),
        ("Lihat www.Contoh.com untuk rincian.Terima kasih.", ["Lihat www.Contoh.com untuk rincian.", "Terima kasih."]),
        ("Rapat dimulai pukul 10.00 WIB.Peserta hadir.", ["Rapat dimulai pukul 10.00 WIB.", "Peserta hadir."]),
        ('Ia berkata "kami siap."Rapat berlanjut.', ['Ia berkata "kami siap."', "Rapat berlanjut."]),
        ('Rapat selesai."Kami puas," ujarnya.', ["Rapat selesai.", '"Kami puas," ujarnya.']),
        ("Jalan ke Asia-Pasifik.Bulan lalu hujan.", ["Jalan ke Asia-Pasifik.", "Bulan lalu hujan."]),
        ("Apa benar?Ya, benar!Tentu.", ["Apa benar?", "Ya, benar!", "Tentu."]),
        ("Harga Rp1.500 per kilo.", ["Harga Rp1.500 per kilo."]),
    ],
)
def test_glued_paragraph_splitting_keeps_decimals_initials_urls(text, expected):
    assert split_glued_paragraphs(text) == expected


@pytest.mark.parametrize(
    ("tail", "credits", "source"),
    [
        ("\n\nPewarta : Budi Santoso\n\nEditor :  \n", [("reporter", "Budi Santoso")], None),
        (
            "\n\nPewarta: Putu Indah SavitriEditor: Agus Salim Copyright © ANTARA 2026",
            [("reporter", "Putu Indah Savitri"), ("editor", "Agus Salim")],
            None,
        ),
        (
            ".Sumber: Anadolu Agency\n\nPenerjemah: Sari Dewi\n\nEditor: Agus Salim\n",
            [("translator", "Sari Dewi"), ("editor", "Agus Salim")],
            "Anadolu",
        ),
        (
            "\n\nPewarta: Andi Saputra, Maria Ulfa dan Joko Susilo/Dewi Lestari\n\nEditor: ATMAN  AHDIAT \n",
            [
                ("reporter", "Andi Saputra"),
                ("reporter", "Maria Ulfa"),
                ("reporter", "Joko Susilo"),
                ("reporter", "Dewi Lestari"),
                ("editor", "Atman Ahdiat"),
            ],
            None,
        ),
        (
            "\n\nReporter: Aria Cindyara\nTranslator: Resinta S\nEditor: Rahmad Nasution\n",
            [("reporter", "Aria Cindyara"), ("translator", "Resinta S"), ("editor", "Rahmad Nasution")],
            None,
        ),
        (
            "\n\nPewarta: Ahmad Fauzi\n\nFotografer: Nova Wahyudi\n\nKontributor: Lia Amalia\n\nEditor: Dedi Kurnia\n\n"
            "COPYRIGHT © ANTARA 2021",
            [
                ("reporter", "Ahmad Fauzi"),
                ("photographer", "Nova Wahyudi"),
                ("contributor", "Lia Amalia"),
                ("editor", "Dedi Kurnia"),
            ],
            None,
        ),
    ],
)
def test_credit_variants(tail, credits, source):
    a = parse_article(raw(BODY, tail=tail), AS_OF)
    assert [(c.role.value, c.name) for c in a.credits] == credits
    assert (a.source.name if a.source else None) == source
    assert "Pewarta" not in a.body and "Editor" not in a.body and "Sumber" not in a.body


def test_boilerplate_related_headlines_and_copyright_year():
    body = (
        "Harga cabai naik tajam di pasar induk kota.(adsbygoogle = window.adsbygoogle || []).push({});\n"
        "Baca juga: Petani cabai menikmati panen raya\n"
        "Pedagang mengeluhkan pasokan yang menipis sejak pekan lalu.\n"
        "Related news: Chili prices soar in the capital\n"
    )
    tail = (
        "\n\nPewarta: Budi Santoso\n\nEditor: Rina Wulandari\n\nCopyright © ANTARA 2025\n\nDilarang keras mengambil "
        "konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari "
        "Kantor Berita ANTARA."
    )
    a = parse_article(raw(body, tail=tail), AS_OF)
    assert a.related_headlines == ["Petani cabai menikmati panen raya", "Chili prices soar in the capital"]
    assert a.copyright_year == 2025
    assert set(a.boilerplate) == {"script", "copyright", "ai_notice"}
    assert a.paragraphs == [
        "Harga cabai naik tajam di pasar induk kota.",
        "Pedagang mengeluhkan pasokan yang menipis sejak pekan lalu.",
    ]


def test_byline_above_body_and_windows_line_ends():
    text = normalise_text(
        "\ufeff date 2012-07 \r\nPewarta: Hendra Gunawan\r\nSurabaya (ANTARA News) - "
        + BODY
        + "\r\n\r\nEditor: Rina&nbsp;Wulandari\r\n"
    )
    a = parse_article(text, AS_OF)
    assert a.dateline_place == "Surabaya"
    assert [(c.role.value, c.name) for c in a.credits] == [("reporter", "Hendra Gunawan"), ("editor", "Rina Wulandari")]


def test_names_and_sources_normalise_to_one_identity():
    assert name_key("Atman Ahdiat") == name_key("ATMAN AHDIAT") == name_key("Atman  Ahdiat ") == "atman ahdiat"
    assert name_key("Zoë Anggraeni") == name_key("Zoe Anggraeni")
    assert normalise_source("Anadolu").source_key == normalise_source("Anadolu Agency").source_key
    assert normalise_source("Kantor Berita Xinhua").name == "Xinhua"
    assert normalise_source("Kementerian Kesehatan").name == "Kementerian Kesehatan"


def test_content_hash_ignores_file_form_but_not_content():
    a = parse_article(normalise_text(raw(BODY)), AS_OF)
    b = parse_article(normalise_text("\ufeff" + raw(BODY).replace("\n", "\r\n")), AS_OF)
    c = parse_article(normalise_text(raw(BODY.replace("120 meter", "125 meter"))), AS_OF)
    assert a.content_sha256 == b.content_sha256 != c.content_sha256


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Jakarta (ANTARA) - tanpa tanggal sama sekali.\n\nEditor: A B", Reason.MISSING_DATE_HEADER),
        (" date 2023-xx Jakarta (ANTARA) - teks.", Reason.MISSING_DATE_HEADER),
        (" date 2023-13 Jakarta (ANTARA) - teks.", Reason.INVALID_DATE),
        (" date 1900-01 Jakarta (ANTARA) - teks.", Reason.INVALID_DATE),
        (" date 0000-01 Jakarta (ANTARA) - teks.", Reason.INVALID_DATE),  # not a ValueError: a reason
        (" date 2999-01 Jakarta (ANTARA) - teks.", Reason.FUTURE_DATE),
        (" date 2026-12 Jakarta (ANTARA) - teks.", Reason.FUTURE_DATE),
        (" date 2023-05 Pemerintah kota meresmikan jembatan baru hari ini.", Reason.MISSING_BODY),  # unmarked, short
        (" date 2023-05 Jakarta (ANTARA) - 0 0 0 0 0 0\n\nEditor: Rina", Reason.MISSING_BODY),  # no words
        (" date 2023-05 Jakarta (ANTARA) - \n\nPewarta: Budi\n\nEditor: Rina\n", Reason.MISSING_BODY),
        (raw("kata " * 20_001), Reason.FILE_TOO_LARGE),  # would block its batch at the audit
    ],
)
def test_bad_articles_fail_with_a_reason(text, reason):
    with pytest.raises(ParseFailure) as info:
        parse_article(text, AS_OF)
    assert info.value.reason is reason and info.value.message


def test_real_sample(sample_path):
    from etl.extract import decode_bytes

    text, encoding, reason, _ = decode_bytes(sample_path.read_bytes())
    assert reason is None and encoding == "utf-8"
    a = parse_article(text, AS_OF)
    assert a.published_month == dt.date(2023, 5, 1)
    assert a.published_date == dt.date(2023, 5, 3) and a.date_precision is DatePrecision.DAY
    assert a.dateline_place == "Istanbul" and a.agency_marker == "ANTARA"
    credit_lines = sample_credit_lines(sample_path)
    assert [(c.role.value, c.name) for c in a.credits] == credit_lines
    assert [role for role, _ in credit_lines] == ["translator", "editor"]
    assert a.source.name == "Anadolu"
    assert len(a.paragraphs) == 12
    assert a.paragraphs[0].endswith("pada Rabu (3/5).")
    # every paragraph is a verbatim piece of the file, and the pieces are where the scrape glued them
    for before, after in zip(a.paragraphs, a.paragraphs[1:]):
        assert before + after in text, (before[-30:], after[:30])
    assert a.paragraphs[1].endswith('."') and a.paragraphs[-1].startswith('"')
    assert "Sumber" not in a.body and "(ANTARA)" not in a.body
    assert a.lead == a.paragraphs[0]
    # parse-2 reads it exactly as parse-1 did (the hash covers month, place, paragraphs, credits, source),
    # with nothing missing or doubtful
    assert a.content_sha256 == "a059ab009ee5949d56b8038b9cbe76a310dd3e9d13b05a5b85e1903205924d2a"
    assert a.flags == [] and a.language == "id" and a.preamble is None and a.published_weekday == 3


# --- parsing never raises anything but ParseFailure --------------------------------------

_fragments = st.sampled_from(
    [
        " date 2023-05 ",
        " date 2023-13 ",
        "Jakarta (ANTARA) - ",
        "ANTARA - ",
        "Pewarta: ",
        "Editor: ",
        "Sumber: ",
        "Baca juga: ",
        ".",
        '"',
        "\n\n",
        "Rabu (3/5)",
        "Copyright © ANTARA 2023",
        "(adsbygoogle = window.adsbygoogle || []).push({});",
        "Kata ",
        "Jepang",
        "S.H.",
        "3.5",
        "&nbsp;",
        "\u202e",
        "\x00",
        "A, B dan C/D",
    ]
)
_texts = st.one_of(
    st.text(max_size=400), st.lists(st.one_of(_fragments, st.text(max_size=20)), max_size=40).map("".join)
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_parse_never_raises_on_arbitrary_text(text):
    try:
        a = parse_article(normalise_text(text), AS_OF)
    except ParseFailure as failure:
        assert isinstance(failure.reason, Reason)
        return
    assert a.paragraphs and all(p.strip() == p and p for p in a.paragraphs)
    assert a.published_month <= AS_OF
    assert (ArticleFlag.NO_CREDITS in a.flags) == (not a.credits)
    assert (ArticleFlag.NO_DATELINE in a.flags) == (a.agency_marker is None)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_parse_never_raises_on_mutated_real_format(data):
    text = raw(BODY, tail="\n\nPewarta: Budi Santoso\n\nEditor: Rina Wulandari\n\nCopyright © ANTARA 2023")
    for _ in range(data.draw(st.integers(0, 6))):
        i = data.draw(st.integers(0, len(text)))
        op = data.draw(st.sampled_from(["insert", "delete", "duplicate"]))
        if op == "insert":
            text = text[:i] + data.draw(st.one_of(_fragments, st.text(max_size=5))) + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + data.draw(st.integers(1, 10)) :]
        else:
            text = text[:i] + text[i : i + 30] + text[i:]
    try:
        parse_article(normalise_text(text), AS_OF)
    except ParseFailure:
        pass


# --- real copies (issue 11): every variant loads, with flags for what is missing ------------
# The texts below are written for these tests, in the shape of real ANTARA copies.

LEAD_TUESDAY = "Dinas Pertanian Jawa Timur menyalurkan benih padi unggul kepada kelompok tani, kata kepala dinas di Surabaya, Selasa."
LAST_SENTENCE = "Petani berharap hasil panen musim ini lebih baik daripada tahun lalu."


def parsed(text: str):
    return parse_article(normalise_text(text), AS_OF)


@pytest.mark.parametrize(
    "footer",
    [
        "\n\nCOPYRIGHT © ANTARA 2017",
        "\n\nCOPYRIGHT Â© ANTARA 2017",  # mojibake of the page's UTF-8
        "\n\nCOPYRIGHT &copy; ANTARA 2017",
        "\n\nCopyright © ANTARA 2017",
        "\n\nCOPYRIGHT &copy; 2017",  # no ANTARA word
        "\n\nHak Cipta © ANTARA 2017",
        "\n\nCopyright (c) ANTARA News 2017 All rights reserved.",
        " COPYRIGHT © ANTARA 2017",  # glued on the last line
        "\n© 2017 ANTARA News",
        "\nCopyright © 2017 ANTARA. All Rights Reserved.\nTags: benih, petani",
        "",
    ],
)
def test_no_credit_line_loads_flagged_with_the_body_whole(footer):
    a = parsed(f" date 2017-08 Surabaya (ANTARA) - {LEAD_TUESDAY}\n\n{LAST_SENTENCE}{footer}")
    assert a.credits == [] and ArticleFlag.NO_CREDITS in a.flags
    assert a.dateline_place == "Surabaya" and a.agency_marker == "ANTARA"
    assert a.paragraphs == [LEAD_TUESDAY, LAST_SENTENCE]
    assert a.copyright_year == (2017 if footer else None)
    assert a.published_weekday == 2 and a.published_date is None  # Selasa, no date: month precision
    assert ArticleFlag.DAY_UNKNOWN in a.flags


def test_link_line_between_credit_and_copyright():
    a = parsed(
        f" date 2017-08 Surabaya (ANTARA) - {LEAD_TUESDAY}\n\n{LAST_SENTENCE}\n\nPewarta: Dimas Prasetyo\n\n"
        "Editor: Lestari Handayani\nhttps://www.antaranews.com/berita/654321/benih-padi-unggul-untuk-petani\n"
        "COPYRIGHT &copy; ANTARA 2017"
    )
    assert [(c.role.value, c.name) for c in a.credits] == [
        ("reporter", "Dimas Prasetyo"),
        ("editor", "Lestari Handayani"),
    ]
    assert a.source_url == "https://www.antaranews.com/berita/654321/benih-padi-unggul-untuk-petani"
    assert (a.antara_site, a.antara_article_id) == ("antaranews.com", 654321)
    assert a.paragraphs[-1] == LAST_SENTENCE and a.copyright_year == 2017
    assert ArticleFlag.NO_CREDITS not in a.flags


def test_highlight_quote_glued_before_the_dateline_and_credits_glued_at_the_end_of_one_line():
    quote = "Dengan pupuk yang cukup, petani dapat menanam lebih awal dan menaikkan hasil panen"
    a = parsed(
        f" date 2020-06 {quote} Surabaya (ANTARA) - {LEAD_TUESDAY} {LAST_SENTENCE} Pewarta: Dimas Prasetyo "
        "Editor: Lestari Handayani COPYRIGHT © ANTARA 2020 (adsbygoogle = window.adsbygoogle || []).push({});"
    )
    assert a.dateline_place == "Surabaya"  # not `... hasil panen Surabaya`
    assert a.preamble == quote and ArticleFlag.DATELINE_NOT_AT_START in a.flags
    assert a.paragraphs == [f"{LEAD_TUESDAY} {LAST_SENTENCE}"]
    assert [(c.role.value, c.name) for c in a.credits] == [
        ("reporter", "Dimas Prasetyo"),
        ("editor", "Lestari Handayani"),
    ]
    assert a.copyright_year == 2020 and {"copyright", "script"} <= set(a.boilerplate)


@pytest.mark.parametrize(
    ("opening", "place", "marker"),
    [
        (
            "Foto: Warga antre membeli beras murah di pasar (ANTARA/Rudi Hartono)\nSurabaya (ANTARA) - ",
            "Surabaya",
            "ANTARA",
        ),
        (
            "Benih unggul untuk petani Jawa Timur\nSurabaya, Jawa Timur (ANTARA News) - ",
            "Surabaya, Jawa Timur",
            "ANTARA News",
        ),
        ("Surabaya(ANTARA)-", "Surabaya", "ANTARA"),
        ("Surabaya (ANTARA) ", "Surabaya", "ANTARA"),  # no dash
        ("Judul berita tentang benih\nSurabaya, (Antara News) ", "Surabaya", "ANTARA News"),
        ("Harga benih turun di pasar induk Surabaya (Antara) – ", "Surabaya", "ANTARA"),
        ('"Kami siap menanam lebih awal," kata petani. Surabaya (ANTARA) — ', "Surabaya", "ANTARA"),
    ],
)
def test_dateline_found_within_the_opening_and_the_text_before_it_kept_apart(opening, place, marker):
    a = parsed(f" date 2017-08 {opening}{LEAD_TUESDAY}\n\n{LAST_SENTENCE}\n\nEditor: Lestari Handayani")
    assert (a.dateline_place, a.agency_marker) == (place, marker)
    assert a.paragraphs == [LEAD_TUESDAY, LAST_SENTENCE]
    assert (a.preamble is not None) == (ArticleFlag.DATELINE_NOT_AT_START in a.flags)
    assert a.preamble is None or place not in a.preamble.split()[-1:]


def test_no_dateline_loads_flagged():
    a = parsed(f" date 2017-08 {LEAD_TUESDAY}\n\n{LAST_SENTENCE}\n\nEditor: Lestari Handayani")
    assert a.dateline_place is None and a.agency_marker is None and ArticleFlag.NO_DATELINE in a.flags
    assert a.paragraphs == [LEAD_TUESDAY, LAST_SENTENCE]


@pytest.mark.parametrize(
    ("month", "lead", "later", "day", "flag"),
    [
        # the attribution's weekday, and another event's dated weekday later: the story is Friday 17/11
        (
            "2023-11",
            "Polisi menangkap dua tersangka pencurian kabel, kata juru bicara polisi di Medan, Jumat.",
            "Keduanya ditangkap pada Rabu (15/11) malam di sebuah gudang.",
            dt.date(2023, 11, 17),
            ArticleFlag.DAY_INFERRED,
        ),
        (
            "2020-11",
            "Sebanyak 300 pelari dari Mataram, Kamis, mulai mengikuti lomba yang berlangsung sampai Jumat (6/11).",
            "Panitia menyiapkan pos kesehatan di setiap lima kilometer.",
            dt.date(2020, 11, 5),
            ArticleFlag.DAY_INFERRED,
        ),
        (
            "2025-05",
            "Pelantikan pengurus baru dijadwalkan pada Rabu (21/5), kata ketua panitia di Jakarta, Senin.",
            "Acara itu akan dihadiri perwakilan seluruh provinsi.",
            dt.date(2025, 5, 19),
            ArticleFlag.DAY_INFERRED,
        ),
        # its own date, and a later paragraph's other event that must not win
        (
            "2023-05",
            "Harga cabai di pasar induk naik tajam, menurut laporan pedagang pada Rabu (3/5).",
            "Kenaikan serupa terjadi pada Senin (1/5) lalu.",
            dt.date(2023, 5, 3),
            None,
        ),
        # an event a week away pins nothing: the day stays unknown, not wrong
        (
            "2025-05",
            "Pelantikan pengurus baru digelar pada Rabu (28/5) pekan depan, kata ketua panitia di Jakarta, Senin.",
            "Acara itu akan dihadiri perwakilan seluruh provinsi.",
            None,
            ArticleFlag.DAY_UNKNOWN,
        ),
        # only another event's date, no attribution weekday: unknown
        (
            "2023-11",
            "Polisi menangkap dua tersangka pencurian kabel pada Rabu (15/11) malam.",
            "Keduanya kini ditahan di markas kepolisian.",
            None,
            ArticleFlag.DAY_UNKNOWN,
        ),
        # the attribution's weekday disagrees with its own date (15/11/2023 is a Wednesday)
        (
            "2023-11",
            "Polisi menangkap dua tersangka pencurian kabel, kata juru bicara polisi di Medan, Kamis (15/11).",
            "Keduanya kini ditahan di markas kepolisian.",
            None,
            ArticleFlag.WEEKDAY_MISMATCH,
        ),
    ],
)
def test_the_day_is_the_attributions_never_another_events(month, lead, later, day, flag):
    a = parsed(f" date {month} Medan (ANTARA) - {lead}\n\n{later}\n\nEditor: Lestari Handayani")
    assert a.published_date == day
    assert a.date_precision is (DatePrecision.DAY if day else DatePrecision.MONTH)
    assert flag is None or flag in a.flags
    assert (ArticleFlag.DAY_UNKNOWN in a.flags) == (day is None)


def test_date_written_in_a_press_release_dateline_is_the_day():
    a = parsed(
        " date 2016-02 SINGAPURA, 23 Februari 2016 (Antara/PRNewswire) -- Perusahaan logistik regional membuka "
        "gudang baru untuk melayani pengiriman ke Asia Tenggara.\n\nGudang itu mampu menampung 5.000 palet barang."
        "\n\nSumber: PT Logistik Nusantara Raya\n\nEditor: Lestari Handayani\n\nCOPYRIGHT &copy; 2016"
    )
    assert a.dateline_place == "Singapura" and a.agency_marker == "ANTARA/PRNEWSWIRE"
    assert a.published_date == dt.date(2016, 2, 23) and a.published_weekday == 2
    assert a.source.name == "PT Logistik Nusantara Raya"  # the issuer
    assert a.copyright_year == 2016 and a.paragraphs[-1] == "Gudang itu mampu menampung 5.000 palet barang."


def test_republisher_lines_are_cut_and_their_link_and_title_kept():
    a = parsed(
        f" date 2017-08 Surabaya (ANTARA) - {LEAD_TUESDAY}\n\n{LAST_SENTENCE}\n"
        "https://www.antaranews.com/berita/654322/benih-padi-unggul\n"
        "Berita ini telah tayang di Antaranews.com dengan judul: Benih padi unggul dibagikan kepada petani\n"
        "Ikuti berita terkini dari kami di Google News\n"
    )
    assert a.paragraphs == [LEAD_TUESDAY, LAST_SENTENCE]
    assert a.headline == "Benih padi unggul dibagikan kepada petani"
    assert a.antara_article_id == 654322 and ArticleFlag.REPUBLISHER_TEXT_REMOVED in a.flags
    assert {ArticleFlag.NO_CREDITS, ArticleFlag.REPUBLISHER_TEXT_REMOVED} <= set(a.flags)


def test_older_page_byline_caption_and_related_without_space():
    a = parsed(
        " date 2016-03 Pewarta: Andi Wirawan dan Sri Utami\n"
        "Petugas memeriksa karung beras di gudang Bulog (ANTARA/Andi Wirawan)\n"
        f"Surabaya (ANTARA News) - {LEAD_TUESDAY}\nBaca juga:Stok beras aman hingga akhir tahun\n{LAST_SENTENCE}"
        "\n\nEditor: Lestari Handayani\n\nCOPYRIGHT &copy; 2016"
    )
    assert [(c.role.value, c.name) for c in a.credits] == [
        ("reporter", "Andi Wirawan"),
        ("reporter", "Sri Utami"),
        ("editor", "Lestari Handayani"),
    ]
    assert a.preamble == "Petugas memeriksa karung beras di gudang Bulog (ANTARA/Andi Wirawan)"
    assert a.dateline_place == "Surabaya" and a.related_headlines == ["Stok beras aman hingga akhir tahun"]
    assert a.paragraphs == [LEAD_TUESDAY, LAST_SENTENCE]


def test_english_edition_article():
    a = parsed(
        " date 2026-03 Jakarta (ANTARA) - Indonesia's rice stocks are sufficient until the end of the year, the "
        "head of the food agency said here on Friday (6/3).\n\nRelated news: Rice prices fall in traditional markets"
        "\n\nThe agency will keep buying the harvest of local farmers at a fixed price.\n\n"
        "Reporter: Dimas Prasetyo, Sri Utami\nEditor: Lestari Handayani\nCopyright © ANTARA 2026\n"
        "https://en.antaranews.com/news/415270/rice-stocks-sufficient"
    )
    assert a.language == "en"
    assert [(c.role.value, c.name) for c in a.credits] == [
        ("reporter", "Dimas Prasetyo"),
        ("reporter", "Sri Utami"),
        ("editor", "Lestari Handayani"),
    ]
    assert a.related_headlines == ["Rice prices fall in traditional markets"]
    assert a.published_date == dt.date(2026, 3, 6)  # a Friday
    assert (a.antara_site, a.antara_article_id) == ("en.antaranews.com", 415270)
    assert a.paragraphs[-1] == "The agency will keep buying the harvest of local farmers at a fixed price."


def test_ai_notice_and_footer_interleaved_in_any_order():
    a = parsed(
        f" date 2025-08 Surabaya (ANTARA) - {LEAD_TUESDAY}\n\n{LAST_SENTENCE}\n\nPewarta: Dimas Prasetyo\n"
        "Copyright © ANTARA 2025\nEditor: Lestari Handayani\n\nDilarang keras mengambil konten, melakukan crawling "
        "atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.\n"
        "(adsbygoogle = window.adsbygoogle || []).push({});"
    )
    assert [(c.role.value, c.name) for c in a.credits] == [
        ("reporter", "Dimas Prasetyo"),
        ("editor", "Lestari Handayani"),
    ]
    assert a.paragraphs == [LEAD_TUESDAY, LAST_SENTENCE] and a.copyright_year == 2025


@pytest.mark.parametrize(
    "last",
    [
        "Informasi lengkap tersedia di laman www.pertanian.example.go.id.",
        "Sumber: data dinas menunjukkan produksi padi naik dua persen dibandingkan tahun lalu, dan angka itu "
        "diperkirakan terus bertambah seiring perluasan lahan tanam di sejumlah kabupaten pada musim ini.",
        "Ia menyebut hak cipta benih lokal perlu dilindungi.",
    ],
)
def test_nothing_of_the_body_is_cut(last):
    a = parsed(f" date 2017-08 Surabaya (ANTARA) - {LEAD_TUESDAY}\n\n{last}\n\nEditor: Lestari Handayani")
    assert a.paragraphs == [LEAD_TUESDAY, last]


def test_a_page_timestamp_above_the_dateline_is_the_day_a_photo_captions_date_is_not():
    a = parsed(
        f" date 2017-08 Selasa, 15 Agustus 2017 10:15 WIB\nSurabaya (ANTARA) - {LEAD_TUESDAY}\n\n{LAST_SENTENCE}"
        "\n\nPewarta: Dimas Prasetyo\n© 2017 ANTARA News"
    )
    assert a.published_date == dt.date(2017, 8, 15) and a.preamble == "Selasa, 15 Agustus 2017 10:15 WIB"
    assert [c.name for c in a.credits] == ["Dimas Prasetyo"] and a.copyright_year == 2017
    b = parsed(
        " date 2017-08 Petani menanam padi di Kediri, Senin (14/8/2017). ANTARA FOTO/Rudi Hartono\n"
        f"Surabaya (ANTARA) - {LEAD_TUESDAY}\n\n{LAST_SENTENCE}"
    )
    assert b.published_date is None and b.published_weekday == 2  # Selasa, but which one is not known


_FOOTER_CREDITS = [
    ("Pewarta", "reporter", "Dimas Prasetyo"),
    ("Editor", "editor", "Lestari Handayani"),
    ("Penerjemah", "translator", "Sri Utami"),
    ("Fotografer", "photographer", "Rudi Hartono"),
    ("Reporter", "reporter", "Yusuf Hidayat"),
    ("EDITOR", "editor", "Dewi Anggraini"),
]
_FOOTER_OTHER = [
    "COPYRIGHT © ANTARA 2017",
    "COPYRIGHT &copy; 2017",
    "Copyright © ANTARA 2017",
    "https://www.antaranews.com/berita/654323/benih-padi",
    "Berita ini telah tayang di Antaranews.com dengan judul: Benih padi untuk petani",
    "(adsbygoogle = window.adsbygoogle || []).push({});",
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa "
    "izin tertulis dari Kantor Berita ANTARA.",
    "Baca juga: Stok benih aman hingga akhir tahun",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(range(len(_FOOTER_CREDITS))), st.sampled_from(_FOOTER_OTHER)), max_size=8),
    st.lists(st.sampled_from(["\n", "\n\n", " "]), min_size=9, max_size=9),
)
def test_footer_items_in_any_order_and_spacing_never_stay_in_the_body_nor_cut_it(items, gaps):
    """Whatever a copy puts after the body, in whatever order and spacing, the body is whole and
    every credit is found."""
    parts, credits = [], []
    for item, gap in zip(items, gaps):
        if isinstance(item, int):
            label, role, name = _FOOTER_CREDITS[item]
            parts.append(f"{gap}{label}: {name}")
            credits.append((role, name))
        else:
            parts.append(("\n" if item.startswith(("https", "Berita", "Baca")) else gap) + item)
    a = parsed(f" date 2017-08 Surabaya (ANTARA) - {LEAD_TUESDAY}\n\n{LAST_SENTENCE}{''.join(parts)}")
    assert a.paragraphs == [LEAD_TUESDAY, LAST_SENTENCE]
    assert sorted({(c.role.value, c.name) for c in a.credits}) == sorted(set(credits))


_WEEKDAY_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@settings(max_examples=300, deadline=None)
@given(st.dates(dt.date(2015, 1, 1), dt.date(2026, 10, 31)), st.integers(-6, 6))
def test_another_events_date_pins_the_day_when_near_and_never_gives_a_wrong_one(story, k):
    """A story dated by its weekday, with another event `k` days from it (past events told as past,
    coming ones as coming): the day is right when the event is a day or two away, and never wrong."""
    if k % 7 == 0:
        return
    event = story + dt.timedelta(days=k)
    pin = f"{_WEEKDAY_ID[event.weekday()]} ({event.day}/{event.month})"
    later = (
        f"Peristiwa itu terjadi pada {pin} malam di sebuah gudang."
        if k < 0
        else f"Acara lanjutan akan digelar pada {pin} di gedung yang sama."
    )
    a = parsed(
        f" date {story:%Y-%m} Medan (ANTARA) - Polisi menangkap dua tersangka pencurian kabel, kata juru bicara "
        f"polisi di Medan, {_WEEKDAY_ID[story.weekday()]}.\n\n{later}\n\nEditor: Lestari Handayani"
    )
    assert a.published_date in (None, story)
    assert a.published_weekday == story.isoweekday()
    if abs(k) <= 2 and event.month == story.month:
        assert a.published_date == story
