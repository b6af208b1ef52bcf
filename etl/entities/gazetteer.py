"""Name lists shared by the tagger's features and the resolver.

Countries come from pycountry (ISO 3166-1 names, their Indonesian translations and a few
Indonesian press forms pycountry lacks); provinces from pycountry's ISO 3166-2:ID subdivisions
plus the abbreviations ANTARA uses; world and Indonesian cities from small tables kept here.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import areaid
import pycountry

from etl.records import EntityType

_PUNCT_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


@lru_cache(maxsize=16_384)  # bounded: memory stays flat however many names a corpus has
def name_key(name: str) -> str:
    """Identity of a name: case-, accent-, punctuation-edge- and spacing-insensitive."""
    if name.isascii():  # the common case, on the tagger's hot path
        plain = name
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = " ".join(plain.split()).casefold()
    return key if key[:1].isalnum() and key[-1:].isalnum() else _PUNCT_EDGES.sub("", key)


# Indonesian press forms pycountry's translation does not give (it says "Cina", "Federasi Rusia").
_EXTRA_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "CN": ("China", "Tiongkok", "RRC", "RRT", "Republik Rakyat China", "Republik Rakyat Tiongkok"),
    "RU": ("Rusia",),
    "GB": ("Inggris", "Britania", "UK", "Kerajaan Inggris"),
    "US": ("AS", "USA", "Amerika", "Paman Sam"),
    "LT": ("Lithuania", "Lituania"),
    "KR": ("Korsel", "Republik Korea"),
    "KP": ("Korut",),
    "TW": ("Taiwan",),
    "PS": ("Palestina",),
    "TL": ("Timor Leste", "Timor-Leste"),
    "CZ": ("Ceko", "Republik Ceko"),
    "IR": ("Iran",),
    "MD": ("Moldova",),
    "FR": ("Prancis",),
    "SY": ("Suriah", "Syria"),
    "LA": ("Laos",),
    "VE": ("Venezuela",),
    "BO": ("Bolivia",),
    "VA": ("Vatikan", "Vatican"),
    "AE": ("UEA",),
    "NL": ("Holland",),
    "PH": ("Filipina",),
    "MM": ("Burma",),
    "BN": ("Brunei",),
    "SA": ("Saudi Arabia",),
    "CD": ("Kongo",),
    "TR": ("Turkiye", "Turkey"),
    "PG": ("PNG",),
    "ID": ("RI", "NKRI", "Republik Indonesia", "Tanah Air"),
}


def _country_variants(english: str) -> list[str]:
    """ "Moldova, Republik" -> also "Moldova": pycountry puts the qualifier after a comma."""
    variants = [english]
    if ", " in english:
        variants.append(english.split(", ", 1)[0])
    return variants


@cache
def country_names() -> dict[str, str]:
    """name_key(country name in Indonesian or English) -> ISO alpha-2."""
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True)
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        forms = [country.name, translation.gettext(country.name)]
        forms += [getattr(country, attr, "") for attr in ("common_name", "official_name")]
        for form in forms:
            for variant in _country_variants(form) if form else []:
                names.setdefault(name_key(variant), code)
    for code, extra in _EXTRA_COUNTRY_NAMES.items():
        for form in extra:
            names[name_key(form)] = code
    # "AS" is also a common word in English text; the resolver only uses it for capitalised tokens.
    return names


# Abbreviations and older names of Indonesian provinces used in ANTARA datelines and text.
_EXTRA_PROVINCE_NAMES: dict[str, tuple[str, ...]] = {
    "ID-AC": ("NAD", "Nanggroe Aceh Darussalam", "Aceh Darussalam"),
    "ID-SU": ("Sumut", "Sumatra Utara"),
    "ID-SB": ("Sumbar", "Sumatra Barat"),
    "ID-SS": ("Sumsel", "Sumatra Selatan"),
    "ID-RI": (),
    "ID-KR": ("Kepri", "Riau Islands"),
    "ID-JA": (),
    "ID-BE": (),
    "ID-LA": (),
    "ID-BB": ("Babel", "Bangka Belitung"),
    "ID-JK": ("DKI Jakarta", "DKI", "Daerah Khusus Ibukota Jakarta", "Daerah Khusus Jakarta", "DKJ"),
    "ID-JB": ("Jabar", "West Java"),
    "ID-JT": ("Jateng", "Central Java"),
    "ID-JI": ("Jatim", "East Java"),
    "ID-BT": (),
    "ID-YO": ("DIY", "Daerah Istimewa Yogyakarta", "DI Yogyakarta", "Jogja", "Yogya"),
    "ID-BA": (),
    "ID-NB": ("NTB",),
    "ID-NT": ("NTT",),
    "ID-KB": ("Kalbar",),
    "ID-KT": ("Kalteng",),
    "ID-KS": ("Kalsel",),
    "ID-KI": ("Kaltim",),
    "ID-KU": ("Kaltara",),
    "ID-SA": ("Sulut",),
    "ID-ST": ("Sulteng",),
    "ID-SN": ("Sulsel",),
    "ID-SG": ("Sultra",),
    "ID-SR": ("Sulbar",),
    "ID-GO": (),
    "ID-MA": (),
    "ID-MU": ("Malut",),
    "ID-PA": (),
    "ID-PB": ("Pabar",),
    "ID-PD": ("PBD",),
    "ID-PE": ("Papua Pegunungan",),
    "ID-PS": (),
    "ID-PT": (),
}


@cache
def province_names() -> dict[str, str]:
    """name_key(province name or abbreviation) -> ISO 3166-2:ID code (provinces only, not islands)."""
    names: dict[str, str] = {}
    for sub in pycountry.subdivisions.get(country_code="ID"):
        if sub.code in _EXTRA_PROVINCE_NAMES:
            names[name_key(sub.name)] = sub.code
    for code, extra in _EXTRA_PROVINCE_NAMES.items():
        for form in extra:
            names[name_key(form)] = code
    return names


# Capitals and cities often in world news: name -> ISO alpha-2.
_WORLD_CITIES: dict[str, str] = {
    "Tokyo": "JP",
    "Osaka": "JP",
    "Kyoto": "JP",
    "Hiroshima": "JP",
    "Nagoya": "JP",
    "Yokohama": "JP",
    "Beijing": "CN",
    "Shanghai": "CN",
    "Guangzhou": "CN",
    "Shenzhen": "CN",
    "Wuhan": "CN",
    "Hong Kong": "HK",
    "Seoul": "KR",
    "Busan": "KR",
    "Pyongyang": "KP",
    "Taipei": "TW",
    "Ulan Bator": "MN",
    "Bangkok": "TH",
    "Hanoi": "VN",
    "Ho Chi Minh": "VN",
    "Kuala Lumpur": "MY",
    "Putrajaya": "MY",
    "Singapura": "SG",
    "Manila": "PH",
    "Phnom Penh": "KH",
    "Vientiane": "LA",
    "Naypyidaw": "MM",
    "Yangon": "MM",
    "Bandar Seri Begawan": "BN",
    "Dili": "TL",
    "Port Moresby": "PG",
    "New Delhi": "IN",
    "Mumbai": "IN",
    "Islamabad": "PK",
    "Karachi": "PK",
    "Dhaka": "BD",
    "Kabul": "AF",
    "Kolombo": "LK",
    "Colombo": "LK",
    "Kathmandu": "NP",
    "Canberra": "AU",
    "Sydney": "AU",
    "Melbourne": "AU",
    "Perth": "AU",
    "Wellington": "NZ",
    "Auckland": "NZ",
    "Riyadh": "SA",
    "Jeddah": "SA",
    "Mekkah": "SA",
    "Makkah": "SA",
    "Madinah": "SA",
    "Dubai": "AE",
    "Abu Dhabi": "AE",
    "Doha": "QA",
    "Teheran": "IR",
    "Tehran": "IR",
    "Baghdad": "IQ",
    "Damaskus": "SY",
    "Beirut": "LB",
    "Amman": "JO",
    "Yerusalem": "IL",
    "Tel Aviv": "IL",
    "Gaza": "PS",
    "Ramallah": "PS",
    "Kairo": "EG",
    "Cairo": "EG",
    "Ankara": "TR",
    "Istanbul": "TR",
    "Kuwait City": "KW",
    "Muscat": "OM",
    "Sanaa": "YE",
    "Manama": "BH",
    "Moskow": "RU",
    "Moscow": "RU",
    "St Petersburg": "RU",
    "Kiev": "UA",
    "Kyiv": "UA",
    "Minsk": "BY",
    "Brussels": "BE",
    "Brussel": "BE",
    "London": "GB",
    "Paris": "FR",
    "Berlin": "DE",
    "Munich": "DE",
    "Frankfurt": "DE",
    "Roma": "IT",
    "Rome": "IT",
    "Milan": "IT",
    "Madrid": "ES",
    "Barcelona": "ES",
    "Lisbon": "PT",
    "Amsterdam": "NL",
    "Den Haag": "NL",
    "Wina": "AT",
    "Vienna": "AT",
    "Jenewa": "CH",
    "Geneva": "CH",
    "Bern": "CH",
    "Zurich": "CH",
    "Davos": "CH",
    "Stockholm": "SE",
    "Oslo": "NO",
    "Kopenhagen": "DK",
    "Helsinki": "FI",
    "Warsawa": "PL",
    "Warsaw": "PL",
    "Praha": "CZ",
    "Prague": "CZ",
    "Budapest": "HU",
    "Athena": "GR",
    "Athens": "GR",
    "Vilnius": "LT",
    "Riga": "LV",
    "Tallinn": "EE",
    "Bukares": "RO",
    "Sofia": "BG",
    "Beograd": "RS",
    "Dublin": "IE",
    "Vatikan": "VA",
    "Washington": "US",
    "New York": "US",
    "Los Angeles": "US",
    "San Francisco": "US",
    "Chicago": "US",
    "Ottawa": "CA",
    "Toronto": "CA",
    "Mexico City": "MX",
    "Brasilia": "BR",
    "Rio de Janeiro": "BR",
    "Sao Paulo": "BR",
    "Buenos Aires": "AR",
    "Santiago": "CL",
    "Lima": "PE",
    "Bogota": "CO",
    "Caracas": "VE",
    "Havana": "CU",
    "Pretoria": "ZA",
    "Johannesburg": "ZA",
    "Cape Town": "ZA",
    "Nairobi": "KE",
    "Lagos": "NG",
    "Abuja": "NG",
    "Addis Ababa": "ET",
    "Khartoum": "SD",
    "Tripoli": "LY",
    "Tunis": "TN",
    "Aljir": "DZ",
    "Rabat": "MA",
}

# The largest Indonesian cities and regency seats ANTARA datelines name: name -> province code.
_INDONESIAN_CITIES: dict[str, str] = {
    "Jakarta": "ID-JK",
    "Jakarta Pusat": "ID-JK",
    "Jakarta Selatan": "ID-JK",
    "Jakarta Utara": "ID-JK",
    "Jakarta Barat": "ID-JK",
    "Jakarta Timur": "ID-JK",
    "Kepulauan Seribu": "ID-JK",
    "Surabaya": "ID-JI",
    "Malang": "ID-JI",
    "Kediri": "ID-JI",
    "Madiun": "ID-JI",
    "Ponorogo": "ID-JI",
    "Jember": "ID-JI",
    "Banyuwangi": "ID-JI",
    "Sidoarjo": "ID-JI",
    "Gresik": "ID-JI",
    "Mojokerto": "ID-JI",
    "Pasuruan": "ID-JI",
    "Probolinggo": "ID-JI",
    "Blitar": "ID-JI",
    "Tulungagung": "ID-JI",
    "Bojonegoro": "ID-JI",
    "Tuban": "ID-JI",
    "Lamongan": "ID-JI",
    "Pamekasan": "ID-JI",
    "Sumenep": "ID-JI",
    "Bandung": "ID-JB",
    "Bekasi": "ID-JB",
    "Bogor": "ID-JB",
    "Depok": "ID-JB",
    "Cirebon": "ID-JB",
    "Sukabumi": "ID-JB",
    "Tasikmalaya": "ID-JB",
    "Karawang": "ID-JB",
    "Garut": "ID-JB",
    "Cianjur": "ID-JB",
    "Purwakarta": "ID-JB",
    "Cimahi": "ID-JB",
    "Indramayu": "ID-JB",
    "Subang": "ID-JB",
    "Semarang": "ID-JT",
    "Surakarta": "ID-JT",
    "Solo": "ID-JT",
    "Magelang": "ID-JT",
    "Pekalongan": "ID-JT",
    "Tegal": "ID-JT",
    "Salatiga": "ID-JT",
    "Purwokerto": "ID-JT",
    "Banyumas": "ID-JT",
    "Cilacap": "ID-JT",
    "Kudus": "ID-JT",
    "Jepara": "ID-JT",
    "Pati": "ID-JT",
    "Klaten": "ID-JT",
    "Boyolali": "ID-JT",
    "Yogyakarta": "ID-YO",
    "Sleman": "ID-YO",
    "Bantul": "ID-YO",
    "Gunungkidul": "ID-YO",
    "Kulon Progo": "ID-YO",
    "Serang": "ID-BT",
    "Tangerang": "ID-BT",
    "Tangerang Selatan": "ID-BT",
    "Cilegon": "ID-BT",
    "Pandeglang": "ID-BT",
    "Lebak": "ID-BT",
    "Denpasar": "ID-BA",
    "Badung": "ID-BA",
    "Gianyar": "ID-BA",
    "Buleleng": "ID-BA",
    "Kuta": "ID-BA",
    "Mataram": "ID-NB",
    "Lombok": "ID-NB",
    "Bima": "ID-NB",
    "Sumbawa": "ID-NB",
    "Kupang": "ID-NT",
    "Labuan Bajo": "ID-NT",
    "Ende": "ID-NT",
    "Maumere": "ID-NT",
    "Medan": "ID-SU",
    "Binjai": "ID-SU",
    "Pematangsiantar": "ID-SU",
    "Sibolga": "ID-SU",
    "Deli Serdang": "ID-SU",
    "Padang": "ID-SB",
    "Bukittinggi": "ID-SB",
    "Payakumbuh": "ID-SB",
    "Palembang": "ID-SS",
    "Lubuklinggau": "ID-SS",
    "Prabumulih": "ID-SS",
    "Pekanbaru": "ID-RI",
    "Dumai": "ID-RI",
    "Batam": "ID-KR",
    "Tanjungpinang": "ID-KR",
    "Bintan": "ID-KR",
    "Jambi": "ID-JA",
    "Bengkulu": "ID-BE",
    "Bandar Lampung": "ID-LA",
    "Pangkalpinang": "ID-BB",
    "Belitung": "ID-BB",
    "Banda Aceh": "ID-AC",
    "Lhokseumawe": "ID-AC",
    "Sabang": "ID-AC",
    "Meulaboh": "ID-AC",
    "Pontianak": "ID-KB",
    "Singkawang": "ID-KB",
    "Palangka Raya": "ID-KT",
    "Palangkaraya": "ID-KT",
    "Banjarmasin": "ID-KS",
    "Banjarbaru": "ID-KS",
    "Samarinda": "ID-KI",
    "Balikpapan": "ID-KI",
    "Bontang": "ID-KI",
    "Penajam Paser Utara": "ID-KI",
    "Tarakan": "ID-KU",
    "Tanjung Selor": "ID-KU",
    "Makassar": "ID-SN",
    "Parepare": "ID-SN",
    "Palopo": "ID-SN",
    "Gowa": "ID-SN",
    "Maros": "ID-SN",
    "Manado": "ID-SA",
    "Bitung": "ID-SA",
    "Tomohon": "ID-SA",
    "Palu": "ID-ST",
    "Kendari": "ID-SG",
    "Baubau": "ID-SG",
    "Mamuju": "ID-SR",
    "Ambon": "ID-MA",
    "Tual": "ID-MA",
    "Ternate": "ID-MU",
    "Sofifi": "ID-MU",
    "Tidore": "ID-MU",
    "Jayapura": "ID-PA",
    "Biak": "ID-PA",
    "Manokwari": "ID-PB",
    "Sorong": "ID-PD",
    "Merauke": "ID-PS",
    "Timika": "ID-PT",
    "Nabire": "ID-PT",
    "Wamena": "ID-PE",
}


@cache
def city_places() -> dict[str, tuple[str, str | None]]:
    """name_key(city) -> (ISO alpha-2, ISO 3166-2:ID province code or None)."""
    places: dict[str, tuple[str, str | None]] = {name_key(k): (v, None) for k, v in _WORLD_CITIES.items()}
    places.update({name_key(k): ("ID", v) for k, v in _INDONESIAN_CITIES.items()})
    return places


@dataclass(frozen=True, slots=True)
class Region:
    """An Indonesian regency (kabupaten) or city (kota): the level below the province."""

    level: str  # "Kota" or "Kabupaten"
    name: str  # without the level: "Sukabumi"
    province: str  # ISO 3166-2:ID
    code: str  # province, level and BSNI abbreviation: "ID-JB-KOTA-SKB" (the abbreviation alone is not unique)

    @property
    def display(self) -> str:
        return f"{self.level} {self.name}"

    @property
    def key(self) -> str:
        return f"region:{self.code}"


# areaid lists DKI Jakarta's cities under Jawa Barat's ISO code; Papua's 2022 provinces are newer than it.
_AREAID_PROVINCE_FIXES = {"Daerah Khusus Ibukota Jakarta": "ID-JK"}


@cache
def regions() -> dict[str, tuple[Region, ...]]:
    """name_key(name without level) -> its regions, the city first: "sukabumi" -> (Kota, Kabupaten).

    From the areaid package (MIT): all 514 regencies and cities with their BSNI abbreviations;
    the province of a city this module already knew (Papua's newer provinces) wins.
    """
    found: dict[str, list[Region]] = {}
    for province_name in areaid.buka_nama()["himpunan"]:
        for province in areaid.buka_data(province_name.lower()):
            iso = _AREAID_PROVINCE_FIXES.get(province["provinsi"], province["p_bsni"])
            for entry in province["kabupaten"]:
                level, _, name = entry["kab_kota"].replace("Adm. ", "").partition(" ")
                key = name_key(name)
                own = _INDONESIAN_CITIES.get(name, iso)
                code = f"{own}-{'KOTA' if level == 'Kota' else 'KAB'}-{entry['k_bsni']}"
                found.setdefault(key, []).append(Region(level, name, own, code))
    return {key: tuple(sorted(rs, key=lambda r: (r.level != "Kota", r.code))) for key, rs in sorted(found.items())}


@cache
def region_by_code() -> dict[str, Region]:
    return {r.code: r for rs in regions().values() for r in rs}


def region_code(entity_key: str) -> str | None:
    """The region code of a "region:..." entity key (None for any other key)."""
    return entity_key[7:] if entity_key.startswith("region:") else None


# Very common acronyms: acronym -> (expansion as ANTARA writes it, type, ISO alpha-2 for places).
ACRONYMS: dict[str, tuple[str, EntityType, str | None]] = {
    "PBB": ("Perserikatan Bangsa-Bangsa", EntityType.ORG, None),
    "AS": ("Amerika Serikat", EntityType.LOC, "US"),
    "UEA": ("Uni Emirat Arab", EntityType.LOC, "AE"),
    "RRC": ("Republik Rakyat China", EntityType.LOC, "CN"),
    "RI": ("Republik Indonesia", EntityType.LOC, "ID"),
    "NKRI": ("Negara Kesatuan Republik Indonesia", EntityType.LOC, "ID"),
    "NATO": ("Pakta Pertahanan Atlantik Utara", EntityType.ORG, None),
    "ASEAN": ("Perhimpunan Bangsa-Bangsa Asia Tenggara", EntityType.ORG, None),
    "UE": ("Uni Eropa", EntityType.ORG, None),
    "WHO": ("Organisasi Kesehatan Dunia", EntityType.ORG, None),
    "IMF": ("Dana Moneter Internasional", EntityType.ORG, None),
    "WTO": ("Organisasi Perdagangan Dunia", EntityType.ORG, None),
    "OKI": ("Organisasi Kerja Sama Islam", EntityType.ORG, None),
    "UNESCO": ("Organisasi Pendidikan, Keilmuan, dan Kebudayaan PBB", EntityType.ORG, None),
    "UNICEF": ("Dana Anak-Anak PBB", EntityType.ORG, None),
    "DPR": ("Dewan Perwakilan Rakyat", EntityType.ORG, None),
    "DPRD": ("Dewan Perwakilan Rakyat Daerah", EntityType.ORG, None),
    "DPD": ("Dewan Perwakilan Daerah", EntityType.ORG, None),
    "MPR": ("Majelis Permusyawaratan Rakyat", EntityType.ORG, None),
    "KPK": ("Komisi Pemberantasan Korupsi", EntityType.ORG, None),
    "KPU": ("Komisi Pemilihan Umum", EntityType.ORG, None),
    "Bawaslu": ("Badan Pengawas Pemilihan Umum", EntityType.ORG, None),
    "MA": ("Mahkamah Agung", EntityType.ORG, None),
    "MK": ("Mahkamah Konstitusi", EntityType.ORG, None),
    "TNI": ("Tentara Nasional Indonesia", EntityType.ORG, None),
    "Polri": ("Kepolisian Negara Republik Indonesia", EntityType.ORG, None),
    "BI": ("Bank Indonesia", EntityType.ORG, None),
    "OJK": ("Otoritas Jasa Keuangan", EntityType.ORG, None),
    "BUMN": ("Badan Usaha Milik Negara", EntityType.ORG, None),
    "BPS": ("Badan Pusat Statistik", EntityType.ORG, None),
    "BMKG": ("Badan Meteorologi, Klimatologi, dan Geofisika", EntityType.ORG, None),
    "BNPB": ("Badan Nasional Penanggulangan Bencana", EntityType.ORG, None),
    "BPBD": ("Badan Penanggulangan Bencana Daerah", EntityType.ORG, None),
    "Basarnas": ("Badan Nasional Pencarian dan Pertolongan", EntityType.ORG, None),
    "BNN": ("Badan Narkotika Nasional", EntityType.ORG, None),
    "BPK": ("Badan Pemeriksa Keuangan", EntityType.ORG, None),
    "Bappenas": ("Badan Perencanaan Pembangunan Nasional", EntityType.ORG, None),
    "BRIN": ("Badan Riset dan Inovasi Nasional", EntityType.ORG, None),
    "MUI": ("Majelis Ulama Indonesia", EntityType.ORG, None),
    "NU": ("Nahdlatul Ulama", EntityType.ORG, None),
    "PBNU": ("Pengurus Besar Nahdlatul Ulama", EntityType.ORG, None),
    "Kemlu": ("Kementerian Luar Negeri", EntityType.ORG, None),
    "Kemenkes": ("Kementerian Kesehatan", EntityType.ORG, None),
    "Kemenkeu": ("Kementerian Keuangan", EntityType.ORG, None),
    "Kemendikbudristek": ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", EntityType.ORG, None),
    "Kemenhan": ("Kementerian Pertahanan", EntityType.ORG, None),
    "Kemenag": ("Kementerian Agama", EntityType.ORG, None),
    "PDIP": ("Partai Demokrasi Indonesia Perjuangan", EntityType.ORG, None),
    "PKS": ("Partai Keadilan Sejahtera", EntityType.ORG, None),
    "PKB": ("Partai Kebangkitan Bangsa", EntityType.ORG, None),
    "PAN": ("Partai Amanat Nasional", EntityType.ORG, None),
    "PPP": ("Partai Persatuan Pembangunan", EntityType.ORG, None),
    "Pertamina": ("Perusahaan Tambang Minyak Negara", EntityType.ORG, None),
    "PLN": ("Perusahaan Listrik Negara", EntityType.ORG, None),
    "KTT": ("Konferensi Tingkat Tinggi", EntityType.ORG, None),
    "APEC": ("Kerja Sama Ekonomi Asia-Pasifik", EntityType.ORG, None),
    "FIFA": ("Federasi Sepak Bola Internasional", EntityType.ORG, None),
    "PSSI": ("Persatuan Sepak Bola Seluruh Indonesia", EntityType.ORG, None),
    "IOC": ("Komite Olimpiade Internasional", EntityType.ORG, None),
    "ICC": ("Mahkamah Pidana Internasional", EntityType.ORG, None),
    "ICJ": ("Mahkamah Internasional", EntityType.ORG, None),
    "OPEC": ("Organisasi Negara-Negara Pengekspor Minyak", EntityType.ORG, None),
}


@cache
def acronym_keys() -> dict[str, str]:
    """name_key(acronym or its expansion) -> the acronym as written in ACRONYMS."""
    keys: dict[str, str] = {}
    for acronym, (expansion, _, _) in ACRONYMS.items():
        keys[name_key(acronym)] = acronym
        keys[name_key(expansion)] = acronym
    keys[name_key("Uni Eropa")] = "UE"
    keys[name_key("European Union")] = "UE"
    keys[name_key("EU")] = "UE"
    keys[name_key("Perserikatan Bangsa Bangsa")] = "PBB"
    keys[name_key("United Nations")] = "PBB"
    keys[name_key("North Atlantic Treaty Organization")] = "NATO"
    keys[name_key("World Health Organization")] = "WHO"
    keys[name_key("Kepolisian Republik Indonesia")] = "Polri"
    return keys


# Display names where pycountry's Indonesian translation is not what ANTARA writes.
_COUNTRY_DISPLAY = {
    "CN": "China",
    "RU": "Rusia",
    "GB": "Inggris",
    "LT": "Lithuania",
    "TW": "Taiwan",
    "PS": "Palestina",
    "TL": "Timor Leste",
    "IR": "Iran",
    "MD": "Moldova",
    "CZ": "Ceko",
    "SY": "Suriah",
    "LA": "Laos",
    "VE": "Venezuela",
    "BO": "Bolivia",
    "VA": "Vatikan",
    "FR": "Prancis",
    "TR": "Turki",
}
_PROVINCE_DISPLAY = {"ID-JK": "DKI Jakarta", "ID-YO": "Daerah Istimewa Yogyakarta", "ID-PE": "Papua Pegunungan"}


@cache
def country_display_name(code: str) -> str:
    if code in _COUNTRY_DISPLAY:
        return _COUNTRY_DISPLAY[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True)
    return translation.gettext(country.name)


@cache
def province_display_name(code: str) -> str:
    if code in _PROVINCE_DISPLAY:
        return _PROVINCE_DISPLAY[code]
    province = pycountry.subdivisions.get(code=code)
    return province.name if province is not None else code


# News agencies and media ANTARA cites ("kata Nikkei Asia", "dikutip Xinhua"): always organisations.
MEDIA = frozenset(
    name_key(n)
    for n in (
        "ANTARA",
        "Nikkei",
        "Nikkei Asia",
        "Reuters",
        "AFP",
        "AP",
        "Associated Press",
        "Xinhua",
        "Anadolu",
        "Anadolu Agency",
        "Kyodo",
        "Kyodo News",
        "Yonhap",
        "Bloomberg",
        "CNN",
        "BBC",
        "Al Jazeera",
        "Sputnik",
        "TASS",
        "RIA Novosti",
        "Bernama",
        "NHK",
        "Global Times",
        "The New York Times",
        "New York Times",
        "The Washington Post",
        "Washington Post",
        "The Guardian",
        "Financial Times",
        "Wall Street Journal",
        "The Wall Street Journal",
        "Kompas",
        "Tempo",
        "Detik",
        "Detikcom",
        "CNBC",
        "Fox News",
        "Politico",
        "Axios",
        "The Straits Times",
        "Straits Times",
        "South China Morning Post",
        "Asahi Shimbun",
        "Yomiuri Shimbun",
        "The Jakarta Post",
        "Jakarta Post",
        "Mehr",
        "IRNA",
        "WAFA",
        "Arab News",
    )
)


# Continents, world regions, seas and Indonesia's large islands as ANTARA writes them (Indonesian and
# English): places that are neither countries, provinces nor cities.  Used by the resolver only.
WORLD_REGIONS = frozenset(
    name_key(n)
    for n in (
        "Asia", "Eropa", "Afrika", "Amerika", "Amerika Latin", "Amerika Selatan", "Amerika Utara",
        "Amerika Tengah", "Oseania", "Antartika", "Timur Tengah", "Asia Tenggara", "Asia Timur",
        "Asia Selatan", "Asia Tengah", "Asia Barat", "Asia Pasifik", "Indo-Pasifik", "Eropa Timur",
        "Eropa Barat", "Eropa Tengah", "Afrika Utara", "Afrika Barat", "Afrika Timur", "Afrika Selatan",
        "Timur Jauh", "Balkan", "Skandinavia", "Kaukasus", "Semenanjung Korea", "Semenanjung Arab",
        "Semenanjung Malaysia", "Teluk Persia", "Laut China Selatan", "Laut Cina Selatan", "Laut Natuna Utara",
        "Laut Jawa", "Laut Arafura", "Laut Merah", "Laut Hitam", "Laut Mediterania", "Selat Malaka",
        "Selat Sunda", "Selat Taiwan", "Selat Hormuz", "Samudra Hindia", "Samudera Hindia", "Samudra Pasifik",
        "Samudera Pasifik", "Samudra Atlantik", "Samudera Atlantik", "Sumatera", "Sumatra", "Jawa",
        "Kalimantan", "Sulawesi", "Borneo", "Flores", "Sumba", "Timor", "Halmahera", "Madura", "Nusa Tenggara",
        "Bangka", "Natuna", "Kepulauan Seribu", "Kepulauan Mentawai", "Pulau Jawa", "Pulau Sumatera",
        "Europe", "Africa", "Middle East", "Southeast Asia", "East Asia", "South Asia", "Central Asia",
        "Asia Pacific", "Asia-Pacific", "Latin America", "North America", "South America", "South China Sea",
        "Indian Ocean", "Pacific", "Gaza Strip", "Jalur Gaza", "Tepi Barat", "West Bank", "Krimea", "Crimea",
        "Donbas", "Kashmir", "Siberia", "Tibet", "Xinjiang", "Mindanao", "Papua Nugini",
    )
)  # fmt: skip

# Countries whose states or provinces Indonesian news names (Sarawak, Queensland, Guangdong, Okinawa).
_SUBDIVISION_COUNTRIES = ("MY", "AU", "US", "CN", "JP", "KR", "IN", "TH", "PH", "VN", "PG", "TL", "CA", "SA", "PK")
_SUBDIVISION_TYPES = frozenset({"State", "Province", "Prefecture", "Region", "Federal territory", "Autonomous region",
                                "Special administrative region", "Territory", "Municipality", "Metropolitan city",
                                "Special city", "Autonomous municipality"})  # fmt: skip
# Generic or short names that read as ordinary words or first names in Indonesian text.
_SUBDIVISION_SKIP = frozenset(
    "central northern western southern eastern gulf saga nara trang surin hela enga asir loei yala trat".split()
)
# ISO's romanised suffixes ("Guangdong Sheng", "Gyeonggi-do"): the name news uses is without them.
_SUBDIVISION_SUFFIXES = re.compile(
    r"(?: sheng| shi| zizhiqu| huizu zizhiqu| zhuangzu zizhiqu| uygur zizhiqu| sar|-do|-gwangyeoksi|-teukbyeolsi)$"
)


@cache
def foreign_subdivisions() -> dict[str, tuple[str, str]]:
    """name_key(state or province of a neighbouring or often-named country) -> (ISO 3166-2 code, ISO
    alpha-2), from pycountry; names of four letters or more, without those that are also a country."""
    found: dict[str, tuple[str, str]] = {}
    for country in _SUBDIVISION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=country) or ():
            full = name_key(sub.name)
            if sub.parent_code is not None or sub.type not in _SUBDIVISION_TYPES:
                continue
            for key in dict.fromkeys((full, _SUBDIVISION_SUFFIXES.sub("", full))):
                if len(key) >= 4 and key not in _SUBDIVISION_SKIP and key not in country_names():
                    if key.replace(" ", "").replace("-", "").isalpha():
                        found.setdefault(key, (sub.code, country))
    return found
