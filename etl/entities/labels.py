"""BIO tag sequences -> entity spans, the conlleval way."""

from __future__ import annotations


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token exclusive, type) per entity; an I- that cannot continue starts one."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    return spans
