"""CRF features for one sentence of tokens (shared by training and the runtime tagger).

A word's own attributes are computed once per distinct word and cached with their window
offsets already prefixed, so tagging an article is mostly list concatenation.
"""

from __future__ import annotations

import re
from functools import cache

from etl.entities.gazetteer import ACRONYMS, city_places, country_names, name_key, province_names, regions

# Words that introduce a person: titles, ranks, roles and honorifics.
PERSON_CUES = frozenset(
    """presiden wapres wakil menteri menko mendagri menlu menhan menkeu menkes mendikbud perdana
    sekjen sekretaris jenderal gubernur wagub bupati wabup walikota wali wawali camat lurah kades
    kapolri kapolda kapolres kapolsek panglima kasad kasal kasau pangdam danrem dandim ketua
    ketum wakil direktur dirut komisaris kepala kabid kasubag juru bicara jubir raja ratu pangeran
    paus kanselir senator anggota pelatih kapten manajer pemain striker penyerang bek kiper
    duta dubes besar hakim jaksa kajati kajari ustadz ustaz kiai kh habib syekh imam pendeta
    bapak ibu pak bu mas mbak bang saudara sdr tn ny dr drs dra prof ir h hj haji hajjah
    profesor doktor almarhum almarhumah mantan eks calon capres cawapres caleg cagub cabup
    brigjen mayjen letjen jenderal kolonel kombes kompol akbp iptu ipda aiptu bripka mayor
    letkol kapten sertu serka pratu tersangka terdakwa saksi korban pengamat ekonom peneliti
    founder ceo chairman president minister prime secretary""".split()
)
ORG_CUES = frozenset(
    """pt cv tbk persero kementerian kemenko kementrian badan dinas universitas univ institut
    sekolah sma smp sd smk madrasah pesantren partai komisi dewan majelis mahkamah pengadilan
    kejaksaan kejati kejari kepolisian polda polres polsek kodam korem kodim lembaga yayasan
    perusahaan bank grup group asosiasi perhimpunan persatuan ikatan himpunan serikat
    federasi organisasi komite kantor biro direktorat pemerintah pemprov pemkot pemkab pemda
    dprd rumah sakit rs rsud puskesmas klub fc united koperasi perum bumn inc corp ltd kabinet
    tim fraksi satgas otorita balai pusat bpbd mabes lapas rutan ditreskrimsus ditreskrimum ditlantas
    satreskrim polresta polrestabes pangkalan lanud lantamal kodim koramil kejagung""".split()
)
LOC_CUES = frozenset(
    """kota kabupaten kab provinsi prov desa kelurahan kecamatan dusun kampung jalan jl jln
    pulau kepulauan gunung sungai danau laut selat teluk pantai tanjung bandara pelabuhan
    stasiun terminal negara negeri wilayah kawasan daerah benua semenanjung lembah bukit
    distrik negara-negara""".split()
)
LOC_PREPOSITIONS = frozenset({"di", "ke", "dari", "menuju", "asal", "wilayah", "kawasan"})
SPEECH_CUES = frozenset(
    {"kata", "ujar", "ucap", "ungkap", "jelas", "tutur", "imbuh", "tegas", "menurut", "tambah", "papar", "sebut"}
)
# Words after which a capitalised word is usually a company, brand, club or medium ("saham Telkom",
# "merek Samsung", "klub PSG", "harian Kompas"); ORG_CUES words head a name instead ("PT X", "Bank X").
BRAND_CONTEXT = frozenset(
    """saham emiten perseroan produsen pabrikan merek brand produk klub timnas harian koran majalah tabloid
    televisi portal situs media maskapai operator raksasa startup perusahaan aplikasi platform
    rival lawan melawan kontra vs menjamu dijamu sponsor anak induk milik besutan buatan garapan""".split()
)
TIME_WORDS = frozenset(
    """senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni
    juli agustus september oktober november desember pekan bulan tahun hari""".split()
)

# One-word names of companies, brands, clubs and media that news writes bare ("saham Telkom naik",
# "Samsung merilis", "PSG menang"): general knowledge, not taken from any corpus.
ORGANISATION_NAMES = frozenset(
    """telkom telkomsel indosat xl axiata smartfren indofood indomaret alfamart alfamidi unilever wings mayora
    garudafood kalbe biofarma indocement antam inalum timah vale freeport adaro medco pgn pertamina pln
    krakatau pindad inka kai damri pelni garuda citilink airasia sriwijaya pelindo waskita wika ptpp
    brantas bulog perhutani ptpn jiwasraya asabri taspen bpjs bri bni mandiri btn bca bsi cimb danamon
    maybank ocbc panin bukopin ojk gojek gopay grab tokopedia bukalapak shopee lazada blibli traveloka ovo
    linkaja goto djarum sampoerna wilmar lippo podomoro summarecon pakuwon sinarmas astra toyota honda yamaha
    suzuki daihatsu mitsubishi nissan hyundai kia wuling chery byd tesla bmw mercedes audi volkswagen ford
    ferrari samsung apple xiaomi oppo vivo realme huawei nokia sony lg lenovo asus acer intel nvidia qualcomm
    google alphabet microsoft amazon meta facebook instagram whatsapp twitter tiktok bytedance youtube netflix
    spotify openai alibaba tencent baidu foxconn boeing airbus exxonmobil chevron shell aramco petronas
    gazprom nestle danone coca-cola pepsico mcdonald's starbucks kfc uniqlo zara nike adidas puma persija
    persib persebaya arema psm psis persik rans bhayangkara psg barcelona juventus arsenal chelsea liverpool
    tottenham bayern ajax benfica atletico kompas tempo detik detikcom kumparan liputan6 okezone tribun
    tribunnews viva republika sindonews cnbc cnn tvri rri rcti sctv indosiar trans7 antv mnc reuters afp
    xinhua bloomberg bernama kyodo yonhap nikkei""".split()
)

_CACHE_LIMIT = 200_000
_SHAPE_RUNS = re.compile(r"(.)\1+")


def _shape(word: str) -> str:
    mapped = "".join("X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch for ch in word[:40])
    return _SHAPE_RUNS.sub(r"\1", mapped)


def _cue_classes(lower: str) -> list[str]:
    classes = []
    if lower in PERSON_CUES:
        classes.append("cue=per")
    if lower in ORG_CUES:
        classes.append("cue=org")
    if lower in LOC_CUES:
        classes.append("cue=loc")
    if lower in LOC_PREPOSITIONS:
        classes.append("cue=prep")
    if lower in SPEECH_CUES:
        classes.append("cue=say")
    if lower in TIME_WORDS:
        classes.append("cue=time")
    if lower in BRAND_CONTEXT:
        classes.append("cue=brand")
    return classes


def _context_attributes(word: str) -> list[str]:
    """What a neighbour contributes: its identity, shape and cue classes."""
    lower = word.lower()
    attrs = [f"w={lower}", f"sh={_shape(word)}", *_cue_classes(lower)]
    if word[:1].isupper():
        attrs.append("cap")
    return attrs


def _own_attributes(word: str) -> list[str]:
    lower = word.lower()
    attrs = _context_attributes(word)
    attrs += [f"p2={lower[:2]}", f"p3={lower[:3]}"]
    attrs += [f"s2={lower[-2:]}", f"s3={lower[-3:]}", f"s4={lower[-4:]}"]
    if word.isupper() and any(ch.isalpha() for ch in word):
        attrs.append("allcaps")
    if word.istitle():
        attrs.append("title")
    if any(ch.isdigit() for ch in word):
        attrs.append("hasdigit")
    if "-" in word:
        attrs.append("hyphen")
    if not any(ch.isalnum() for ch in word):
        attrs.append("punct")
    if word in ACRONYMS:
        attrs.append("gz=acronym")
    if word[:1].isupper() and lower in ORGANISATION_NAMES:
        attrs.append("gz=org")
    return attrs


_word_cache: dict[str, tuple[list[str], ...]] = {}


def word_windows(word: str) -> tuple[list[str], ...]:
    """(own attributes, then as seen two after, one after, one before and two before it)."""
    context = _context_attributes(word)
    far = [a for a in context if not a.startswith("sh=")]  # two words away, the shape adds little
    return (
        _own_attributes(word),
        [f"-2:{a}" for a in far],
        [f"-1:{a}" for a in context],
        [f"+1:{a}" for a in context],
        [f"+2:{a}" for a in far],
    )


def _windowed(word: str) -> tuple[list[str], ...]:
    """word_windows(word), cached."""
    hit = _word_cache.get(word)
    if hit is not None:
        return hit
    entry = word_windows(word)
    if len(_word_cache) >= _CACHE_LIMIT:
        _word_cache.clear()
    _word_cache[word] = entry
    return entry


@cache
def _gazetteer() -> tuple[dict[str, str], dict[str, int]]:
    """(name key -> kind, first word -> most words in a name it starts): prunes most lookups."""
    entries = {key: "city" for key in regions()}  # regencies and cities (areaid), below the others
    entries.update({key: "province" for key in province_names()})
    entries.update({key: "city" for key in city_places()})
    entries.update({key: "country" for key in country_names()})
    longest: dict[str, int] = {}
    for key in entries:
        words = key.split(" ")
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return entries, longest


def gazetteer_reach(word: str) -> int:
    """Most words in a gazetteer name that ``word`` can start (0: none, or not capitalised)."""
    if not word[:1].isupper():
        return 0
    return _gazetteer()[1].get(word.lower() if word.isascii() else name_key(word), 0)


def gazetteer_spans(words: list[str], reach: list[int] | None = None) -> list[tuple[int, int, str]]:
    """Longest-match gazetteer names over capitalised words: (first word, words, kind) from left to right.

    ``reach`` is [gazetteer_reach(w) for w in words] when the caller has it already.
    """
    gazetteer = _gazetteer()[0]
    if reach is None:
        reach = [gazetteer_reach(w) for w in words]
    spans: list[tuple[int, int, str]] = []
    free = 0  # words before this are inside a match
    for i in [i for i, most in enumerate(reach) if most]:
        if i < free:
            continue
        for n in range(min(reach[i], len(words) - i), 0, -1):
            kind = gazetteer.get(name_key(" ".join(words[i : i + n])))
            if kind:
                spans.append((i, n, kind))
                free = i + n
                break
    return spans


def gazetteer_tags(words: list[str], reach: list[int] | None = None) -> list[str | None]:
    """Gazetteer spans as tags: "B-country", "I-country", ... or None."""
    tags: list[str | None] = [None] * len(words)
    for i, n, kind in gazetteer_spans(words, reach):
        tags[i] = f"B-{kind}"
        for j in range(i + 1, i + n):
            tags[j] = f"I-{kind}"
    return tags


# Lowercase words that may join a capitalised name ("Badan Pengawas Obat dan Makanan").
_RUN_JOINERS = frozenset({"dan", "&", "of", "and", "untuk", "atas", "-"})


def run_head(word: str) -> str | None:
    """The class of a capitalised run that ``word`` would head: "org", "loc", "per" or None."""
    if not word[:1].isupper():
        return None
    head = word.lower()
    return "org" if head in ORG_CUES else "loc" if head in LOC_CUES else "per" if head in PERSON_CUES else None


def capital_runs(words: list[str]) -> list[str | None]:
    """For each word of a run of capitalised words that starts with a cue (the institution grammar:
    "Dinas ... Kota X", "Polda X", "PT X Tbk", "Kepala Pelaksana ..."), the class of that cue
    ("org", "loc", "per"); None elsewhere and for the cue word itself."""
    n = len(words)
    runs: list[str | None] = [None] * n
    i = 0
    while i < n:
        word = words[i]
        if not word[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < n and (
            words[j][:1].isupper() or (words[j] in _RUN_JOINERS and j + 1 < n and words[j + 1][:1].isupper())
        ):
            j += 1
        if j - i > 1:
            kind = run_head(word)
            if kind:
                for k in range(i + 1, j):
                    runs[k] = kind
        i = j
    return runs


def sentence_features(words: list[str]) -> list[list[str]]:
    """CRF attributes for each word of a sentence, with a window of two words either side."""
    windows = [_windowed(w) for w in words]
    gazetteer = gazetteer_tags(words)
    runs = capital_runs(words)
    n = len(words)
    features = []
    for i in range(n):
        attrs = ["bias", *windows[i][0]]
        if i == 0:
            attrs.append("BOS")
        elif i == n - 1:
            attrs.append("EOS")
        if i >= 1:
            attrs += windows[i - 1][2]
        if i >= 2:
            attrs += windows[i - 2][1]
        if i + 1 < n:
            attrs += windows[i + 1][3]
        if i + 2 < n:
            attrs += windows[i + 2][4]
        if gazetteer[i]:
            attrs.append(f"gz={gazetteer[i]}")
        if i >= 1 and gazetteer[i - 1]:
            attrs.append(f"-1:gz={gazetteer[i - 1]}")
        if i + 1 < n and gazetteer[i + 1]:
            attrs.append(f"+1:gz={gazetteer[i + 1]}")
        if runs[i]:
            attrs.append(f"run={runs[i]}")
        features.append(attrs)
    return features
