"""Generate a realistic, reproducible corpus of raw ANTARA article files, with exact ground truth.

Usage::

    python -m etl.generate OUT_DIR --files 10000 --seed 0 [--bad] [--no-variants] [--mean-words 350]

``generate_corpus(out_dir, n_files, seed)`` writes ``n_files`` files ``YYYY/MM/antara_NNNNNN.txt``
(or ``.txt.gz``; the folder is the header's month, the number the file index, zero-padded to at
least 6 digits) under ``out_dir``, plus ``out_dir/manifest.jsonl``: one JSON object per file, in
file-index order, the ground truth of that file (``GeneratedArticle.to_json``; read it back with
``read_manifest`` or ``GeneratedArticle.from_json``).  Generation streams: only a window of recent
articles is kept (to copy duplicates from), and the return value is a :class:`Manifest`, a lazy
``Sequence[GeneratedArticle]`` over the manifest file.  Existing files in ``out_dir`` are
overwritten, other files left alone: use a fresh folder.  ``write_bad_inputs(out_dir)`` writes one
file per quarantine kind under ``out_dir/bad/``; ``--bad`` also lists them in ``bad_inputs.json``.

All text is written for this project: sentences are templates (with interchangeable words and
phrases, so unrelated articles share few word shingles) filled with invented people, public
institutions and real places.  Nothing is copied from ANTARA articles.

Reproducibility: file ``i`` is drawn from ``random.Random(f"antara-generate/{seed}/{i}")`` and the
recent files before it, so the same seed gives byte-identical files and manifest (same Python and
zlib; hash randomisation plays no part), and ``n`` files are a prefix of ``m > n`` files.

The truth
---------
Paragraphs are NFC, single-spaced (no tabs, no no-break spaces), free of HTML entities, one line
each.  Every paragraph starts with an uppercase letter (ASCII, or e.g. ``É``: tag
``accented_capital_glue``), optionally after an opening quote, and ends with ``.``/``!``/``?``,
optionally followed by a closing quote; the character before that stop is a lowercase letter, a
digit or ``)``, and the last token before it contains no ``.``, is no abbreviation and no URL, so
every glue point is decidable.  Inside a paragraph a stop is directly followed by an uppercase
letter only in initials (``S.H.``, ``U.S.``: the stop follows an uppercase letter) and in
``Prof.Dr.``.  Decimals (``3,5 persen``, ``3.5``), ``Rp1.500``, ``pukul 10.00 WIB``, ``Dr.``,
``Prof.``, ``S.H., M.H.``, ``U.S.`` and ``www.antaranews.com`` occur only inside paragraphs.
Quotes are balanced within a paragraph; curly quotes ``“ ”`` occur only in Windows-1252 files,
where they are part of the truth.  No body text looks like a credit label, a ``Baca juga`` line,
boilerplate, or a weekday pin other than the planted one.

The first paragraph is one sentence (``lead``); it holds the weekday pin when there is one:
``pada Rabu (3/5)`` / ``, Rabu (3/5)`` (English: ``on Wednesday (3/5)``), day/month of the
header's month.  ``day_pin`` is the pin as written (``Rabu (3/5)``); ``published_date`` is set
only when its weekday agrees with the calendar (about 60% of fresh files); about 5% carry a wrong
weekday (``day_pin`` set, ``published_date`` None).

``entities`` are flat, non-overlapping spans ``(start, end, type, surface, canonical)`` into
``GeneratedArticle.body`` (the paragraphs joined by ``"\n\n"``, like ``Article.body``).  A
person's first mention includes a capitalised office title (``Menteri Keuangan Sri Wahyuni``,
``Gubernur Jawa Tengah Bambang Prasetyo``, ``Prof.Dr. Rina Kusuma``), later mentions are the name
or a part of it (``Moriyama``); a lowercase descriptor (``ekonom``, ``pelatih``, ``warga``) is
outside the span, and an organisation or place named in it has its own span; names inside a title
are not annotated separately.  ``Badan Pusat Statistik (BPS)`` / ``Amerika Serikat (AS)`` are one
span at the first mention, ``BPS`` / ``AS`` later ones.  ``canonical`` is the name without title,
descriptor or acronym.

``credits`` are ``(role, name)`` in the order the names stand in the file (byline first); roles are
reporter, contributor, photographer, translator, editor; the empty ``Editor :&nbsp;`` is no credit.
``source`` is the text after ``Sumber:`` / ``Source:`` (wire names as the parser canonicalises
them: Anadolu, Xinhua, Reuters, AFP, Kyodo, Yonhap, Bernama, Sputnik; press-release issuers as
written).  ``boilerplate`` lists the kinds present, sorted (ai_notice, copyright, script).

``expected_status`` is ``loaded``; ``duplicate`` for a byte-identical copy of ``duplicate_of``
(same folder, later number, so second in sorted path order); or ``quarantined`` with
``expected_reason`` an ``etl.records.Reason`` value (planted bad files: their content fields
describe the article before it was broken).  A near-duplicate re-issue (``near_duplicate_of``) is
the same story (same month, dateline, credits, pin) with one non-lead sentence replaced; it is
``loaded``.  Files sharing an original are one story group (two re-issues of one original are
near-duplicates of each other too).

``variants`` lists the variant tags of the file (``VARIANT_SHARES``) plus ``@``-tags naming the
populations it belongs to (the files a variant could apply to); ``@fresh`` marks a newly drawn
article (not a copy, re-issue or planted bad file).

How the raw text is derived from the truth
------------------------------------------
The text is the concatenation of:

1. the header ``" date YYYY-MM "`` (leading and trailing space);
2. variant ``byline`` (pages up to 2020): ``"Pewarta: <names>\n"``;
3. the dateline, one of ``"<city> (ANTARA) - "``; ``"<city>, <province> (ANTARA) - "``
   (``dateline:province``); ``"<city>, <province abbreviation> (ANTARA News) - "``
   (``dateline:antara_news``); ``"<city>, (Antara News) - "`` (``dateline:comma``);
   ``"<city> (ANTARA/JACX) – "`` with an en dash (``dateline:jacx``, press releases: editor only,
   the issuer as source); ``"ANTARA - "`` (``dateline:video``).  ``dateline_place`` is the text
   before ``(`` without the trailing comma and space (None for video items); ``agency_marker`` is
   ``ANTARA``, ``ANTARA News`` or ``ANTARA/JACX``;
4. the body: the paragraphs with nothing between them (``...pada Rabu (3/5).Kantor``), except
   ``"\n"`` between a paragraph ending with a quote and one starting with a quote.  Between two
   paragraphs there may stand inserted lines, ``"Baca juga: <headline>"`` (English ``"Related
   news: <headline>"``; the headlines are ``related_headlines`` in order) and the script leftover
   ``(adsbygoogle = window.adsbygoogle || []).push({});``: each inserted line is preceded by
   ``"\n"`` or ``"\n\n"`` and the last one followed by ``"\n"`` or ``"\n\n"``;
5. the source glued to the last paragraph, ``"Sumber: <source>"`` (``...dan Jepang.Sumber:
   Anadolu``), unless ``source_own_line`` makes it the first or last credit line;
6. the credit lines, each preceded by ``"\n\n"``: ``"<Label>: <names>"`` with the labels, in this
   order, Pewarta, Kontributor, Fotografer, Penerjemah, Editor (English site: Reporter, Contributor,
   Translator, Editor); ``label_spacing`` writes ``"<Label> : <names>"`` (byline too); ``<names>`` is
   one name, or several joined by ``", "``, ``"/"`` or ``", ... dan "`` (English ``" and "``)
   (``multi_names``); ``empty_editor`` writes ``"Editor :&nbsp;"`` after the other credit lines
   (only a source line may follow) instead of an editor; ``glued_credits`` writes ``"\n\n"`` and then all lines with nothing between them,
   followed by ``" " + <copyright line>`` (``Pewarta: Putu SaputraEditor: Agus Wibowo Copyright ©
   ANTARA 2026``);
7. ``"\n\n" + "Copyright © ANTARA <year>"`` (``copyright_upper``: ``COPYRIGHT``) unless already
   glued to the credits; then, only for years >= 2025, usually ``"\n\n" +`` the AI-crawling notice
   (``ai_notice``); then possibly ``"\n\n" +`` the script leftover; finally ``"\n\n"``.

Then, per file: ``html_entities`` writes ``&`` as ``&amp;`` and ``"`` as ``&quot;`` in paragraphs
and turns up to 3 spaces per paragraph into ``&nbsp;``; ``messy_whitespace`` turns up to 3 spaces
per paragraph into ``"  "``, ``"\xa0"``, ``" \xa0 "`` or ``"   "``; ``nfd`` writes the whole
text in Unicode NFD; ``crlf`` turns every ``"\n"`` into ``"\r\n"``; the text is encoded as UTF-8
(``bom``: with a byte-order mark) or as Windows-1252 (``cp1252``); ``gzip`` compresses it (mtime 0)
into a ``.txt.gz`` file.  Files with an accented name (``accented``) exist in every encoding.
"""

from __future__ import annotations

import argparse
import calendar
import dataclasses
import datetime as dt
import gzip
import hashlib
import json
import os
import random
import re
import struct
import sys
import time
import unicodedata
import zlib
from array import array
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from etl.generate_copies import COPY_SHARES, copyright_line, draw_copy_variants, expected_flags, republisher_lines
from etl.records import Reason, Role

__all__ = [
    "AI_NOTICE",
    "FIRST_MONTH",
    "LAST_MONTH",
    "MANIFEST_NAME",
    "PIN_PATTERN",
    "SCRIPT_LEFTOVER",
    "VARIANT_SHARES",
    "EntitySpan",
    "GeneratedArticle",
    "Manifest",
    "generate_corpus",
    "main",
    "paragraph_problems",
    "read_manifest",
    "write_bad_inputs",
]

FIRST_MONTH = dt.date(2016, 1, 1)
LAST_MONTH = dt.date(2026, 6, 1)
LAST_COPYRIGHT_YEAR = 2026
AI_NOTICE_SINCE = 2025
MANIFEST_NAME = "manifest.jsonl"
BAD_INPUTS_NAME = "bad_inputs.json"
DEFAULT_MEAN_WORDS = 350

AI_NOTICE = (
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini "
    "tanpa izin tertulis dari Kantor Berita ANTARA."
)
SCRIPT_LEFTOVER = "(adsbygoogle = window.adsbygoogle || []).push({});"

WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# --- variant shares ---------------------------------------------------------------------------
# tag -> (probability, population).  A file carries the population tag ("@...") when the variant
# can apply to it; the variant is then drawn with that probability.  "@slot" counts every file
# (duplicates, re-issues, planted bad files); the other populations count fresh articles only.
P_DUPLICATE = 0.01
P_NEAR_DUPLICATE = 0.02
P_BAD = {
    "missing_credits": 0.004,
    "missing_dateline": 0.004,
    "missing_body": 0.004,
    "empty_file": 0.004,
    "gzip_corrupt": 0.004,
}
P_COPYRIGHT = 0.25
P_GLUED = 0.04
VARIANT_SHARES: dict[str, tuple[float, str]] = {
    "duplicate": (P_DUPLICATE, "@slot"),
    "near_duplicate": (P_NEAR_DUPLICATE, "@slot"),
    **{f"bad:{k}": (p, "@slot") for k, p in P_BAD.items()},
    "pin:correct": (0.60, "@fresh"),
    "pin:wrong": (0.05, "@fresh"),
    "english": (0.05, "@fresh"),
    "international": (0.15, "@id"),
    "gzip": (0.10, "@fresh"),
    "crlf": (0.05, "@fresh"),
    "cp1252": (0.03, "@fresh"),
    "bom": (0.05, "@utf8"),
    "nfd": (0.02, "@utf8"),
    "html_entities": (0.08, "@fresh"),
    "messy_whitespace": (0.04, "@fresh"),
    "dateline:province": (0.10, "@dl"),
    "dateline:antara_news": (0.05, "@dl"),
    "dateline:comma": (0.02, "@dl"),
    "dateline:jacx": (0.02, "@dl"),
    "dateline:video": (0.03, "@dl"),
    "byline": (0.30, "@byline"),
    "label_spacing": (0.05, "@fresh"),
    "empty_editor": (0.03, "@reporter"),
    "multi_names": (0.10, "@reporter"),
    "contributor": (0.06, "@reporter"),
    "photographer": (0.08, "@domestic_id"),
    "glued_credits": (P_GLUED, "@fresh"),
    "copyright": (1 - (1 - P_COPYRIGHT) * (1 - P_GLUED), "@fresh"),
    "copyright_upper": (0.30, "@copyright"),
    "ai_notice": (0.85, "@copyright_2025"),
    "source_own_line": (0.30, "@source"),
    "related": (0.20, "@fresh"),
    "script": (0.05, "@fresh"),
    "hazards": (0.20, "@fresh"),
    **COPY_SHARES,
}

# --- entities ---------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


@dataclass(frozen=True, slots=True)
class _Ent:
    type: str  # PER / ORG / LOC
    canonical: str
    first: str  # surface of the first mention
    later: tuple[str, ...]  # surfaces of later mentions
    desc: tuple = ()  # PER: pieces (str | _Ent) written before the first mention, outside its span


def _org(full: str, acr: str | None = None, first: str | None = None, later: tuple[str, ...] | None = None) -> _Ent:
    return _Ent("ORG", full, first or (f"{full} ({acr})" if acr else full), later or ((acr,) if acr else (full,)))


def _loc(name: str, acr: str | None = None, later: tuple[str, ...] | None = None) -> _Ent:
    return _Ent("LOC", name, f"{name} ({acr})" if acr else name, later or ((acr,) if acr else (name,)))


def _per(name: str, title: str | None = None, desc: tuple = (), later: tuple[str, ...] | None = None) -> _Ent:
    return _Ent("PER", name, f"{title} {name}" if title else name, later or (name,), desc)


_REG: dict[str, _Ent] = {
    # places
    "AS": _loc("Amerika Serikat", "AS"),
    "Indonesia": _loc("Indonesia"),
    "Jakarta": _loc("Jakarta"),
    "AsiaPasifik": _loc("Asia Pasifik"),
    "AsiaTenggara": _loc("Asia Tenggara"),
    # national institutions
    "Kemenkeu": _org("Kementerian Keuangan", "Kemenkeu"),
    "BI": _org("Bank Indonesia", "BI"),
    "BPS": _org("Badan Pusat Statistik", "BPS"),
    "Kemendag": _org("Kementerian Perdagangan", "Kemendag"),
    "OJK": _org("Otoritas Jasa Keuangan", "OJK"),
    "Kemenhub": _org("Kementerian Perhubungan", "Kemenhub"),
    "BEI": _org("Bursa Efek Indonesia", "BEI"),
    "KAI": _org("PT Kereta Api Indonesia", "KAI"),
    "PLN": _org("PT PLN (Persero)", first="PT PLN (Persero)", later=("PLN",)),
    "Pertamina": _org("PT Pertamina (Persero)", first="PT Pertamina (Persero)", later=("Pertamina",)),
    "KPU": _org("Komisi Pemilihan Umum", "KPU"),
    "Bawaslu": _org("Badan Pengawas Pemilihan Umum", "Bawaslu"),
    "DPR": _org("Dewan Perwakilan Rakyat", "DPR"),
    "MK": _org("Mahkamah Konstitusi", "MK"),
    "Kemendagri": _org("Kementerian Dalam Negeri", "Kemendagri"),
    "KPK": _org("Komisi Pemberantasan Korupsi", "KPK"),
    "TNI": _org("Tentara Nasional Indonesia", "TNI"),
    "Polri": _org("Kepolisian Negara Republik Indonesia", "Polri"),
    "BNPB": _org("Badan Nasional Penanggulangan Bencana", "BNPB"),
    "BMKG": _org("Badan Meteorologi, Klimatologi, dan Geofisika", "BMKG"),
    "Basarnas": _org("Badan Nasional Pencarian dan Pertolongan", "Basarnas"),
    "PMI": _org("Palang Merah Indonesia", "PMI"),
    "Kemenkes": _org("Kementerian Kesehatan", "Kemenkes"),
    "Kemenpora": _org("Kementerian Pemuda dan Olahraga", "Kemenpora"),
    "PSSI": _org("Persatuan Sepak Bola Seluruh Indonesia", "PSSI"),
    "PBSI": _org("Persatuan Bulu Tangkis Seluruh Indonesia", "PBSI"),
    "KONI": _org("Komite Olahraga Nasional Indonesia", "KONI"),
    "Kemlu": _org("Kementerian Luar Negeri", "Kemlu"),
    "KBRI": _org("Kedutaan Besar Republik Indonesia", "KBRI"),
    # international
    "PBB": _org("Perserikatan Bangsa-Bangsa", "PBB"),
    "ASEAN": _org("Perhimpunan Bangsa-Bangsa Asia Tenggara", "ASEAN"),
    "WHO": _org("Organisasi Kesehatan Dunia", "WHO"),
    "IMF": _org("Dana Moneter Internasional", "IMF"),
    "BankDunia": _org("Bank Dunia"),
    "UE": _org("Uni Eropa", "UE"),
    "NATO": _org("Pakta Pertahanan Atlantik Utara", "NATO"),
    "WTO": _org("Organisasi Perdagangan Dunia", "WTO"),
    "USPC": _org("U.S. Pacific Capital"),
    # English site
    "BPS_en": _org("Statistics Indonesia", "BPS"),
    "BI_en": _org("Bank Indonesia", "BI"),
    "Kemenkeu_en": _org("Ministry of Finance"),
    "Kemendag_en": _org("Ministry of Trade"),
    "KPU_en": _org("General Elections Commission", "KPU"),
    "Bawaslu_en": _org("Elections Supervisory Agency", "Bawaslu"),
    "BNPB_en": _org("National Disaster Mitigation Agency", "BNPB"),
    "BMKG_en": _org("Meteorology, Climatology, and Geophysics Agency", "BMKG"),
    "OJK_en": _org("Financial Services Authority", "OJK"),
    "Indonesia_en": _loc("Indonesia"),
    "US_dots": _loc("United States", later=("U.S.",)),
}
_REG["US_dots"] = _Ent("LOC", "United States", "U.S.", ("U.S.",))

_UNIVS = [
    _org("Universitas Indonesia", "UI"),
    _org("Universitas Gadjah Mada", "UGM"),
    _org("Institut Teknologi Bandung", "ITB"),
    _org("Universitas Airlangga", "Unair"),
    _org("Universitas Hasanuddin", "Unhas"),
    _org("Universitas Padjadjaran", "Unpad"),
    _org("Universitas Diponegoro", "Undip"),
    _org("Universitas Udayana", "Unud"),
]
_UNIVS_EN = [
    _org("University of Indonesia", "UI"),
    _org("Gadjah Mada University", "UGM"),
    _org("Bandung Institute of Technology", "ITB"),
    _org("Airlangga University", "Unair"),
]
_THINK_TANKS = [
    _org("Lembaga Kajian Ekonomi Nusantara", "LKEN"),
    _org("Pusat Studi Kebijakan Publik Indonesia", "PSKPI"),
]
_PARTIES = [
    _org("Partai Persatuan Rakyat Maju", "PPRM"),
    _org("Partai Nusantara Bangkit", "PNB"),
    _org("Partai Karya Demokrasi", "PKD"),
]
_COMPANIES = [
    _org("PT Sinar Nusantara Logistik"),
    _org("PT Mitra Pangan Sejahtera"),
    _org("PT Bumi Energi Lestari"),
    _org("PT Samudra Digital Indonesia"),
    _org("PT Cahaya Agro Mandiri"),
]

_FIRST_NAMES = _words("""Agus Ahmad Andi Anisa Arif Ayu Bagus Bambang Bayu Budi Citra Dedi Dewi Dian Dimas Eko Endang
Fajar Fitri Galih Gita Hadi Hendra Hesti Ilham Indah Irfan Joko Kartika Kurnia Laras Lestari Lukman Maya Miftah
Nadia Nanda Novi Nur Oki Putri Rahmat Ratna Reza Rina Rizky Sari Siti Taufik Teguh Tri Wahyu Yanti Yogi Yudi
Zainal""")
_LAST_NAMES = _words("""Pratama Saputra Wibowo Santoso Hidayat Nugroho Kurniawan Setiawan Wijaya Susanto Gunawan Purnomo
Siregar Nasution Harahap Lubis Simanjuntak Sitompul Tambunan Manurung Pardede Sembiring Ginting Tarigan Rangkuti
Daulay Rahayu Wulandari Handayani Permata Anggraini Maharani Puspita Kusuma Prasetya Hakim Syahputra Ramadhan
Firmansyah Hasibuan Sinaga Mahendra Adiputra Wicaksono Utomo Sasongko Prakoso Suryadi Fauzi Maulana Saragih
Rumbewas Latuconsina Pattinama Tumbelaka Mokoginta Paputungan Lamato Rauf Mappasessu""")

# journalists (credits): invented names
_REPORTERS = """Putu Saputra|Rina Kusuma|Dimas Prakoso|Kadek Ayu Lestari|Fauzan Hakim|Rizal Fadli|Sugeng Purnomo|
Devi Maharani|Aditya Pramana|Lintang Pertiwi|Hanif Nugraha|Wisnu Nugroho|Siska Putri Amelia|Arnold Sirait|
Yohana Pattiasina|Bayu Setiadi|Nurul Fitriani|Ilham Ramadhan|Maria Lewerissa|Gede Arya Wibawa|Andi Firdaus|
Citra Larasati|Rahmat Hidayatullah|Yusuf Siregar|Dewi Anggraeni|Joko Susilo|Laras Wulan Sari|Oktavian Manurung|
Hesti Novitasari|I Komang Suparta""".replace("\n", "").split("|")
_EDITORS = """Agus Wibowo|Budi Santoso|Ratna Dewi Kartika|Hendro Purwanto|Suryo Atmojo|Yuliana Sari|Masnun Harahap|
Fitri Handayani|Eddy Sutrisno|Irwan Gunadi|Ida Nurcahyani|Bambang Sutopo|Taufik Ridwan|Ade Irmawati|
Heru Setiyono""".replace("\n", "").split("|")
_TRANSLATORS = """Mira Kartikasari|Yashinta Dewi|Benny Siswanto|Astrid Permatasari|Gilang Mahendra|Nabila Rahmawati|
Yosua Tampubolon|Rahma Aulia|Kevin Wijaya|Anisa Febriani""".replace("\n", "").split("|")
_PHOTOGRAPHERS = """Rony Kurniawan|Dody Setiawan|Aprilia Hutapea|Fajar Gumilar|Yudha Prakoso|Nanda Saragih|
Ricky Tanamal|Sandy Pranata|Ilham Wijaya""".replace("\n", "").split("|")
_CONTRIBUTORS = """Zulkifli Lamato|Hasrul Baso|Yeremias Kase|Komang Arta Wijaya|Sahril Mappasessu|Joni Pardede|
Abdul Rauf Daeng|Melki Rumbewas""".replace("\n", "").split("|")

# --- places -----------------------------------------------------------------------------------

# province -> (abbreviation or None, English name, time zone)
_PROVINCES = {
    "Aceh": (None, "Aceh", "WIB"),
    "Sumatera Utara": ("Sumut", "North Sumatra", "WIB"),
    "Sumatera Barat": ("Sumbar", "West Sumatra", "WIB"),
    "Riau": (None, "Riau", "WIB"),
    "Sumatera Selatan": ("Sumsel", "South Sumatra", "WIB"),
    "Lampung": (None, "Lampung", "WIB"),
    "Banten": (None, "Banten", "WIB"),
    "DKI Jakarta": (None, "Jakarta", "WIB"),
    "Jawa Barat": ("Jabar", "West Java", "WIB"),
    "Jawa Tengah": ("Jateng", "Central Java", "WIB"),
    "DI Yogyakarta": ("DIY", "Yogyakarta", "WIB"),
    "Jawa Timur": ("Jatim", "East Java", "WIB"),
    "Bali": (None, "Bali", "WITA"),
    "Nusa Tenggara Barat": ("NTB", "West Nusa Tenggara", "WITA"),
    "Nusa Tenggara Timur": ("NTT", "East Nusa Tenggara", "WITA"),
    "Kalimantan Barat": ("Kalbar", "West Kalimantan", "WIB"),
    "Kalimantan Selatan": ("Kalsel", "South Kalimantan", "WITA"),
    "Kalimantan Timur": ("Kaltim", "East Kalimantan", "WITA"),
    "Sulawesi Utara": ("Sulut", "North Sulawesi", "WITA"),
    "Sulawesi Tengah": ("Sulteng", "Central Sulawesi", "WITA"),
    "Sulawesi Selatan": ("Sulsel", "South Sulawesi", "WITA"),
    "Gorontalo": (None, "Gorontalo", "WITA"),
    "Maluku": (None, "Maluku", "WIT"),
    "Papua": (None, "Papua", "WIT"),
}
# (city, province, "kota" | "kab")
_CITIES = [
    ("Jakarta", "DKI Jakarta", "kota"),
    ("Banda Aceh", "Aceh", "kota"),
    ("Medan", "Sumatera Utara", "kota"),
    ("Padang", "Sumatera Barat", "kota"),
    ("Agam", "Sumatera Barat", "kab"),
    ("Pekanbaru", "Riau", "kota"),
    ("Palembang", "Sumatera Selatan", "kota"),
    ("Bandar Lampung", "Lampung", "kota"),
    ("Serang", "Banten", "kota"),
    ("Tangerang", "Banten", "kota"),
    ("Bandung", "Jawa Barat", "kota"),
    ("Bogor", "Jawa Barat", "kota"),
    ("Cianjur", "Jawa Barat", "kab"),
    ("Garut", "Jawa Barat", "kab"),
    ("Sukabumi", "Jawa Barat", "kab"),
    ("Semarang", "Jawa Tengah", "kota"),
    ("Solo", "Jawa Tengah", "kota"),
    ("Banyumas", "Jawa Tengah", "kab"),
    ("Banjarnegara", "Jawa Tengah", "kab"),
    ("Kudus", "Jawa Tengah", "kab"),
    ("Yogyakarta", "DI Yogyakarta", "kota"),
    ("Sleman", "DI Yogyakarta", "kab"),
    ("Bantul", "DI Yogyakarta", "kab"),
    ("Surabaya", "Jawa Timur", "kota"),
    ("Malang", "Jawa Timur", "kota"),
    ("Ponorogo", "Jawa Timur", "kab"),
    ("Jember", "Jawa Timur", "kab"),
    ("Lumajang", "Jawa Timur", "kab"),
    ("Banyuwangi", "Jawa Timur", "kab"),
    ("Denpasar", "Bali", "kota"),
    ("Gianyar", "Bali", "kab"),
    ("Mataram", "Nusa Tenggara Barat", "kota"),
    ("Bima", "Nusa Tenggara Barat", "kab"),
    ("Kupang", "Nusa Tenggara Timur", "kota"),
    ("Sikka", "Nusa Tenggara Timur", "kab"),
    ("Pontianak", "Kalimantan Barat", "kota"),
    ("Banjarmasin", "Kalimantan Selatan", "kota"),
    ("Samarinda", "Kalimantan Timur", "kota"),
    ("Balikpapan", "Kalimantan Timur", "kota"),
    ("Manado", "Sulawesi Utara", "kota"),
    ("Palu", "Sulawesi Tengah", "kota"),
    ("Sigi", "Sulawesi Tengah", "kab"),
    ("Makassar", "Sulawesi Selatan", "kota"),
    ("Luwu", "Sulawesi Selatan", "kab"),
    ("Gorontalo", "Gorontalo", "kota"),
    ("Ambon", "Maluku", "kota"),
    ("Jayapura", "Papua", "kota"),
]
_CITY = {c[0]: c for c in _CITIES}
_REGENCIES = [c for c in _CITIES if c[2] == "kab"]
_VILLAGES = _words("""Sukamulya Karangrejo Sidomulyo Tanjungsari Mekarjaya Sumberagung Banjarsari Wonorejo Margahayu
Cibodas Sukamaju Jatisari Pasirjaya Tegalrejo Kedungwaru Ngadirejo Bojongsari Purwodadi Mulyasari
Batuampar""")

# foreign: country -> (acronym, cities, wire source, leaders [(title, name, later)])
_COUNTRIES: dict[str, tuple] = {
    "Jepang": (
        None,
        ["Tokyo", "Osaka"],
        "Kyodo",
        [
            ("Perdana Menteri Jepang", "Kenji Moriyama", ("Moriyama",)),
            ("Menteri Luar Negeri Jepang", "Haruka Ishizawa", ("Ishizawa",)),
        ],
    ),
    "Korea Selatan": (
        None,
        ["Seoul", "Busan"],
        "Yonhap",
        [
            ("Presiden Korea Selatan", "Han Do-yun", ("Han",)),
            ("Menteri Luar Negeri Korea Selatan", "Seo Ji-hwan", ("Seo",)),
        ],
    ),
    "Amerika Serikat": (
        "AS",
        ["Washington", "New York"],
        None,
        [
            ("Menteri Luar Negeri AS", "Gregory Whitfield", ("Whitfield",)),
            ("Menteri Perdagangan AS", "Laura Kensington", ("Kensington",)),
        ],
    ),
    "China": (
        None,
        ["Beijing", "Shanghai"],
        "Xinhua",
        [
            ("Menteri Luar Negeri China", "Zhao Minghui", ("Zhao",)),
            ("Juru Bicara Kementerian Luar Negeri China", "Lin Qiaosheng", ("Lin",)),
        ],
    ),
    "Prancis": (
        None,
        ["Paris"],
        None,
        [
            ("Presiden Prancis", "Étienne Moreau", ("Moreau",)),
            ("Menteri Luar Negeri Prancis", "Camille Rousseau", ("Rousseau",)),
        ],
    ),
    "Malaysia": (
        None,
        ["Kuala Lumpur"],
        "Bernama",
        [
            ("Perdana Menteri Malaysia", "Azman Rashid", ("Azman",)),
            ("Menteri Luar Negeri Malaysia", "Faridah Osman", ("Faridah",)),
        ],
    ),
    "Filipina": (None, ["Manila"], None, [("Presiden Filipina", "Ramon Villanueva", ("Villanueva",))]),
    "Australia": (
        None,
        ["Canberra", "Sydney"],
        None,
        [
            ("Perdana Menteri Australia", "Claire Donovan", ("Donovan",)),
            ("Menteri Luar Negeri Australia", "Liam Prescott", ("Prescott",)),
        ],
    ),
    "Jerman": (None, ["Berlin"], None, [("Kanselir Jerman", "Matthias Brenner", ("Brenner",))]),
    "Rusia": (None, ["Moskow"], "Sputnik", [("Menteri Luar Negeri Rusia", "Oleg Sutyagin", ("Sutyagin",))]),
    "Turki": (None, ["Ankara", "Istanbul"], "Anadolu", [("Menteri Luar Negeri Turki", "Kemal Aydin", ("Aydin",))]),
    "Thailand": (None, ["Bangkok"], None, [("Perdana Menteri Thailand", "Somchai Wongsakul", ("Somchai",))]),
    "India": (None, ["New Delhi"], None, [("Perdana Menteri India", "Anil Mehrotra", ("Mehrotra",))]),
    "Brasil": (None, ["Brasilia"], None, [("Presiden Brasil", "João Ferreira da Costa", ("Ferreira",))]),
    "Inggris": (None, ["London"], None, [("Perdana Menteri Inggris", "Oliver Hastings", ("Hastings",))]),
    "Singapura": (None, ["Singapura"], None, [("Perdana Menteri Singapura", "Tan Wei Ming", ("Tan",))]),
    "Vietnam": (None, ["Hanoi"], None, [("Perdana Menteri Vietnam", "Tran Quoc Hung", ("Tran Quoc Hung",))]),
    "Mesir": (None, ["Kairo"], None, [("Menteri Luar Negeri Mesir", "Khaled Mansour", ("Mansour",))]),
    "Arab Saudi": (None, ["Riyadh"], None, [("Menteri Luar Negeri Arab Saudi", "Faisal Al-Harbi", ("Al-Harbi",))]),
}
_WIRES = ["Reuters", "AFP", "Anadolu", "Xinhua"]
_COUNTRY_ENTS = {name: _loc(name, v[0]) for name, v in _COUNTRIES.items()}
_INTL_ORGS = ["PBB", "ASEAN", "WHO", "IMF", "BankDunia", "UE", "NATO", "WTO"]

# fixed national office holders (invented names): (title, name, organisation key)
_ECON_OFFICIALS = [
    ("Menteri Keuangan", "Sri Wahyuni", "Kemenkeu"),
    ("Gubernur Bank Indonesia", "Haryo Sasongko", "BI"),
    ("Kepala Badan Pusat Statistik", "Nurul Hidayati", "BPS"),
    ("Menteri Perdagangan", "Lestari Handayani", "Kemendag"),
    ("Ketua Dewan Komisioner OJK", "Bonifasius Tambunan", "OJK"),
    ("Menteri Perhubungan", "Dedi Kurniawan", "Kemenhub"),
]
_POL_OFFICIALS = [
    ("Ketua KPU", "Rahmat Sudrajat", "KPU"),
    ("Ketua Bawaslu", "Fitri Andriani", "Bawaslu"),
    ("Menteri Dalam Negeri", "Agus Setiadi", "Kemendagri"),
    ("Ketua DPR", "Bambang Wiratmaja", "DPR"),
    ("Ketua Mahkamah Konstitusi", "Hendrawan Siregar", "MK"),
    ("Wakil Ketua KPK", "Yosef Manurung", "KPK"),
]
_SPORT_OFFICIALS = [
    ("Menteri Pemuda dan Olahraga", "Fajar Nugroho", "Kemenpora"),
    ("Ketua Umum PSSI", "Irwan Sitompul", "PSSI"),
    ("Ketua Umum KONI", "Marzuki Effendi", "KONI"),
]
_DISASTER_OFFICIALS = [
    ("Kepala BNPB", "Teguh Wibisono", "BNPB"),
    ("Kepala BMKG", "Dewi Kartikasari", "BMKG"),
    ("Kepala Basarnas", "Hadi Santoso", "Basarnas"),
]
_ECON_OFFICIALS_EN = [
    ("Finance Minister", "Sri Wahyuni", "Kemenkeu_en"),
    ("Bank Indonesia Governor", "Haryo Sasongko", "BI_en"),
    ("BPS Head", "Nurul Hidayati", "BPS_en"),
    ("Trade Minister", "Lestari Handayani", "Kemendag_en"),
]
_POL_OFFICIALS_EN = [
    ("KPU Chairperson", "Rahmat Sudrajat", "KPU_en"),
    ("Bawaslu Chairperson", "Fitri Andriani", "Bawaslu_en"),
]
_DISASTER_OFFICIALS_EN = [("BNPB Head", "Teguh Wibisono", "BNPB_en")]

# football clubs (invented): (club, city, stadium)
_CLUBS = [
    ("Bintang Timur FC", "Solo", "Stadion Manahan"),
    ("Garuda Muda FC", "Semarang", "Stadion Jatidiri"),
    ("Rajawali Nusantara FC", "Surabaya", "Stadion Gelora Bung Tomo"),
    ("Merapi Raya FC", "Sleman", "Stadion Maguwoharjo"),
    ("Priangan United", "Bandung", "Stadion Si Jalak Harupat"),
    ("Dewata Jaya FC", "Gianyar", "Stadion Kapten I Wayan Dipta"),
    ("Borneo Raya FC", "Balikpapan", "Stadion Batakan"),
    ("Sriwijaya Jaya FC", "Palembang", "Stadion Gelora Sriwijaya"),
    ("Deli Perkasa FC", "Medan", "Stadion Teladan"),
    ("Celebes Mandiri FC", "Makassar", "Stadion Andi Mattalatta"),
]
_COACHES = [
    ("Marco Salvatore", ("Salvatore",)),
    ("Luis Herrera", ("Herrera",)),
    ("Pieter Janssen", ("Janssen",)),
    ("Hendri Susilo", ("Hendri Susilo",)),
    ("Eduardo Ramos", ("Ramos",)),
    ("Agus Yulianto", ("Agus Yulianto",)),
    ("Stefan Kovac", ("Kovac",)),
    ("Benny Wahyudi", ("Benny Wahyudi",)),
    ("Rafael Souza", ("Souza",)),
    ("Dimas Hardiansyah", ("Dimas Hardiansyah",)),
]
_SHUTTLERS = {
    "putra": ["Rizky Pratama", "Galih Saputro", "Fikri Ramadhan", "Yoga Prasetya"],
    "putri": ["Anindya Putri", "Melati Rahayu", "Salsabila Nur", "Tiara Maharani"],
}
# people with accented names (exercise Windows-1252 and NFD): (descriptor word, country, name)
_ACCENTED = [
    ("konsultan", "Prancis", "Hélène Marchand"),
    ("peneliti", "Belgia", "René Dubois"),
    ("pengamat", "Spanyol", "José Martínez"),
    ("akademisi", "Denmark", "Søren Kjærgård"),
    ("diplomat", "Kanada", "François Girard"),
    ("arsitek", "Portugal", "Inês Conceição"),
]
_EXTRA_LOCS = {name: _loc(name) for name in ("Belgia", "Spanyol", "Denmark", "Kanada", "Portugal")}


def _stable_choice(key: str, options: Sequence[str]) -> str:
    return options[zlib.crc32(key.encode("utf-8")) % len(options)]


def _stable_name(key: str) -> str:
    return f"{_stable_choice(key + '/f', _FIRST_NAMES)} {_stable_choice(key + '/l', _LAST_NAMES)}"


def _random_name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"


# --- templates --------------------------------------------------------------------------------
# Slots: {P1}..{P4} people, {O1}..{O3} organisations, {CITY} {PROV} {KAB} {KEC} {DESA} {C1}..{C3}
# {CITY2} {UNIV} {STADIUM} {ATH} {ACAD} {LAWYER} {DOC} {ACC} places/people of the cast, {@KEY} a fixed
# entity; ":name" forces the later form, ":full" the first form without descriptor, ":acr" the later
# form.  Values: {n:a-b} {big} {pct} {dec:a-b} {rp} {rpbig} {time} {kurs} {mag} {score} {draw}
# {bscore} {idx} {year} {month} {quarter} {url} {Q} (a quotation) {pin} {pinc}.  [a|b] picks one.

_LEADS = {
    "ekonomi": [
        "{@BPS} mencatat pertumbuhan ekonomi {PROV} pada triwulan [I|II|III] {year} mencapai {pct} secara tahunan, kata {P1} di {CITY}{pinc}.",
        "{P1}{pin} menyatakan pemerintah menyiapkan anggaran {rpbig} untuk menjaga daya beli masyarakat hingga akhir tahun.",
        "Harga beras medium di sejumlah pasar tradisional di {CITY} naik menjadi {rp} per kilogram, menurut pantauan {@Kemendag}{pin}.",
        "{@BPS}{pin} menyebutkan inflasi tahunan {PROV} pada {month} {year} tercatat {pct}, lebih rendah dibandingkan bulan sebelumnya.",
        "{O2} menargetkan pendapatan perusahaan tumbuh {pct} tahun ini seiring membaiknya permintaan di dalam negeri, kata direktur utama perusahaan itu, {P4}, di {CITY}{pinc}.",
        "Nilai tukar rupiah terhadap dolar {@AS:acr} ditutup menguat {n:10-95} poin ke level {kurs} per dolar{pin}, seiring meredanya kekhawatiran pasar terhadap kenaikan suku bunga global.",
        "{O1} memastikan stok bahan pokok di {PROV} mencukupi kebutuhan masyarakat hingga tiga bulan ke depan, kata {P1} di {CITY}{pinc}.",
    ],
    "jacx": [
        "{O2}{pin} meluncurkan [layanan|produk|platform] [digital|baru|ramah lingkungan] untuk [memperluas jangkauan pasar|memenuhi kebutuhan pelanggan korporasi|mendukung pelaku usaha kecil] di {PROV}.",
        "{O2} menargetkan pendapatan perusahaan tumbuh {pct} tahun ini seiring membaiknya permintaan di dalam negeri, kata direktur utama perusahaan itu, {P4}, di {CITY}{pinc}.",
        "{O2}{pin} menjalin kerja sama strategis dengan {UNIV} dalam pengembangan [riset terapan|sumber daya manusia|teknologi pertanian].",
    ],
    "politik": [
        "{O1} memastikan tahapan pemilihan kepala daerah di {PROV} berjalan sesuai jadwal, kata {P1} di {CITY}{pinc}.",
        "{P1}{pin} meminta seluruh penyelenggara pemilu di daerah menjaga netralitas dan integritas selama tahapan pemilu berlangsung.",
        "{O1}{pin} menggelar rapat koordinasi dengan pemerintah daerah se-{PROV} untuk membahas kesiapan logistik pemilu.",
        "{@DPR}{pin} mengesahkan rancangan undang-undang tentang perlindungan data pribadi menjadi undang-undang dalam rapat paripurna.",
        "{@Bawaslu} menemukan {n:12-90} dugaan pelanggaran kampanye di {PROV} selama dua pekan terakhir, kata {P1} di {CITY}{pinc}.",
        "{@KPK}{pin} menahan seorang pejabat daerah di {PROV} yang diduga menerima suap terkait proyek pengadaan barang dan jasa.",
    ],
    "sepakbola": [
        "{O1} berhasil mengalahkan {O2} dengan skor {score} dalam laga lanjutan liga yang berlangsung di {STADIUM}, {CITY}{pinc}.",
        "{O1} harus puas bermain imbang {draw} saat menjamu {O2} di {STADIUM}, {CITY}{pinc}.",
        "{P3}{pin} meminta tim nasional sepak bola {@Indonesia} mempersiapkan diri sebaik mungkin menjelang laga uji coba internasional.",
    ],
    "bulutangkis": [
        "{ATH} melaju ke babak [perempat final|semifinal|16 besar|final] setelah [menundukkan|mengalahkan|menyingkirkan] wakil {C1} dalam [dua gim langsung|pertandingan tiga gim|laga yang berlangsung ketat]{pin}.",
        "{ATH} gagal melangkah ke babak [final|semifinal|perempat final] setelah kalah dari [unggulan kedua|unggulan pertama|pemain nonunggulan] asal {C1} dalam [pertandingan tiga gim|dua gim langsung|laga yang menguras tenaga]{pin}.",
    ],
    "bencana:banjir": [
        "Banjir merendam {n:120-950} rumah warga di {n:3-9} kecamatan di {KAB} setelah hujan deras mengguyur wilayah itu sejak malam sebelumnya, kata {P1} di {CITY}{pinc}.",
    ],
    "bencana:longsor": [
        "Tanah longsor menimbun {n:2-9} rumah warga di {DESA}, {KAB}{pin}, setelah hujan deras mengguyur kawasan perbukitan tersebut selama berjam-jam.",
    ],
    "bencana:gempa": [
        "Gempa bermagnitudo {mag} mengguncang wilayah {KAB} dan sekitarnya{pin}, menurut {@BMKG}.",
    ],
    "bencana:kebakaran": [
        "Kebakaran hutan dan lahan seluas {n:5-120} hektare terjadi di {KAB}{pin}, kata {P1} di {CITY}.",
    ],
    "bencana:angin": [
        "Angin puting beliung merusak {n:10-90} rumah warga di {KEC}, {KAB}{pin}, kata {P1}.",
    ],
    "daerah": [
        "{O1} menargetkan perbaikan jalan sepanjang {n:20-150} kilometer rampung sebelum akhir tahun, kata {P1} di {CITY}{pinc}.",
        "{P1}{pin} meresmikan jembatan penghubung antarkecamatan di {KAB} yang dibangun dengan anggaran {rpbig}.",
        "{O1}{pin} mencatat angka prevalensi tengkes di {PROV} turun menjadi {dec:14-28} persen pada tahun lalu.",
        "Sebanyak {big} warga {PROV} telah mendaftar program pelatihan kerja yang digelar {O1} sepanjang tahun ini, kata {P2} di {CITY}{pinc}.",
        "{O1}{pin} menyiapkan {n:20-80} unit bus tambahan untuk mengantisipasi lonjakan penumpang selama libur panjang.",
        "{@PLN}{pin} menyalurkan sambungan listrik gratis kepada {n:200-3000} rumah tangga kurang mampu di {PROV}.",
    ],
    "internasional": [
        "{P1} menyatakan negaranya siap [memperkuat|memperluas|meningkatkan] kerja sama [ekonomi dan keamanan|perdagangan dan investasi|pertahanan dan maritim|energi dan pangan] dengan {C2}{pin}, [menurut laporan media setempat|menurut keterangan resmi pemerintah|seperti dikutip kantor berita setempat].",
        "Pemerintah {C1}{pin} mengumumkan paket bantuan [kemanusiaan|darurat|pangan dan obat-obatan] senilai {n:5-90} juta dolar {@AS:acr} untuk [korban konflik di kawasan tersebut|para pengungsi di negara tetangga|korban bencana alam di kawasan itu].",
        "{O1}{pin} menyerukan [gencatan senjata segera|penghentian kekerasan|dimulainya kembali perundingan damai] serta [pembukaan akses bantuan kemanusiaan bagi warga sipil|perlindungan terhadap fasilitas kesehatan|pembebasan para sandera].",
        "{P1} dan {P2} bertemu di {CITY}{pin} untuk membahas [peningkatan perdagangan serta isu keamanan kawasan|kerja sama energi dan investasi|penanganan krisis pangan global|penguatan hubungan diplomatik kedua negara].",
        "Bank sentral {C1}{pin} memutuskan [menaikkan|menurunkan|mempertahankan] suku bunga acuan [sebesar 25 basis poin|untuk kedua kalinya tahun ini|di tengah ketidakpastian global] untuk [meredam inflasi yang terus meningkat|menjaga stabilitas mata uang|mendorong pertumbuhan ekonomi].",
    ],
    "en:ekonomi": [
        "{@BPS_en} recorded the economic growth of {PROV} at {pct} year on year in the {quarter} quarter of {year}, {P1} said in {CITY}{pin}.",
        "{P1} said{pin} that the government has allocated {rpbig} to maintain people's purchasing power until the end of the year.",
        "The price of medium-quality rice at several traditional markets in {CITY} has risen to {rp} per kilogram, according to a survey released by the {@Kemendag_en}{pin}.",
    ],
    "en:politik": [
        "The {@KPU_en} has ensured that the [regional election stages|logistics preparations|voter data updates] in {PROV} are [on schedule|running smoothly|nearly complete], {P1} said in {CITY}{pin}.",
        "{P1}{pin} asked all election organizers in the regions to [maintain their neutrality and integrity|stay alert to potential violations|improve coordination with local governments] throughout the [election process|campaign period|vote counting stage].",
    ],
    "en:bencana": [
        "Floods have inundated {n:120-950} houses in {n:3-9} subdistricts of {KAB} following heavy rain, {P1} said{pin}.",
        "A magnitude {mag} earthquake jolted {KAB} and its surroundings{pin}, according to the {@BMKG_en}.",
    ],
}

_BODY = {
    "ekonomi": [
        "Menurut {P1}, capaian tersebut ditopang oleh konsumsi rumah tangga yang tetap kuat serta investasi yang mulai pulih.",
        "Sektor pertanian, perdagangan, dan industri pengolahan masih menjadi penyumbang terbesar bagi perekonomian {PROV}.",
        "Pemerintah juga menyalurkan bantuan pangan berupa beras sebanyak 10 kilogram per bulan kepada {big} keluarga penerima manfaat.",
        "Data {@BPS} menunjukkan nilai ekspor nonmigas pada {month} {year} mencapai {dec:5-25} miliar dolar {@AS:acr}, naik {pct} dibandingkan periode yang sama tahun lalu.",
        "Harga cabai merah di tingkat pedagang tercatat {rp} per kilogram, sedangkan bawang merah dijual {rp} per kilogram.",
        "Ia memperkirakan laju inflasi hingga akhir tahun tetap terkendali dalam kisaran sasaran pemerintah.",
        "Sementara itu, {P2} menilai keputusan {@BI} menahan suku bunga acuan di level {dec:3-6} persen masih tepat untuk menjaga stabilitas nilai tukar.",
        "{P2} mengingatkan pemerintah agar mewaspadai perlambatan ekonomi global yang dapat menekan permintaan ekspor.",
        "Operasi pasar akan digelar di {n:5-30} titik di {CITY} mulai pukul {time} hingga stok yang disiapkan habis.",
        "Neraca perdagangan {@Indonesia} kembali mencatat surplus sebesar {dec:1-5} miliar dolar {@AS:acr} pada {month} {year}.",
        "Indeks Harga Saham Gabungan di {@BEI} ditutup menguat {n:5-60} poin ke posisi {idx} pada akhir sesi perdagangan.",
        "{@KAI} menambah {n:2-8} perjalanan kereta api jarak jauh untuk mengantisipasi lonjakan penumpang pada akhir pekan.",
        "Realisasi penerimaan pajak hingga akhir {month} {year} mencapai {rpbig} atau {pct} dari target tahun ini.",
        "Penyaluran kredit usaha rakyat di {PROV} sudah menjangkau lebih dari {big} pelaku usaha mikro dan kecil.",
        "Menurut dia, digitalisasi sistem pembayaran ikut mendorong transaksi di pasar tradisional dan pusat perbelanjaan.",
        "Harga minyak mentah dunia yang fluktuatif juga menjadi perhatian pemerintah dalam menyusun asumsi ekonomi makro tahun depan.",
        "{O2} mencatat laba bersih sebesar {rpbig} sepanjang semester pertama, tumbuh {pct} secara tahunan.",
        "Jumlah kunjungan wisatawan mancanegara ke {PROV} pada {month} {year} tercatat sebanyak {big} kunjungan.",
        "{@OJK} mencatat pertumbuhan kredit perbankan di {PROV} tetap positif dengan rasio kredit bermasalah yang terjaga.",
        "{@Pertamina} memastikan pasokan bahan bakar minyak dan elpiji di {PROV} dalam kondisi aman.",
        "Kenaikan harga pangan terutama dipicu oleh cuaca ekstrem yang mengganggu masa panen di sejumlah sentra produksi.",
        "Pelaku usaha berharap pemerintah mempermudah perizinan agar investasi baru dapat segera masuk ke daerah.",
        "Perusahaan itu mengalokasikan sebagian pendapatannya untuk kegiatan riset dan pengembangan (R&D) produk ramah lingkungan.",
        "{P1} menambahkan pemerintah akan memperluas program pasar murah ke {n:10-40} kabupaten dan kota.",
        "Kenaikan harga tersebut dipicu oleh berkurangnya pasokan dari daerah sentra produksi akibat cuaca buruk.",
        "Pemerintah daerah diminta aktif memantau pergerakan harga di pasar agar lonjakan harga dapat segera diantisipasi.",
        "{@Kemendag} menyiapkan operasi pasar di {n:10-50} lokasi untuk menstabilkan harga minyak goreng dan gula pasir.",
        "Menurut {P2}, kenaikan upah minimum perlu diimbangi dengan peningkatan produktivitas tenaga kerja.",
        "Cadangan devisa {@Indonesia} pada akhir {month} {year} tercatat sebesar {dec:120-150} miliar dolar {@AS:acr}, setara dengan pembiayaan impor selama enam bulan.",
        "Ia menyebutkan sektor pariwisata mulai menunjukkan pemulihan seiring meningkatnya kunjungan wisatawan domestik.",
        "Investasi yang masuk ke {PROV} sepanjang semester pertama mencapai {rpbig}, sebagian besar di sektor industri pengolahan.",
        "{P1} meminta perbankan menyalurkan kredit secara lebih merata, termasuk kepada petani dan nelayan.",
        "Pemerintah juga memberikan insentif pajak bagi usaha mikro, kecil, dan menengah yang terdampak perlambatan ekonomi.",
        "{O2} berencana membangun gudang berpendingin di {CITY} untuk menekan susut hasil panen para petani mitra.",
        "Nilai impor bahan baku dan barang modal yang meningkat menunjukkan aktivitas industri dalam negeri mulai bergairah.",
        "Para pedagang mengeluhkan sepinya pembeli meskipun harga sejumlah komoditas sudah mulai turun.",
        "{@BI} memproyeksikan pertumbuhan ekonomi nasional tahun ini berada pada kisaran {dec:4-4} hingga {dec:5-5} persen.",
        "Kinerja ekspor batu bara dan minyak sawit masih menjadi penopang utama surplus neraca perdagangan.",
        "Program digitalisasi usaha kecil telah menjangkau {big} pelaku usaha di {PROV} sejak awal tahun.",
        "Ia menegaskan pemerintah tidak akan menaikkan harga bahan bakar bersubsidi hingga akhir tahun.",
    ],
    "politik": [
        "Ia menegaskan seluruh tahapan akan diawasi secara ketat agar tidak terjadi pelanggaran di lapangan.",
        "Menurut {P1}, jumlah pemilih tetap di {PROV} mencapai {big} orang yang tersebar di ribuan tempat pemungutan suara.",
        "{O1} juga membuka posko pengaduan bagi masyarakat yang menemukan dugaan pelanggaran di lapangan.",
        "Sementara itu, {P2} menilai partisipasi pemilih muda akan sangat menentukan hasil pemilihan mendatang.",
        "{P2} berpendapat partai politik perlu memperbanyak pendidikan politik agar masyarakat tidak mudah termakan kabar bohong.",
        "Rapat tersebut juga dihadiri perwakilan {@Kemendagri}, {@TNI}, dan {@Polri} di daerah.",
        "{P3} menyatakan fraksinya mendukung penambahan anggaran untuk penyelenggara pemilu di daerah.",
        "Menurut dia, revisi aturan tersebut diperlukan untuk menyesuaikan dengan perkembangan teknologi informasi.",
        "Pemungutan suara ulang dijadwalkan berlangsung di {n:2-12} tempat pemungutan suara di {KEC}.",
        "Ia mengimbau masyarakat datang ke tempat pemungutan suara sejak pukul {time} agar tidak terjadi antrean panjang.",
        "Gugatan sengketa hasil pemilihan yang diajukan pasangan calon nomor urut {n:1-4} akan disidangkan di {@MK} pekan depan.",
        "Hasil rekapitulasi suara tingkat provinsi akan diumumkan secara terbuka dan dapat dipantau masyarakat melalui laman resmi penyelenggara pemilu.",
        "Aparatur sipil negara di lingkungan pemerintah daerah diminta tidak terlibat dalam politik praktis.",
        "Proses pemutakhiran data pemilih dilakukan dengan mendatangi rumah warga satu per satu.",
        "Pemerintah menyiapkan anggaran sebesar {rpbig} untuk mendukung penyelenggaraan pemilihan di {PROV}.",
        "Penyidik telah memeriksa {n:5-25} saksi, termasuk sejumlah pejabat dinas dan pihak swasta yang terlibat dalam proyek tersebut.",
        "{P3} meminta pemerintah pusat memperkuat pengawasan terhadap penggunaan dana hibah di daerah.",
        "Debat publik antarpasangan calon akan digelar sebanyak tiga kali dan disiarkan langsung oleh televisi nasional.",
        "Menurut {P2}, tingginya biaya politik menjadi salah satu penyebab maraknya praktik korupsi di daerah.",
        "Sebanyak {big} petugas keamanan akan dikerahkan untuk mengamankan jalannya pemungutan suara di {PROV}.",
        "{O1} juga akan melakukan sosialisasi tahapan pemilu kepada pemilih pemula di sekolah dan kampus.",
        "Menurut {P1}, distribusi logistik ke daerah terpencil akan dilakukan lebih awal untuk menghindari keterlambatan.",
        "Sebanyak {n:3-9} partai politik telah menyerahkan dokumen persyaratan pendaftaran calon anggota legislatif.",
        "{P3} menilai masa kampanye yang singkat perlu dimanfaatkan untuk adu gagasan, bukan saling menjatuhkan.",
        "Tersangka diduga menerima uang dengan total {rpbig} dari sejumlah rekanan proyek.",
        "{@KPK} juga menyita sejumlah dokumen dan barang bukti elektronik dari rumah tersangka.",
        "Rancangan peraturan tersebut akan dibahas bersama pemerintah dalam rapat kerja pekan depan.",
        "Pengawas pemilu di tingkat kecamatan akan dilatih mengenai tata cara penanganan pelanggaran.",
        "Menurut {P2}, penyelenggara pemilu harus menjamin keamanan data pribadi para pemilih.",
        "Ia memastikan surat suara yang rusak akan segera diganti sebelum hari pemungutan suara.",
        "{@Kemendagri} mengingatkan kepala daerah agar tidak menggunakan fasilitas negara untuk kepentingan kampanye.",
        "Tingkat partisipasi pemilih pada pemilihan sebelumnya tercatat {dec:65-85} persen dari total pemilih terdaftar.",
        "Pihak kepolisian menyatakan situasi keamanan menjelang pemungutan suara secara umum kondusif.",
        "Proses rekapitulasi berjenjang dari tingkat desa hingga kabupaten diperkirakan selesai dalam dua pekan.",
    ],
    "sepakbola": [
        "Gol kemenangan dicetak oleh {P2} pada menit ke-{n:50-89} melalui sundulan kepala.",
        "Dengan hasil ini, {O1} naik ke peringkat {n:2-9} klasemen sementara dengan koleksi {n:20-45} poin.",
        "Laga tersebut disaksikan sekitar {big} penonton yang memadati tribun sejak pukul {time} meski hujan turun.",
        "{O2} sebenarnya mampu menguasai jalannya pertandingan pada babak pertama, tetapi gagal memanfaatkan sejumlah peluang.",
        "Pada pertandingan berikutnya, {O1} akan menjamu {O3} di kandang sendiri pekan depan.",
        "{@PSSI} berencana menggelar pemusatan latihan tim nasional di {CITY} selama dua pekan.",
        "{P3} berharap prestasi tim nasional terus meningkat seiring pembinaan usia muda yang berjenjang.",
        "Pemerintah menyiapkan bonus bagi atlet peraih medali emas dengan nilai {rpbig} per atlet.",
        "{P1} mengaku puas dengan penampilan anak asuhnya yang tampil disiplin sepanjang pertandingan.",
        "Kartu merah yang diterima salah satu pemain {O2} pada menit ke-{n:30-60} membuat timnya kesulitan mengembangkan permainan.",
        "Panitia pelaksana menyiapkan {n:200-900} personel keamanan untuk memastikan pertandingan berjalan tertib.",
        "{P2} mengaku gol tersebut ia persembahkan untuk keluarganya yang hadir langsung di stadion.",
        "Manajemen klub berencana mendatangkan dua pemain baru pada bursa transfer paruh musim.",
        "Tuan rumah langsung menekan sejak menit awal dan membuka keunggulan melalui tendangan bebas.",
        "Kiper {O2} beberapa kali melakukan penyelamatan gemilang yang membuat skor tidak melebar.",
        "Suporter tuan rumah memberikan dukungan penuh dengan nyanyian sepanjang laga.",
        "{O1} kini belum terkalahkan dalam {n:4-9} pertandingan terakhir di semua kompetisi.",
        "Wasit memberikan tambahan waktu {n:3-7} menit pada babak kedua karena banyaknya pelanggaran.",
        "{P1} menyebut timnya masih perlu memperbaiki penyelesaian akhir di depan gawang lawan.",
        "Lini tengah {O1} tampil dominan dengan penguasaan bola mencapai {n:55-68} persen.",
        "Pertandingan sempat dihentikan beberapa menit karena hujan deras yang membuat lapangan tergenang.",
        "Pemain muda hasil akademi klub mendapat kesempatan tampil sejak menit awal.",
        "{@PSSI} memastikan regulasi pemain asing musim depan tidak banyak berubah.",
    ],
    "bulutangkis": [
        "{ATH} akan menghadapi unggulan kedua asal {C2} di babak selanjutnya.",
        "Ia mengaku sempat kesulitan menghadapi pola permainan lawan yang cepat pada gim pertama.",
        "Pertandingan tersebut berlangsung ketat dan ditutup dengan skor {bscore}.",
        "Pelatih kepala tunggal putra {@PBSI} menilai penampilan para pemain muda semakin matang dalam menghadapi tekanan.",
        "{@Indonesia} menurunkan {n:8-20} wakil pada turnamen tersebut, {n:2-5} di antaranya berhasil lolos ke babak delapan besar.",
        "{P3} berharap prestasi tim nasional terus meningkat seiring pembinaan usia muda yang berjenjang.",
        "Pemerintah menyiapkan bonus bagi atlet peraih medali emas dengan nilai {rpbig} per atlet.",
        "Turnamen tersebut menjadi ajang penting untuk mengumpulkan poin menuju peringkat dunia.",
        "Sejumlah pemain senior memilih mundur dari turnamen ini untuk memulihkan kondisi fisik.",
        "Pada gim kedua, {ATH} tampil lebih tenang dan mampu mengendalikan tempo permainan.",
        "Pasangan ganda putra {@Indonesia} juga memastikan langkah ke babak berikutnya setelah menang dua gim langsung.",
        "Pelatih menilai penampilan anak asuhnya mengalami peningkatan dibandingkan turnamen sebelumnya.",
        "Kemenangan ini menjadi modal berharga menjelang kejuaraan dunia pada akhir tahun nanti.",
        "Dukungan penonton yang memadati arena pertandingan membuat para pemain tuan rumah semakin bersemangat.",
        "{@PBSI} menargetkan setidaknya satu gelar dari turnamen tersebut.",
        "Ia mengakui lawan bermain lebih agresif di depan net sehingga ia harus banyak bertahan.",
        "Wakil {C1} sempat memimpin perolehan angka pada awal gim ketiga sebelum akhirnya tersusul.",
    ],
    "bencana": [
        "Hingga berita ini diturunkan, tercatat {n:20-400} jiwa mengungsi ke rumah kerabat dan balai desa terdekat.",
        "Tim gabungan dari {O1}, {@TNI}, {@Polri}, dan relawan masih melakukan pencarian terhadap {n:1-5} warga yang dilaporkan hilang.",
        "{@BMKG} memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi di sebagian wilayah {PROV} dalam tiga hari ke depan.",
        "{P1} mengimbau warga yang tinggal di daerah rawan bencana untuk meningkatkan kewaspadaan, terutama saat hujan turun pada malam hari.",
        "Pemerintah daerah telah menetapkan status tanggap darurat selama {n:7-14} hari untuk mempercepat penanganan.",
        "Bantuan logistik berupa makanan siap saji, selimut, dan air bersih telah didistribusikan ke lokasi pengungsian.",
        "Kerugian material akibat bencana tersebut ditaksir mencapai {rpbig}.",
        "Tidak ada korban jiwa dalam kejadian tersebut, namun {n:3-20} warga mengalami luka ringan dan telah dirawat di puskesmas terdekat.",
        "{@PMI} juga mendirikan dapur umum di lokasi pengungsian untuk memenuhi kebutuhan makan warga.",
        "{@BNPB} mengirimkan bantuan dana siap pakai sebesar {rpbig} untuk mendukung penanganan darurat di {KAB}.",
        "Petugas masih mendata kerusakan fasilitas umum, termasuk sekolah, jembatan, dan tempat ibadah.",
        "Warga diminta tidak kembali ke rumah sebelum petugas memastikan kondisi lingkungan benar-benar aman.",
        "Akses jalan menuju lokasi sempat terputus sehingga alat berat harus didatangkan dari kecamatan tetangga.",
        "{P2} mengatakan pihaknya telah mengirimkan personel tambahan untuk membantu penanganan di lapangan.",
        "Sebagian pengungsi mulai mengeluhkan gatal-gatal dan gangguan pernapasan sehingga petugas kesehatan disiagakan.",
        "{O1} juga menyiagakan perahu karet dan personel di titik-titik rawan.",
        "Data sementara menunjukkan {n:50-600} rumah rusak ringan dan {n:5-90} rumah rusak berat.",
        "Relawan dari berbagai organisasi kemasyarakatan turut membantu membersihkan sisa material di permukiman warga.",
        "Aliran listrik di sejumlah desa sempat padam dan baru pulih setelah petugas melakukan perbaikan jaringan.",
        "Pemerintah kabupaten menyiapkan lahan relokasi bagi warga yang tinggal di zona merah.",
        "{P1} menyebutkan curah hujan tinggi dalam sepekan terakhir membuat tanah di lereng perbukitan menjadi labil.",
        "Sekolah-sekolah di sekitar lokasi diliburkan sementara untuk menjamin keselamatan siswa.",
        "Kebutuhan mendesak para pengungsi saat ini meliputi air bersih, popok bayi, dan obat-obatan.",
        "Tim reaksi cepat {@BNPB} tiba di lokasi untuk membantu pemerintah daerah melakukan kaji cepat.",
    ],
    "bencana:banjir": [
        "Salah seorang warga, {P3}, mengatakan air mulai masuk ke rumahnya sekitar pukul {time} dan terus naik dengan cepat.",
        "Ketinggian air di permukiman warga bervariasi antara 50 sentimeter hingga satu meter.",
    ],
    "bencana:longsor": [
        "Petugas menggunakan alat berat untuk menyingkirkan material longsor yang menutup badan jalan.",
        "Salah seorang warga {DESA}, {P3}, mengatakan suara gemuruh terdengar tidak lama sebelum tanah runtuh.",
    ],
    "bencana:gempa": [
        "Pusat gempa berada di darat pada kedalaman {n:5-30} kilometer, sekitar {n:5-40} kilometer barat daya {KAB}.",
        "{@BMKG} mencatat {n:2-12} kali gempa susulan dengan magnitudo terbesar {mag} hingga pukul {time} tadi.",
        "Gempa tersebut tidak berpotensi tsunami, namun warga diimbau menjauhi bangunan yang mengalami retak.",
    ],
    "bencana:kebakaran": [
        "{@BNPB} mengerahkan {n:2-5} helikopter untuk melakukan pemadaman dari udara.",
        "Kabut asap mulai dirasakan warga di sejumlah kecamatan dan mengganggu aktivitas belajar di sekolah.",
    ],
    "bencana:angin": [
        "Sebagian besar kerusakan terjadi pada bagian atap rumah yang terbuat dari seng dan genteng.",
        "Salah seorang warga, {P3}, mengatakan angin kencang datang tiba-tiba disertai hujan deras.",
    ],
    "daerah": [
        "Menurut {P1}, pembangunan tersebut diprioritaskan pada ruas yang menjadi jalur distribusi hasil pertanian.",
        "Pekerjaan dilakukan secara bertahap agar tidak mengganggu arus lalu lintas kendaraan.",
        "{O1} juga mengalokasikan dana untuk pembangunan {n:3-20} unit puskesmas pembantu di daerah terpencil.",
        "{P2} mengatakan pihaknya menggencarkan pemberian makanan tambahan bagi balita dan ibu hamil di {n:10-60} desa prioritas.",
        "Program tersebut melibatkan kader posyandu, tenaga kesehatan, serta tokoh agama di tingkat desa.",
        "Ia meminta masyarakat ikut mengawasi pelaksanaan proyek dan melaporkan jika menemukan kejanggalan.",
        "Jumlah kunjungan wisatawan ke {PROV} sepanjang libur akhir tahun mencapai {big} orang, naik dibandingkan tahun sebelumnya.",
        "{@PLN} memastikan pasokan listrik di {PROV} aman dengan cadangan daya sebesar {n:100-600} megawatt.",
        "Pemerintah daerah menggratiskan biaya pendidikan bagi {big} siswa dari keluarga kurang mampu mulai tahun ajaran ini.",
        "Selain itu, {O1} bekerja sama dengan {UNIV} untuk menyusun kajian kelayakan kawasan industri baru.",
        "Proyek tersebut ditargetkan membuka lapangan kerja bagi sedikitnya {big} warga setempat.",
        "Pendaftaran program dapat dilakukan secara daring melalui laman {url} maupun di kantor kelurahan setempat.",
        "Warga {DESA} menyambut baik pembangunan tersebut karena selama ini harus menempuh jarak jauh untuk menjual hasil panen.",
        "Anggaran pembangunan berasal dari dana bagi hasil dan bantuan keuangan pemerintah provinsi.",
        "{P1} menegaskan tidak boleh ada pungutan liar dalam pelaksanaan program bantuan tersebut.",
        "Ia menyebutkan angka pengangguran terbuka di {PROV} turun menjadi {dec:3-7} persen pada tahun ini.",
        "{@Kemenkes} memberikan pendampingan teknis kepada pemerintah daerah dalam pelaksanaan program tersebut.",
        "Kepala desa setempat berharap bantuan serupa dapat menjangkau lebih banyak keluarga pada tahun depan.",
        "{O1} juga membuka layanan pengaduan bagi warga yang belum menerima bantuan.",
        "Pembangunan pasar rakyat tersebut diharapkan mampu menggerakkan ekonomi warga sekitar.",
        "Sebanyak {n:50-400} pelaku usaha lokal dilibatkan dalam festival budaya yang digelar selama tiga hari.",
        "{P2} menyebutkan cakupan imunisasi dasar lengkap di {PROV} telah mencapai {dec:80-97} persen.",
        "Pemerintah daerah menyiapkan beasiswa bagi {big} mahasiswa berprestasi dari keluarga kurang mampu.",
        "Kawasan wisata pantai di daerah itu kini dilengkapi dengan fasilitas umum yang lebih memadai.",
        "{P1} meminta camat dan kepala desa memastikan data penerima bantuan benar-benar tepat sasaran.",
        "Perbaikan saluran irigasi sepanjang {n:5-40} kilometer ditargetkan rampung sebelum musim tanam berikutnya.",
        "Warga berharap perbaikan jalan dapat mempersingkat waktu tempuh menuju pusat kota.",
        "Pemerintah daerah juga menggandeng pelaku usaha untuk menyerap lulusan pelatihan kerja.",
    ],
    "internasional": [
        "Kedua negara juga sepakat meningkatkan nilai perdagangan bilateral hingga {n:10-90} miliar dolar {@AS:acr} dalam lima tahun ke depan.",
        "{P2} mengatakan pembicaraan berlangsung konstruktif dan akan dilanjutkan di tingkat pejabat teknis.",
        "Langkah tersebut mendapat sorotan dari {C3} yang menilai kebijakan itu dapat memicu ketegangan baru di kawasan.",
        "{O1} mencatat lebih dari {big} orang terpaksa meninggalkan rumah mereka akibat konflik yang berkepanjangan.",
        "Sejumlah analis menilai pertemuan tersebut menjadi sinyal penting bagi stabilitas kawasan {@AsiaPasifik}.",
        "Pemerintah {C1} juga berencana membuka kantor perwakilan dagang di {C2} pada tahun depan.",
        "{O2} belum memberikan tanggapan resmi atas laporan tersebut.",
        "{P1} dijadwalkan menghadiri konferensi tingkat tinggi di {CITY2} bulan depan.",
        "{@Kemlu} memastikan tidak ada warga negara Indonesia yang menjadi korban dalam peristiwa tersebut.",
        "{@KBRI} di {CITY} terus memantau kondisi warga negara Indonesia di wilayah tersebut.",
        "Menurut data {@BankDunia}, perekonomian {C1} diperkirakan tumbuh {pct} tahun ini.",
        "Kesepakatan itu mencakup kerja sama di bidang energi bersih, pertanian, dan pengembangan teknologi digital.",
        "Ribuan warga turun ke jalan di pusat kota {CITY} untuk menyuarakan penolakan terhadap kebijakan tersebut.",
        "{@PBB} sebelumnya telah memperingatkan bahwa jutaan orang di wilayah itu menghadapi ancaman kelaparan.",
        "Para pemimpin {@ASEAN} dijadwalkan membahas isu tersebut dalam pertemuan di {@Jakarta}.",
        "Pertemuan tersebut merupakan yang pertama sejak kedua negara sepakat memulihkan hubungan diplomatik.",
        "{C2} menyambut baik tawaran tersebut dan berjanji akan mempelajarinya lebih lanjut.",
        "Pemerintah {C1} menyatakan bantuan akan disalurkan melalui lembaga kemanusiaan internasional.",
        "Aksi unjuk rasa tersebut berlangsung damai meski sempat diwarnai ketegangan dengan aparat keamanan.",
        "Menurut laporan media setempat, pemerintah juga menyiapkan langkah darurat untuk menstabilkan harga pangan.",
        "Inflasi di negara tersebut mencapai level tertinggi dalam {n:10-30} tahun terakhir.",
        "{O1} mendesak komunitas internasional meningkatkan pendanaan untuk operasi kemanusiaan di kawasan itu.",
        "Para menteri juga membahas kerja sama penanganan perubahan iklim dan keamanan maritim.",
        "Kedua pemimpin sepakat membentuk kelompok kerja bersama untuk menindaklanjuti hasil pertemuan.",
        "Sejumlah negara telah mengevakuasi warga negaranya dari wilayah konflik dalam beberapa hari terakhir.",
    ],
    "en:ekonomi": [
        "According to {P1}, the growth was driven by strong household consumption and a recovery in investment.",
        "The agriculture, trade, and manufacturing sectors remain the largest contributors to the economy of {PROV}.",
        "{P2} said the central bank's decision to hold its benchmark rate at {dec:3-6} percent was appropriate to maintain exchange rate stability.",
        "The government will also expand the cheap market program to {n:10-40} districts and cities.",
        "Operations to stabilize prices will be held at {n:5-30} locations across {CITY} starting at {time} until supplies run out.",
        "The {@OJK_en} noted that credit growth in {PROV} remained positive, with non-performing loans kept at a manageable level.",
        "The official said inflation is expected to remain under control within the government's target range until the end of the year.",
        "Rice prices in several regions have started to ease as the harvest season begins.",
        "Exports of coal and palm oil remained the main drivers of the trade surplus.",
        "The central bank projected national economic growth this year at between {dec:4-4} and {dec:5-5} percent.",
        "Investment in {PROV} during the first semester reached {rpbig}, mostly in the manufacturing sector.",
        "The minister asked banks to distribute credit more evenly, including to farmers and fishermen.",
        "Tax revenue realization until the end of {month} {year} reached {rpbig}.",
        "The rise in food prices was mainly triggered by extreme weather that disrupted harvests in several production centers.",
        "The government has also provided tax incentives for small businesses affected by the economic slowdown.",
        "Traders complained about the lack of buyers even though prices of several commodities had started to fall.",
    ],
    "en:politik": [
        "A total of {big} voters are registered in {PROV}, spread across thousands of polling stations.",
        "The official called on civil servants to remain neutral throughout the election process.",
        "The {@Bawaslu_en} has also opened complaint posts for residents who find alleged violations in the field.",
        "{P2} said the participation of young voters will largely determine the outcome of the upcoming election.",
        "Voter data updating is carried out by visiting residents' homes one by one.",
        "Logistics distribution to remote areas will be carried out earlier to avoid delays, the official said.",
        "The commission will also socialize the election stages to first-time voters at schools and campuses.",
        "Security personnel totaling {big} will be deployed to secure the voting process in {PROV}.",
        "Election supervisors at the subdistrict level will be trained on procedures for handling violations.",
        "Voter turnout in the previous election was recorded at {dec:65-85} percent of registered voters.",
        "The police said the security situation ahead of the vote was generally conducive.",
    ],
    "en:bencana": [
        "Meanwhile, the {@BMKG_en} forecast moderate to heavy rain in parts of {PROV} over the next three days.",
        "The local administration has declared a {n:7-14}-day emergency response period to speed up relief efforts.",
        "Logistical aid in the form of ready-to-eat meals, blankets, and clean water has been distributed to evacuation centers.",
        "No fatalities were reported, but {n:3-20} residents sustained minor injuries and were treated at a nearby community health center.",
        "The {@BNPB_en} has sent emergency funds of {rpbig} to support the response in {KAB}.",
        "As many as {n:20-400} residents have been evacuated to the homes of relatives and the nearest village halls.",
        "A joint team is still searching for {n:1-5} residents who were reported missing.",
        "Preliminary data showed that {n:50-600} houses were lightly damaged and {n:5-90} were severely damaged.",
        "Schools around the location were temporarily closed to ensure the safety of students.",
        "The urgent needs of the evacuees currently include clean water, baby diapers, and medicines.",
        "Access roads to the location were cut off, so heavy equipment had to be brought in from a neighboring subdistrict.",
        "Some evacuees have started to complain of skin irritation and respiratory problems, so health workers are on standby.",
        "Volunteers from various community organizations helped clean up the remaining debris in residential areas.",
        "Electricity in several villages was cut off and was only restored after officers repaired the network.",
        "The district government is preparing relocation land for residents living in the red zone.",
        "Heavy rainfall over the past week has made the soil on the hillsides unstable, the official explained.",
        "The water level in residential areas varied from 50 centimeters to one meter.",
    ],
}

_GENERIC = {
    "id": [
        "Ia berharap langkah tersebut dapat memberikan manfaat yang lebih luas bagi masyarakat.",
        "Pihaknya juga akan melakukan evaluasi secara berkala untuk memastikan program berjalan sesuai rencana.",
        "Kegiatan tersebut dihadiri oleh sejumlah pejabat, tokoh masyarakat, dan perwakilan dunia usaha.",
        "Menurut dia, koordinasi lintas sektor menjadi kunci keberhasilan program tersebut.",
        "Ia menambahkan bahwa hasil evaluasi akan disampaikan kepada publik dalam waktu dekat.",
        "Sebelumnya, rencana tersebut telah dibahas dalam rapat koordinasi yang digelar pada awal bulan ini.",
        "Masyarakat diminta tidak mudah percaya pada informasi yang belum jelas sumbernya.",
        "Ia juga mengapresiasi dukungan semua pihak yang telah membantu kelancaran kegiatan tersebut.",
        "Langkah serupa akan diterapkan secara bertahap di daerah lain mulai tahun depan.",
        "Pemerintah berkomitmen menjaga transparansi dalam setiap tahapan pelaksanaan program.",
        "Pihaknya juga membuka ruang dialog dengan masyarakat untuk menampung aspirasi.",
        "Kegiatan tersebut diharapkan dapat menjadi agenda rutin setiap tahun.",
        "Evaluasi menyeluruh akan dilakukan setelah program berjalan selama enam bulan.",
        "Ia mengajak seluruh elemen masyarakat untuk ikut menyukseskan program tersebut.",
        "Sosialisasi kepada warga akan dilakukan melalui media sosial dan pertemuan tatap muka.",
        "Menurut dia, dukungan anggaran dari pemerintah pusat sangat membantu daerah.",
    ],
    "intl": [
        "Situasi di lapangan dilaporkan masih terus berkembang.",
        "Belum ada keterangan resmi mengenai jumlah korban dalam insiden tersebut.",
        "Para pengamat menilai perkembangan ini akan berdampak pada harga komoditas global.",
        "Pertemuan lanjutan dijadwalkan berlangsung dalam beberapa pekan mendatang.",
        "Langkah tersebut dinilai sebagai upaya meredakan ketegangan yang meningkat dalam beberapa bulan terakhir.",
        "Media setempat melaporkan bahwa pembicaraan berlangsung tertutup selama beberapa jam.",
        "Menurut dia, dialog yang intensif diperlukan agar kesepakatan dapat segera tercapai.",
        "Ia menambahkan bahwa pemerintahnya akan terus berkoordinasi dengan negara-negara mitra.",
    ],
    "en": [
        "The event was attended by officials, community leaders, and representatives of the business community.",
        "The policy is expected to benefit more residents once it is implemented nationwide next year.",
        "The official added that the results of the evaluation will be announced to the public soon.",
        "Cross-sector coordination is key to the success of the program, according to the official.",
        "The public has been asked not to trust information whose source is unclear.",
        "The program will be evaluated regularly to ensure that it runs according to plan.",
        "The official also appreciated the support of all parties that helped the activity run smoothly.",
        "Socialization to residents will be carried out through social media and face-to-face meetings.",
    ],
}

_HAZARDS = {
    "id": [
        "Rapat tersebut dipimpin oleh {ACAD} dari {UNIV} dan dimulai pukul {time} di ruang pertemuan utama.",
        "Kuasa hukum pelapor, {LAWYER}, S.H., M.H., menyatakan siap menghadirkan saksi tambahan pada pemeriksaan berikutnya.",
        "Harga gula pasir di tingkat pengecer naik Rp1.500 menjadi {rp} per kilogram, sedangkan inflasi bulanan tercatat {dec:0-1} persen.",
        "Informasi lengkap dapat dibaca di www.antaranews.com maupun laman resmi {url} yang diperbarui setiap hari.",
        "Salah satu calon investor, {@USPC}, menyatakan tertarik menanamkan modal di sektor energi terbarukan.",
        "Pemeriksaan kesehatan gratis dilayani oleh {DOC} bersama tim medis mulai pukul {time} hingga siang hari.",
        "Aplikasi layanan tersebut kini memasuki versi 3.5 dengan sejumlah fitur baru bagi pengguna.",
        "Kapasitas produksi pabrik itu mencapai 3,5 juta ton per tahun dengan nilai investasi Rp1,2 triliun.",
    ],
    "en": [
        "The {@US_dots} dollar weakened against major currencies, while the rupiah closed 3.5 percent higher than at the start of the year.",
        "{ACAD} of {UNIV} said the figure of 3.5 percent was in line with market expectations.",
        "Details are available at www.antaranews.com as well as through the official channels of the ministry.",
        "The hearing began at 10.00 WIB, with lawyer {LAWYER}, S.H., representing the plaintiffs.",
    ],
}

_ACCENT_SENTENCE = {
    "id": "Dalam kesempatan yang sama, {ACC} menilai langkah tersebut patut diapresiasi karena menunjukkan keseriusan semua pihak.",
    "en": "On the same occasion, {ACC} said the move deserved appreciation as it showed the seriousness of all parties.",
}

_UPDATES = {
    "id": [
        "Jumlah tersebut masih dapat bertambah seiring proses pendataan yang terus berlangsung hingga {n:2-5} hari ke depan.",
        "Data terbaru yang dihimpun hingga pukul {time} menunjukkan angka tersebut kini mencapai {big} dan masih terus diperbarui.",
        "Pembaruan data akan disampaikan kembali setelah rapat evaluasi pada pekan depan.",
        "Angka itu merupakan hasil pembaruan dari laporan sebelumnya yang dirilis pada awal pekan.",
    ],
    "en": [
        "The figure may still change as data collection continues over the next {n:2-5} days.",
        "Updated data will be released again after an evaluation meeting next week.",
    ],
}

_QUOTES = {
    "ekonomi": [
        "Kami memastikan stok beras di gudang cukup untuk memenuhi kebutuhan masyarakat hingga akhir tahun",
        "Pemerintah akan terus memantau harga bahan pokok agar tidak memberatkan masyarakat",
        "Pertumbuhan ini menunjukkan fondasi ekonomi kita masih kuat di tengah ketidakpastian global",
        "Kami optimistis target pertumbuhan tahun ini dapat tercapai apabila konsumsi tetap terjaga",
        "Pelaku usaha kecil harus mendapat akses pembiayaan yang lebih mudah dan murah",
        "Stabilitas harga adalah kunci untuk menjaga daya beli masyarakat berpenghasilan rendah",
    ],
    "politik": [
        "Kami ingin pemilihan ini berjalan jujur, adil, dan damai",
        "Netralitas aparatur negara adalah harga mati yang tidak bisa ditawar",
        "Semua laporan masyarakat akan kami tindak lanjuti sesuai prosedur yang berlaku",
        "Perbedaan pilihan politik jangan sampai memecah persaudaraan di tengah masyarakat",
        "Kami menghormati proses hukum dan siap bekerja sama dengan penyidik",
        "Partisipasi publik sangat penting untuk memastikan setiap suara dihitung dengan benar",
    ],
    "olahraga": [
        "Anak-anak bermain disiplin dan menjalankan instruksi dengan baik",
        "Kami akan mengevaluasi lini belakang sebelum laga berikutnya",
        "Saya bersyukur bisa menyumbang kemenangan untuk tim",
        "Target kami tetap juara, tetapi kami harus melangkah setahap demi setahap",
        "Lawan bermain sangat rapat sehingga kami sulit menembus pertahanan mereka",
    ],
    "bencana": [
        "Kami terus memantau perkembangan di lapangan dan memastikan kebutuhan dasar pengungsi terpenuhi",
        "Warga yang rumahnya rusak berat akan kami bantu untuk pindah ke tempat yang lebih aman",
        "Kami mengimbau masyarakat tetap tenang dan tidak terpancing informasi yang belum jelas kebenarannya",
        "Petugas kami siaga selama 24 jam untuk mengantisipasi kejadian susulan",
    ],
    "daerah": [
        "Kami ingin pembangunan benar-benar dirasakan masyarakat hingga ke pelosok desa",
        "Anggaran sudah kami siapkan, tinggal memastikan pelaksanaannya tepat waktu dan tepat mutu",
        "Penurunan angka tengkes merupakan kerja bersama seluruh pihak, bukan hanya pemerintah",
        "Kami terbuka terhadap masukan masyarakat agar program ini berjalan lebih baik",
        "Jalan yang bagus akan membuat ongkos angkut hasil panen petani menjadi lebih murah",
    ],
    "internasional": [
        "Kami percaya dialog adalah satu-satunya jalan untuk menyelesaikan perbedaan",
        "Kemitraan ini akan membawa manfaat nyata bagi rakyat kedua negara",
        "Kami menyerukan semua pihak untuk menahan diri dan menghormati hukum internasional",
        "Bantuan ini merupakan wujud solidaritas kami terhadap mereka yang paling membutuhkan",
        "Stabilitas kawasan adalah kepentingan bersama yang harus kita jaga",
    ],
    "en:ekonomi": [
        "We will continue to monitor staple food prices so that they do not burden the public",
        "This growth shows that the foundations of our economy remain strong amid global uncertainty",
        "We are optimistic that this year's target can be achieved",
        "Small businesses must get easier and cheaper access to financing",
    ],
    "en:politik": [
        "We want this election to be honest, fair, and peaceful",
        "The neutrality of state officials is non-negotiable",
        "All public reports will be followed up according to procedure",
        "Differences in political choices must not divide our communities",
    ],
    "en:bencana": [
        "Our personnel are on standby around the clock to anticipate further incidents",
        "We continue to monitor developments in the field and ensure the basic needs of evacuees are met",
        "Residents whose houses were badly damaged will be helped to move to a safer place",
    ],
}


def _alt(*options: str) -> str:
    return "[" + "|".join(options) + "]"


# Frames: sentences composed from interchangeable parts (each a large [a|b|...] choice), so that
# same-topic articles rarely share a sentence word for word.
_FRAMES = {
    "ekonomi": [
        _alt(
            "Inflasi tahunan",
            "Inflasi bulanan",
            "Pertumbuhan penjualan eceran",
            "Pertumbuhan kredit perbankan",
            "Tingkat hunian kamar hotel berbintang",
            "Pertumbuhan konsumsi rumah tangga",
            "Pertumbuhan sektor industri pengolahan",
            "Tingkat pengangguran terbuka",
        )
        + " "
        + _alt("di {PROV}", "di {CITY}", "secara nasional", "di wilayah {PROV}", "di kawasan perkotaan {PROV}")
        + " pada "
        + _alt(
            "{month} {year}",
            "triwulan pertama {year}",
            "triwulan kedua {year}",
            "triwulan ketiga {year}",
            "semester pertama {year}",
            "periode {month} {year}",
        )
        + " "
        + _alt(
            "tercatat",
            "mencapai",
            "berada di level",
            "naik menjadi",
            "turun menjadi",
            "melambat menjadi",
            "meningkat menjadi",
        )
        + " {dec:1-9} persen, "
        + _alt(
            "dibandingkan bulan sebelumnya",
            "dibandingkan periode yang sama tahun lalu",
            "lebih tinggi dari perkiraan para analis",
            "lebih rendah dari capaian tahun lalu",
            "sesuai dengan proyeksi pemerintah",
            "masih dalam rentang sasaran yang ditetapkan",
            "tertinggi dalam tiga tahun terakhir",
            "terendah sejak awal tahun",
        )
        + _alt(
            "",
            ", antara lain dipicu oleh kenaikan harga bahan pangan",
            ", seiring meningkatnya permintaan menjelang hari raya",
            ", akibat melemahnya permintaan global",
            ", seiring turunnya harga energi",
            ", terutama karena gangguan distribusi akibat cuaca buruk",
            ", seiring membaiknya daya beli masyarakat",
            ", setelah datangnya musim panen",
        )
        + ".",
        _alt(
            "Realisasi belanja daerah",
            "Nilai investasi yang masuk",
            "Penerimaan pajak daerah",
            "Nilai transaksi pameran dagang",
            "Penyaluran kredit usaha rakyat",
            "Nilai penjualan produk usaha kecil",
            "Realisasi dana desa",
        )
        + " "
        + _alt("di {PROV}", "di {CITY}", "di wilayah itu")
        + " "
        + _alt(
            "sepanjang {year}",
            "hingga akhir {month}",
            "pada semester pertama",
            "selama tiga bulan terakhir",
            "sejak awal tahun",
        )
        + " "
        + _alt("mencapai", "tercatat sebesar", "menembus angka", "baru mencapai")
        + " {rpbig}, "
        + _alt(
            "atau {dec:40-98} persen dari target",
            "naik dibandingkan tahun sebelumnya",
            "sedikit di bawah target yang ditetapkan",
            "melampaui capaian periode yang sama tahun lalu",
            "didominasi oleh sektor perdagangan dan jasa",
            "sebagian besar berasal dari sektor pertanian",
        )
        + ".",
        "Harga "
        + _alt(
            "cabai rawit",
            "bawang putih",
            "daging sapi",
            "telur ayam ras",
            "gula pasir",
            "beras premium",
            "daging ayam",
            "tomat",
            "kedelai",
            "bawang bombai",
        )
        + " di "
        + _alt(
            "pasar tradisional di {CITY}",
            "tingkat pedagang eceran di {CITY}",
            "sejumlah pasar di {PROV}",
            "pasar induk setempat",
            "kawasan pinggiran {CITY}",
        )
        + " "
        + _alt("naik menjadi", "turun menjadi", "bertahan di kisaran", "melonjak hingga", "berangsur turun ke")
        + " {rp} per kilogram, "
        + _alt(
            "seiring berkurangnya pasokan dari daerah produsen",
            "karena permintaan meningkat",
            "setelah pasokan kembali normal",
            "akibat cuaca yang tidak menentu",
            "menurut pantauan petugas dinas perdagangan",
            "sehingga pedagang mengurangi stok",
            "dan diperkirakan bertahan hingga akhir bulan",
        )
        + ".",
    ],
    "politik": [
        _alt(
            "{O1}",
            "{P1}",
            "{@Kemendagri}",
            "Pemerintah daerah",
            "{P3}",
            "Penyelenggara pemilu",
            "Kepolisian daerah setempat",
        )
        + " "
        + _alt("meminta", "mengingatkan", "mengajak", "mendorong", "mengimbau")
        + " "
        + _alt(
            "seluruh jajaran penyelenggara pemilu",
            "para peserta pemilu",
            "masyarakat",
            "aparatur sipil negara",
            "tim kampanye pasangan calon",
            "pengawas di tingkat desa",
            "para pemilih pemula",
            "tokoh agama dan tokoh masyarakat",
        )
        + " "
        + _alt(
            "untuk menjaga situasi tetap kondusif",
            "agar tidak menyebarkan kabar bohong di media sosial",
            "untuk mematuhi aturan kampanye yang berlaku",
            "agar mengawasi setiap tahapan secara ketat",
            "untuk memastikan logistik tiba tepat waktu",
            "agar menggunakan hak pilihnya secara cerdas",
            "untuk menolak segala bentuk politik uang",
            "agar bersikap netral selama masa kampanye",
            "untuk melaporkan dugaan pelanggaran melalui saluran resmi",
        )
        + ".",
        "Sebanyak {n:5-900} "
        + _alt(
            "laporan dugaan pelanggaran",
            "tempat pemungutan suara",
            "petugas ad hoc",
            "kotak suara cadangan",
            "surat suara rusak",
            "pengaduan masyarakat",
            "alat peraga kampanye",
        )
        + " "
        + _alt(
            "telah diterima",
            "sudah diverifikasi",
            "masih dalam proses penanganan",
            "telah didistribusikan",
            "dilaporkan",
            "ditertibkan petugas",
            "tercatat",
        )
        + " "
        + _alt(
            "di {PROV}",
            "di {CITY}",
            "hingga akhir pekan lalu",
            "di tingkat kecamatan",
            "selama masa kampanye",
            "sejak awal bulan ini",
        )
        + ".",
        "{P2} "
        + _alt("menilai bahwa", "berpendapat bahwa", "menekankan bahwa", "mengingatkan bahwa")
        + " "
        + _alt(
            "kualitas demokrasi sangat ditentukan oleh integritas penyelenggara",
            "politik uang masih menjadi ancaman serius di daerah",
            "partai politik perlu membuka ruang lebih besar bagi kader muda",
            "media sosial berperan besar dalam membentuk preferensi pemilih",
            "pengawasan partisipatif perlu diperkuat hingga tingkat desa",
            "debat publik harus menjadi ajang adu program, bukan adu popularitas",
            "rendahnya literasi politik membuat pemilih mudah terpengaruh isu",
            "koalisi partai cenderung dibangun atas kepentingan jangka pendek",
        )
        + ".",
    ],
    "bencana": [
        _alt("{O1}", "{@BNPB}", "{@Basarnas}", "Pemerintah kabupaten", "{@PMI}", "{@TNI}", "Dinas sosial setempat")
        + " "
        + _alt("mengerahkan", "menyiagakan", "mengirimkan", "menurunkan")
        + " {n:2-60} "
        + _alt(
            "personel",
            "perahu karet",
            "unit alat berat",
            "tenda darurat",
            "ton beras",
            "paket bahan makanan",
            "unit mobil tangki air bersih",
            "relawan terlatih",
        )
        + " "
        + _alt(
            "untuk membantu warga terdampak",
            "ke lokasi pengungsian",
            "guna mempercepat penanganan darurat",
            "ke desa-desa yang sempat terisolasi",
            "untuk mendukung proses evakuasi",
            "ke titik-titik yang paling parah terdampak",
        )
        + ".",
        "Sebanyak {n:10-900} "
        + _alt("warga", "kepala keluarga", "jiwa", "lansia dan anak-anak", "pelajar", "petani")
        + " "
        + _alt(
            "masih bertahan di pengungsian",
            "telah dievakuasi ke tempat aman",
            "membutuhkan bantuan air bersih",
            "terpaksa mengungsi",
            "mulai kembali ke rumah masing-masing",
            "mendapatkan layanan kesehatan gratis",
        )
        + " "
        + _alt(
            "di {KAB}",
            "di {DESA}",
            "hingga sore hari",
            "sejak malam sebelumnya",
            "di beberapa kecamatan",
            "menurut data sementara petugas",
        )
        + ".",
        _alt(
            "Jembatan penghubung antardesa",
            "Jalan kabupaten sepanjang ratusan meter",
            "Puluhan hektare sawah",
            "Saluran irigasi utama",
            "Sebuah bangunan sekolah dasar",
            "Jaringan pipa air bersih",
        )
        + " "
        + _alt(
            "rusak parah",
            "rusak berat",
            "tertimbun material",
            "terendam air",
            "tidak dapat digunakan",
            "mengalami kerusakan",
        )
        + " "
        + _alt("di {KAB}", "di {DESA}", "di kawasan hulu sungai", "di sekitar lokasi kejadian")
        + ", "
        + _alt(
            "sehingga aktivitas warga terganggu",
            "dan masih dalam tahap pendataan",
            "sehingga perbaikan darurat segera dilakukan",
            "dan diperkirakan butuh waktu berbulan-bulan untuk diperbaiki",
            "sehingga warga harus memutar lewat jalur lain",
        )
        + ".",
    ],
    "daerah": [
        _alt("{O1}", "{P1}", "{P2}", "Pemerintah daerah", "Dinas sosial setempat", "Pemerintah desa")
        + " "
        + _alt("meluncurkan", "memperluas", "melanjutkan", "mempercepat", "menggencarkan", "menambah anggaran untuk")
        + " "
        + _alt(
            "program bedah rumah",
            "program beasiswa daerah",
            "layanan kesehatan keliling",
            "pembangunan jalan desa",
            "penyediaan air bersih",
            "program pelatihan kerja",
            "pemberian makanan tambahan",
            "digitalisasi layanan kependudukan",
            "perbaikan sekolah rusak",
            "pengembangan desa wisata",
            "program sertifikasi tanah gratis",
        )
        + " "
        + _alt(
            "bagi warga kurang mampu",
            "di {n:5-80} desa",
            "di wilayah perbatasan",
            "hingga akhir tahun",
            "dengan anggaran {rpbig}",
            "di seluruh kecamatan",
            "bagi keluarga nelayan",
            "di daerah terpencil",
        )
        + ".",
        "Sebanyak {n:20-4000} "
        + _alt(
            "warga", "pelajar", "pelaku usaha mikro", "petani", "nelayan", "ibu rumah tangga", "pencari kerja", "lansia"
        )
        + " "
        + _alt("telah menerima", "mengikuti", "memanfaatkan", "sudah mendapatkan")
        + " "
        + _alt(
            "bantuan sosial tunai",
            "pelatihan keterampilan",
            "layanan pemeriksaan kesehatan gratis",
            "bantuan modal usaha",
            "program vaksinasi",
            "pelatihan pemasaran digital",
            "bantuan alat pertanian",
            "layanan perekaman data kependudukan",
        )
        + " "
        + _alt(
            "sepanjang tahun ini",
            "sejak program diluncurkan",
            "di {PROV}",
            "dalam tiga bulan terakhir",
            "melalui pemerintah desa",
        )
        + ".",
    ],
    "internasional": [
        _alt("{P1}", "{P2}", "{O1}", "Pemerintah {C1}", "Juru bicara pemerintah {C1}")
        + " "
        + _alt(
            "menegaskan komitmen terhadap",
            "menyerukan",
            "menyoroti pentingnya",
            "membahas",
            "menyatakan dukungan bagi",
            "mendorong percepatan",
        )
        + " "
        + _alt(
            "penyelesaian konflik secara damai",
            "kerja sama keamanan maritim",
            "perdagangan bebas di kawasan",
            "transisi energi bersih",
            "perlindungan warga sipil",
            "reformasi lembaga multilateral",
            "ketahanan pangan global",
            "kerja sama penanggulangan terorisme",
            "pemulihan ekonomi kawasan",
            "pengendalian senjata nuklir",
        )
        + " "
        + _alt(
            "dalam pertemuan bilateral di {CITY}",
            "dalam sidang umum di {CITY2}",
            "dalam wawancara dengan media setempat",
            "dalam pernyataan resmi yang dirilis pemerintah",
            "di sela konferensi tingkat tinggi",
            "dalam konferensi pers bersama",
        )
        + ".",
        "Sebanyak {big} "
        + _alt("warga sipil", "pengungsi", "pekerja migran", "pelajar asing", "warga negara asing")
        + " "
        + _alt(
            "dilaporkan mengungsi",
            "telah dievakuasi",
            "terjebak di wilayah konflik",
            "membutuhkan bantuan darurat",
            "kehilangan tempat tinggal",
        )
        + " "
        + _alt(
            "dalam sepekan terakhir",
            "sejak awal bulan ini",
            "di wilayah perbatasan",
            "menurut data lembaga kemanusiaan",
            "di sejumlah kota besar",
        )
        + ".",
    ],
    "sepakbola": [
        "{P2} "
        + _alt("mencetak", "menciptakan")
        + " gol pada menit ke-{n:5-90} setelah "
        + _alt(
            "menerima umpan silang dari sisi kanan",
            "memanfaatkan kemelut di depan gawang",
            "melepaskan tembakan keras dari luar kotak penalti",
            "menyambut tendangan sudut",
            "berhasil mengecoh dua pemain belakang lawan",
            "menuntaskan serangan balik cepat",
        )
        + ".",
        _alt("{O1}", "{O2}", "Tim tamu", "Tuan rumah")
        + " "
        + _alt(
            "mendominasi jalannya laga",
            "kesulitan mengembangkan permainan",
            "bermain lebih terbuka",
            "tampil menekan",
            "lebih banyak bertahan",
        )
        + " "
        + _alt(
            "pada babak pertama",
            "sepanjang babak kedua",
            "pada sepuluh menit terakhir",
            "sejak menit awal",
            "setelah turun minum",
        )
        + " "
        + _alt(
            "meski kehilangan satu pemain",
            "berkat dukungan penonton",
            "setelah melakukan pergantian pemain",
            "namun gagal menciptakan peluang berbahaya",
            "dengan mengandalkan serangan dari sayap",
            "dengan umpan-umpan pendek yang rapi",
        )
        + ".",
    ],
    "bulutangkis": [
        _alt("", "Pada pertandingan itu, ")
        + "{ATH} "
        + _alt(
            "sempat tertinggal pada awal gim pertama sebelum akhirnya mampu berbalik unggul",
            "bermain agresif sejak awal gim kedua berkat pukulan smes yang tajam",
            "tampil tenang di pertengahan gim penentuan dan meminimalkan kesalahan sendiri",
            "unggul jauh pada interval gim pertama dengan mengandalkan permainan net yang rapi",
            "kehilangan fokus menjelang akhir gim kedua sehingga lawan dapat menyamakan kedudukan",
            "mampu menjaga konsistensi permainan dari awal hingga akhir pertandingan",
            "beberapa kali memenangi reli panjang yang menguras tenaga",
        )
        + ".",
        "Lawan asal {C1} "
        + _alt(
            "memberikan perlawanan sengit",
            "bermain sangat disiplin",
            "banyak melakukan kesalahan sendiri",
            "mengandalkan pukulan lob yang menyulitkan",
            "tampil di bawah performa terbaiknya",
        )
        + " "
        + _alt("pada gim pertama", "sepanjang pertandingan", "di awal gim kedua", "menjelang akhir laga")
        + ".",
    ],
    "en:ekonomi": [
        _alt(
            "Annual inflation",
            "Monthly inflation",
            "Retail sales growth",
            "Bank credit growth",
            "The hotel occupancy rate",
            "Household consumption growth",
        )
        + " in "
        + _alt("{PROV}", "{CITY}")
        + " "
        + _alt("stood at", "reached", "rose to", "fell to", "eased to")
        + " {dec:1-9} percent in {month}, "
        + _alt(
            "compared to the previous month",
            "compared to the same period last year",
            "higher than analysts had expected",
            "in line with government projections",
            "the highest in three years",
            "the lowest since the start of the year",
        )
        + ".",
        "Prices of "
        + _alt("bird's eye chili", "garlic", "beef", "chicken eggs", "granulated sugar", "premium rice")
        + " at "
        + _alt("traditional markets in {CITY}", "retailers in {CITY}", "several markets in {PROV}")
        + " "
        + _alt("rose to", "fell to", "remained at around", "climbed to")
        + " {rp} per kilogram, "
        + _alt(
            "as supplies from producing regions declined",
            "due to rising demand",
            "after supplies returned to normal",
            "due to erratic weather",
            "according to monitoring by trade officials",
        )
        + ".",
    ],
    "en:politik": [
        _alt("{O1}", "{P1}", "The regional government", "The election organizer")
        + " "
        + _alt("urged", "reminded", "invited", "encouraged")
        + " "
        + _alt("all election officials", "election participants", "the public", "civil servants", "first-time voters")
        + " "
        + _alt(
            "to maintain a conducive situation",
            "not to spread hoaxes on social media",
            "to comply with campaign rules",
            "to reject all forms of vote buying",
            "to use their voting rights wisely",
            "to report alleged violations through official channels",
        )
        + ".",
    ],
    "en:bencana": [
        _alt("{O1}", "The local government", "The regional disaster agency")
        + " "
        + _alt("deployed", "dispatched", "prepared")
        + " {n:2-60} "
        + _alt(
            "personnel",
            "rubber boats",
            "units of heavy equipment",
            "emergency tents",
            "tons of rice",
            "water tanker trucks",
        )
        + " "
        + _alt(
            "to help affected residents",
            "for the evacuation sites",
            "to speed up the emergency response",
            "for villages that were cut off",
            "to support the evacuation process",
        )
        + ".",
    ],
}
_FRAMES["ekonomi"] += [
    _alt("{P1}", "{P2}", "{O1}")
    + " "
    + _alt("menilai", "memperkirakan", "menyebutkan")
    + " "
    + _alt(
        "permintaan domestik",
        "sektor manufaktur",
        "harga komoditas",
        "ekspor produk olahan",
        "investasi swasta",
        "belanja pemerintah",
    )
    + " "
    + _alt(
        "akan tetap menjadi penopang", "masih menghadapi tekanan", "mulai menunjukkan perbaikan", "berpotensi melambat"
    )
    + " "
    + _alt(
        "pada semester kedua", "hingga akhir tahun", "dalam beberapa bulan ke depan", "seiring pemulihan ekonomi global"
    )
    + ".",
]
_FRAMES["politik"] += [
    "Rapat "
    + _alt("koordinasi", "evaluasi", "persiapan")
    + " "
    + _alt("tahapan pemilu", "pengamanan pemungutan suara", "distribusi logistik", "pemutakhiran data pemilih")
    + " "
    + _alt("digelar", "berlangsung")
    + " di {CITY} "
    + _alt(
        "dengan melibatkan unsur pemerintah daerah",
        "dan dihadiri perwakilan partai politik",
        "secara tertutup",
        "selama dua hari",
    )
    + ".",
]
_FRAMES["bencana"] += [
    "Petugas "
    + _alt("masih melakukan", "terus melakukan", "telah menyelesaikan")
    + " "
    + _alt(
        "pendataan rumah rusak",
        "pembersihan material",
        "penyaluran bantuan",
        "pemantauan debit air sungai",
        "evakuasi warga lanjut usia",
    )
    + " "
    + _alt("di {KAB}", "di {DESA}", "hingga malam hari", "dengan dibantu relawan")
    + ".",
]
_FRAMES["daerah"] += [
    "Pembangunan "
    + _alt("jalan", "jembatan", "pasar", "puskesmas", "gedung sekolah", "saluran air bersih")
    + " "
    + _alt("di {KEC}", "di {DESA}", "di pusat kota {CITY}", "di kawasan perbatasan")
    + " "
    + _alt(
        "ditargetkan selesai pada akhir tahun",
        "akan dimulai bulan depan",
        "sudah mencapai {n:20-95} persen",
        "sempat tertunda karena faktor cuaca",
        "berjalan sesuai jadwal",
    )
    + ".",
]
_FRAMES["internasional"] += [
    "Kedua negara sepakat "
    + _alt(
        "memperluas kerja sama di bidang",
        "meningkatkan investasi di sektor",
        "membentuk forum dialog tahunan mengenai",
        "mempercepat perundingan tentang",
        "menandatangani nota kesepahaman di bidang",
    )
    + " "
    + _alt(
        "energi terbarukan",
        "pertanian dan pangan",
        "pendidikan tinggi",
        "pertahanan",
        "ekonomi digital",
        "kesehatan masyarakat",
        "infrastruktur transportasi",
        "pariwisata",
    )
    + _alt("", " dalam lima tahun ke depan", " yang saling menguntungkan", " mulai tahun depan")
    + ".",
    _alt("{C2}", "{C3}", "{O1}", "Pemerintah {C1}")
    + " "
    + _alt("mengecam keras", "menyesalkan", "menyambut baik", "mempertanyakan", "menolak mengomentari")
    + " "
    + _alt(
        "keputusan tersebut",
        "serangan yang menewaskan warga sipil itu",
        "rencana pengiriman pasukan tambahan",
        "hasil pemungutan suara tersebut",
        "kesepakatan yang dicapai kedua pihak",
        "sanksi ekonomi yang baru diumumkan",
    )
    + ".",
    "Menurut "
    + _alt(
        "laporan kantor berita setempat",
        "keterangan pejabat keamanan",
        "data lembaga kemanusiaan",
        "pernyataan resmi kementerian pertahanan",
    )
    + ", "
    + _alt(
        "sedikitnya {n:3-60} orang tewas dalam insiden tersebut",
        "ribuan warga mengungsi ke wilayah yang lebih aman",
        "jalur penerbangan ke ibu kota sempat ditutup",
        "harga bahan bakar naik tajam",
        "sejumlah gedung pemerintahan mengalami kerusakan",
    )
    + " "
    + _alt("pada akhir pekan lalu", "dalam dua hari terakhir", "sejak awal pekan", "pada dini hari waktu setempat")
    + ".",
    _alt("{P1}", "{P2}")
    + " "
    + _alt("mengatakan bahwa", "menegaskan bahwa")
    + " "
    + _alt(
        "negaranya tidak akan mundur dari komitmen yang telah disepakati",
        "dialog tetap menjadi pilihan utama",
        "sanksi sepihak hanya akan memperburuk keadaan",
        "kerja sama regional sangat penting di tengah ketidakpastian global",
        "pemerintahnya terbuka terhadap mediasi pihak ketiga",
        "stabilitas harga pangan menjadi prioritas utama",
    )
    + ".",
]
_FRAMES["sepakbola"] += [
    "Dengan hasil tersebut, "
    + _alt("{O1}", "{O2}")
    + " "
    + _alt(
        "kini mengoleksi {n:10-50} poin",
        "tertahan di peringkat {n:5-15}",
        "naik ke posisi {n:2-8} klasemen sementara",
        "terpaut {n:1-9} poin dari pemuncak klasemen",
    )
    + " "
    + _alt(
        "dari {n:10-30} pertandingan",
        "menjelang paruh musim",
        "jelang laga tandang pekan depan",
        "meski masih menyimpan satu laga",
    )
    + ".",
    "{P1} "
    + _alt("mengakui", "menyebut", "menilai")
    + " "
    + _alt(
        "lini belakang timnya masih rapuh",
        "para pemain tampil di bawah performa",
        "strategi serangan balik berjalan efektif",
        "kelelahan mulai terlihat pada babak kedua",
        "kedisiplinan pemain menjadi kunci",
    )
    + " "
    + _alt(
        "dalam pertandingan tersebut",
        "sejak awal musim",
        "setelah jadwal padat dalam dua pekan terakhir",
        "terutama saat menghadapi tim yang bermain menekan",
    )
    + ".",
    "Panitia pelaksana "
    + _alt("mencatat", "melaporkan")
    + " "
    + _alt(
        "sekitar {big} penonton memadati stadion",
        "penjualan tiket mencapai {big} lembar",
        "tidak ada insiden berarti selama laga",
        "pendapatan tiket sebesar {rpbig}",
    )
    + " "
    + _alt("pada laga tersebut", "sepanjang pertandingan", "menurut data panitia")
    + ".",
]
_FRAMES["bulutangkis"] += [
    "{@PBSI} "
    + _alt("mengirimkan", "menurunkan", "mendaftarkan")
    + " {n:2-8} pemain "
    + _alt("tunggal putra", "tunggal putri", "ganda putra", "ganda putri", "ganda campuran")
    + " "
    + _alt(
        "untuk mengumpulkan poin peringkat dunia",
        "sebagai persiapan menuju kejuaraan Asia",
        "untuk memberi pengalaman kepada pemain muda",
        "dengan target minimal satu gelar juara",
    )
    + ".",
    "Pertandingan "
    + _alt("babak pertama itu", "perempat final tersebut", "tiga gim itu")
    + " berlangsung selama {n:35-95} menit "
    + _alt(
        "dengan reli-reli panjang yang menguras tenaga",
        "dan disaksikan ribuan penonton",
        "di bawah tekanan dukungan penonton tuan rumah",
        "dengan beberapa kali penghentian karena masalah kok",
    )
    + ".",
    "Tim pelatih "
    + _alt("menilai", "menyebut", "mengakui")
    + " {ATH} "
    + _alt(
        "masih perlu memperbaiki pertahanan",
        "sudah menunjukkan kematangan",
        "semakin percaya diri",
        "perlu menjaga kebugaran",
    )
    + " "
    + _alt(
        "menjelang turnamen berikutnya",
        "setelah cedera yang sempat dialami",
        "dalam beberapa bulan terakhir",
        "untuk bisa bersaing di level tertinggi",
    )
    + ".",
]
_FRAMES["en:ekonomi"] += [
    _alt("{P1}", "{P2}", "The official")
    + " "
    + _alt("said", "estimated", "noted")
    + " that "
    + _alt(
        "domestic demand",
        "the manufacturing sector",
        "commodity prices",
        "exports of processed goods",
        "private investment",
    )
    + " "
    + _alt("would remain a key support", "still faces pressure", "has begun to show improvement", "could slow down")
    + " "
    + _alt("in the second half", "until the end of the year", "in the coming months", "as the global economy recovers")
    + ".",
]
_FRAMES["en:politik"] += [
    _alt("{P2}", "The analyst", "Observers")
    + " "
    + _alt("said that", "believe that", "stressed that")
    + " "
    + _alt(
        "vote buying remains a serious threat in the regions",
        "political parties need to give more room to young cadres",
        "social media plays a major role in shaping voter preferences",
        "public debates should focus on programs rather than popularity",
        "low political literacy makes voters easily swayed by issues",
    )
    + ".",
    "A total of {n:5-900} "
    + _alt(
        "reports of alleged violations",
        "polling stations",
        "temporary election workers",
        "damaged ballots",
        "public complaints",
    )
    + " "
    + _alt(
        "have been received",
        "have been verified",
        "are still being processed",
        "have been distributed",
        "were recorded",
    )
    + " "
    + _alt("in {PROV}", "in {CITY}", "as of last weekend", "at the subdistrict level", "during the campaign period")
    + ".",
]
_FRAMES["en:bencana"] += [
    _alt(
        "The bridge connecting the villages",
        "A district road several hundred meters long",
        "Dozens of hectares of rice fields",
        "The main irrigation channel",
        "An elementary school building",
        "The clean water pipe network",
    )
    + " "
    + _alt("was badly damaged", "was buried by debris", "was submerged", "can no longer be used")
    + " "
    + _alt("in {KAB}", "near the upstream area of the river", "around the location")
    + ", "
    + _alt(
        "disrupting the activities of residents",
        "and damage is still being assessed",
        "so emergency repairs are being carried out",
        "forcing residents to take a detour",
    )
    + ".",
    "Officers "
    + _alt("are still carrying out", "continue to carry out", "have completed")
    + " "
    + _alt(
        "data collection on damaged houses",
        "the cleanup of debris",
        "the distribution of aid",
        "the monitoring of river levels",
        "the evacuation of elderly residents",
    )
    + " "
    + _alt("in {KAB}", "until late at night", "with the help of volunteers")
    + ".",
    "A total of {n:10-900} "
    + _alt("residents", "families", "elderly people and children", "students", "farmers")
    + " "
    + _alt(
        "are still staying at evacuation centers",
        "have been evacuated to safe places",
        "need clean water assistance",
        "were forced to flee",
        "have started returning home",
    )
    + " "
    + _alt("in {KAB}", "in several subdistricts", "according to preliminary data", "since the previous night")
    + ".",
]
_FRAME_COPIES = 3

# quotations composed from parts, added to the fixed ones
_QUOTE_FRAMES = {
    "ekonomi": _alt("Kami optimistis", "Kami yakin", "Kami percaya")
    + " "
    + _alt(
        "angka ini akan terus membaik",
        "daya beli masyarakat tetap terjaga",
        "harga akan kembali stabil dalam beberapa pekan",
        "pertumbuhan ekonomi daerah tetap solid",
    )
    + " "
    + _alt(
        "hingga akhir tahun",
        "pada triwulan berikutnya",
        "seiring masuknya musim panen",
        "selama koordinasi tetap berjalan baik",
    ),
    "politik": _alt("Kami mengajak", "Kami meminta", "Kami mengimbau")
    + " "
    + _alt("seluruh masyarakat", "para peserta pemilu", "semua pihak")
    + " "
    + _alt(
        "untuk menjaga suasana tetap damai",
        "agar tidak terpancing isu yang memecah belah",
        "untuk ikut mengawasi jalannya pemilu",
        "agar menghormati apa pun hasil pemilihan",
    ),
    "bencana": _alt("Prioritas kami saat ini adalah", "Fokus kami sekarang adalah", "Yang terpenting saat ini adalah")
    + " "
    + _alt(
        "keselamatan warga",
        "memenuhi kebutuhan dasar pengungsi",
        "membuka akses jalan yang tertutup",
        "mendata seluruh kerusakan secara akurat",
    ),
    "daerah": _alt("Program ini", "Pembangunan ini", "Bantuan ini")
    + " "
    + _alt("kami harapkan dapat", "diharapkan mampu", "semoga bisa")
    + " "
    + _alt(
        "meringankan beban warga",
        "mendorong perekonomian desa",
        "membuka lapangan kerja baru",
        "meningkatkan kualitas hidup masyarakat",
    ),
    "internasional": _alt("Kami", "Pemerintah kami", "Negara kami")
    + " "
    + _alt("siap", "berkomitmen untuk", "akan terus")
    + " "
    + _alt(
        "bekerja sama dengan semua mitra",
        "mendukung upaya perdamaian di kawasan",
        "memperkuat hubungan dengan negara-negara sahabat",
        "membantu mereka yang terdampak konflik",
    ),
    "olahraga": _alt("Kami", "Tim ini", "Para pemain")
    + " "
    + _alt(
        "sudah bekerja keras", "tampil habis-habisan", "bermain sesuai rencana", "belajar banyak dari pertandingan ini"
    )
    + " "
    + _alt(
        "dan hasilnya sesuai harapan",
        "meski hasilnya belum maksimal",
        "sehingga layak mendapat apresiasi",
        "dan akan terus berkembang",
    ),
    "en": "We "
    + _alt("will continue to", "are committed to", "are ready to")
    + " "
    + _alt(
        "serve the public as well as possible",
        "coordinate with all relevant parties",
        "resolve this issue immediately",
        "oversee this program until it is completed",
    ),
}


_QUOTE_FORMS = {
    "id": [
        '"{Q}," kata {QP}.',
        '"{Q}," ujar {QP} [kepada wartawan|dalam keterangan tertulisnya|di sela kegiatan tersebut].',
        '"{Q}. {Q}," tambah {QP}.',
        '{QP} mengatakan, "{Q}."',
        '"{Q}," katanya.',
    ],
    "en": ['"{Q}," {QP} said.', '"{Q}," said {QP}.', '{QP} said, "{Q}."', '"{Q}," {QP} noted in a statement.'],
}

_HEADLINES = {
    "id": [
        "Harga cabai di {CITY} mulai turun jelang akhir pekan",
        "{PROV} perkuat mitigasi bencana hidrometeorologi",
        "Pemerintah siapkan {rpbig} untuk subsidi pupuk",
        "Ekspor nonmigas {PROV} naik {pct}",
        "Pemkot {CITY} percepat perbaikan drainase di pusat kota",
        "Warga {CITY} antusias ikuti vaksinasi gratis",
        "Timnas Indonesia mulai pemusatan latihan di {CITY}",
        "Penumpang kereta api melonjak saat libur panjang",
        "KPU pastikan logistik pemilu di {PROV} tiba tepat waktu",
        "BMKG imbau warga {PROV} waspadai cuaca ekstrem",
        "Wisatawan mancanegara ke {PROV} capai {big} kunjungan",
        "Petani {PROV} mulai panen raya padi",
        "Sebanyak {n:5-60} desa di {PROV} jadi percontohan digitalisasi",
        "Inflasi {PROV} terkendali pada {month} {year}",
    ],
    "en": [
        "Inflation in {PROV} eases to {pct} in {month}",
        "Government allocates {rpbig} for fertilizer subsidies",
        "{PROV} steps up flood mitigation efforts",
        "Tourist arrivals in {PROV} reach {big}",
        "Rice prices in {CITY} begin to ease",
    ],
}

# --- the template engine ----------------------------------------------------------------------

_TOKEN = re.compile(r"\{(@?\w+)(?::([^{}]*))?\}|\[([^\[\]]*)\]")
_COMPILED: dict[str, tuple] = {}

# Interchangeable words: every template word listed here becomes a choice, so two articles built
# from the same template share fewer word shingles (unrelated articles must not look like
# near-duplicates to the MinHash fingerprint).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "mengatakan": ("mengatakan", "menyatakan", "menuturkan", "menjelaskan"),
    "menyebutkan": ("menyebutkan", "mengungkapkan", "memaparkan"),
    "kata": ("kata", "ujar", "tutur"),
    "tambah": ("tambah", "imbuh"),
    "tersebut": ("tersebut", "itu"),
    "sejumlah": ("sejumlah", "beberapa"),
    "berbagai": ("berbagai", "beragam"),
    "hingga": ("hingga", "sampai"),
    "namun": ("namun", "tetapi"),
    "agar": ("agar", "supaya"),
    "karena": ("karena", "lantaran"),
    "saat ini": ("saat ini", "kini"),
    "saat": ("saat", "ketika"),
    "telah": ("telah", "sudah"),
    "digelar": ("digelar", "diselenggarakan", "dilaksanakan"),
    "menggelar": ("menggelar", "menyelenggarakan"),
    "mengimbau": ("mengimbau", "meminta"),
    "meminta": ("meminta", "mendesak"),
    "diminta": ("diminta", "diimbau"),
    "diimbau": ("diimbau", "diminta"),
    "menilai": ("menilai", "berpendapat"),
    "berharap": ("berharap", "mengharapkan"),
    "sekitar": ("sekitar", "kurang lebih"),
    "ditaksir": ("ditaksir", "diperkirakan"),
    "diperkirakan": ("diperkirakan", "diprediksi"),
    "terutama": ("terutama", "khususnya"),
    "kondisi": ("kondisi", "keadaan"),
    "ikut": ("ikut", "turut"),
    "sangat": ("sangat", "amat"),
    "tahun depan": ("tahun depan", "tahun mendatang"),
    "pekan depan": ("pekan depan", "pekan mendatang"),
    "dalam waktu dekat": ("dalam waktu dekat", "secepatnya"),
    "ditargetkan": ("ditargetkan", "diharapkan"),
    "menyiapkan": ("menyiapkan", "mempersiapkan"),
    "merupakan": ("merupakan", "adalah"),
    "wilayah": ("wilayah", "daerah"),
    "Sementara itu": ("Sementara itu", "Di sisi lain"),
    "Selain itu": ("Selain itu", "Di samping itu"),
    "Menurut dia": ("Menurut dia", "Menurutnya"),
    "Ia": ("Ia", "Dia"),
    "said": ("said", "stated"),
    "several": ("several", "a number of"),
    "Meanwhile": ("Meanwhile", "In the meantime"),
    "expected": ("expected", "projected"),
    "residents": ("residents", "locals"),
}
_SYNONYM_RE = re.compile(
    r"(?<![\w-])({})(?![\w-])".format("|".join(re.escape(k) for k in sorted(_SYNONYMS, key=len, reverse=True)))
)


def _literal(text: str) -> list[tuple]:
    out: list[tuple] = []
    pos = 0
    for m in _SYNONYM_RE.finditer(text):
        if m.start() > pos:
            out.append((0, text[pos : m.start()]))
        out.append((1, tuple(((0, word),) for word in _SYNONYMS[m.group(1)])))
        pos = m.end()
    if pos < len(text):
        out.append((0, text[pos:]))
    return out


def _compile(template: str) -> tuple:
    cached = _COMPILED.get(template)
    if cached is not None:
        return cached
    out: list[tuple] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        if m.start() > pos:
            out.extend(_literal(template[pos : m.start()]))
        if m.group(3) is not None:
            out.append((1, tuple(_compile(option) for option in m.group(3).split("|"))))
        else:
            out.append((2, m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(template):
        out.extend(_literal(template[pos:]))
    compiled = tuple(out)
    _COMPILED[template] = compiled
    return compiled


@dataclass(frozen=True, slots=True)
class _Sent:
    text: str
    spans: tuple  # ((start, end, type, surface, canonical), ...) relative to text


def _thousands(n: int, lang: str) -> str:
    s = f"{n:,}"
    return s.replace(",", ".") if lang == "id" else s


def _decimal(whole: int, frac: int, lang: str) -> str:
    return f"{whole},{frac}" if lang == "id" else f"{whole}.{frac}"


class _Ctx:
    """One article's rendering state: its cast, which entities were already mentioned, its values."""

    def __init__(self, rng: random.Random, lang: str, month: dt.date, pin: str, pinc: str, tz: str):
        self.rng = rng
        self.lang = lang
        self.month = month
        self.pin = pin
        self.pinc = pinc
        self.tz = tz
        self.cast: dict[str, object] = {}
        self.seen: dict[tuple[str, str], int] = {}
        self.quotes: list[str] = []
        self._parts: list[str] = []
        self._spans: list[tuple] = []
        self._len = 0

    # rendering
    def render(self, template: str) -> _Sent:
        self._parts, self._spans, self._len = [], [], 0
        self._emit(_compile(template))
        text = "".join(self._parts)
        if text[:1].islower():
            text = text[0].upper() + text[1:]
        return _Sent(text, tuple(self._spans))

    def render_plain(self, template: str) -> str:
        """Render without touching the mention state (headlines)."""
        seen = dict(self.seen)
        text = self.render(template).text
        self.seen = seen
        return text

    def _text(self, s: str) -> None:
        self._parts.append(s)
        self._len += len(s)

    def _emit(self, compiled: tuple) -> None:
        parts, random_ = self._parts, self.rng.random
        for tok in compiled:
            kind = tok[0]
            if kind == 0:
                parts.append(tok[1])
                self._len += len(tok[1])
            elif kind == 1:
                options = tok[1]
                self._emit(options[int(random_() * len(options))])
            else:
                self._slot(tok[1], tok[2])

    def _slot(self, name: str, mod: str | None) -> None:
        if name.startswith("@"):
            self._mention(_REG[name[1:]], mod)
            return
        if name in _LAZY or name in self.cast:
            value = self.get(name)
            if isinstance(value, _Ent):
                self._mention(value, mod)
            else:
                self._text(str(value))
            return
        self._text(self._value(name, mod))

    def _mention(self, e: _Ent, mod: str | None) -> None:
        key = (e.type, e.canonical)
        n = self.seen.get(key, 0)
        if mod == "desc":
            self._desc(e)
            return
        if mod in ("name", "acr") or (mod is None and n > 0):
            surface = e.later[0] if len(e.later) == 1 else self.rng.choice(e.later)
        else:
            if mod is None and e.desc:
                self._desc(e)
                self._text(" ")
            surface = e.first
        start = self._len
        self._text(surface)
        self._spans.append((start, self._len, e.type, surface, e.canonical))
        self.seen[key] = n + 1

    def _desc(self, e: _Ent) -> None:
        for piece in e.desc:
            if isinstance(piece, _Ent):
                self._mention(piece, None)
            else:
                self._text(piece)

    def get(self, name: str) -> object:
        value = self.cast.get(name)
        if value is None:
            value = _LAZY[name](self)
            self.cast[name] = value
        return value

    def _value(self, name: str, mod: str | None) -> str:
        rng, lang = self.rng, self.lang
        if name == "n":
            lo, hi = (int(x) for x in mod.split("-"))
            return _thousands(rng.randint(lo, hi), lang)
        if name == "big":
            return _thousands(rng.randint(1200, 98000), lang)
        if name == "pct":
            return _decimal(rng.randint(1, 9), rng.randint(1, 9), lang) + (" persen" if lang == "id" else " percent")
        if name == "dec":
            lo, hi = (int(x) for x in mod.split("-"))
            return _decimal(rng.randint(lo, hi), rng.randint(1, 9), lang)
        if name == "rp":
            return "Rp" + _thousands(rng.randint(8, 160) * 500, lang)
        if name == "rpbig":
            unit = rng.choice(("miliar", "triliun") if lang == "id" else ("billion", "trillion"))
            return f"Rp{_decimal(rng.randint(1, 99), rng.randint(1, 9), lang)} {unit}"
        if name == "time":
            return f"{rng.randint(7, 21):02d}.{rng.choice((0, 15, 30, 45)):02d} {self.tz}"
        if name == "kurs":
            return "Rp" + _thousands(rng.randint(14100, 16400), lang)
        if name == "mag":
            return _decimal(rng.randint(3, 6), rng.randint(0, 9), lang)
        if name == "score":
            a = rng.randint(1, 4)
            return f"{a}-{rng.randint(0, a - 1)}"
        if name == "draw":
            a = rng.randint(0, 3)
            return f"{a}-{a}"
        if name == "bscore":
            return f"21-{rng.randint(10, 19)} dan 21-{rng.randint(10, 19)}"
        if name == "idx":
            return f"{_thousands(rng.randint(5800, 7900), lang)},{rng.randint(10, 99)}"
        if name == "year":
            return str(self.month.year)
        if name == "month":
            return (MONTHS_ID if lang == "id" else MONTHS_EN)[self.month.month - 1]
        if name == "quarter":
            return rng.choice(("first", "second", "third"))
        if name == "pin":
            return self.pin
        if name == "pinc":
            return self.pinc
        if name == "Q":
            self._emit(_compile(self.quotes.pop()))
            return ""
        raise KeyError(f"unknown template slot {{{name}}}")


def _lazy_countries(ctx: _Ctx, slot: str) -> _Ent:
    used = {ctx.cast.get(s) for s in ("C1", "C2", "C3")}
    options = [e for e in _COUNTRY_ENTS.values() if e not in used]
    return ctx.rng.choice(options)


def _acad(ctx: _Ctx) -> _Ent:
    title = ctx.rng.choice(("Prof. Dr.", "Prof.Dr.", "Dr.")) if ctx.lang == "id" else ctx.rng.choice(("Prof.", "Dr."))
    return _per(_random_name(ctx.rng), title)


def _accented(ctx: _Ctx) -> _Ent:
    word, country, name = ctx.rng.choice(_ACCENTED)
    place = _COUNTRY_ENTS.get(country) or _EXTRA_LOCS[country]
    if ctx.lang == "en":
        return _per(name, desc=(f"{word} from ", place, ""))
    return _per(name, desc=(f"{word} asal ", place, ""))


def _foreign_city2(ctx: _Ctx) -> _Ent:
    city = ctx.get("CITY")
    options = [c for v in _COUNTRIES.values() for c in v[1] if c != getattr(city, "canonical", None)]
    return _loc(ctx.rng.choice(options))


_LAZY = {
    "UNIV": lambda ctx: ctx.rng.choice(_UNIVS if ctx.lang == "id" else _UNIVS_EN),
    "LAWYER": lambda ctx: _per(_random_name(ctx.rng)),
    "ACAD": _acad,
    "DOC": lambda ctx: _per(_random_name(ctx.rng), "Dr."),
    "ACC": _accented,
    "P3": lambda ctx: _per(_random_name(ctx.rng)),
    "P4": lambda ctx: _per(_random_name(ctx.rng)),
    "DESA": lambda ctx: _loc("Desa " + ctx.rng.choice(_VILLAGES)),
    "KEC": lambda ctx: _loc("Kecamatan " + ctx.rng.choice(_VILLAGES)),
    "C1": lambda ctx: _lazy_countries(ctx, "C1"),
    "C2": lambda ctx: _lazy_countries(ctx, "C2"),
    "C3": lambda ctx: _lazy_countries(ctx, "C3"),
    "CITY2": _foreign_city2,
    "url": lambda ctx: "www.indonesia.go.id",
    "PROV": lambda ctx: _loc(
        ctx.rng.choice(list(_PROVINCES)) if ctx.lang == "id" else ctx.rng.choice([v[1] for v in _PROVINCES.values()])
    ),
    "KAB": lambda ctx: _loc(
        f"Kabupaten {ctx.rng.choice(_REGENCIES)[0]}"
        if ctx.lang == "id"
        else f"{ctx.rng.choice(_REGENCIES)[0]} District"
    ),
}

# --- article specification --------------------------------------------------------------------


@dataclass(slots=True)
class _Spec:
    """Everything needed to write one file (and its truth) deterministically."""

    lang: str
    topic: str
    month: dt.date
    pin_kind: str  # correct / wrong / none
    pin_date: dt.date | None
    pin_text: str | None
    dateline_raw: str
    place: str | None
    marker: str | None
    paras: list[list[_Sent]]
    related: list[tuple[int, str]]  # (after paragraph index, headline)
    script_after: int | None  # after paragraph index; -1: after the credits
    credit_lines: list[tuple[str, list[str]]]  # (role, names) in file order, byline excluded
    byline: list[str] | None
    empty_editor: bool
    source: str | None
    source_pos: str  # glued / first / last
    copyright_year: int | None
    copyright_upper: bool
    ai_notice: bool
    glued: bool
    label_spacing: bool
    joiner: str
    curly: bool
    html: bool
    messy: bool
    nfd: bool
    crlf: bool
    encoding: str  # utf-8 / utf-8-sig / cp1252
    gzip: bool
    raw_seed: int
    tags: list[str]
    # real-copy variants (etl/generate_copies.py)
    preamble: str | None = None
    preamble_own_line: bool = False
    link_url: str | None = None
    republisher_url: str | None = None
    republisher_title: str | None = None
    copyright_form: str = "plain"
    related_nospace: bool = False
    one_line: bool = False
    day_inferred: bool = False
    source_url: str | None = None
    antara_site: str | None = None
    antara_article_id: int | None = None


_LABELS = {
    "id": {
        "reporter": "Pewarta",
        "contributor": "Kontributor",
        "photographer": "Fotografer",
        "translator": "Penerjemah",
        "editor": "Editor",
        "source": "Sumber",
        "related": "Baca juga",
    },
    "en": {
        "reporter": "Reporter",
        "contributor": "Contributor",
        "photographer": "Photographer",
        "translator": "Translator",
        "editor": "Editor",
        "source": "Source",
        "related": "Related news",
    },
}


def _month_list(first: dt.date, last: dt.date) -> list[dt.date]:
    months = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        months.append(dt.date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def _pick(rng: random.Random, weights: Sequence[tuple[str, float]]) -> str:
    r = rng.random() * sum(w for _, w in weights)
    for value, w in weights:
        r -= w
        if r < 0:
            return value
    return weights[-1][0]


def _contains_name(city: str, province: str) -> bool:
    return city in province


def _domestic_city(rng: random.Random, topic: str, need_province: bool) -> tuple[str, str, str]:
    if topic == "bencana":
        options = _REGENCIES
    elif topic in ("ekonomi", "politik", "bulutangkis") and not need_province and rng.random() < 0.5:
        return _CITY["Jakarta"]
    else:
        options = _CITIES
    if need_province:
        options = [c for c in options if not _contains_name(c[0], c[1])]
    return rng.choice(options)


def _new_spec(rng: random.Random, months: list[dt.date], variants: bool, mean_words: int) -> _Spec:
    """Draw a fresh article: its story, its credits and every variant of how it is written."""
    tags: list[str] = ["@fresh", "@slot"]
    v = variants

    def draw(tag: str) -> bool:
        return v and rng.random() < VARIANT_SHARES[tag][0]

    month = rng.choice(months)
    lang = "en" if draw("english") else "id"
    tags.append("english" if lang == "en" else "@id")
    international = lang == "id" and rng.random() < VARIANT_SHARES["international"][0]
    if international:
        tags.append("international")

    # dateline style (domestic Indonesian articles) and topic
    style = "base"
    if lang == "id" and not international:
        tags.append("@dl")
        if v:
            styles = [(tag[9:], p) for tag, (p, _) in VARIANT_SHARES.items() if tag.startswith("dateline:")]
            style = _pick(rng, [*styles, ("base", 1 - sum(p for _, p in styles))])
        if style != "base":
            tags.append(f"dateline:{style}")
    if international:
        topic = "internasional"
    elif lang == "en":
        topic = _pick(rng, [("ekonomi", 0.5), ("politik", 0.25), ("bencana", 0.25)])
    elif style == "jacx":
        topic = "ekonomi"
    else:
        topic = _pick(
            rng,
            [
                ("ekonomi", 0.26),
                ("politik", 0.20),
                ("sepakbola", 0.10),
                ("bulutangkis", 0.06),
                ("bencana", 0.14),
                ("daerah", 0.24),
            ],
        )

    # the weekday pin
    r = rng.random()
    p_correct, p_wrong = VARIANT_SHARES["pin:correct"][0], VARIANT_SHARES["pin:wrong"][0]
    pin_kind = "correct" if r < p_correct else "wrong" if r < p_correct + p_wrong else "none"
    tags.append(f"pin:{pin_kind}")
    days = calendar.monthrange(month.year, month.month)[1]
    day = dt.date(month.year, month.month, rng.randint(1, days))
    weekday = day.weekday() if pin_kind == "correct" else (day.weekday() + rng.randint(1, 6)) % 7
    names = WEEKDAYS_ID if lang == "id" else WEEKDAYS_EN
    pin_text = f"{names[weekday]} ({day.day}/{day.month})" if pin_kind != "none" else None
    if pin_text is None:
        pin, pinc = "", ""
    elif lang == "id":
        pin, pinc = f" pada {pin_text}", f", {pin_text}"
    else:
        pin, pinc = f" on {pin_text}", f" on {pin_text}"

    # place and cast
    need_province = style in ("province", "antara_news")
    if topic == "internasional":
        country = rng.choice(list(_COUNTRIES))
        city_name = rng.choice(_COUNTRIES[country][1])
        province = None
        tz = "waktu setempat"
    elif topic == "sepakbola":
        club = rng.choice(_CLUBS)
        city_name, province, _ = _CITY[club[1]]
        country = None
        tz = _PROVINCES[province][2]
    else:
        city_name, province, _ = _domestic_city(rng, topic, need_province)
        country = None
        tz = _PROVINCES[province][2]
    ctx = _Ctx(rng, lang, month, pin, pinc, tz if lang == "id" or topic != "internasional" else "local time")
    _build_cast(ctx, topic, city_name, province, country)
    if topic == "sepakbola":
        _football_cast(ctx, club)

    # dateline
    if style == "video":
        dateline_raw, place, marker = "ANTARA - ", None, "ANTARA"
    elif style == "province":
        dateline_raw, place, marker = f"{city_name}, {province} (ANTARA) - ", f"{city_name}, {province}", "ANTARA"
    elif style == "antara_news":
        abbr = _PROVINCES[province][0] or province
        dateline_raw, place, marker = f"{city_name}, {abbr} (ANTARA News) - ", f"{city_name}, {abbr}", "ANTARA News"
    elif style == "comma":
        dateline_raw, place, marker = f"{city_name}, (Antara News) - ", city_name, "ANTARA News"
    elif style == "jacx":
        dateline_raw, place, marker = f"{city_name} (ANTARA/JACX) – ", city_name, "ANTARA/JACX"
    else:
        dateline_raw, place, marker = f"{city_name} (ANTARA) - ", city_name, "ANTARA"

    # file-level variants
    gz = draw("gzip")
    crlf = draw("crlf")
    cp1252 = draw("cp1252")
    bom = nfd = False
    if not cp1252:
        tags.append("@utf8")
        bom = draw("bom")
        nfd = draw("nfd")
    html = draw("html_entities")
    messy = draw("messy_whitespace")
    hazards = draw("hazards")
    accented = cp1252 or nfd or (v and rng.random() < 0.03)
    for tag, on in (
        ("gzip", gz),
        ("crlf", crlf),
        ("cp1252", cp1252),
        ("bom", bom),
        ("nfd", nfd),
        ("html_entities", html),
        ("messy_whitespace", messy),
        ("hazards", hazards),
        ("accented", accented),
    ):
        if on:
            tags.append(tag)

    # body
    mean = mean_words * (0.85 if lang == "en" or topic in ("sepakbola", "bulutangkis") else 1.0)
    target = int(rng.gauss(mean, mean_words * 0.15))
    target = max(int(mean_words * 0.7), min(int(mean_words * 1.45), target))
    paras = _build_body(ctx, topic, target, hazards, accented, press_release=style == "jacx")

    # credits
    credit_lines: list[tuple[str, list[str]]] = []
    source: str | None = None
    reporters: list[str] = []
    if topic == "internasional":
        credit_lines.append(("translator", [rng.choice(_TRANSLATORS)]))
        source = _COUNTRIES[country][2] or rng.choice(_WIRES)
    elif style == "jacx":
        source = ctx.get("O2").canonical
    else:
        n_rep = 1
        if draw("multi_names"):
            n_rep = 2 if rng.random() < 0.8 else 3
            tags.append("multi_names")
        reporters = rng.sample(_REPORTERS, n_rep)
        tags.append("@reporter")
        credit_lines.append(("reporter", reporters))
        if draw("contributor"):
            credit_lines.append(("contributor", [rng.choice(_CONTRIBUTORS)]))
            tags.append("contributor")
        if lang == "id":
            tags.append("@domestic_id")
            if draw("photographer"):
                credit_lines.append(("photographer", [rng.choice(_PHOTOGRAPHERS)]))
                tags.append("photographer")
        if lang == "en" and rng.random() < 0.3:
            credit_lines.append(("translator", [rng.choice(_TRANSLATORS)]))
    empty_editor = "@reporter" in tags and draw("empty_editor")
    if empty_editor:
        tags.append("empty_editor")
    else:
        credit_lines.append(("editor", [rng.choice(_EDITORS)]))

    byline = None
    if lang == "id" and reporters and month.year <= 2020:
        tags.append("@byline")
        if draw("byline"):
            tags.append("byline")
            byline = reporters
            credit_lines = [c for c in credit_lines if c[0] != "reporter"]

    source_pos = "glued"
    if source:
        tags.append("source")
        tags.append("@source")
        if draw("source_own_line"):
            tags.append("source_own_line")
            source_pos = rng.choice(("first", "last"))
    label_spacing = draw("label_spacing")
    if label_spacing:
        tags.append("label_spacing")
    glued = draw("glued_credits")
    if glued:
        tags.append("glued_credits")
        if source_pos != "glued":  # all credit lines are glued together: the source stays on the body
            source_pos = "glued"
            tags.remove("source_own_line")
            tags.append("source_own_line_dropped")
    joiner = ", "
    if "multi_names" in tags:
        joiner = rng.choice((", ", " dan " if lang == "id" else " and ", "/"))

    copyright_year = None
    copyright_upper = ai_notice = False
    if glued or (v and rng.random() < P_COPYRIGHT):
        copyright_year = rng.randint(max(month.year, FIRST_MONTH.year), LAST_COPYRIGHT_YEAR)
        tags.extend(("copyright", "@copyright"))
        copyright_upper = draw("copyright_upper")
        if copyright_upper:
            tags.append("copyright_upper")
        if copyright_year >= AI_NOTICE_SINCE:
            tags.append("@copyright_2025")
            ai_notice = draw("ai_notice")
            if ai_notice:
                tags.append("ai_notice")

    # inserted lines
    related: list[tuple[int, str]] = []
    if draw("related") and len(paras) >= 2:
        tags.append("related")
        for _ in range(1 if rng.random() < 0.7 else 2):
            after = rng.randint(0, len(paras) - 2)
            related.append((after, ctx.render_plain(rng.choice(_HEADLINES[lang]))))
        related.sort(key=lambda x: x[0])
    script_after = None
    if draw("script"):
        tags.append("script")
        script_after = rng.randint(0, len(paras) - 2) if len(paras) >= 2 and rng.random() < 0.7 else -1

    encoding = "cp1252" if cp1252 else "utf-8-sig" if bom else "utf-8"
    spec = _Spec(
        lang=lang,
        topic=topic,
        month=month,
        pin_kind=pin_kind,
        pin_date=day if pin_kind == "correct" else None,
        pin_text=pin_text,
        dateline_raw=dateline_raw,
        place=place,
        marker=marker,
        paras=paras,
        related=related,
        script_after=script_after,
        credit_lines=credit_lines,
        byline=byline,
        empty_editor=empty_editor,
        source=source,
        source_pos=source_pos,
        copyright_year=copyright_year,
        copyright_upper=copyright_upper,
        ai_notice=ai_notice,
        glued=glued,
        label_spacing=label_spacing,
        joiner=joiner,
        curly=cp1252,
        html=html,
        messy=messy,
        nfd=nfd,
        crlf=crlf,
        encoding=encoding,
        gzip=gz,
        raw_seed=rng.getrandbits(32),
        tags=sorted(set(tags)),
    )
    return draw_copy_variants(spec, variants)


def _office(title: str, name: str, later: tuple[str, ...] | None = None) -> _Ent:
    return _per(name, title, later=later)


def _build_cast(ctx: _Ctx, topic: str, city: str, province: str | None, country: str | None) -> None:
    rng, lang, cast = ctx.rng, ctx.lang, ctx.cast
    if country:
        cast["CITY"] = _loc(city)
        cast["C1"] = _COUNTRY_ENTS[country]
    else:
        cast["CITY"] = _loc(city)
        prov_name = province if lang == "id" else _PROVINCES[province][1]
        cast["PROV"] = _loc(prov_name)
        kab = _CITY[city] if _CITY[city][2] == "kab" else None
        if kab is None:
            same = [c for c in _REGENCIES if c[1] == province]
            kab = rng.choice(same or _REGENCIES)
        cast["KAB"] = _loc(f"Kabupaten {kab[0]}" if lang == "id" else f"{kab[0]} District")
        cast["_kab"] = kab[0]
    if lang == "en":
        if topic == "ekonomi":
            title, name, org = rng.choice(_ECON_OFFICIALS_EN)
        elif topic == "politik":
            title, name, org = rng.choice(_POL_OFFICIALS_EN)
        else:
            title, name, org = rng.choice(_DISASTER_OFFICIALS_EN)
        cast["P1"], cast["O1"] = _office(title, name), _REG[org]
        univ = rng.choice(_UNIVS_EN)
        cast["UNIV"] = univ
        cast["P2"] = _per(_random_name(rng), desc=("", univ, " economist" if topic == "ekonomi" else " analyst"))
        return
    if topic == "ekonomi":
        title, name, org = rng.choice(_ECON_OFFICIALS)
        cast["P1"], cast["O1"] = _office(title, name), _REG[org]
        cast["P2"] = _per(_random_name(rng), desc=("ekonom ", rng.choice(_UNIVS + _THINK_TANKS), ""))
        cast["O2"] = rng.choice(_COMPANIES)
    elif topic == "politik":
        title, name, org = rng.choice(_POL_OFFICIALS)
        cast["P1"], cast["O1"] = _office(title, name), _REG[org]
        univ = rng.choice(_UNIVS)
        cast["UNIV"] = univ
        cast["P2"] = _per(_random_name(rng), desc=("pengamat politik dari ", univ, ""))
        cast["P3"] = _per(_random_name(rng), desc=("politikus ", rng.choice(_PARTIES), ""))
    elif topic in ("sepakbola", "bulutangkis"):
        title, name, org = rng.choice(_SPORT_OFFICIALS)
        cast["P3"] = _office(title, name)
        if topic == "bulutangkis":
            cast["O1"] = _REG["PBSI"]
            event = rng.choice(("putra", "putri"))
            cast["ATH"] = _per(
                rng.choice(_SHUTTLERS[event]), desc=(f"pebulu tangkis tunggal {event} ", _REG["Indonesia"], "")
            )
            cast["C1"] = rng.choice([e for n, e in _COUNTRY_ENTS.items() if n != "Amerika Serikat"])
    elif topic == "bencana":
        kab = cast["_kab"]
        cast["P1"] = _office(f"Kepala Pelaksana BPBD {kab}", _stable_name(f"bpbd/{kab}"))
        cast["O1"] = _org(
            f"Badan Penanggulangan Bencana Daerah Kabupaten {kab}",
            first=f"Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten {kab}",
            later=(f"BPBD {kab}",),
        )
        title, name, _org_key = rng.choice(_DISASTER_OFFICIALS)
        cast["P2"] = _office(title, name)
        cast["EVENT"] = rng.choice(("banjir", "longsor", "gempa", "kebakaran", "angin"))
    elif topic == "daerah":
        r = rng.random()
        if r < 0.5:
            cast["P1"] = _office(f"Gubernur {province}", _stable_name(f"gubernur/{province}"))
            cast["O1"] = _org(
                f"Pemerintah Provinsi {province}",
                first=f"Pemerintah Provinsi (Pemprov) {province}",
                later=(f"Pemprov {province}",),
            )
        else:
            kind = _CITY[city][2]
            if kind == "kab":
                cast["P1"] = _office(f"Bupati {city}", _stable_name(f"bupati/{city}"))
                cast["O1"] = _org(
                    f"Pemerintah Kabupaten {city}",
                    first=f"Pemerintah Kabupaten (Pemkab) {city}",
                    later=(f"Pemkab {city}",),
                )
            else:
                cast["P1"] = _office(f"Wali Kota {city}", _stable_name(f"walikota/{city}"))
                cast["O1"] = _org(
                    f"Pemerintah Kota {city}", first=f"Pemerintah Kota (Pemkot) {city}", later=(f"Pemkot {city}",)
                )
        office = rng.choice(("Dinas Kesehatan", "Dinas Tenaga Kerja", "Dinas Pekerjaan Umum", "Dinas Pendidikan"))
        cast["P2"] = _office(f"Kepala {office} {province}", _random_name(rng))
        cast["url"] = "www." + re.sub(r"[^a-z]", "", province.lower()) + "prov.go.id"
    elif topic == "internasional":
        leaders = _COUNTRIES[country][3]
        title, name, later = rng.choice(leaders)
        cast["P1"] = _office(title, name, (name, *later))
        c2_name = rng.choice([c for c in _COUNTRIES if c != country])
        cast["C2"] = _COUNTRY_ENTS[c2_name]
        t2, n2, l2 = rng.choice(_COUNTRIES[c2_name][3])
        cast["P2"] = _office(t2, n2, (n2, *l2))
        cast["O1"] = _REG[rng.choice(_INTL_ORGS)]
        cast["O2"] = _org(f"Kementerian Luar Negeri {country}")


def _football_cast(ctx: _Ctx, club: tuple[str, str, str]) -> None:
    rng, cast = ctx.rng, ctx.cast
    home = _org(club[0])
    others = [c for c in _CLUBS if c != club]
    away, third = rng.sample(others, 2)
    cast["O1"], cast["O2"], cast["O3"] = home, _org(away[0]), _org(third[0])
    cast["STADIUM"] = _loc(club[2])
    coach, later = _COACHES[zlib.crc32(club[0].encode()) % len(_COACHES)]
    cast["P1"] = _per(coach, desc=("pelatih ", home, ""), later=(coach, *later) if later[0] != coach else later)
    position = rng.choice(("penyerang", "gelandang", "bek sayap"))
    cast["P2"] = _per(_random_name(rng), desc=(position,))


def _speaker_slots(topic: str, lang: str) -> list[str]:
    if lang == "en":
        return ["P1", "P1", "P2"]
    return {
        "ekonomi": ["P1", "P1", "P2"],
        "politik": ["P1", "P1", "P2", "P3"],
        "sepakbola": ["P1", "P1", "P2"],
        "bulutangkis": ["ATH", "ATH", "P3"],
        "bencana": ["P1", "P1", "P2"],
        "daerah": ["P1", "P1", "P2"],
        "internasional": ["P1", "P1", "P2"],
    }[topic]


def _quote_pool(topic: str, lang: str) -> list[str]:
    if lang == "en":
        return _QUOTES[f"en:{topic}"] + [_QUOTE_FRAMES["en"]] * 3
    key = "olahraga" if topic in ("sepakbola", "bulutangkis") else topic
    return _QUOTES[key] + [_QUOTE_FRAMES[key]] * 3


def _build_body(
    ctx: _Ctx, topic: str, target_words: int, hazards: bool, accented: bool, press_release: bool = False
) -> list[list[_Sent]]:
    rng, lang = ctx.rng, ctx.lang
    key = topic if lang == "id" else f"en:{topic}"
    if topic == "bencana" and lang == "id":
        event = ctx.cast["EVENT"]
        leads = _LEADS[f"bencana:{event}"]
        body_pool = _BODY["bencana"] + _BODY[f"bencana:{event}"]
    else:
        leads = _LEADS["jacx" if press_release else key]
        body_pool = list(_BODY[key])
    body_pool += _FRAMES.get(key, []) * _FRAME_COPIES
    quotes = list(_quote_pool(topic, lang))
    rng.shuffle(quotes)
    ctx.quotes = quotes
    speakers = _speaker_slots(topic, lang)
    topic_left = list(body_pool)
    rng.shuffle(topic_left)
    generic_left = list(_GENERIC["intl" if topic == "internasional" else lang])
    rng.shuffle(generic_left)

    paras: list[list[_Sent]] = [[ctx.render(rng.choice(leads))]]
    words = len(paras[0][0].text.split())
    extra: list[list[_Sent]] = []
    if hazards:
        picks = rng.sample(_HAZARDS[lang], 2 if rng.random() < 0.4 else 1)
        extra.append([ctx.render(t) for t in picks])
    if accented:
        extra.append([ctx.render(_ACCENT_SENTENCE[lang])])
    words += sum(len(s.text.split()) for p in extra for s in p)

    while words < target_words:
        r = rng.random()
        if r < 0.22 and ctx.quotes:
            form = rng.choice(_QUOTE_FORMS[lang]).replace("{QP}", "{" + rng.choice(speakers) + "}")
            if form.count("{Q}") > len(ctx.quotes):
                continue
            para = [ctx.render(form)]
        elif r < 0.34 and generic_left:
            para = [ctx.render(generic_left.pop())]
            if topic_left and rng.random() < 0.5:
                para.append(ctx.render(topic_left.pop()))
        else:
            k = 1 if rng.random() < 0.55 else 2
            para = []
            for _ in range(k):
                if not topic_left and generic_left:
                    para.append(ctx.render(generic_left.pop()))
                    continue
                if not topic_left:  # a very long article: the pool starts again
                    topic_left = list(body_pool)
                    rng.shuffle(topic_left)
                para.append(ctx.render(topic_left.pop()))
        paras.append(para)
        words += sum(len(s.text.split()) for s in para)

    for p in extra:
        paras.insert(rng.randint(1, len(paras)), p)
    return paras


# --- from a spec to the truth and the raw bytes -----------------------------------------------


def _curl(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _truth_paragraphs(spec: _Spec) -> tuple[list[str], list[tuple]]:
    paragraphs: list[str] = []
    entities: list[tuple] = []
    offset = 0
    for para in spec.paras:
        pos = 0
        texts = []
        for sent in para:
            for start, end, etype, surface, canonical in sent.spans:
                entities.append((offset + pos + start, offset + pos + end, etype, surface, canonical))
            texts.append(sent.text)
            pos += len(sent.text) + 1
        text = " ".join(texts)
        if spec.curly:
            text = _curl(text)
        paragraphs.append(text)
        offset += len(text) + 2
    return paragraphs, entities


def _names(names: list[str], joiner: str) -> str:
    if len(names) == 1:
        return names[0]
    if joiner.strip() in ("dan", "and"):
        return ", ".join(names[:-1]) + joiner + names[-1]
    return joiner.join(names)


def _quote_edge(text: str) -> tuple[bool, bool]:
    return text[:1] in '"“', text[-1:] in '"”'


def _raw_text(spec: _Spec, paragraphs: list[str]) -> str:
    rng = random.Random(spec.raw_seed)
    labels = _LABELS[spec.lang]
    colon = " : " if spec.label_spacing else ": "
    out = [f" date {spec.month.year:04d}-{spec.month.month:02d} "]
    if spec.byline:
        out.append(f"{labels['reporter']}{colon}{_names(spec.byline, spec.joiner)}\n")
    if spec.preamble:  # a photo caption line, or a pull quote glued before the dateline
        out.append(spec.preamble + ("\n" if spec.preamble_own_line else " "))
    out.append(spec.dateline_raw)

    def dress(p: str) -> str:
        if spec.html:
            p = p.replace("&", "&amp;").replace('"', "&quot;")
        if spec.html or spec.messy:
            words = p.split(" ")
            if len(words) > 4:
                seps = [" "] * (len(words) - 1)
                for i in rng.sample(range(len(seps)), min(3, len(seps))):
                    if spec.html and (not spec.messy or rng.random() < 0.5):
                        seps[i] = "&nbsp;"
                    else:
                        seps[i] = rng.choice(("  ", "\u00a0", " \u00a0 ", "   "))
                p = words[0] + "".join(sep + word for sep, word in zip(seps, words[1:]))
        return p

    inserts: dict[int, list[str]] = {}
    for after, headline in spec.related:
        inserts.setdefault(after, []).append(f"{labels['related']}:{'' if spec.related_nospace else ' '}{headline}")
    if spec.script_after is not None and spec.script_after >= 0:
        inserts.setdefault(spec.script_after, []).append(SCRIPT_LEFTOVER)
    body: list[str] = []
    for i, p in enumerate(paragraphs):
        if i:
            lines = inserts.get(i - 1)
            if lines:
                for line in lines:
                    body.append(rng.choice(("\n", "\n\n")) + line)
                body.append(rng.choice(("\n", "\n\n")))
            elif _quote_edge(paragraphs[i - 1])[1] and _quote_edge(p)[0]:
                body.append("\n")
        body.append(dress(p))
    out.extend(body)

    source_line = f"{labels['source']}: {spec.source}" if spec.source else None
    if source_line and spec.source_pos == "glued":
        out.append(source_line)
    lines = [f"{labels[role]}{colon}{_names(names, spec.joiner)}" for role, names in spec.credit_lines]
    if spec.empty_editor:
        lines.append(f"{labels['editor']} :&nbsp;")
    if source_line and spec.source_pos == "first":
        lines.insert(0, source_line)
    elif source_line and spec.source_pos == "last":
        lines.append(source_line)
    copyright_text = None
    if spec.copyright_year is not None:
        copyright_text = copyright_line(spec.copyright_form, spec.copyright_upper, spec.copyright_year)
    gap = " " if spec.one_line else "\n\n"  # one-line copies: everything glued with spaces
    if spec.glued and lines:
        out.append("\n\n" + "".join(lines) + " " + copyright_text)
        if spec.link_url:
            out.append("\n" + spec.link_url)
    else:
        out.extend(gap + line for line in lines)
        if spec.link_url:  # the page's link between the credits and the copyright line
            out.append("\n" + spec.link_url)
        if copyright_text:
            out.append(gap + copyright_text)
    if spec.ai_notice:
        out.append(gap + AI_NOTICE)
    if spec.script_after == -1:
        out.append(gap + SCRIPT_LEFTOVER)
    out.append(republisher_lines(spec))
    out.append("\n\n")
    return "".join(out)


def _encode(spec: _Spec, text: str) -> bytes:
    if spec.nfd:
        text = unicodedata.normalize("NFD", text)
    if spec.crlf:
        text = text.replace("\n", "\r\n")
    if spec.encoding == "cp1252":
        data = text.encode("cp1252")
    else:
        data = text.encode("utf-8")
        if spec.encoding == "utf-8-sig":
            data = b"\xef\xbb\xbf" + data
    if spec.gzip:
        data = gzip.compress(data, compresslevel=6, mtime=0)
    return data


# --- ground truth records ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """An entity mention inserted into the body: body[start:end] == surface."""

    start: int
    end: int
    type: str  # PER / ORG / LOC
    surface: str
    canonical: str  # the entity's name without title, descriptor or acronym


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    """The ground truth of one generated file (what the pipeline should make of it)."""

    path: str  # relative to the corpus root, POSIX separators
    published_month: dt.date  # first day of the header's month
    published_date: dt.date | None  # the day of a calendar-correct weekday pin
    day_pin: str | None  # the pin as written ("Rabu (3/5)"), also when its weekday is wrong
    dateline_place: str | None
    agency_marker: str | None
    paragraphs: list[str]
    lead: str | None  # the first sentence of the first paragraph
    credits: list[tuple[str, str]]  # (role, name) in file order
    source: str | None
    related_headlines: list[str]
    copyright_year: int | None
    boilerplate: list[str]  # kinds present, sorted: ai_notice, copyright, script
    entities: list[EntitySpan]
    language: str  # id / en
    topic: str
    encoding: str  # utf-8 / utf-8-sig / cp1252 (before gzip)
    variants: list[str]  # variant tags; "@..." tags name the populations the file belongs to
    expected_status: str  # loaded / duplicate / quarantined
    expected_reason: str | None  # etl.records.Reason value when quarantined
    duplicate_of: str | None = None
    near_duplicate_of: str | None = None
    sha256: str = ""  # of the file's bytes as written
    size: int = 0
    # real-copy variants (etl/generate_copies.py)
    flags: list[str] = dataclasses.field(default_factory=list)  # etl.records.ArticleFlag values, sorted
    preamble: str | None = None
    headline: str | None = None
    source_url: str | None = None
    antara_site: str | None = None
    antara_article_id: int | None = None
    published_weekday: int | None = None  # ISO, of the attribution

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    def to_json(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        d["published_month"] = self.published_month.isoformat()
        d["published_date"] = self.published_date.isoformat() if self.published_date else None
        d["credits"] = [list(c) for c in self.credits]
        d["entities"] = [[e.start, e.end, e.type, e.surface, e.canonical] for e in self.entities]
        return d

    @classmethod
    def from_json(cls, d: dict) -> GeneratedArticle:
        d = dict(d)
        d["published_month"] = dt.date.fromisoformat(d["published_month"])
        d["published_date"] = dt.date.fromisoformat(d["published_date"]) if d["published_date"] else None
        d["credits"] = [tuple(c) for c in d["credits"]]
        d["entities"] = [EntitySpan(*e) for e in d["entities"]]
        return cls(**d)


def _pin_weekday(spec: _Spec) -> int | None:
    """ISO weekday named by the attribution (the pin), right or wrong."""
    if not spec.pin_text:
        return None
    name = spec.pin_text.split(" (", 1)[0]
    names = WEEKDAYS_ID if spec.lang == "id" else WEEKDAYS_EN
    return names.index(name) + 1 if name in names else None


def _truth(spec: _Spec, path: str, data: bytes, paragraphs: list[str], entities: list[tuple]) -> GeneratedArticle:
    credits: list[tuple[str, str]] = []
    if spec.byline:
        credits.extend((Role.REPORTER.value, n) for n in spec.byline)
    for role, names in spec.credit_lines:
        credits.extend((role, n) for n in names)
    tags = list(spec.tags)
    if any(not p.lstrip('"“')[:1].isascii() for p in paragraphs[1:]):
        tags = sorted({*tags, "accented_capital_glue"})  # a glued paragraph starts with a capital like É
    boilerplate = []
    if spec.ai_notice:
        boilerplate.append("ai_notice")
    if spec.copyright_year is not None:
        boilerplate.append("copyright")
    if spec.script_after is not None:
        boilerplate.append("script")
    return GeneratedArticle(
        path=path,
        published_month=spec.month,
        published_date=spec.pin_date,
        day_pin=spec.pin_text,
        dateline_place=spec.place,
        agency_marker=spec.marker,
        paragraphs=paragraphs,
        lead=spec.paras[0][0].text if spec.paras else None,
        credits=credits,
        source=spec.source,
        related_headlines=[h for _, h in spec.related],
        copyright_year=spec.copyright_year,
        boilerplate=boilerplate,
        entities=[EntitySpan(*e) for e in entities],
        language=spec.lang,
        flags=expected_flags(spec, credits, spec.lang),
        preamble=spec.preamble,
        headline=spec.republisher_title,
        source_url=spec.source_url,
        antara_site=spec.antara_site,
        antara_article_id=spec.antara_article_id,
        published_weekday=_pin_weekday(spec),
        topic=spec.topic,
        encoding=spec.encoding,
        variants=tags,
        expected_status="loaded",
        expected_reason=None,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )


def _render(spec: _Spec, path: str) -> tuple[bytes, GeneratedArticle]:
    paragraphs, entities = _truth_paragraphs(spec)
    for p in paragraphs:
        problems = paragraph_problems(p)
        if problems:  # a template bug: the truth would not be recoverable from the raw text
            raise AssertionError(f"{path}: paragraph {p!r}: {problems}")
    data = _encode(spec, _raw_text(spec, paragraphs))
    return data, _truth(spec, path, data, paragraphs, entities)


# --- checks shared with the tests --------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    _words("dr drs dra ir prof jl jln no st pt cv mr mrs ms jr sr vs etc dkk dll dsb yth sd tgl")
)
PIN_PATTERN = re.compile(
    r"\b(?P<weekday>"
    + "|".join(WEEKDAYS_ID + WEEKDAYS_EN)
    + r")\s*\(\s*(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*\)",
    re.IGNORECASE,
)
_FORBIDDEN_LABEL = re.compile(
    r"\b(?:Pewarta|Penerjemah|Editor|Fotografer|Kontributor|Sumber|Reporter|Translator|Photographer|Contributor"
    r"|Source)\s*:",
    re.IGNORECASE,
)
_FORBIDDEN_TEXT = (
    "baca juga",
    "related news",
    "adsbygoogle",
    "©",
    "copyright",
    "dilarang keras",
    "(antara",
    "(c)",
    "\n",
    "\t",
    "\r",
)


_FINAL_STOP = re.compile(r'[.!?]["”]?\Z')
_STOP_BEFORE_LETTER = re.compile(r'[.!?](?=["“”]?([^\W\d_]))')


def _token_before(text: str, pos: int) -> str:
    start = pos
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"“'":
        start -= 1
    return text[start:pos]


def paragraph_problems(p: str) -> list[str]:
    """Why a truth paragraph could not be recovered from glued raw text ([] when it can)."""
    problems = []
    if p != " ".join(p.split()):
        problems.append("whitespace is not normalised")
    if unicodedata.normalize("NFC", p) != p:
        problems.append("not NFC")
    first = p[1:2] if p[:1] in '"“' else p[:1]
    if not first.isupper():
        problems.append("does not start with a capital letter")
    m = _FINAL_STOP.search(p)
    if not m:
        problems.append("does not end with a full stop")
    else:
        stop = m.start()
        prev = p[stop - 1 : stop]
        token = _token_before(p, stop)
        if not (prev.islower() or prev.isdigit() or prev == ")"):
            problems.append(f"the final stop follows {prev!r}")
        if "." in token or token.lower() in _ABBREVIATIONS or token.lower().startswith(("http", "www")):
            problems.append(f"the final stop follows the token {token!r}")
    for g in _STOP_BEFORE_LETTER.finditer(p):
        i = g.start()
        if not g.group(1).isupper():
            continue
        if i > 0 and p[i - 1].isupper():
            continue  # initials: S.H., U.S.
        if _token_before(p, i).lower() in ("prof", "dr"):
            continue  # Prof.Dr.
        problems.append(f"a stop glued to a capital at {i}: {p[max(0, i - 20) : i + 20]!r}")
    if p.count('"') % 2 or p.count("“") != p.count("”"):
        problems.append("unbalanced quotes")
    lower = p.lower()
    for needle in _FORBIDDEN_TEXT:
        if needle in lower:
            problems.append(f"contains {needle!r}")
    if ":" in p and _FORBIDDEN_LABEL.search(p):
        problems.append(f"contains the credit label {_FORBIDDEN_LABEL.search(p).group(0)!r}")
    return problems


# --- the corpus -------------------------------------------------------------------------------


class Manifest(Sequence[GeneratedArticle]):
    """The truth of a generated corpus, read lazily from ``manifest.jsonl`` (one file per line)."""

    def __init__(self, path: str | os.PathLike[str], offsets: array | None = None):
        self.path = Path(path)
        if offsets is None:
            offsets = array("q")
            with open(self.path, "rb") as fh:
                pos = 0
                for line in fh:
                    offsets.append(pos)
                    pos += len(line)
        self._offsets = offsets

    @property
    def root(self) -> Path:
        return self.path.parent

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        with open(self.path, "rb") as fh:
            fh.seek(self._offsets[index])
            return GeneratedArticle.from_json(json.loads(fh.readline()))

    def __iter__(self) -> Iterator[GeneratedArticle]:
        with open(self.path, "rb") as fh:
            for line in fh:
                yield GeneratedArticle.from_json(json.loads(line))

    def __repr__(self) -> str:
        return f"Manifest({str(self.path)!r}, {len(self)} files)"


def read_manifest(out_dir: str | os.PathLike[str]) -> Manifest:
    return Manifest(Path(out_dir) / MANIFEST_NAME)


@dataclass(slots=True)
class _Recent:
    spec: _Spec
    truth: GeneratedArticle
    data: bytes


def _file_name(index: int, width: int, month: dt.date, gz: bool) -> str:
    return f"{month.year:04d}/{month.month:02d}/antara_{index:0{width}d}.txt" + (".gz" if gz else "")


def _reissue(spec: _Spec, rng: random.Random) -> _Spec | None:
    """The same story with one sentence (not in the lead paragraph) replaced by an update."""
    last = len(spec.paras) - (1 if spec.day_inferred else 0)  # keep the paragraph whose date pins the day
    candidates = [(i, j) for i, para in enumerate(spec.paras) if 0 < i < last for j in range(len(para))]
    if not candidates:
        return None
    plain = [(i, j) for i, j in candidates if not spec.paras[i][j].spans]
    i, j = rng.choice(plain or candidates)
    ctx = _Ctx(rng, spec.lang, spec.month, "", "", "WIB")
    new = ctx.render(rng.choice(_UPDATES[spec.lang]))
    paras = [list(p) for p in spec.paras]
    paras[i][j] = new
    tags = sorted({t for t in spec.tags if t not in ("@fresh",)} | {"near_duplicate"})
    return dataclasses.replace(spec, paras=paras, tags=tags)


def _break(spec: _Spec, kind: str) -> tuple[_Spec, str]:
    """Turn a fresh article into a planted bad file: (spec, expected reason)."""
    tags = ["@slot", f"bad:{kind}"]
    plain = {
        "html": False,
        "messy": False,
        "nfd": False,
        "crlf": False,
        "encoding": "utf-8",
        "curly": False,
        "tags": tags,
        "gzip": kind == "gzip_corrupt",
    }
    if kind == "missing_credits":  # loaded since parse-2, flagged no_credits
        return dataclasses.replace(
            spec, credit_lines=[], byline=None, empty_editor=False, source=None, glued=False, **plain
        ), ""
    if kind == "missing_dateline":  # loaded since parse-2, flagged no_dateline
        return dataclasses.replace(spec, dateline_raw="", place=None, marker=None, **plain), ""
    if kind == "missing_body":
        return dataclasses.replace(
            spec, paras=[], related=[], script_after=None, pin_date=None, pin_text=None, source=None, **plain
        ), Reason.MISSING_BODY.value
    if kind == "empty_file":
        return dataclasses.replace(spec, **plain), Reason.EMPTY_FILE.value
    return dataclasses.replace(spec, **plain), Reason.GZIP_CORRUPT.value


def _make_file(
    index: int, rng: random.Random, recent: deque, variants: bool, months: list[dt.date], mean_words: int, width: int
) -> tuple[bytes, GeneratedArticle, _Recent | None]:
    roll = rng.random()
    if variants and recent and roll < P_DUPLICATE:
        orig: _Recent = rng.choice(recent)
        path = _file_name(index, width, orig.spec.month, orig.spec.gzip)
        tags = sorted({t for t in orig.truth.variants if t != "@fresh"} | {"duplicate"})
        truth = dataclasses.replace(
            orig.truth, path=path, expected_status="duplicate", duplicate_of=orig.truth.path, variants=tags
        )
        return orig.data, truth, None
    if variants and recent and roll < P_DUPLICATE + P_NEAR_DUPLICATE:
        orig = rng.choice(recent)
        spec = _reissue(orig.spec, rng)
        if spec is not None:
            data, truth = _render(spec, _file_name(index, width, spec.month, spec.gzip))
            return data, dataclasses.replace(truth, near_duplicate_of=orig.truth.path), None
    bad_kind = None
    if variants:
        edge = P_DUPLICATE + P_NEAR_DUPLICATE
        for kind, p in P_BAD.items():
            if edge <= roll < edge + p:
                bad_kind = kind
            edge += p
    spec = _new_spec(rng, months, variants and bad_kind is None, mean_words)
    if bad_kind is None:
        path = _file_name(index, width, spec.month, spec.gzip)
        data, truth = _render(spec, path)
        return data, truth, _Recent(spec, truth, data)
    spec, reason = _break(spec, bad_kind)
    path = _file_name(index, width, spec.month, spec.gzip)
    data, truth = _render(spec, path)
    if bad_kind == "missing_credits":
        truth = dataclasses.replace(truth, credits=[], source=None)
    if not reason:  # not bad any more: an article with something missing
        return data, truth, None
    if bad_kind == "empty_file":
        data = b""
    elif bad_kind == "gzip_corrupt":
        data = data[: max(12, len(data) // 2)]
    truth = dataclasses.replace(
        truth,
        expected_status="quarantined",
        expected_reason=reason,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
    return data, truth, None


def generate_corpus(
    out_dir: str | os.PathLike[str],
    n_files: int,
    seed: int = 0,
    variants: bool = True,
    *,
    mean_words: int = DEFAULT_MEAN_WORDS,
    first_month: dt.date = FIRST_MONTH,
    last_month: dt.date = LAST_MONTH,
) -> Manifest:
    """Write ``n_files`` raw article files under ``out_dir`` plus ``manifest.jsonl`` (their truth).

    Returns the manifest as a lazy sequence of :class:`GeneratedArticle` (file-index order).
    ``variants=False`` writes only the plain format of the sample file (UTF-8, ``City (ANTARA) - ``,
    glued paragraphs, Sumber/Penerjemah/Editor or Pewarta/Editor credits, weekday pins): no
    variants, duplicates, re-issues or planted bad files.
    """
    if n_files < 0:
        raise ValueError("n_files must not be negative")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    months = _month_list(first_month, last_month)
    width = max(6, len(str(max(n_files - 1, 0))))
    recent: deque[_Recent] = deque(maxlen=64)
    offsets = array("q")
    made: set[str] = set()
    manifest_path = out / MANIFEST_NAME
    tmp_path = out / (MANIFEST_NAME + ".tmp")
    pos = 0
    with open(tmp_path, "wb") as mf:
        for index in range(n_files):
            rng = random.Random(f"antara-generate/{seed}/{index}")
            data, truth, keep = _make_file(index, rng, recent, variants, months, mean_words, width)
            folder = truth.path.rsplit("/", 1)[0]
            if folder not in made:
                (out / folder).mkdir(parents=True, exist_ok=True)
                made.add(folder)
            with open(out / truth.path, "wb") as fh:
                fh.write(data)
            if keep is not None:
                recent.append(keep)
            line = (json.dumps(truth.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
            offsets.append(pos)
            mf.write(line)
            pos += len(line)
    os.replace(tmp_path, manifest_path)
    return Manifest(manifest_path, offsets)


# --- bad inputs -------------------------------------------------------------------------------


def _tiny_png() -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1x1 pixel, 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\xcc\x33\x00"))
        + chunk(b"IEND", b"")
    )


def _plain_parts() -> tuple[str, str, str]:
    """(dateline, body, credit block) of one fixed plain article, for the bad inputs."""
    rng = random.Random("antara-generate/bad-inputs")
    while True:
        spec = _new_spec(rng, [dt.date(2023, 5, 1)], False, DEFAULT_MEAN_WORDS)
        if spec.topic != "internasional":
            break
    paragraphs, _ = _truth_paragraphs(spec)
    text = _raw_text(spec, paragraphs)
    header = " date 2023-05 "
    assert text.startswith(header + spec.dateline_raw)
    rest = text[len(header) + len(spec.dateline_raw) :]
    cut = rest.index("\n\n")
    return spec.dateline_raw, rest[:cut], rest[cut:]


def write_bad_inputs(
    out_dir: str | os.PathLike[str], *, subdir: str = "bad", large_bytes: int = 20 * 1024 * 1024
) -> dict[str, str]:
    """Write one file per quarantine kind under ``out_dir/subdir``; returns {relative path: reason}.

    Paths are relative to ``out_dir`` (``bad/empty.txt``); reasons are ``etl.records.Reason`` values.
    The files: empty and whitespace-only (empty_file); control-character junk without NUL bytes, a
    1x1 PNG named ``.txt``, an article with NUL bytes inside, an article in UTF-16 (binary_content);
    no header and `` date 2023-xx`` (missing_date_header); month 13 and 1930-01, before ANTARA
    existed (invalid_date); `` date 2999-01`` (future_date); header, dateline and credits only
    (missing_body); ``large_bytes`` (20 MiB) of article text (file_too_large); a gzip
    stream cut short (gzip_corrupt).  Unreadable files and duplicates are for the tests to make.
    """
    root = Path(out_dir)
    (root / subdir).mkdir(parents=True, exist_ok=True)
    dateline, body, credits = _plain_parts()
    article = f" date 2023-05 {dateline}{body}{credits}"
    junk_rng = random.Random("antara-generate/junk")
    controls = [c for c in range(1, 32) if c not in (9, 10, 13)] + [127]
    junk = b"\x7fELF\x02\x01\x01" + bytes(
        junk_rng.choice(controls) if junk_rng.random() < 0.7 else junk_rng.randint(33, 126) for _ in range(4096)
    )
    half = len(body) // 2
    nul_text = f" date 2023-05 {dateline}{body[:half]}\x00\x00\x00{body[half:]}{credits}"
    files: dict[str, tuple[bytes, Reason]] = {
        "empty.txt": (b"", Reason.EMPTY_FILE),
        "whitespace_only.txt": (b"  \n\t \r\n   \n\n", Reason.EMPTY_FILE),
        "binary_junk.txt": (junk, Reason.BINARY_CONTENT),
        "image.txt": (_tiny_png(), Reason.BINARY_CONTENT),
        "nul_bytes.txt": (nul_text.encode("utf-8"), Reason.BINARY_CONTENT),
        "utf16.txt": (article.encode("utf-16"), Reason.BINARY_CONTENT),
        "missing_date_header.txt": (f"{dateline}{body}{credits}".encode(), Reason.MISSING_DATE_HEADER),
        "garbled_date_header.txt": (f" date 2023-xx {dateline}{body}{credits}".encode(), Reason.MISSING_DATE_HEADER),
        "month_13.txt": (f" date 2023-13 {dateline}{body}{credits}".encode(), Reason.INVALID_DATE),
        "before_antara.txt": (f" date 1930-01 {dateline}{body}{credits}".encode(), Reason.INVALID_DATE),
        "future_date.txt": (f" date 2999-01 {dateline}{body}{credits}".encode(), Reason.FUTURE_DATE),
        "credits_only.txt": (f" date 2023-05 {dateline}{credits}".encode(), Reason.MISSING_BODY),
        "truncated.txt.gz": (gzip.compress(article.encode(), mtime=0)[:-40], Reason.GZIP_CORRUPT),
    }
    result: dict[str, str] = {}
    for name, (data, reason) in files.items():
        (root / subdir / name).write_bytes(data)
        result[f"{subdir}/{name}"] = reason.value
    # a file far over the size limit, written in chunks
    big = root / subdir / "too_large.txt"
    head = f" date 2023-05 {dateline}".encode()
    chunk = (body + " ").encode() * 64
    with open(big, "wb") as fh:
        fh.write(head)
        written = len(head)
        tail = credits.encode()
        while written + len(chunk) + len(tail) <= large_bytes:
            fh.write(chunk)
            written += len(chunk)
        fh.write(b"x" * (large_bytes - written - len(tail)))
        fh.write(tail)
    result[f"{subdir}/too_large.txt"] = Reason.FILE_TOO_LARGE.value
    return dict(sorted(result.items()))


# --- command line -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", help="folder to write the corpus into (created if missing)")
    parser.add_argument("--files", type=int, default=1000, help="number of article files (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bad", action="store_true", help="also write one file per quarantine kind under bad/")
    parser.add_argument("--no-variants", action="store_true", help="only the plain format of the sample file")
    parser.add_argument("--mean-words", type=int, default=DEFAULT_MEAN_WORDS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    manifest = generate_corpus(args.out_dir, args.files, args.seed, not args.no_variants, mean_words=args.mean_words)
    summary: dict[str, object] = {"files": len(manifest), "manifest": str(manifest.path)}
    if args.bad:
        bad = write_bad_inputs(args.out_dir)
        bad_path = Path(args.out_dir) / BAD_INPUTS_NAME
        bad_path.write_text(json.dumps(bad, indent=2) + "\n", encoding="utf-8")
        summary["bad_inputs"] = len(bad)
        summary["bad_manifest"] = str(bad_path)
    summary["seconds"] = round(time.perf_counter() - started, 2)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
