"""The corpus generator: a realistic, reproducible corpus of raw ANTARA article files, with exact ground truth.

Usage::

    python -m antara_testkit.generator OUT_DIR --files 10000 --seed 0 [--bad] [--no-variants] [--mean-words 350]

``generate_corpus(out_dir, n_files, seed)`` writes ``n_files`` files ``YYYY/MM/antara_NNNNNN.txt``
(or ``.txt.gz``; the folder is the header's month, the number the file index, zero-padded to at
least 6 digits) under ``out_dir``, plus ``out_dir/manifest.jsonl``: one JSON object per file, in
file-index order, the ground truth of that file (``GeneratedArticle.to_json``; read it back with
``read_manifest`` or ``GeneratedArticle.from_json``).  Generation streams: only a window of recent
articles is kept (to copy duplicates from), and the return value is a :class:`Manifest`, a lazy
``Sequence[GeneratedArticle]`` over the manifest file.  Existing files in ``out_dir`` are
overwritten, other files left alone: use a fresh folder.  ``write_bad_inputs(out_dir)`` writes one
file per quarantine kind under ``out_dir/bad/``; ``--bad`` also lists them in ``bad_inputs.json``.

All text is written for this project: sentences are templates (with interchangeable words and
phrases, so unrelated articles share few word shingles) filled with invented people, public
institutions and real places.  Nothing is copied from ANTARA articles.

Reproducibility: file ``i`` is drawn from ``random.Random(f"antara-generate/{seed}/{i}")`` and the
recent files before it, so the same seed gives byte-identical files and manifest (same Python and
zlib; hash randomisation plays no part), and ``n`` files are a prefix of ``m > n`` files.

The truth
---------
Paragraphs are NFC, single-spaced (no tabs, no no-break spaces), free of HTML entities, one line
each.  Every paragraph starts with an uppercase letter (ASCII, or e.g. ``É``: tag
``accented_capital_glue``), optionally after an opening quote, and ends with ``.``/``!``/``?``,
optionally followed by a closing quote; the character before that stop is a lowercase letter, a
digit or ``)``, and the last token before it contains no ``.``, is no abbreviation and no URL, so
every glue point is decidable.  Inside a paragraph a stop is directly followed by an uppercase
letter only in initials (``S.H.``, ``U.S.``: the stop follows an uppercase letter) and in
``Prof.Dr.``.  Decimals (``3,5 persen``, ``3.5``), ``Rp1.500``, ``pukul 10.00 WIB``, ``Dr.``,
``Prof.``, ``S.H., M.H.``, ``U.S.`` and ``www.antaranews.com`` occur only inside paragraphs.
Quotes are balanced within a paragraph; curly quotes ``“ ”`` occur only in Windows-1252 files,
where they are part of the truth.  No body text looks like a credit label, a ``Baca juga`` line,
boilerplate, or a weekday pin other than the planted one.

The first paragraph is one sentence (``lead``); it holds the weekday pin when there is one:
``pada Rabu (3/5)`` / ``, Rabu (3/5)`` (English: ``on Wednesday (3/5)``), day/month of the
header's month.  ``day_pin`` is the pin as written (``Rabu (3/5)``); ``published_date`` is set
only when its weekday agrees with the calendar (about 60% of fresh files); about 5% carry a wrong
weekday (``day_pin`` set, ``published_date`` None).

``entities`` are flat, non-overlapping spans ``(start, end, type, surface, canonical)`` into
``GeneratedArticle.body`` (the paragraphs joined by ``"\n\n"``, like ``Article.body``).  A
person's first mention includes a capitalised office title (``Menteri Keuangan Sri Wahyuni``,
``Gubernur Jawa Tengah Bambang Prasetyo``, ``Prof.Dr. Rina Kusuma``), later mentions are the name
or a part of it (``Moriyama``); a lowercase descriptor (``ekonom``, ``pelatih``, ``warga``) is
outside the span, and an organisation or place named in it has its own span; names inside a title
are not annotated separately.  ``Badan Pusat Statistik (BPS)`` / ``Amerika Serikat (AS)`` are one
span at the first mention, ``BPS`` / ``AS`` later ones.  ``canonical`` is the name without title,
descriptor or acronym.

``credits`` are ``(role, name)`` in the order the names stand in the file (byline first); roles are
reporter, contributor, photographer, translator, editor; the empty ``Editor :&nbsp;`` is no credit.
``source`` is the text after ``Sumber:`` / ``Source:`` (wire names as the parser canonicalises
them: Anadolu, Xinhua, Reuters, AFP, Kyodo, Yonhap, Bernama, Sputnik; press-release issuers as
written).  ``boilerplate`` lists the kinds present, sorted (ai_notice, copyright, script).

``expected_status`` is ``loaded``; ``duplicate`` for a byte-identical copy of ``duplicate_of``
(same folder, later number, so second in sorted path order); or ``quarantined`` with
``expected_reason`` an ``etl.records.Reason`` value (planted bad files: their content fields
describe the article before it was broken).  A near-duplicate re-issue (``near_duplicate_of``) is
the same story (same month, dateline, credits, pin) with one non-lead sentence replaced; it is
``loaded``.  Files sharing an original are one story group (two re-issues of one original are
near-duplicates of each other too).

``variants`` lists the variant tags of the file (``VARIANT_SHARES``) plus ``@``-tags naming the
populations it belongs to (the files a variant could apply to); ``@fresh`` marks a newly drawn
article (not a copy, re-issue or planted bad file).

How the raw text is derived from the truth
------------------------------------------
The text is the concatenation of:

1. the header ``" date YYYY-MM "`` (leading and trailing space);
2. variant ``byline`` (pages up to 2020): ``"Pewarta: <names>\n"``;
3. the dateline, one of ``"<city> (ANTARA) - "``; ``"<city>, <province> (ANTARA) - "``
   (``dateline:province``); ``"<city>, <province abbreviation> (ANTARA News) - "``
   (``dateline:antara_news``); ``"<city>, (Antara News) - "`` (``dateline:comma``);
   ``"<city> (ANTARA/JACX) – "`` with an en dash (``dateline:jacx``, press releases: editor only,
   the issuer as source); ``"ANTARA - "`` (``dateline:video``).  ``dateline_place`` is the text
   before ``(`` without the trailing comma and space (None for video items); ``agency_marker`` is
   ``ANTARA``, ``ANTARA News`` or ``ANTARA/JACX``;
4. the body: the paragraphs with nothing between them (``...pada Rabu (3/5).Kantor``), except
   ``"\n"`` between a paragraph ending with a quote and one starting with a quote.  Between two
   paragraphs there may stand inserted lines, ``"Baca juga: <headline>"`` (English ``"Related
   news: <headline>"``; the headlines are ``related_headlines`` in order) and the script leftover
   ``(adsbygoogle = window.adsbygoogle || []).push({});``: each inserted line is preceded by
   ``"\n"`` or ``"\n\n"`` and the last one followed by ``"\n"`` or ``"\n\n"``;
5. the source glued to the last paragraph, ``"Sumber: <source>"`` (``...dan Jepang.Sumber:
   Anadolu``), unless ``source_own_line`` makes it the first or last credit line;
6. the credit lines, each preceded by ``"\n\n"``: ``"<Label>: <names>"`` with the labels, in this
   order, Pewarta, Kontributor, Fotografer, Penerjemah, Editor (English site: Reporter, Contributor,
   Translator, Editor); ``label_spacing`` writes ``"<Label> : <names>"`` (byline too); ``<names>`` is
   one name, or several joined by ``", "``, ``"/"`` or ``", ... dan "`` (English ``" and "``)
   (``multi_names``); ``empty_editor`` writes ``"Editor :&nbsp;"`` after the other credit lines
   (only a source line may follow) instead of an editor; ``glued_credits`` writes ``"\n\n"`` and then all lines with nothing between them,
   followed by ``" " + <copyright line>`` (``Pewarta: Putu SaputraEditor: Agus Wibowo Copyright ©
   ANTARA 2026``);
7. ``"\n\n" + "Copyright © ANTARA <year>"`` (``copyright_upper``: ``COPYRIGHT``) unless already
   glued to the credits; then, only for years >= 2025, usually ``"\n\n" +`` the AI-crawling notice
   (``ai_notice``); then possibly ``"\n\n" +`` the script leftover; finally ``"\n\n"``.

Then, per file: ``html_entities`` writes ``&`` as ``&amp;`` and ``"`` as ``&quot;`` in paragraphs
and turns up to 3 spaces per paragraph into ``&nbsp;``; ``messy_whitespace`` turns up to 3 spaces
per paragraph into ``"  "``, ``"\xa0"``, ``" \xa0 "`` or ``"   "``; ``nfd`` writes the whole
text in Unicode NFD; ``crlf`` turns every ``"\n"`` into ``"\r\n"``; the text is encoded as UTF-8
(``bom``: with a byte-order mark) or as Windows-1252 (``cp1252``); ``gzip`` compresses it (mtime 0)
into a ``.txt.gz`` file.  Files with an accented name (``accented``) exist in every encoding.

Modules, one concern each: ``constants`` and ``variants`` (what is drawn how often), ``pools``
(entities and names, read from the data files in ``pools/``), ``templates`` (sentences per topic),
``engine`` (renders templates with entity spans), ``article`` (draws one article's specification),
``raw_text`` (writes a specification as raw bytes), ``truth`` (the ground truth and the checks the
tests share), ``corpus`` (the files and the manifest), ``bad_inputs`` (one file per quarantine
kind), ``cli`` (the command line).
"""

from .bad_inputs import write_bad_inputs
from .cli import main
from .constants import AI_NOTICE, FIRST_MONTH, LAST_MONTH, MANIFEST_NAME, SCRIPT_LEFTOVER, WEEKDAYS_EN, WEEKDAYS_ID
from .corpus import Manifest, generate_corpus, read_manifest
from .truth import PIN_PATTERN, EntitySpan, GeneratedArticle, paragraph_problems
from .variants import VARIANT_SHARES

__all__ = [
    "AI_NOTICE",
    "FIRST_MONTH",
    "LAST_MONTH",
    "MANIFEST_NAME",
    "PIN_PATTERN",
    "SCRIPT_LEFTOVER",
    "VARIANT_SHARES",
    "WEEKDAYS_EN",
    "WEEKDAYS_ID",
    "EntitySpan",
    "GeneratedArticle",
    "Manifest",
    "generate_corpus",
    "main",
    "paragraph_problems",
    "read_manifest",
    "write_bad_inputs",
]
