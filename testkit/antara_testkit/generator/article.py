"""The article specification: draws a fresh story (topic, cast, credits, every variant) from a seeded RNG."""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from etl import vocabulary

from .constants import AI_NOTICE_SINCE, FIRST_MONTH, LAST_COPYRIGHT_YEAR, WEEKDAYS_EN, WEEKDAYS_ID
from .copies import draw_copy_variants
from .engine import _Ctx, _Sent
from .pools import (
    _CITIES,
    _CITY,
    _CLUBS,
    _COACHES,
    _COMPANIES,
    _CONTRIBUTORS,
    _COUNTRIES,
    _COUNTRY_ENTS,
    _DISASTER_OFFICIALS,
    _DISASTER_OFFICIALS_EN,
    _ECON_OFFICIALS,
    _ECON_OFFICIALS_EN,
    _EDITORS,
    _INTL_ORGS,
    _PARTIES,
    _PHOTOGRAPHERS,
    _POL_OFFICIALS,
    _POL_OFFICIALS_EN,
    _PROVINCES,
    _REG,
    _REGENCIES,
    _REPORTERS,
    _SHUTTLERS,
    _SPORT_OFFICIALS,
    _THINK_TANKS,
    _TRANSLATORS,
    _UNIVS,
    _UNIVS_EN,
    _WIRES,
    _Ent,
    _loc,
    _org,
    _per,
    _random_name,
    _stable_name,
)
from .templates import (
    _ACCENT_SENTENCE,
    _BODY,
    _FRAME_COPIES,
    _FRAMES,
    _GENERIC,
    _HAZARDS,
    _HEADLINES,
    _LEADS,
    _QUOTE_FORMS,
    _QUOTE_FRAMES,
    _QUOTES,
)
from .variants import P_COPYRIGHT, VARIANT_SHARES


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
    # real-copy variants (copies.py)
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


# The labels each edition prints (`Pewarta`, `Reporter`, ..., `Sumber`, `Baca juga`), from etl/vocabulary.py.
_LABELS = {
    language: {
        **{label.role: label.label(language) for label in vocabulary.CREDIT_LABELS},
        "related": (vocabulary.RELATED_LABELS_ENGLISH if language == "en" else vocabulary.RELATED_LABELS_INDONESIAN)[0],
    }
    for language in ("id", "en")
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
