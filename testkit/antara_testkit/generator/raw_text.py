"""From a specification to the truth paragraphs and the raw bytes of the file."""

from __future__ import annotations

import gzip
import random
import unicodedata

from .article import _LABELS, _Spec
from .constants import AI_NOTICE, SCRIPT_LEFTOVER
from .copies import copyright_line, republisher_lines


def _curl(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _truth_paragraphs(spec: _Spec) -> tuple[list[str], list[tuple]]:
    paragraphs: list[str] = []
    entities: list[tuple] = []
    offset = 0
    for para in spec.paras:
        pos = 0
        texts = []
        for sent in para:
            for start, end, etype, surface, canonical in sent.spans:
                entities.append((offset + pos + start, offset + pos + end, etype, surface, canonical))
            texts.append(sent.text)
            pos += len(sent.text) + 1
        text = " ".join(texts)
        if spec.curly:
            text = _curl(text)
        paragraphs.append(text)
        offset += len(text) + 2
    return paragraphs, entities


def _names(names: list[str], joiner: str) -> str:
    if len(names) == 1:
        return names[0]
    if joiner.strip() in ("dan", "and"):
        return ", ".join(names[:-1]) + joiner + names[-1]
    return joiner.join(names)


def _quote_edge(text: str) -> tuple[bool, bool]:
    return text[:1] in '"“', text[-1:] in '"”'


def _raw_text(spec: _Spec, paragraphs: list[str]) -> str:
    rng = random.Random(spec.raw_seed)
    labels = _LABELS[spec.lang]
    colon = " : " if spec.label_spacing else ": "
    out = [f" date {spec.month.year:04d}-{spec.month.month:02d} "]
    if spec.byline:
        out.append(f"{labels['reporter']}{colon}{_names(spec.byline, spec.joiner)}\n")
    if spec.preamble:  # a photo caption line, or a pull quote glued before the dateline
        out.append(spec.preamble + ("\n" if spec.preamble_own_line else " "))
    out.append(spec.dateline_raw)

    def dress(p: str) -> str:
        if spec.html:
            p = p.replace("&", "&amp;").replace('"', "&quot;")
        if spec.html or spec.messy:
            words = p.split(" ")
            if len(words) > 4:
                seps = [" "] * (len(words) - 1)
                for i in rng.sample(range(len(seps)), min(3, len(seps))):
                    if spec.html and (not spec.messy or rng.random() < 0.5):
                        seps[i] = "&nbsp;"
                    else:
                        seps[i] = rng.choice(("  ", "\u00a0", " \u00a0 ", "   "))
                p = words[0] + "".join(sep + word for sep, word in zip(seps, words[1:]))
        return p

    inserts: dict[int, list[str]] = {}
    for after, headline in spec.related:
        inserts.setdefault(after, []).append(f"{labels['related']}:{'' if spec.related_nospace else ' '}{headline}")
    if spec.script_after is not None and spec.script_after >= 0:
        inserts.setdefault(spec.script_after, []).append(SCRIPT_LEFTOVER)
    body: list[str] = []
    for i, p in enumerate(paragraphs):
        if i:
            lines = inserts.get(i - 1)
            if lines:
                for line in lines:
                    body.append(rng.choice(("\n", "\n\n")) + line)
                body.append(rng.choice(("\n", "\n\n")))
            elif _quote_edge(paragraphs[i - 1])[1] and _quote_edge(p)[0]:
                body.append("\n")
        body.append(dress(p))
    out.extend(body)

    source_line = f"{labels['source']}: {spec.source}" if spec.source else None
    if source_line and spec.source_pos == "glued":
        out.append(source_line)
    lines = [f"{labels[role]}{colon}{_names(names, spec.joiner)}" for role, names in spec.credit_lines]
    if spec.empty_editor:
        lines.append(f"{labels['editor']} :&nbsp;")
    if source_line and spec.source_pos == "first":
        lines.insert(0, source_line)
    elif source_line and spec.source_pos == "last":
        lines.append(source_line)
    copyright_text = None
    if spec.copyright_year is not None:
        copyright_text = copyright_line(spec.copyright_form, spec.copyright_upper, spec.copyright_year)
    gap = " " if spec.one_line else "\n\n"  # one-line copies: everything glued with spaces
    if spec.glued and lines:
        out.append("\n\n" + "".join(lines) + " " + copyright_text)
        if spec.link_url:
            out.append("\n" + spec.link_url)
    else:
        out.extend(gap + line for line in lines)
        if spec.link_url:  # the page's link between the credits and the copyright line
            out.append("\n" + spec.link_url)
        if copyright_text:
            out.append(gap + copyright_text)
    if spec.ai_notice:
        out.append(gap + AI_NOTICE)
    if spec.script_after == -1:
        out.append(gap + SCRIPT_LEFTOVER)
    out.append(republisher_lines(spec))
    out.append("\n\n")
    return "".join(out)


def _encode(spec: _Spec, text: str) -> bytes:
    if spec.nfd:
        text = unicodedata.normalize("NFD", text)
    if spec.crlf:
        text = text.replace("\n", "\r\n")
    if spec.encoding == "cp1252":
        data = text.encode("cp1252")
    else:
        data = text.encode("utf-8")
        if spec.encoding == "utf-8-sig":
            data = b"\xef\xbb\xbf" + data
    if spec.gzip:
        data = gzip.compress(data, compresslevel=6, mtime=0)
    return data
