"""The words of ANTARA's raw format, in one place: credit labels, weekdays and months, the
abbreviations a sentence does not end at, related-article labels, and the pipeline's defaults.

Plain data (no imports from the rest of `etl`), so the parser, the generator, the `Role` enum and
the warehouse's lookup tables can all be built from it and never disagree.  Each label lists the
Indonesian edition's words first, then the English edition's (en.antaranews.com); the first word
of each language is the one ANTARA prints today, the others are older or rarer forms seen in
real pages.  Case variants (`Pewarta`, `PEWARTA`, `Pewarta Foto`) come from `case_variants`.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- credits ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CreditLabel:
    role: str  # a credit role (CREDIT_ROLES), or SOURCE for the wire source / press-release issuer
    indonesian: tuple[str, ...]
    english: tuple[str, ...]

    @property
    def words(self) -> tuple[str, ...]:
        return self.indonesian + tuple(w for w in self.english if w not in self.indonesian)

    def label(self, language: str) -> str:
        """The label ANTARA prints today in this edition (`id` or `en`)."""
        return (self.english if language == "en" else self.indonesian)[0]


SOURCE = "source"  # `Sumber:`: a wire agency or issuer, not a credited person

CREDIT_LABELS: tuple[CreditLabel, ...] = (
    # `Pewarta foto` before `Pewarta`: a pattern built from these tries longer labels first anyway
    CreditLabel("photographer", ("Fotografer", "Pewarta foto", "Pewarta Foto"), ("Photographer",)),
    CreditLabel("reporter", ("Pewarta", "Wartawan"), ("Reporter", "Writer")),
    CreditLabel("translator", ("Penerjemah", "Alih bahasa"), ("Translator",)),
    CreditLabel("editor", ("Editor", "Redaktur"), ("Editor",)),
    CreditLabel("contributor", ("Kontributor",), ("Contributor",)),
    CreditLabel(SOURCE, ("Sumber",), ("Source",)),
)
# The roles a person can be credited with, in the order credit lines usually come.
CREDIT_ROLES: tuple[str, ...] = ("reporter", "editor", "translator", "photographer", "contributor")


def case_variants(word: str) -> tuple[str, ...]:
    """`Pewarta foto` -> (`Pewarta foto`, `Pewarta Foto`, `PEWARTA FOTO`): the forms real pages use.
    All-lowercase is left out on purpose: `sumber:` in running prose is a sentence, not a credit."""
    forms = [word, " ".join(w[:1].upper() + w[1:] for w in word.split()), word.upper()]
    return tuple(dict.fromkeys(forms))


def label_roles() -> dict[str, str]:
    """Every accepted label form -> its role (or SOURCE)."""
    return {form: label.role for label in CREDIT_LABELS for word in label.words for form in case_variants(word)}


# --- related articles ---------------------------------------------------------------------

# `Baca juga: <headline>` lines inside the body (English edition: `Related news:`).
RELATED_LABELS_INDONESIAN: tuple[str, ...] = ("Baca juga", "Simak juga", "Lihat juga")
RELATED_LABELS_ENGLISH: tuple[str, ...] = ("Related news", "Also read", "Read also")
RELATED_LABELS: tuple[str, ...] = RELATED_LABELS_INDONESIAN + RELATED_LABELS_ENGLISH

# --- dates --------------------------------------------------------------------------------

# weekday name -> Python weekday (Monday 0)
WEEKDAYS_INDONESIAN: dict[str, int] = {
    "Senin": 0,
    "Selasa": 1,
    "Rabu": 2,
    "Kamis": 3,
    "Jumat": 4,
    "Jum'at": 4,
    "Jum’at": 4,
    "Sabtu": 5,
    "Minggu": 6,
    "Ahad": 6,
}
WEEKDAYS_ENGLISH: dict[str, int] = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}
WEEKDAYS: dict[str, int] = {**WEEKDAYS_INDONESIAN, **WEEKDAYS_ENGLISH}

# month name or abbreviation -> month number (for dates written out: `23 Februari 2016`, `Feb. 23`)
MONTHS: dict[str, int] = {
    **{
        name: n
        for n, names in enumerate(
            (
                ("Januari", "January", "Jan"),
                ("Februari", "Pebruari", "February", "Feb", "Peb"),
                ("Maret", "March", "Mar"),
                ("April", "Apr"),
                ("Mei", "May"),
                ("Juni", "June", "Jun"),
                ("Juli", "July", "Jul"),
                ("Agustus", "August", "Agu", "Agt", "Aug"),
                ("September", "Sept", "Sep"),
                ("Oktober", "October", "Okt", "Oct"),
                ("November", "Nopember", "Nov", "Nop"),
                ("Desember", "December", "Des", "Dec"),
            ),
            start=1,
        )
        for name in names
    }
}

# --- sentences ----------------------------------------------------------------------------

# Tokens that end in a full stop without ending a sentence (Indonesian and English, lower case):
# titles and ranks (`Dr.`, `Kombes.`), address parts (`Jl.`, `Kab.`), `No.`, `dkk.`, ...
ABBREVIATIONS: frozenset[str] = frozenset(
    """dr drg drs dra ir prof jl jln kab kec kel prov no hal sdr sdri bpk ibu tn ny nn st mt gn pt cv ust
    kh hj apt mr mrs ms jr sr vs etc dkk yth an sd tgl kol letjen mayjen brigjen jend kapt komjen irjen
    brigadir bripka aiptu serma sertu pratu ipda iptu akp kompol akbp kombes""".split()
)

# --- pipeline defaults --------------------------------------------------------------------

DEFAULT_BATCH_SIZE = 2000  # files per staged batch: the audit costs ~1-2 s a batch whatever its size
DEFAULT_WORKERS = 2  # parser processes (capped by the machine's CPUs)
