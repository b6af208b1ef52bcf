"""How often each variant of the raw format is drawn, and which files it can apply to."""

from __future__ import annotations

from .copies import COPY_SHARES

# tag -> (probability, population).  A file carries the population tag ("@...") when the variant
# can apply to it; the variant is then drawn with that probability.  "@slot" counts every file
# (duplicates, re-issues, planted bad files); the other populations count fresh articles only.
P_DUPLICATE = 0.01
P_NEAR_DUPLICATE = 0.02
P_BAD = {
    "missing_credits": 0.004,
    "missing_dateline": 0.004,
    "missing_body": 0.004,
    "empty_file": 0.004,
    "gzip_corrupt": 0.004,
}
P_COPYRIGHT = 0.25
P_GLUED = 0.04
VARIANT_SHARES: dict[str, tuple[float, str]] = {
    "duplicate": (P_DUPLICATE, "@slot"),
    "near_duplicate": (P_NEAR_DUPLICATE, "@slot"),
    **{f"bad:{k}": (p, "@slot") for k, p in P_BAD.items()},
    "pin:correct": (0.60, "@fresh"),
    "pin:wrong": (0.05, "@fresh"),
    "english": (0.05, "@fresh"),
    "international": (0.15, "@id"),
    "gzip": (0.10, "@fresh"),
    "crlf": (0.05, "@fresh"),
    "cp1252": (0.03, "@fresh"),
    "bom": (0.05, "@utf8"),
    "nfd": (0.02, "@utf8"),
    "html_entities": (0.08, "@fresh"),
    "messy_whitespace": (0.04, "@fresh"),
    "dateline:province": (0.10, "@dl"),
    "dateline:antara_news": (0.05, "@dl"),
    "dateline:comma": (0.02, "@dl"),
    "dateline:jacx": (0.02, "@dl"),
    "dateline:video": (0.03, "@dl"),
    "byline": (0.30, "@byline"),
    "label_spacing": (0.05, "@fresh"),
    "empty_editor": (0.03, "@reporter"),
    "multi_names": (0.10, "@reporter"),
    "contributor": (0.06, "@reporter"),
    "photographer": (0.08, "@domestic_id"),
    "glued_credits": (P_GLUED, "@fresh"),
    "copyright": (1 - (1 - P_COPYRIGHT) * (1 - P_GLUED), "@fresh"),
    "copyright_upper": (0.30, "@copyright"),
    "ai_notice": (0.85, "@copyright_2025"),
    "source_own_line": (0.30, "@source"),
    "related": (0.20, "@fresh"),
    "script": (0.05, "@fresh"),
    "hazards": (0.20, "@fresh"),
    **COPY_SHARES,
}
