"""Resolution: tagger mentions -> canonical entities within one article.  Pure and deterministic.

- "Long Name (ACR)" definitions make the long name and the acronym one entity (keyed by the
  acronym); a built-in table links common acronyms seen alone to the same key.
- Titles and honorifics are split off person mentions ("Sekjen NATO Jens Stoltenberg" -> name
  "Jens Stoltenberg", title "Sekjen NATO"); short later mentions ("Stoltenberg") join the full name.
- Places get ISO codes: countries "country:JP", Indonesian provinces "province:ID-JT", cities
  their own key with the country (and province for Indonesia).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from etl.entities.features import PERSON_CUES
from etl.entities.gazetteer import (
    ACRONYMS,
    MEDIA,
    acronym_keys,
    city_places,
    country_display_name,
    country_names,
    name_key,
    province_display_name,
    province_names,
)
from etl.entities.text import Token, sentence_starts, token_columns
from etl.records import EntityType, Mention, ResolvedMention

# Lowercase words that can sit inside a title ("Menteri Luar Negeri", "Direktur Utama").
_TITLE_INNER_WORDS = PERSON_CUES | frozenset(
    """luar negeri dalam besar utama umum dewan muda madya tinggi agung bidang kabinet koordinator
    pelaksana harian tugas plt pj sementara eksekutif jenderal urusan bersama and of the""".split()
)
# Honorific abbreviations written with a full stop ("Dr.", "H.", "Prof.").
_DOTTED_HONORIFICS = frozenset({"dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "tn", "ny", "sdr"})
_PLACE_PREFIXES = ("provinsi ", "prov. ", "prov ", "kota ", "kabupaten ", "kab. ", "kab ", "negara ", "republik ")
_MAX_TITLE_TOKENS = 8
_ACRONYM_WINDOW_TOKENS = 24
_OPEN_PAREN = re.compile(r"\(")
# Heads of organisation names that the corpora leave untagged before a tagged parent ("Dewan
# Keamanan PBB", "Komisi I DPR"): the resolver extends the parent's span over them.
_ORG_HEADS = frozenset(
    "dewan komisi badan majelis mahkamah sekretariat kementerian direktorat komite divisi biro pusat".split()
)
_MAX_ORG_HEAD_WORDS = 4
_SENTENCE_STOPS = frozenset({".", "!", "?", ";", ":", '"', "“", "”", "(", ")"})

PlaceCodes = tuple[str, str | None, str | None]  # (entity_key, country_code, province_code)


class _Text:
    """The body tokenised once (as columns: texts, starts, ends), with lookups by character offset."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.texts, self.starts, self.ends = token_columns(body)
        self._sentence_starts: list[int] | None = None

    def within(self, start: int, end: int) -> range:
        """Indices of the tokens inside [start, end)."""
        starts = self.starts
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, lo=i)
        if j > i and self.ends[j - 1] > end:  # ends increase: only the last can stick out
            j -= 1
        return range(i, j)

    def before(self, offset: int, n: int) -> range:
        """Indices of the last ``n`` tokens that start before ``offset``."""
        j = bisect_left(self.starts, offset)
        return range(max(0, j - n), j)

    def token(self, k: int) -> Token:
        return Token(self.texts[k], self.starts[k], self.ends[k])

    def sentence_at(self, offset: int) -> int:
        if self._sentence_starts is None:
            starts = self.starts
            bounds = sentence_starts(self.body, self.texts, starts, self.ends)
            self._sentence_starts = [starts[b] for b in bounds]
        return max(0, bisect_right(self._sentence_starts, offset) - 1)


@dataclass(frozen=True, slots=True)
class _Definition:
    """ "Long Name (ACR)" found in the body."""

    long_start: int
    long_end: int
    acronym_start: int
    acronym_end: int


@dataclass(slots=True, eq=False)  # identity: two mentions with equal fields are still two
class _Item:
    """A mention being resolved (spans may still move: titles split off, sides added)."""

    start: int
    end: int
    entity_type: EntityType
    sentence: int
    title: str | None = None
    key: str = ""
    canonical: str = ""
    country: str | None = None
    province: str | None = None


# --- places ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # pure, and names repeat
def _place_key(name: str) -> str:
    """An unknown place's key: "Kabupaten Ponorogo" and "Ponorogo" are one place."""
    key = name_key(name)
    return next((key[len(p) :] for p in _PLACE_PREFIXES if key.startswith(p) and len(key) > len(p)), key)


@lru_cache(maxsize=4096)  # pure, and names repeat
def _place_lookup(name: str) -> tuple[PlaceCodes, str] | None:
    """((key, country, province), canonical name) for a known country, province or city."""
    key = name_key(name)
    candidates = [key] + [key[len(p) :] for p in _PLACE_PREFIXES if key.startswith(p)]
    for candidate in candidates:
        # "as" is only the US when written "AS".
        if candidate in country_names() and (candidate != "as" or "AS" in name):
            code = country_names()[candidate]
            return (f"country:{code}", code, None), country_display_name(code)
        city_first = key.startswith("kota ")
        province = province_names().get(candidate)
        city = city_places().get(candidate)
        if city and (city_first or not province):
            return (candidate, city[0], city[1]), name.strip()
        if province:
            return (f"province:{province}", "ID", province), province_display_name(province)
    return None


@lru_cache(maxsize=4096)  # pure, and names repeat
def resolve_place(name: str) -> PlaceCodes | None:
    """(entity_key, country, province) for a dateline place ("Ponorogo, Jawa Timur", "Istanbul")."""
    parts = [p.strip() for p in name.split(",") if name_key(p)]
    if not parts:
        return None
    found = _place_lookup(parts[0])
    if found:
        return found[0]
    context = _place_lookup(", ".join(parts[1:])) if len(parts) > 1 else None
    country, province = (context[0][1], context[0][2]) if context else (None, None)
    return _place_key(parts[0]), country, province


# --- acronyms --------------------------------------------------------------------------------


def _looks_like_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalnum()]
    return 2 <= len(letters) <= 12 and (word in ACRONYMS or sum(ch.isupper() for ch in word) >= 2)


def _schwartz_hearst_start(short: str, long: str) -> int:
    """Start offset in ``long`` of the shortest tail whose letters spell ``short`` (-1 if none).

    Schwartz & Hearst (2003): match the acronym's characters right to left, the first one at the
    start of a word.
    """
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        ch = short[s].lower()
        if not ch.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != ch or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return -1
        i -= 1
        s -= 1
    return long.rfind(" ", 0, i + 1) + 1


def _long_form_start(body: str, words: list[Token], acronym: str) -> int | None:
    """Body offset where the long form of ``acronym`` ending at words[-1] starts, if plausible."""
    known = acronym_keys()
    for n in range(2, min(len(words), 10) + 1):  # the table knows expansions the letters don't spell
        if known.get(name_key(body[words[-n].start : words[-1].end])) == acronym:
            return words[-n].start
    letters = sum(ch.isalnum() for ch in acronym)
    window = words[-min(letters + 5, 2 * letters) :]
    text = body[window[0].start : window[-1].end]
    offset = _schwartz_hearst_start(acronym, text)
    if offset < 0:
        return None
    start = window[0].start + offset
    n_words = sum(1 for w in window if w.start >= start and w.text[0].isalnum())
    return start if n_words >= 2 else None


def find_definitions(body: str) -> list[_Definition]:
    """Every "Long Name (ACR)" in the body whose acronym plausibly abbreviates the long name."""
    return _definitions(_Text(body))


def _definitions(text: _Text) -> list[_Definition]:
    body = text.body
    definitions = []
    for open_at in (m.start() for m in _OPEN_PAREN.finditer(body)):
        close_at = body.find(")", open_at, open_at + 16)
        if close_at < 0:
            continue
        acronym = body[open_at + 1 : close_at].strip()
        if not _looks_like_acronym(acronym):
            continue
        window = text.before(open_at, _ACRONYM_WINDOW_TOKENS)
        first = next((k + 1 for k in reversed(window) if text.texts[k] in _SENTENCE_STOPS), window.start)
        words = [text.token(k) for k in range(first, window.stop)]  # after the window's last stop
        if not words:
            continue
        start = _long_form_start(body, words, acronym)
        if start is not None:
            acronym_start = body.index(acronym, open_at)
            definitions.append(_Definition(start, words[-1].end, acronym_start, acronym_start + len(acronym)))
    return definitions


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does any of the sorted, non-overlapping ``spans`` overlap [start, end)?"""
    i = bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


def _apply_definitions(text: _Text, items: list[_Item], definitions: list[_Definition]) -> list[_Item]:
    """Make both sides of each definition a mention when the tagger found at least one of them."""
    for d in definitions:
        long_start, long_end, acronym_start, acronym_end = d.long_start, d.long_end, d.acronym_start, d.acronym_end
        on_long = [i for i in items if i.start < long_end and long_start < i.end]  # overlapping each side
        on_acronym = [i for i in items if i.start < acronym_end and acronym_start < i.end]
        if not on_long and not on_acronym:
            continue
        beyond = any(i.start < d.long_start or i.end > d.long_end for i in on_long) or any(
            i.start < d.acronym_start or i.end > d.acronym_end for i in on_acronym
        )
        if beyond:
            continue  # a side is part of a longer tagged name ("KTT NATO"): keep the tagger's reading
        first = (on_long or on_acronym)[0]
        items = [i for i in items if i not in on_long and i not in on_acronym]
        items.append(_Item(d.long_start, d.long_end, first.entity_type, first.sentence))
        items.append(_Item(d.acronym_start, d.acronym_end, first.entity_type, first.sentence))
    return _add_acronym_repeats(text, items, definitions)


def _add_acronym_repeats(text: _Text, items: list[_Item], definitions: list[_Definition]) -> list[_Item]:
    """A defined acronym is the same entity wherever else it appears untagged in the article."""
    kinds = {
        text.body[d.acronym_start : d.acronym_end]: i.entity_type
        for d in definitions
        for i in items
        if (i.start, i.end) == (d.acronym_start, d.acronym_end)
    }
    covered = sorted((i.start, i.end) for i in items)
    for k in [k for k, word in enumerate(text.texts) if word in kinds] if kinds else []:
        start, end = text.starts[k], text.ends[k]
        if not _covered(covered, start, end):
            items.append(_Item(start, end, kinds[text.texts[k]], text.sentence_at(start)))
    return sorted(items, key=lambda i: (i.start, i.end))


# --- tagger slips ----------------------------------------------------------------------------


def _qualifier_type(word: str) -> EntityType | None:
    """LOC for a country name, ORG for an acronym: words that qualify a title ("Sekjen *NATO*")."""
    if name_key(word) in country_names() and word[:1].isupper():
        return EntityType.LOC
    if word.isupper() and len(word) >= 2:
        return EntityType.ORG
    return None


def _separate_titled_persons(text: _Text, items: list[_Item]) -> list[_Item]:
    """ "NATO Jens Stoltenberg" tagged ORG after "Sekjen", or "Jepang Yoshimasa Hayashi" tagged LOC
    after "Menteri Luar Negeri": the qualifier keeps its own mention and the rest is a person."""
    texts = text.texts
    result: list[_Item] = []
    for item in items:
        tokens = text.within(item.start, item.end) if item.entity_type != EntityType.PER else range(0)
        qualifier = _qualifier_type(texts[tokens[0]]) if len(tokens) >= 2 else None
        rest = tokens[1:]
        is_titled_name = (
            qualifier is not None
            and all(texts[k][:1].isupper() and _qualifier_type(texts[k]) is None for k in rest)
            and _title_before(text, text.starts[rest[0]]) is not None
        )
        if not is_titled_name or qualifier is None:  # (a titled name always has its qualifier)
            result.append(item)
            continue
        result.append(_Item(item.start, text.ends[tokens[0]], qualifier, item.sentence))
        result.append(_Item(text.starts[rest[0]], item.end, EntityType.PER, item.sentence))
    return result


def _extend_org_heads(text: _Text, items: list[_Item]) -> None:
    """Widen an ORG mention over capitalised words before it that start with an organisation head."""
    ends = sorted(i.end for i in items)
    texts = text.texts
    for item in items:
        if item.entity_type != EntityType.ORG:
            continue
        before = text.before(item.start, _MAX_ORG_HEAD_WORDS)
        for k in before:  # the furthest head first
            if texts[k].lower() not in _ORG_HEADS:
                continue
            first = text.starts[k]
            gap_ok = text.body.find("\n", first, item.start) < 0
            if gap_ok and all(texts[w][:1].isupper() for w in range(k, before.stop)):
                # Only over free words: no other mention ends inside the stretch.
                if bisect_right(ends, item.start) == bisect_right(ends, first):
                    item.start = first
                break


def _apply_known_types(body: str, items: list[_Item]) -> None:
    """News media are organisations whatever the context ("kata Nikkei Asia" reads like a person)."""
    for item in items:
        if name_key(body[item.start : item.end]) in MEDIA:
            item.entity_type = EntityType.ORG


# --- persons ---------------------------------------------------------------------------------


def _leading_title_words(words: Sequence[str]) -> int:
    """How many of a mention's first words are title words rather than the name."""
    n = 0
    while n < len(words) - 1:
        word = words[n]
        if word.lower() in _TITLE_INNER_WORDS or word == "." or (n > 0 and _is_title_qualifier(word)):
            n += 1
        else:
            break
    return n


def _is_title_qualifier(word: str) -> bool:
    """A country or organisation inside a title: "Menteri Luar Negeri *China*", "Sekjen *NATO*"."""
    return name_key(word) in country_names() or (word.isupper() and len(word) >= 2)


def _title_before(text: _Text, name_start: int) -> tuple[int, int] | None:
    """Span of the title right before a name ("Perdana Menteri Jepang"): capitalised or title words
    back to the furthest title head, within the line."""
    texts, starts, ends, body = text.texts, text.starts, text.ends, text.body
    window = text.before(name_start, _MAX_TITLE_TOKENS + 1)
    first = window.stop  # the first accepted token (none yet)
    for k in reversed(window):
        right = starts[first] if first < window.stop else name_start
        if body.find("\n", ends[k], right) >= 0 or window.stop - first >= _MAX_TITLE_TOKENS:
            break
        word = texts[k]
        dotted = word == "." and k > window.start and texts[k - 1].lower() in _DOTTED_HONORIFICS
        if not (dotted or word[0].isupper() or word.lower() in _TITLE_INNER_WORDS):
            break
        first = k
    for head in range(first, window.stop):
        if texts[head].lower() in PERSON_CUES:
            return starts[head], ends[window.stop - 1]
    return None


def _split_title(text: _Text, item: _Item) -> None:
    """Narrow a person mention to the name and record the title before it."""
    tokens = text.within(item.start, item.end)
    if tokens:
        item.start = text.starts[tokens[_leading_title_words(text.texts[tokens.start : tokens.stop])]]
    title = _title_before(text, item.start)
    if title:
        item.title = text.body[title[0] : title[1]]


def _person_canonicals(text: _Text, persons: list[_Item]) -> None:
    """A shorter name resolves to the longest, then first, full name in the article containing its words."""
    words: dict[str, frozenset[str]] = {}
    for p in persons:
        name = text.body[p.start : p.end]
        if name not in words:
            tokens = text.within(p.start, p.end)
            words[name] = frozenset(name_key(w) for w in text.texts[tokens.start : tokens.stop] if w[0].isalnum())
    order = {name: i for i, name in enumerate(words)}
    canonical: dict[str, str] = {}
    for name, own in words.items():
        fuller = [other for other, theirs in words.items() if own and len(theirs) > len(own) and own <= theirs]
        canonical[name] = min(fuller, key=lambda o: (-len(words[o]), order[o])) if fuller else name
    for p in persons:
        p.canonical = canonical[text.body[p.start : p.end]]
        p.key = name_key(p.canonical)


# --- organisations and places ------------------------------------------------------------------


def _resolve_named(body: str, item: _Item, acronym_of: dict[str, str], long_of: dict[str, str]) -> None:
    """ORG and LOC: place codes, acronym keys (the article's definitions, then the table), else the
    normalised surface."""
    surface = body[item.start : item.end]
    key = name_key(surface)
    article_acronym = acronym_of.get(key)
    table_acronym = acronym_keys().get(key)
    if item.entity_type == EntityType.LOC:
        place = _place_lookup(long_of.get(article_acronym or "", surface))
        if place:
            (item.key, item.country, item.province), item.canonical = place
            return
    if article_acronym:
        item.key, item.canonical = name_key(article_acronym), long_of[article_acronym]
    elif table_acronym:
        item.key, item.canonical = name_key(table_acronym), ACRONYMS[table_acronym][0]
    else:
        item.key = _place_key(surface) if item.entity_type == EntityType.LOC else key
        item.canonical = surface


def _article_acronyms(body: str, definitions: list[_Definition]) -> tuple[dict[str, str], dict[str, str]]:
    """(name_key of long form or acronym -> acronym, acronym -> long form) from the body's definitions."""
    acronym_of: dict[str, str] = {}
    long_of: dict[str, str] = {}
    for d in definitions:
        acronym, long_form = body[d.acronym_start : d.acronym_end], body[d.long_start : d.long_end]
        acronym_of.setdefault(name_key(long_form), acronym)
        acronym_of.setdefault(name_key(acronym), acronym)
        long_of.setdefault(acronym, long_form)
    return acronym_of, long_of


def resolve_mentions(body: str, mentions: list[Mention], dateline_place: str | None = None) -> list[ResolvedMention]:
    """Link each mention to its entity; adds the missing side of "Long Name (ACR)" definitions."""
    items = [
        _Item(m.start, m.end, m.entity_type, m.sentence)
        for m in sorted(mentions, key=lambda m: (m.start, m.end))
        if 0 <= m.start < m.end <= len(body) and body[m.start : m.end].strip()
    ]
    text = _Text(body)
    items = _separate_titled_persons(text, items)
    _apply_known_types(body, items)
    definitions = _definitions(text)
    items = _apply_definitions(text, items, definitions)
    _extend_org_heads(text, items)
    acronym_of, long_of = _article_acronyms(body, definitions)
    persons = [i for i in items if i.entity_type == EntityType.PER]
    for person in persons:
        _split_title(text, person)
    _person_canonicals(text, persons)
    dateline = _dateline_codes(dateline_place)
    for item in items:
        if item.entity_type != EntityType.PER:
            _resolve_named(body, item, acronym_of, long_of)
        if dateline and item.entity_type == EntityType.LOC and item.key == dateline[0]:
            item.country, item.province = dateline[1], dateline[2]
    return _finish(body, items)


def _dateline_codes(dateline_place: str | None) -> PlaceCodes | None:
    return resolve_place(dateline_place) if dateline_place else None


def _finish(body: str, items: list[_Item]) -> list[ResolvedMention]:
    """Collect each entity's names in the article as aliases and build the records."""
    aliases: dict[tuple[EntityType, str], list[str]] = {}
    for item in items:
        names = aliases.setdefault((item.entity_type, item.key), [])
        for name in (item.canonical, body[item.start : item.end]):
            if name not in names:
                names.append(name)
    names_of = {entity: tuple(names) for entity, names in aliases.items()}
    return [
        ResolvedMention(
            start=item.start,
            end=item.end,
            entity_type=item.entity_type,
            surface=body[item.start : item.end],
            sentence=item.sentence,
            canonical_name=item.canonical,
            entity_key=item.key,
            title=item.title,
            country_code=item.country,
            province_code=item.province,
            aliases=names_of[(item.entity_type, item.key)],
        )
        for item in items
    ]
