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

from etl.entities.features import PERSON_CUES, TIME_WORDS
from etl.entities.gazetteer import (
    ACRONYMS,
    MEDIA,
    Region,
    acronym_keys,
    city_places,
    country_display_name,
    country_names,
    name_key,
    province_display_name,
    province_names,
    region_code,
    regions,
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
    confidence: float = 1.0
    title: str | None = None
    grammar: bool = False  # made by the institution grammar: no later rule re-splits it
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
    region = _region_lookup(key)
    if region:
        return (region.key, "ID", region.province), region.display
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


_LEVEL_PREFIXES = (("kota ", "Kota"), ("kabupaten ", "Kabupaten"), ("kab. ", "Kabupaten"), ("kab ", "Kabupaten"))


def _level_and_name(key: str) -> tuple[str | None, str]:
    """("Kota", "sukabumi") for "kota sukabumi"; (None, key) without a level word."""
    return next(((level, key[len(p) :]) for p, level in _LEVEL_PREFIXES if key.startswith(p)), (None, key))


def _region_lookup(key: str, level_in_text: dict[str, str] | None = None) -> Region | None:
    """The regency or city a place name means: its level word decides ("Kota Sukabumi"); without one,
    the level the article itself uses for that name, else the city.  A bare province name ("Jambi",
    "Gorontalo") stays the province."""
    level, bare = _level_and_name(key)
    found = regions().get(bare)
    if not found or (level is None and bare in province_names()):
        return None
    level = level or (level_in_text or {}).get(bare)
    if level is None:
        return found[0]
    return next((r for r in found if r.level == level), None)


_LEVEL_IN_TEXT = re.compile(r"\b(Kota|Kabupaten|Kab\.?)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")


def _levels_in_text(body: str) -> dict[str, str]:
    """Region name -> the one level the article writes before it ("Kota Sukabumi"; none if both)."""
    seen: dict[str, set[str]] = {}
    for match in _LEVEL_IN_TEXT.finditer(body):
        level = "Kota" if match.group(1) == "Kota" else "Kabupaten"
        words = match.group(2).split()
        for n in range(len(words), 0, -1):
            bare = name_key(" ".join(words[:n]))
            if bare in regions():
                seen.setdefault(bare, set()).add(level)
                break
    return {bare: levels.pop() for bare, levels in seen.items() if len(levels) == 1}


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
        items.append(_Item(d.long_start, d.long_end, first.entity_type, first.sentence, first.confidence))
        items.append(_Item(d.acronym_start, d.acronym_end, first.entity_type, first.sentence, first.confidence))
    return _add_acronym_repeats(text, items, definitions)


def _add_acronym_repeats(text: _Text, items: list[_Item], definitions: list[_Definition]) -> list[_Item]:
    """A defined acronym is the same entity wherever else it appears untagged in the article."""
    kinds = {
        text.body[d.acronym_start : d.acronym_end]: (i.entity_type, i.confidence)
        for d in definitions
        for i in items
        if (i.start, i.end) == (d.acronym_start, d.acronym_end)
    }
    covered = sorted((i.start, i.end) for i in items)
    for k in [k for k, word in enumerate(text.texts) if word in kinds] if kinds else []:
        start, end = text.starts[k], text.ends[k]
        if not _covered(covered, start, end):
            kind, confidence = kinds[text.texts[k]]
            items.append(_Item(start, end, kind, text.sentence_at(start), confidence))
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
        # (a person too: the tagger may read "NATO Jens Stoltenberg" after "Sekjen" as one name)
        tokens = text.within(item.start, item.end) if not item.grammar else range(0)
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
        result.append(_Item(item.start, text.ends[tokens[0]], qualifier, item.sentence, item.confidence))
        result.append(_Item(text.starts[rest[0]], item.end, EntityType.PER, item.sentence, item.confidence))
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


# --- the rule layer: institution grammar, boundaries, spurious mentions -------------------------

# Words that start an Indonesian institution's name ("Dinas Lingkungan Hidup Kota Serang").
_INSTITUTION_HEADS = frozenset(
    """dinas badan kementerian kemenko pemerintah pemkot pemkab pemprov pemda dprd bpbd polda polres
    polresta polrestabes polsek kodam korem kodim koramil lanud lantamal kejati kejari kejaksaan
    pengadilan mahkamah universitas institut politeknik sekolah partai pt bank rsud puskesmas
    direktorat ditreskrimsus ditreskrimum ditlantas ditresnarkoba satreskrim mabes lapas rutan
    kanwil kantor balai dewan komisi majelis lembaga yayasan perum perusahaan koperasi asosiasi
    persatuan perhimpunan ikatan himpunan federasi organisasi komite otorita sekretariat""".split()
)
_INSTITUTION_HEAD_FORMS = frozenset(f for h in _INSTITUTION_HEADS for f in (h.capitalize(), h.upper()))
# Heads that take a place as the rest of their name ("Polda Banten", "DPRD Kota Bogor").
_PLACE_HEADS = frozenset(
    """pemerintah pemkot pemkab pemprov pemda dprd bpbd polda polres polresta polrestabes polsek kodam
    korem kodim koramil lanud lantamal kejati kejari kanwil rsud puskesmas mabes dinas badan
    pengadilan kejaksaan kantor balai sekretariat""".split()
)
_LEVEL_WORDS = {"kota": "Kota", "kabupaten": "Kabupaten", "kab.": "Kabupaten", "kab": "Kabupaten", "provinsi": None}
_NAME_JOINERS = frozenset({"dan", "&", "of", "and", "untuk", "atas"})
_COMPANY_TAILS = ("Tbk", "Tbk.")
# Words that end institution names and do not begin a person's ("Partai Harapan *Rakyat*"): a person
# the tagger starts on one begins after it.
_NAME_TAIL_WORDS = frozenset(
    """rakyat indonesia nasional bangsa raya daerah negara negeri umum sejahtera persatuan pembangunan
    perjuangan karya keadilan demokrasi demokrat republik internasional utama nusantara bersatu amanat
    kebangkitan islam kristen katolik hindu buddha pusat wilayah cabang""".split()
)
_MAX_INSTITUTION_WORDS = 10
GRAMMAR_CONFIDENCE = 0.9
_MAX_GLUED_PERSON_WORDS = 4
# Capitalised words that are never a mention by themselves (documents, levels, common acronyms).
_NOT_NAMES = frozenset(
    """kota kabupaten provinsi kecamatan kelurahan desa kampung dusun negara pemerintah ktp sim nik kk
    npwp bbm pns asn hut wib wita wit umkm apbn apbd ppkm ott dpo sd smp sma smk rt rw tkp lp sop
    covid-19 covid""".split()
)


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _place_length(text: _Text, k: int, stop: int) -> int:
    """Tokens from k that name a known place (province, region, city or country), longest first."""
    texts = text.texts
    for n in range(min(4, stop - k), 0, -1):
        if not all(_is_capitalised(texts[w]) for w in range(k, k + n)):
            continue
        name = " ".join(texts[k : k + n])
        key = name_key(name)
        if key in regions() or key in province_names() or key in city_places() or key in country_names():
            return n
    return 0


def _line_end(text: _Text, k: int, most: int) -> int:
    """The first token index after k, at most k + most, that is on another line or past a sentence stop."""
    texts, ends, starts, body = text.texts, text.ends, text.starts, text.body
    stop = min(len(texts), k + most + 1)
    j = k + 1
    while j < stop and texts[j] not in _SENTENCE_STOPS and texts[j] != ",":
        if starts[j] != ends[j - 1] and "\n" in body[ends[j - 1] : starts[j]]:
            break
        j += 1
    return j


def _institution_end(text: _Text, k: int, person_starts: set[int]) -> int:
    """End token (exclusive) of the institution name starting at token k, or k if none."""
    texts = text.texts
    stop = _line_end(text, k, _MAX_INSTITUTION_WORDS)
    takes_place = texts[k].lower() in _PLACE_HEADS
    j = k + 1
    while j < stop:
        word = texts[j]
        lower = word.lower()
        if lower in _LEVEL_WORDS and _is_capitalised(word):
            n = _place_length(text, j + 1, stop)
            if n:
                return j + 1 + n  # "... Kota Serang" ends the name
        if j in person_starts:  # the tagger saw a person begin here: "Universitas Indonesia | Budi Santoso"
            if lower in _NAME_TAIL_WORDS:
                j += 1  # ... one word too early: "Partai Harapan Rakyat | Bambang Sukmono"
            break
        if lower in _LEVEL_WORDS and _is_capitalised(word):
            j += 1
            continue
        if takes_place and (texts[j - 1].lower() in _PLACE_HEADS):
            n = _place_length(text, j, stop)
            if n:
                return j + n  # "Polda Banten", "Mabes Polri" ends at the place
        if _is_capitalised(word) and lower not in PERSON_CUES and lower not in TIME_WORDS:
            j += 1
        elif lower in _NAME_JOINERS and j + 1 < stop and _is_capitalised(texts[j + 1]):
            j += 1
        else:
            break
    return j if j > k + 1 else k


def _institution_spans(text: _Text, person_starts: set[int]) -> list[tuple[int, int, int]]:
    """(first token, end token, end of a person name glued after it or the same end) per institution
    name the grammar recognises: head word, capitalised words, an optional "Kota/Kabupaten X"."""
    texts, n = text.texts, len(text.texts)
    spans = []
    free = 0  # tokens before this belong to a span already found
    for k in [k for k, word in enumerate(texts) if word in _INSTITUTION_HEAD_FORMS]:
        if k < free:
            continue
        end = _institution_end(text, k, person_starts)
        if end == k:
            continue
        if end + 2 < n and texts[end] == "(" and texts[end + 1] == "Persero" and texts[end + 2] == ")":
            end += 3
        if end < n and texts[end] in _COMPANY_TAILS:
            end += 1
        # A capitalised name right after the institution on the same line is a person ("... Imran Wardhani").
        person_end = end
        limit = _line_end(text, end - 1, _MAX_GLUED_PERSON_WORDS)
        while (
            person_end < limit
            and person_end - end < _MAX_GLUED_PERSON_WORDS
            and _is_capitalised(texts[person_end])
            and texts[person_end].lower() not in _INSTITUTION_HEADS
            and texts[person_end].lower() not in PERSON_CUES
            and texts[person_end].lower() not in _LEVEL_WORDS
        ):
            person_end += 1
        spans.append((k, end, person_end))
        free = max(person_end, end)
    return spans


def _apply_institutions(text: _Text, items: list[_Item]) -> list[_Item]:
    """Institution names the grammar finds become ORG mentions, over whatever the tagger made of
    them; a capitalised name the tagger glued to (or tagged after) one becomes a person."""
    starts, ends = text.starts, text.ends
    person_starts = {bisect_left(starts, i.start) for i in items if i.entity_type == EntityType.PER}
    spans = _institution_spans(text, person_starts)
    if not spans:
        return items
    item_starts = [i.start for i in items]  # items are sorted and do not overlap
    removed: set[int] = set()
    added: list[_Item] = []
    for first, end, person_end in spans:
        org_start, org_end = starts[first], ends[end - 1]
        span_end = ends[person_end - 1] if person_end > end else org_end
        lo = max(0, bisect_left(item_starts, org_start) - 1)
        hi = bisect_left(item_starts, span_end, lo=lo)
        touching = [i for i in items[lo:hi] if i.start < span_end and org_start < i.end]
        if any(i.start < org_start for i in touching):
            continue  # part of a longer name the tagger found ("Wakil Ketua Komisi ..."): keep it
        sentence = text.sentence_at(org_start)
        on_org = [i for i in touching if i.start < org_end]
        removed.update(id(i) for i in touching)
        # (the grammar is reliable: its mentions count as at least GRAMMAR_CONFIDENCE sure)
        confidence = max([GRAMMAR_CONFIDENCE, *(i.confidence for i in on_org)])
        added.append(_Item(org_start, org_end, EntityType.ORG, sentence, confidence, grammar=True))
        glued = [i for i in touching if i.end > org_end]
        if person_end > end and glued:
            person_confidence = max(i.confidence for i in glued)
            added.append(_Item(starts[end], ends[person_end - 1], EntityType.PER, sentence, person_confidence))
    kept = [i for i in items if id(i) not in removed]
    return sorted(kept + added, key=lambda i: (i.start, i.end))


def _trim_and_drop(text: _Text, items: list[_Item]) -> list[_Item]:
    """Leading and trailing lowercase words leave a mention ("kediaman Setnov" -> "Setnov"); a mention
    left with no capitalised word, or only a level or document word ("Kota", "KTP"), is dropped."""
    texts, starts, ends = text.texts, text.starts, text.ends
    kept = []
    for item in items:
        tokens = text.within(item.start, item.end)
        if not tokens:
            continue
        a, b = tokens.start, tokens.stop
        if texts[a][:1].isupper() and texts[b - 1][:1].isupper() and texts[a].lower() not in _NOT_NAMES:
            kept.append(item)  # the usual case: a capitalised name
            continue
        while a < b and not (texts[a][:1].isupper() or texts[a][:1].isdigit()):
            a += 1
        while b > a and not (texts[b - 1][:1].isupper() or texts[b - 1][:1].isdigit() or texts[b - 1] in ")."):
            b -= 1
        if a == b or all(texts[k].lower() in _NOT_NAMES for k in range(a, b)):
            continue
        if (b - a) == 1 and texts[a].lower() in _NOT_NAMES:
            continue
        item.start, item.end = starts[a], ends[b - 1]
        kept.append(item)
    return kept


def _title_organisations(text: _Text, items: list[_Item]) -> list[_Item]:
    """An acronym the table knows as an organisation, inside a person's title, is a mention too
    ("Ketua *DPD* Oesman Sapta Odang")."""
    covered = sorted((i.start, i.end) for i in items)
    added = []
    taken: set[tuple[int, int]] = set()
    titled = [
        i for i in items if i.entity_type == EntityType.PER and i.title and any(w in ACRONYMS for w in i.title.split())
    ]
    for person in titled:
        window = text.before(person.start, _MAX_TITLE_TOKENS + 1)
        for k in window:
            word = text.texts[k]
            known = ACRONYMS.get(word)
            start, end = text.starts[k], text.ends[k]
            if known and known[1] == EntityType.ORG and not _covered(covered, start, end) and (start, end) not in taken:
                taken.add((start, end))  # a window reaching back into the previous person's title finds it again
                added.append(_Item(start, end, EntityType.ORG, person.sentence, person.confidence))
    return sorted(items + added, key=lambda i: (i.start, i.end)) if added else items


# --- document-level consistency -------------------------------------------------------------------

CONFIDENT = 0.8  # a mention at least this sure is copied to the article's other occurrences of its name


def _propagate(text: _Text, items: list[_Item]) -> list[_Item]:
    """A name tagged confidently is the same entity wherever else it appears in the article: untagged
    occurrences (whole tokens) are added, and less sure occurrences tagged as another type take the
    confident type."""
    body = text.body
    best: dict[str, _Item] = {}
    unsure = []
    for item in items:
        surface = body[item.start : item.end]
        if item.confidence < CONFIDENT:
            unsure.append((item, surface))
        elif surface[:1].isupper() and (" " in surface or (len(surface) >= 3 and surface.lower() not in _NOT_NAMES)):
            held = best.get(surface)
            if held is None or item.confidence > held.confidence:
                best[surface] = item
    if not best:
        return items
    for item, surface in unsure:  # retype
        source = best.get(surface)
        if source is not None and source.entity_type != item.entity_type:
            item.entity_type, item.confidence = source.entity_type, source.confidence
    token_starts, token_ends = set(text.starts), set(text.ends)
    found: dict[int, tuple[int, _Item]] = {}  # start -> (end, source): the longest name at each start
    for surface, source in best.items():
        at = body.find(surface)
        while at >= 0:
            end = at + len(surface)
            if at in token_starts and end in token_ends and found.get(at, (0,))[0] < end:
                found[at] = (end, source)
            at = body.find(surface, at + 1)
    covered = sorted((i.start, i.end) for i in items)
    added = []
    free = 0  # offsets before this are inside an occurrence already taken
    for start in sorted(found):
        end, source = found[start]
        if start < free:
            continue
        if not _covered(covered, start, end):
            added.append(_Item(start, end, source.entity_type, text.sentence_at(start), source.confidence))
        free = end
    return sorted(items + added, key=lambda i: (i.start, i.end)) if added else items


# --- person short forms and spellings ---------------------------------------------------------------

_SHORT_FORM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,11})\s*\)")


def _letters_in_order(short: str, name: str) -> bool:
    """Are the short form's letters, in order, in the name, starting with its first letter?"""
    short, name = short.lower(), name.lower()
    if not name.startswith(short[0]):
        return False
    position = 0
    for ch in short:
        position = name.find(ch, position)
        if position < 0:
            return False
        position += 1
    return True


def _person_short_forms(text: _Text, items: list[_Item]) -> tuple[list[_Item], dict[str, str]]:
    """ "Setya Novanto (Setnov)", "Oesman Sapta Odang (OSO)": the short form is the person wherever it
    appears.  Returns the items (with the short form's occurrences as persons) and short -> full name."""
    body = text.body
    persons = [i for i in items if i.entity_type == EntityType.PER]
    full_of: dict[str, str] = {}
    ending_at = {p.end: p for p in persons}
    for match in _SHORT_FORM.finditer(body) if persons and "(" in body else ():
        short = match.group(1)
        person = ending_at.get(len(body[: match.start()].rstrip()))
        if person is None:
            continue
        full = body[person.start : person.end]
        if len(full.split()) >= 2 and _letters_in_order(short, full) and short not in full_of:
            full_of[short] = full
    if not full_of:
        return items, full_of
    confidence = {
        short: max(p.confidence for p in persons if body[p.start : p.end] == full) for short, full in full_of.items()
    }
    covered = []
    kept = []
    for item in items:
        surface = body[item.start : item.end]
        if surface in full_of:
            item.entity_type = EntityType.PER
            item.confidence = max(item.confidence, confidence[surface])
        kept.append(item)
        covered.append((item.start, item.end))
    covered.sort()
    for k, word in enumerate(text.texts):
        if word in full_of and not _covered(covered, text.starts[k], text.ends[k]):
            kept.append(
                _Item(text.starts[k], text.ends[k], EntityType.PER, text.sentence_at(text.starts[k]), confidence[word])
            )
    return sorted(kept, key=lambda i: (i.start, i.end)), full_of


def _edit_distance_one(a: str, b: str) -> bool:
    """One substitution, insertion or deletion apart (and not equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def same_person_spelling(a: str, b: str) -> bool:
    """The conservative merge rule: two names of at least two words, all words equal but one, and that
    one a single-letter slip (substitution, insertion, deletion) in a word of at least five letters
    that keeps its first letter ("Setyo Novanto" / "Setya Novanto").  Measured in README."""
    wa, wb = name_key(a).split(), name_key(b).split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    return min(len(x), len(y)) >= 5 and x[0] == y[0] and _edit_distance_one(x, y)


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


def _person_canonicals(text: _Text, persons: list[_Item], full_of: dict[str, str] | None = None) -> None:
    """A shorter name resolves to the longest, then first, full name in the article containing its words;
    a short form the text defined to its full name; a slip in spelling (`same_person_spelling`) to the
    spelling written more often (then first)."""
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
    for short, full in (full_of or {}).items():
        if short in canonical:
            canonical[short] = canonical.get(full, full)
    counts: dict[str, int] = {}
    for p in persons:
        name = canonical[text.body[p.start : p.end]]
        counts[name] = counts.get(name, 0) + 1
    first_seen = {
        name: i for i, name in enumerate(dict.fromkeys(canonical[text.body[p.start : p.end]] for p in persons))
    }
    spelled: dict[str, str] = {}
    for name in first_seen:
        for other in first_seen:
            if other != name and same_person_spelling(name, other):
                if (-counts[other], first_seen[other]) < (-counts[name], first_seen[name]):
                    spelled[name] = other
    for p in persons:
        name = canonical[text.body[p.start : p.end]]
        p.canonical = spelled.get(name, name)
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
        _Item(m.start, m.end, m.entity_type, m.sentence, m.confidence)
        for m in sorted(mentions, key=lambda m: (m.start, m.end))
        if 0 <= m.start < m.end <= len(body) and body[m.start : m.end].strip()
    ]
    text = _Text(body)
    items = _trim_and_drop(text, items)
    items = _apply_institutions(text, items)
    items = _separate_titled_persons(text, items)
    _apply_known_types(body, items)
    definitions = _definitions(text)
    items = _apply_definitions(text, items, definitions)
    _extend_org_heads(text, items)
    acronym_of, long_of = _article_acronyms(body, definitions)
    items, full_of = _person_short_forms(text, items)
    split = {id(i) for i in items if i.entity_type == EntityType.PER}
    for person in [i for i in items if i.entity_type == EntityType.PER]:
        _split_title(text, person)
    items = _propagate(text, items)
    persons = [i for i in items if i.entity_type == EntityType.PER]
    for person in persons:
        if id(person) not in split:  # added or retyped by _propagate
            _split_title(text, person)
    items = _title_organisations(text, items)
    _person_canonicals(text, persons, full_of)
    dateline = _dateline_codes(dateline_place)
    levels = _levels_in_text(body) if "Kab" in body or "Kota" in body else {}
    for item in items:
        if item.entity_type != EntityType.PER:
            _resolve_named(body, item, acronym_of, long_of)
            if item.entity_type == EntityType.LOC and levels and item.key.startswith("region:"):
                _apply_article_level(body, item, levels)
        if dateline and item.entity_type == EntityType.LOC and item.key == dateline[0]:
            item.country, item.province = dateline[1], dateline[2]
    _organisation_long_forms(items)
    return _finish(body, items)


def _organisation_long_forms(items: list[_Item]) -> None:
    """ "Dinas Lingkungan Hidup" in an article that names "Dinas Lingkungan Hidup Kota Serang" is that
    office: an organisation name is its longest form in the article that adds only a region to it."""
    organisations = [i for i in items if i.entity_type == EntityType.ORG]
    names = sorted(
        {i.canonical for i in organisations if any(w in _LEVEL_WORDS for w in name_key(i.canonical).split()[1:])},
        key=len,
        reverse=True,
    )
    if not names:
        return
    longer: dict[str, _Item] = {}
    for item in organisations:
        if item.canonical not in longer:
            longer[item.canonical] = item
    for item in organisations:
        for name in names:
            rest = name[len(item.canonical) :]
            if len(name) > len(item.canonical) and name.startswith(item.canonical + " "):
                level = name_key(rest.split()[0]) if rest.split() else ""
                if level in _LEVEL_WORDS:
                    item.key, item.canonical = longer[name].key, name
                    break


def _apply_article_level(body: str, item: _Item, levels: dict[str, str]) -> None:
    """A bare region name ("Sukabumi") in an article that writes "Kota Sukabumi" is the city."""
    key = name_key(body[item.start : item.end])
    if _level_and_name(key)[0] is not None:
        return
    region = _region_lookup(key, levels)
    if region and region.key != item.key:
        item.key, item.province, item.canonical = region.key, region.province, region.display


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
            confidence=item.confidence,
            region_code=region_code(item.key),
        )
        for item in items
    ]
