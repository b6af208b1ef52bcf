"""Entities and name pools: the invented people, public institutions and real places articles are built from.

The pools are data files in ``pools/`` (names one per line in ``.txt``; structured pools in ``.json``,
each with a ``_comment`` saying its shape); this module reads them once and builds the entities.
Order matters: the generator draws by index, so reordering a pool changes every corpus.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

POOLS = Path(__file__).with_name("pools")


def _lines(name: str) -> list[str]:
    """A .txt pool: one entry per line; lines starting with '#' are comments."""
    text = (POOLS / f"{name}.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _json(name: str) -> dict[str, Any]:
    return json.loads((POOLS / f"{name}.json").read_text(encoding="utf-8"))


def _tuples(rows: list[list[Any]]) -> list[tuple[Any, ...]]:
    return [tuple(tuple(x) if isinstance(x, list) else x for x in row) for row in rows]


@dataclass(frozen=True, slots=True)
class _Ent:
    type: str  # PER / ORG / LOC
    canonical: str
    first: str  # surface of the first mention
    later: tuple[str, ...]  # surfaces of later mentions
    desc: tuple = ()  # PER: pieces (str | _Ent) written before the first mention, outside its span


def _entity(
    type: str, name: str, acronym: str | None = None, first: str | None = None, later: Sequence[str] | None = None
) -> _Ent:
    """An organisation or place: first mentioned as 'name (acronym)', later by its acronym (else its name)."""
    default_first = f"{name} ({acronym})" if acronym else name
    default_later = (acronym,) if acronym else (name,)
    return _Ent(type, name, first or default_first, tuple(later) if later else default_later)


def _org(full: str, acr: str | None = None, first: str | None = None, later: tuple[str, ...] | None = None) -> _Ent:
    return _entity("ORG", full, acr, first, later)


def _loc(name: str, acr: str | None = None, later: tuple[str, ...] | None = None) -> _Ent:
    return _entity("LOC", name, acr, None, later)


def _per(name: str, title: str | None = None, desc: tuple = (), later: tuple[str, ...] | None = None) -> _Ent:
    return _Ent("PER", name, f"{title} {name}" if title else name, later or (name,), desc)


def _entities(rows: list[dict[str, Any]]) -> list[_Ent]:
    return [_entity(r["type"], r["name"], r.get("acronym"), r.get("first"), r.get("later")) for r in rows]


# --- organisations and fixed places (pools/organisations.json) ---------------------------------
_organisations = _json("organisations")
_REG: dict[str, _Ent] = dict(zip(_organisations["registry"], _entities(list(_organisations["registry"].values()))))
_UNIVS = _entities(_organisations["universities"])
_UNIVS_EN = _entities(_organisations["universities_en"])
_THINK_TANKS = _entities(_organisations["think_tanks"])
_PARTIES = _entities(_organisations["parties"])
_COMPANIES = _entities(_organisations["companies"])

# --- people ------------------------------------------------------------------------------------
_FIRST_NAMES = _lines("first_names")
_LAST_NAMES = _lines("last_names")
# journalists (credits): invented names
_REPORTERS = _lines("reporters")
_EDITORS = _lines("editors")
_TRANSLATORS = _lines("translators")
_PHOTOGRAPHERS = _lines("photographers")
_CONTRIBUTORS = _lines("contributors")

# --- places (pools/places.json, pools/villages.txt) --------------------------------------------
_places = _json("places")
# province -> (abbreviation or None, English name, time zone)
_PROVINCES: dict[str, tuple] = {name: tuple(v) for name, v in _places["provinces"].items()}
# (city, province, "kota" | "kab")
_CITIES = _tuples(_places["cities"])
_CITY = {c[0]: c for c in _CITIES}
_REGENCIES = [c for c in _CITIES if c[2] == "kab"]
_VILLAGES = _lines("villages")

# --- abroad (pools/countries.json, pools/wires.txt) --------------------------------------------
_countries = _json("countries")
# country -> (acronym, cities, wire source, leaders [(title, name, later)])
_COUNTRIES: dict[str, tuple] = {
    name: (v["acronym"], v["cities"], v["wire"], _tuples(v["leaders"])) for name, v in _countries["countries"].items()
}
_WIRES = _lines("wires")
_COUNTRY_ENTS = {name: _loc(name, v[0]) for name, v in _COUNTRIES.items()}
_INTL_ORGS = ["PBB", "ASEAN", "WHO", "IMF", "BankDunia", "UE", "NATO", "WTO"]
# people with accented names (exercise Windows-1252 and NFD): (descriptor word, country, name)
_ACCENTED = _tuples(_countries["accented"])
_EXTRA_LOCS = {name: _loc(name) for name in _countries["extra_places"]}

# --- fixed national office holders (pools/officials.json): (title, name, organisation key) ----
_officials = _json("officials")
_ECON_OFFICIALS = _tuples(_officials["economy"])
_POL_OFFICIALS = _tuples(_officials["politics"])
_SPORT_OFFICIALS = _tuples(_officials["sport"])
_DISASTER_OFFICIALS = _tuples(_officials["disaster"])
_ECON_OFFICIALS_EN = _tuples(_officials["economy_en"])
_POL_OFFICIALS_EN = _tuples(_officials["politics_en"])
_DISASTER_OFFICIALS_EN = _tuples(_officials["disaster_en"])

# --- sport (pools/sport.json): clubs (club, city, stadium), coaches (name, later), shuttlers ----
_sport = _json("sport")
_CLUBS = _tuples(_sport["clubs"])
_COACHES = _tuples(_sport["coaches"])
_SHUTTLERS: dict[str, list[str]] = _sport["shuttlers"]


def _stable_choice(key: str, options: Sequence[str]) -> str:
    return options[zlib.crc32(key.encode("utf-8")) % len(options)]


def _stable_name(key: str) -> str:
    return f"{_stable_choice(key + '/f', _FIRST_NAMES)} {_stable_choice(key + '/l', _LAST_NAMES)}"


def _random_name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"
