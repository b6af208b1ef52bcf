"""Corpus-wide constants: the calendar span, file names, fixed boilerplate, weekday and month names."""

from __future__ import annotations

import datetime as dt

from etl import vocabulary

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


def _printed(names: dict[str, int]) -> tuple[str, ...]:
    """The first name of each number: the form ANTARA prints today (the vocabulary lists it first)."""
    first: dict[int, str] = {}
    for name, number in names.items():
        first.setdefault(number, name)
    return tuple(first[n] for n in sorted(first))


# Weekdays and months as the articles write them, from etl/vocabulary.py.
WEEKDAYS_ID = _printed(vocabulary.WEEKDAYS_INDONESIAN)
WEEKDAYS_EN = _printed(vocabulary.WEEKDAYS_ENGLISH)
MONTHS_ID = _printed(vocabulary.MONTHS)  # each month's list starts with its Indonesian name
# English month names, for English headlines (the vocabulary's month list is for reading dates).
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
