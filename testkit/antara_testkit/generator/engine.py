"""The template engine: compiles ``{slot}`` / ``[a|b]`` templates and renders them with entity spans."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

from .constants import MONTHS_EN, MONTHS_ID
from .pools import (
    _ACCENTED,
    _COUNTRIES,
    _COUNTRY_ENTS,
    _EXTRA_LOCS,
    _PROVINCES,
    _REG,
    _REGENCIES,
    _UNIVS,
    _UNIVS_EN,
    _VILLAGES,
    _Ent,
    _loc,
    _per,
    _random_name,
)

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
