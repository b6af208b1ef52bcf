"""Corpus-wide constants: the calendar span, file names, fixed boilerplate, weekday and month names."""

from __future__ import annotations

import datetime as dt

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
