"""BIO tag sequences -> entity spans, the conlleval way."""

from __future__ import annotations


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token exclusive, type) per entity; an I- that cannot continue starts one."""
    spans: list[tuple[int, int, str]] = []
    start, kind, last = -1, "", -1
    for i in [i for i, tag in enumerate(tags) if tag != "O"]:  # an "O" only ends the open entity
        if start >= 0 and i != last + 1:
            spans.append((start, last + 1, kind))
            start, kind = -1, ""
        prefix, _, label = tags[i].partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
        last = i
    if start >= 0:
        spans.append((start, last + 1, kind))
    return spans
