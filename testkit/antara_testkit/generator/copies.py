"""Generator variants of real ANTARA *copies* (issue 11): what scrapers and republishing sites do to
an article, drawn at realistic shares so tests and benchmarks see them.

Self-contained (it imports nothing else of the generator): `draw_copy_variants` takes a drawn spec and
returns it with the copy variants applied; the raw-text writer reads the spec fields it sets
(`preamble`, `preamble_own_line`, `link_url`, `republisher_title`, `copyright_form`,
`related_nospace`, `one_line`) and the truth takes `flags`, `headline`, `antara_site`,
`antara_article_id`, `published_weekday` from it.  Decisions use their own random stream (seeded
from the spec's raw seed), so adding these variants left every earlier draw of a corpus as it was.

It is our guess at real copies, like the rest of the generator: the product keeps being measured
on real files nobody here has seen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re

from etl import vocabulary

# tag -> (probability, population), merged into the generator's VARIANT_SHARES.
COPY_SHARES: dict[str, tuple[float, str]] = {
    "copy:no_credits": (0.20, "@creditable"),  # scrapes that keep only the body: common
    "copy:weekday_only": (0.30, "@pinned"),  # the attribution gives the weekday, not the date
    "copy:other_event": (0.40, "@weekday_only"),  # ... and a later paragraph dates another event
    "copy:link_line": (0.08, "@fresh"),  # the page's link kept between the credits and the copyright
    "copy:republisher": (0.05, "@fresh"),  # a republishing site's link and `Berita ini telah tayang ...`
    "copy:highlight": (0.04, "@quotable"),  # the pull quote glued before the dateline
    "copy:one_line": (0.50, "@highlight"),  # ... the whole article on one line, credits glued at the end
    "copy:photo_caption": (0.05, "@captionable"),  # a photo caption line above the dateline (older pages)
    "copy:copyright_entity": (0.10, "@copyright"),  # `COPYRIGHT &copy; ANTARA 2017`
    "copy:copyright_mojibake": (0.05, "@copyright"),  # `COPYRIGHT Â© ANTARA 2017`
    "copy:copyright_no_antara": (0.05, "@copyright"),  # `COPYRIGHT &copy; 2016`
    "copy:related_nospace": (0.20, "related"),  # `Baca juga:Headline`
}

# weekday names by Python weekday (Monday 0): the first of each in the vocabulary
_WEEKDAY_NAMES = {
    lang: [next(name for name, n in names.items() if n == i) for i in range(7)]
    for lang, names in (("id", vocabulary.WEEKDAYS_INDONESIAN), ("en", vocabulary.WEEKDAYS_ENGLISH))
}
_OTHER_EVENT = {
    "id": "Peristiwa yang memicu hal itu bermula pada {weekday} ({day}/{month}) malam.",
    "en": "The events that led to it began on {weekday} ({day}/{month}) night.",
}
_REPUBLISHED = {
    "id": "Berita ini telah tayang di Antaranews.com dengan judul: {title}",
    "en": "This article has been published on Antaranews.com under the title: {title}",
}
_CAPTION = {"id": "Suasana kegiatan warga di {place}", "en": "Residents go about their day in {place}"}
_LAST_WORD_LOWER = re.compile(r"(?<![\w-])[a-z]{3,}\Z")


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:8])


def _title(lead: str) -> str:
    words = [w.strip(',.;:"“”') for w in lead.split()[:8]]
    return " ".join(w for w in words if w)


def draw_copy_variants(spec, variants: bool):
    """The spec with this file's copy variants applied (tags, text fields and truth fields)."""
    tags = set(spec.tags)
    rng = random.Random(f"copies/{spec.raw_seed}")

    def draw(tag: str) -> bool:
        return variants and rng.random() < COPY_SHARES[tag][0]

    changes: dict = {}
    paras = spec.paras
    lead = paras[0][0].text if paras and paras[0] else ""

    # the day: the attribution without its own date, sometimes with another event's date later
    if spec.pin_kind == "correct" and spec.pin_text:
        tags.add("@pinned")
        if draw("copy:weekday_only"):
            tags.update(("copy:weekday_only", "@weekday_only"))
            weekday = spec.pin_text.split(" (", 1)[0]
            paras = _replace_in_lead(paras, spec.pin_text, weekday)
            changes.update(pin_text=weekday, pin_date=None)
            day = spec.pin_date
            other = day - dt.timedelta(days=rng.choice((1, 2)))
            if draw("copy:other_event") and other.month == day.month:
                tags.add("copy:other_event")
                names = _WEEKDAY_NAMES[spec.lang]
                sentence = _OTHER_EVENT[spec.lang].format(
                    weekday=names[other.weekday()], day=other.day, month=other.month
                )
                paras = [*paras, [type(paras[0][0])(sentence, ())]]
                changes.update(pin_date=day, day_inferred=True)
    if paras is not spec.paras:
        changes["paras"] = paras

    # credits dropped by the scraper (a byline or glued credits are kept: their lines stay)
    if spec.credit_lines and not spec.byline and not spec.glued and not spec.empty_editor and not spec.label_spacing:
        tags.add("@creditable")
        if draw("copy:no_credits"):
            tags.add("copy:no_credits")
            changes.update(credit_lines=[], source=None)

    # the page link, and what a republishing site adds
    page_id = rng.randint(100_000, 4_999_999)
    site, section = ("en.antaranews.com", "news") if spec.lang == "en" else ("www.antaranews.com", "berita")
    url = f"https://{site}/{section}/{page_id}/{_slug(lead)}"
    if draw("copy:link_line"):
        tags.add("copy:link_line")
        changes["link_url"] = url
    if draw("copy:republisher"):
        tags.add("copy:republisher")
        changes.update(link_url=changes.get("link_url"), republisher_url=url, republisher_title=_title(lead))
    if "link_url" in changes or "republisher_url" in changes:
        changes.update(antara_site=site.removeprefix("www."), antara_article_id=page_id, source_url=url)

    # text before the dateline: a pull quote on the same line, or a photo caption line
    if spec.place and spec.dateline_raw and not spec.dateline_raw.startswith("ANTARA"):
        quotes = [
            s.text[:-1]
            for para in spec.paras[1:]
            for s in para
            if s.text.endswith(".") and _LAST_WORD_LOWER.search(s.text[:-1]) and '"' not in s.text and len(s.text) < 240
        ]
        if quotes:
            tags.add("@quotable")
            if draw("copy:highlight"):
                tags.update(("copy:highlight", "@highlight"))
                changes.update(preamble=rng.choice(quotes), preamble_own_line=False)
                if not spec.related and spec.script_after is None and draw("copy:one_line"):
                    tags.add("copy:one_line")
                    changes["one_line"] = True
        if "preamble" not in changes:
            tags.add("@captionable")
            if draw("copy:photo_caption"):
                tags.add("copy:photo_caption")
                photographer = rng.choice(("Rudi Hartono", "Sinta Maharani", "Yusuf Hidayat", "Dewi Anggraini"))
                caption = _CAPTION[spec.lang].format(place=spec.place.split(",")[0])
                changes.update(preamble=f"{caption} (ANTARA/{photographer})", preamble_own_line=True)

    # copyright lines as real pages write them
    if spec.copyright_year is not None:
        r = rng.random()  # one draw: each form at its own share
        for form in ("copyright_entity", "copyright_mojibake", "copyright_no_antara"):
            r -= COPY_SHARES[f"copy:{form}"][0]
            if variants and r < 0:
                tags.add(f"copy:{form}")
                changes["copyright_form"] = form.removeprefix("copyright_")
                break
    if spec.related:
        if draw("copy:related_nospace"):
            tags.add("copy:related_nospace")
            changes["related_nospace"] = True

    changes["tags"] = sorted(tags)
    return dataclasses.replace(spec, **changes)


def _replace_in_lead(paras, old: str, new: str):
    """paras with ``old`` replaced by ``new`` in the lead sentence; entity spans after it moved."""
    sentence = paras[0][0]
    at = sentence.text.find(old)
    if at < 0:
        return paras
    delta = len(new) - len(old)
    spans = tuple(
        (s + delta, e + delta, *rest) if s >= at + len(old) else (s, e, *rest) for s, e, *rest in sentence.spans
    )
    lead = type(sentence)(sentence.text[:at] + new + sentence.text[at + len(old) :], spans)
    return [[lead, *paras[0][1:]], *paras[1:]]


def copyright_line(form: str, upper: bool, year: int) -> str:
    word = "COPYRIGHT" if upper or form != "plain" else "Copyright"
    sign = {"plain": "©", "entity": "&copy;", "mojibake": "Â©", "no_antara": "&copy;"}[form]
    agency = "" if form == "no_antara" else " ANTARA"
    return f"{word} {sign}{agency} {year}"


def republisher_lines(spec) -> str:
    """What a republishing site appends: its link to the page and its notice."""
    if not getattr(spec, "republisher_title", None):
        return ""
    return f"\n{spec.republisher_url}\n" + _REPUBLISHED[spec.lang].format(title=spec.republisher_title) + "\n"


def expected_flags(spec, credits: list, language: str) -> list[str]:
    """The flags the parser must give the article (etl.records.ArticleFlag values)."""
    flags = set()
    if not credits:
        flags.add("no_credits")
    if spec.marker is None:
        flags.add("no_dateline")
    if getattr(spec, "preamble", None):
        flags.add("dateline_not_at_start")
    if getattr(spec, "link_url", None) or getattr(spec, "republisher_title", None):
        flags.add("republisher_text_removed")
    if language != "id":
        flags.add("entities_not_tagged")
    if getattr(spec, "day_inferred", False):
        flags.add("day_inferred")
    elif spec.pin_date is None:
        flags.add("day_unknown")
        if spec.pin_kind == "wrong":
            flags.add("weekday_mismatch")
    return sorted(flags)
