"""A corpus of hostile input files: one or more files per kind, each with the outcome it must have.

`write_hostile_corpus(dir)` writes every kind under ``dir`` and returns ``{kind: Expectation}``: for
each file (its path as the ledger records it) the status and quarantine reason it must end with, and
for loaded files the values that must be stored verbatim (SQL injection strings stay text).  It
includes the bad inputs of `antara_testkit.generator.write_bad_inputs` (one kind per file, under ``bad/``).

Files refused at discovery (links leaving the root, link loops, FIFOs, sockets, devices) must be
accounted for in the ledger like any other file.  `python -m bench.hostile_tally` runs a real ingest
over the corpus and prints per kind what happened; tests/hostile does the same as a test.

    python -m antara_testkit.hostile_corpus OUT_DIR      # writes the corpus, prints {kind: expectation} as JSON
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gzip
import json
import os
import random
import socket
import stat
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from antara_testkit.generator import write_bad_inputs

# The reference date of the run the expectations are written for (`--as-of`).
AS_OF = dt.date(2026, 11, 29)
# Written outside the input root: links pointing here must never be followed.
OUTSIDE_DIR = "outside"
INPUT_DIR = "in"
OUTSIDE_SECRET = "OUTSIDE-THE-ROOT-do-not-load-7f3a"

# --- hostile strings ------------------------------------------------------------------------

SQL_PLACE = "Jakarta'; DELETE FROM ingest.raw_file WHERE '1'='1"
SQL_REPORTER = "Robert' OR '1'='1"
SQL_EDITOR = 'Budi" UNION SELECT rolpassword FROM pg_authid WHERE "a"="a'
SQL_TRANSLATOR = "$$ DROP SCHEMA core CASCADE $$ x"
SQL_SOURCE = "Xinhua'); DROP TABLE core.source; SELECT ('1"
SQL_RELATED = "'); DROP TABLE core.related_headline; --"
SQL_BODY = [
    "Warga menulis '); DROP TABLE core.article; -- di papan pengumuman kantor kelurahan setempat.",
    "Petugas lalu mengetik 1; TRUNCATE ingest.raw_file; COMMIT; ke dalam formulir pendaftaran daring.",
    "Ada pula yang mencoba $$; ALTER ROLE analyst SUPERUSER; $$ serta E'\\x27' pada kolom komentar.",
    "Sebagian lain menulis \\copy core.person TO PROGRAM 'id' dan \\! rm -rf / di akhir pesan.",
]
# COPY text format markers: a value must never end the data (`\.`) or become NULL (`\N`).
COPY_BODY = [
    "Baris ini berisi penanda akhir data COPY \\. di tengah kalimat yang panjang ini.",
    "\\.",
    "\\N",
    "Tab\tdi\ttengah kalimat dan garis miring terbalik \\\\ ganda serta \\t literal tetap teks.",
]
# Paragraph whitespace is normalised by design (tabs become spaces): what must be stored.
COPY_BODY_STORED = [p.replace("\t", " ") for p in COPY_BODY]
COPY_REPORTER = "\\N"
COPY_EDITOR = "Yanto \\. Kurniawan"  # a name no other file credits: core.person keeps the first spelling seen
HTML_BODY = [
    "Pengunjung menulis <script>alert(document.cookie)</script> pada kolom komentar situs berita itu.",
    'Ada juga <img src=x onerror="alert(1)"> dan <a href="javascript:alert(2)">tautan</a> di sana.',
    "Versi tersandi &lt;script&gt;alert(3)&lt;/script&gt; ikut tertulis di halaman yang sama.",
]
HTML_BODY_STORED = [  # entities are decoded by design (extract.normalise_text): stored as plain text
    HTML_BODY[0],
    HTML_BODY[1],
    "Versi tersandi <script>alert(3)</script> ikut tertulis di halaman yang sama.",
]
BIDI_NAME = "Budi \u202eotnaS\u202c"  # right-to-left override: displays as "Budi Santo"
BIDI_BODY = "Teks dengan tanda \u200f kanan-ke-kiri \u202e dan override \u2066isolasi\u2069 tetap tersimpan apa adanya."
ZW_NAME = "Rina\u200dWulan\u200cdari\u2060"
ZW_BODY = "Kata\u200dkata dengan penyambung\u200c lebar nol dan\u2060 penggabung kata tersimpan utuh."
EMOJI_BODY = "Warga merayakan 🎉 kemenangan tim 🇮🇩 dengan aksara 𠀀𝐀𝔸 dan wajah 😀 di media sosial mereka."
EMOJI_NAME = "Dewi 😀 𝐋estari"

BASE_BODY = (
    "Pemerintah kota meresmikan jembatan baru di tepi sungai pada Selasa (5/3).Jembatan sepanjang 120 meter "
    'itu menghubungkan dua kecamatan yang selama ini terpisah."Kami berharap warga merasakan manfaatnya," '
    "kata wali kota."
)


@dataclass
class Expectation:
    """What must become of the files of one kind."""

    description: str
    files: dict[str, tuple[str, str | None]]  # ledger path -> (status, reason)
    # ledger path -> column -> value that must be stored exactly (loaded files); see hostile_tally.STORED
    stored: dict[str, dict[str, object]] = field(default_factory=dict)
    refused_at_discovery: bool = False  # refused before reading (links, non-regular files)

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


def article(
    body: str | list[str],
    *,
    month: str = "2023-05",
    place: str = "Jakarta",
    credits: str = "\n\nPewarta: Budi Santoso\n\nEditor: Rina Wulandari\n",
    extra: str = "",
) -> str:
    paragraphs = body if isinstance(body, str) else "\n\n".join(body)
    return f" date {month} {place} (ANTARA) - {paragraphs}{extra}{credits}"


def _loaded(description: str, path: str, **stored: object) -> Expectation:
    return Expectation(description, {path: ("loaded", None)}, {path: stored} if stored else {})


def _quarantined(description: str, reason: str, *paths: str, refused: bool = False) -> Expectation:
    return Expectation(description, {p: ("quarantined", reason) for p in paths}, refused_at_discovery=refused)


def write_hostile_corpus(
    out_dir: str | os.PathLike[str], *, large_bytes: int = 20 * 1024 * 1024
) -> dict[str, Expectation]:
    """Write the corpus: the input root is ``out_dir/in`` (links point into ``out_dir/outside``).

    Returns ``{kind: Expectation}`` with paths relative to the input root.
    """
    base = Path(out_dir)
    root = base / INPUT_DIR
    outside = base / OUTSIDE_DIR
    root.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, Expectation] = {}

    def write(rel: str | bytes, data: str | bytes) -> None:
        path = os.path.join(os.fsencode(root), os.fsencode(rel))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)

    # -- the generator's bad inputs: one kind each ------------------------------------------
    for path, reason in write_bad_inputs(root, large_bytes=large_bytes).items():
        stem = Path(path).name.split(".")[0]
        kinds[f"bad:{stem}"] = _quarantined(f"antara_testkit.generator bad input {path}", reason, path)

    # -- SQL injection in every field --------------------------------------------------------
    sql_text = article(
        [*SQL_BODY, f"Baca juga: {SQL_RELATED}", BASE_BODY],
        place=SQL_PLACE,
        credits=f"\n\nPewarta: {SQL_REPORTER}\n\nPenerjemah: {SQL_TRANSLATOR}\n\nEditor: {SQL_EDITOR}\n\n"
        f"Sumber: {SQL_SOURCE}\n",
    )
    write("sql/injection.txt", sql_text)
    kinds["sql_injection_every_field"] = _loaded(
        "SQL injection in the dateline, body, related headline, credit names and source",
        "sql/injection.txt",
        dateline_place=SQL_PLACE,
        body_paragraphs=SQL_BODY,
        related=[SQL_RELATED],
        source=SQL_SOURCE,
        credits=[["reporter", SQL_REPORTER], ["translator", SQL_TRANSLATOR], ["editor", SQL_EDITOR]],
    )
    write("sql/injection_copy.txt", sql_text.replace("\n", "\r\n"))
    kinds["duplicate_of_injection"] = Expectation(
        "the injection article again with CRLF line ends", {"sql/injection_copy.txt": ("duplicate", None)}
    )
    write("sql/headline_first.txt", "'); DROP TABLE core.article; --\n" + article(BASE_BODY + " Kepala."))
    kinds["sql_injection_headline_line"] = _quarantined(
        "a headline-like first line of SQL before the date header", "missing_date_header", "sql/headline_first.txt"
    )
    write("sql/in_header.txt", article(BASE_BODY + " Tajuk.", month="2023-05'); DROP TABLE core.article; --"))
    kinds["sql_injection_date_header"] = _loaded(  # parse-2: the SQL is text before the dateline
        "SQL glued to the date header value", "sql/in_header.txt"
    )
    write(
        "sql/copy_markers.txt",
        article([*COPY_BODY, BASE_BODY], credits=f"\n\nPewarta: {COPY_REPORTER}\n\nEditor: {COPY_EDITOR}\n"),
    )
    kinds["copy_protocol_markers"] = _loaded(
        "COPY text-format markers (\\., \\N, tabs, backslashes) in body and credit names",
        "sql/copy_markers.txt",
        body_paragraphs=COPY_BODY_STORED,
        credits=[["reporter", COPY_REPORTER], ["editor", COPY_EDITOR]],
    )

    # -- size and shape ----------------------------------------------------------------------
    rng = random.Random("hostile/one-line")
    words = []
    size = 0
    while size < 1024 * 1024:
        w = "".join(rng.choice("abcdefghijklmnoprstuw") for _ in range(rng.randint(2, 9)))
        words.append(w)
        size += len(w) + 1
    write("size/one_mb_line.txt", article(" ".join(words)))
    kinds["one_mb_single_line"] = _quarantined(
        "a 1 MB body on one line (150,000+ words)", "file_too_large", "size/one_mb_line.txt"
    )
    long_word = "".join(rng.choice("abcdefghijklmnoprstuw") for _ in range(200_000))
    write("size/long_word.txt", article([BASE_BODY, f"Kata terpanjang: {long_word} selesai di sini."]))
    kinds["long_word_no_spaces"] = _loaded(
        "a 200,000-character word with no spaces",
        "size/long_word.txt",
        body_paragraphs=[f"Kata terpanjang: {long_word} selesai di sini."],
    )
    paragraphs = [f"Paragraf nomor {i} singkat." for i in range(5000)]
    write("size/many_paragraphs.txt", article(paragraphs))
    kinds["many_paragraphs"] = _loaded(
        "5,000 paragraphs (15,000 words)", "size/many_paragraphs.txt", paragraph_count=5000
    )
    write(
        "size/repeated_credits.txt",
        article(BASE_BODY + " Ulang.", credits="\n\nPewarta: Budi Santoso\n" + "Editor: Rina Wulandari\n" * 5000),
    )
    kinds["credit_line_repeated_5000"] = _loaded(
        "the same credit line 5,000 times",
        "size/repeated_credits.txt",
        credits=[["reporter", "Budi Santoso"], ["editor", "Rina Wulandari"]],
    )
    names = [f"Penulis Nomor {_number_word(i)}" for i in range(2000)]
    write(
        "size/distinct_credits.txt",
        article(BASE_BODY + " Ramai.", credits="\n\n" + "".join(f"Kontributor: {n}\n" for n in names)),
    )
    kinds["credit_lines_distinct_2000"] = _loaded(
        "2,000 distinct contributor lines", "size/distinct_credits.txt", credit_count=2000
    )
    write(
        "size/credit_name_10k.txt",
        article(BASE_BODY + " Panjang.", credits="\n\nEditor: " + "Namapanjang" * 910 + "\n"),
    )
    kinds["credit_name_10000_chars_alone"] = _loaded(  # parse-2: no credit, flagged no_credits
        "the only credit line names one person of 10,010 characters", "size/credit_name_10k.txt", credit_count=0
    )
    write(
        "size/credit_name_10k_then_valid.txt",
        article(BASE_BODY + " Lagi.", credits="\n\nEditor: " + "Namapanjang" * 910 + "\nPewarta: Budi Santoso\n"),
    )
    kinds["credit_name_10000_chars_then_valid"] = _loaded(
        "a 10,010-character credit name before a valid credit line: the long line stays body text",
        "size/credit_name_10k_then_valid.txt",
        credits=[["reporter", "Budi Santoso"]],
        max_name_chars=200,
    )

    # -- characters ---------------------------------------------------------------------------
    write(
        "chars/control.txt",
        article(
            [
                BASE_BODY.replace("jembatan", "jem\x07ba\x1btan", 1),
                "Sinyal \x1b[31mmerah\x1b[0m di terminal ikut tertulis.",
            ]
        ),
    )
    kinds["control_characters"] = _loaded(
        "BEL, ESC and ANSI colour codes inside an article: control characters and terminal escapes removed",
        "chars/control.txt",
        body_paragraphs=["Sinyal merah di terminal ikut tertulis."],
        no_control_chars=True,
    )
    write("chars/bidi.txt", article([BASE_BODY, BIDI_BODY], credits=f"\n\nPewarta: {BIDI_NAME}\n"))
    kinds["bidi_overrides"] = _loaded(
        "right-to-left marks and overrides in body and credit name: stored as they are",
        "chars/bidi.txt",
        body_paragraphs=[BIDI_BODY],
        credits=[["reporter", BIDI_NAME]],
    )
    write("chars/zero_width.txt", article([BASE_BODY, ZW_BODY + "\u200b"], credits=f"\n\nEditor: {ZW_NAME}\n"))
    kinds["zero_width_characters"] = _loaded(
        "zero-width joiners in body and name (zero-width spaces are removed by design)",
        "chars/zero_width.txt",
        body_paragraphs=[ZW_BODY],
        credits=[["editor", ZW_NAME]],
    )
    write("chars/emoji.txt", article([BASE_BODY, EMOJI_BODY], credits=f"\n\nPewarta: {EMOJI_NAME}\n"))
    kinds["emoji_astral_characters"] = _loaded(
        "emoji, flags and astral-plane characters in body and name",
        "chars/emoji.txt",
        body_paragraphs=[EMOJI_BODY],
        credits=[["reporter", EMOJI_NAME]],
    )
    write("chars/html.txt", article([*HTML_BODY, BASE_BODY]))
    kinds["html_script_tags"] = _loaded(
        "HTML and script tags (and entity-encoded ones) in the body: stored as inert text",
        "chars/html.txt",
        body_paragraphs=HTML_BODY_STORED,
    )
    mixed = article([BASE_BODY, "Kafe “Baru” dibuka."], credits="").encode(
        "utf-8"
    ) + "\n\nCatatan: café lama tutup.\n\nPewarta: Budi Santoso\n".encode("cp1252")
    write("chars/mixed_encodings.txt", mixed)
    kinds["mixed_encodings"] = Expectation(
        "UTF-8 with stray cp1252 bytes: each part decoded in its own encoding",
        {"chars/mixed_encodings.txt": ("loaded", None)},
        {"chars/mixed_encodings.txt": {"body_paragraphs": ["Kafe “Baru” dibuka.", "Catatan: café lama tutup."]}},
    )
    write("chars/unicode_whitespace.txt", "\u3000\u2003\u00a0\n\u2028\u200b\n \n")
    kinds["unicode_whitespace_only"] = _quarantined(
        "only Unicode spaces (ideographic, em, no-break, line separator, zero-width)",
        "empty_file",
        "chars/unicode_whitespace.txt",
    )
    write("chars/nul_only.txt", b"\x00" * 4096)
    kinds["nul_bytes_only"] = _quarantined("4 kB of NUL bytes", "binary_content", "chars/nul_only.txt")
    write("chars/utf16le_no_bom.txt", article(BASE_BODY + " Enam belas.").encode("utf-16-le"))
    kinds["utf16le_without_bom"] = _quarantined("UTF-16 LE without BOM", "binary_content", "chars/utf16le_no_bom.txt")
    write("chars/utf32.txt", article(BASE_BODY + " Tiga dua.").encode("utf-32"))
    kinds["utf32"] = _quarantined("UTF-32 with BOM", "binary_content", "chars/utf32.txt")

    # -- dates ----------------------------------------------------------------------------------
    next_month = (AS_OF.replace(day=28) + dt.timedelta(days=5)).strftime("%Y-%m")
    write("dates/next_month.txt", article(BASE_BODY + " Besok.", month=next_month))
    kinds["future_date_next_month"] = _quarantined(
        f"dated {next_month}, the month after the run's reference date", "future_date", "dates/next_month.txt"
    )
    write("dates/year_zero.txt", article(BASE_BODY + " Nol.", month="0000-01"))
    kinds["year_zero"] = _quarantined("dated 0000-01", "invalid_date", "dates/year_zero.txt")
    write("dates/huge_year.txt", article(BASE_BODY + " Besar.", month="99999999999-01"))
    kinds["year_overflow"] = _quarantined("an 11-digit year", "missing_date_header", "dates/huge_year.txt")

    # -- names and paths ----------------------------------------------------------------------
    write("names/line\nbreak\ttab.txt", article(BASE_BODY + " Nama berbaris."))
    kinds["newline_in_file_name"] = _loaded("a file name with a newline and a tab", "names/line\nbreak\ttab.txt")
    write(b"names/caf\xe9-\xff\xfe.txt", article(BASE_BODY + " Nama rusak."))
    kinds["invalid_utf8_file_name"] = _loaded(
        "a file name with bytes that are not UTF-8 (recorded as \\xe9)", "names/caf\\xe9-\\xff\\xfe.txt"
    )
    deep = "/".join(
        "".join(random.Random(f"hostile/dir{i}").choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(200))
        for i in range(15)
    )
    write(f"names/{deep}/deep.txt", article(BASE_BODY + " Jauh di dalam."))
    kinds["deep_long_path"] = _loaded("a 3,000-byte relative path, 15 folders deep", f"names/{deep}/deep.txt")
    write("names/'; DROP TABLE ingest.raw_file; --.txt", article(BASE_BODY + " Nama berbahaya."))
    kinds["sql_injection_file_name"] = _loaded(
        "SQL in the file name (the ledger path)", "names/'; DROP TABLE ingest.raw_file; --.txt"
    )

    # -- links and special files (refused at discovery) ---------------------------------------
    (outside / "secret.txt").write_text(article(BASE_BODY + f" {OUTSIDE_SECRET}."), encoding="utf-8")
    (outside / "articles").mkdir(exist_ok=True)
    (outside / "articles" / "elsewhere.txt").write_text(article(BASE_BODY + f" {OUTSIDE_SECRET} dua."))
    links = root / "links"
    links.mkdir(exist_ok=True)
    (links / "passwd.txt").symlink_to("/etc/passwd")
    kinds["link_to_etc_passwd"] = _quarantined("a link to /etc/passwd", "unsafe_link", "links/passwd.txt", refused=True)
    (links / "zero.txt").symlink_to("/dev/zero")
    kinds["link_to_dev_zero"] = _quarantined(
        "a link to /dev/zero (endless)", "unsafe_link", "links/zero.txt", refused=True
    )
    (links / "secret.txt").symlink_to(outside / "secret.txt")
    kinds["link_to_article_outside_root"] = _quarantined(
        "an absolute link to a valid article outside the root", "unsafe_link", "links/secret.txt", refused=True
    )
    (links / "dotdot.txt").symlink_to(Path("..", "..", OUTSIDE_DIR, "secret.txt"))
    kinds["dotdot_relative_link"] = _quarantined(
        "a relative `../../outside/secret.txt` link", "unsafe_link", "links/dotdot.txt", refused=True
    )
    (links / "outside_dir").symlink_to(outside / "articles")
    kinds["link_to_folder_outside_root"] = _quarantined(
        "a link to a folder of articles outside the root", "unsafe_link", "links/outside_dir", refused=True
    )
    (links / "etc").symlink_to("/etc")
    kinds["link_to_etc"] = _quarantined("a link to /etc", "unsafe_link", "links/etc", refused=True)
    (links / "self.txt").symlink_to("self.txt")
    kinds["symlink_loop_self"] = _quarantined("a link to itself", "unsafe_link", "links/self.txt", refused=True)
    (links / "ping").symlink_to("pong")
    (links / "pong").symlink_to("ping")
    kinds["symlink_loop_pair"] = _quarantined(
        "two links pointing at each other", "unsafe_link", "links/ping", "links/pong", refused=True
    )
    (links / "dangling.txt").symlink_to(base / "nowhere.txt")
    kinds["dangling_link"] = _quarantined("a link to nothing", "unsafe_link", "links/dangling.txt", refused=True)
    write("loop/inside.txt", article(BASE_BODY + " Putaran."))
    (root / "loop" / "back").symlink_to("..")
    kinds["folder_loop_inside_root"] = _loaded(
        "a folder link back to the root: its files are read once", "loop/inside.txt"
    )
    write("links/target.txt", article(BASE_BODY + " Sasaran."))
    (links / "alias.txt").symlink_to("target.txt")
    kinds["link_inside_root"] = Expectation(
        "a link to a file inside the root: followed, the same article twice",
        {"links/alias.txt": ("loaded", None), "links/target.txt": ("duplicate", None)},
    )
    special = root / "special"
    special.mkdir(exist_ok=True)
    os.mkfifo(special / "fifo.txt")
    kinds["fifo"] = _quarantined("a FIFO named like an article", "not_regular_file", "special/fifo.txt", refused=True)
    _make_socket(special, "socket.txt")
    kinds["unix_socket"] = _quarantined(
        "a Unix socket named like an article", "not_regular_file", "special/socket.txt", refused=True
    )
    if os.geteuid() == 0:
        os.mknod(special / "null.txt", 0o600 | stat.S_IFCHR, os.makedev(1, 3))
        kinds["character_device"] = _quarantined(
            "a character device (like /dev/null) named like an article",
            "not_regular_file",
            "special/null.txt",
            refused=True,
        )
    write("special/locked.txt", article(BASE_BODY + " Terkunci."))
    os.chmod(root / "special" / "locked.txt", 0)
    if os.geteuid() == 0:
        kinds["chmod_000"] = _loaded(
            "mode 000: root reads it anyway (tests/test_extract.py checks a non-root reader)", "special/locked.txt"
        )
    else:
        kinds["chmod_000"] = _quarantined("mode 000", "unreadable", "special/locked.txt")

    # -- gzip ---------------------------------------------------------------------------------
    write("gz/bomb.txt.gz", _gzip_bomb(200 * 1024 * 1024))
    kinds["gzip_bomb_200mb"] = _quarantined(
        "gzip of 200 MB of zeros (200 kB on disk)", "file_too_large", "gz/bomb.txt.gz"
    )
    write("gz/fake.txt.gz", article(BASE_BODY + " Palsu."))
    kinds["gzip_not_gzip"] = _quarantined("plain text named .txt.gz", "gzip_corrupt", "gz/fake.txt.gz")
    write("gz/trailing_garbage.txt.gz", gzip.compress(article(BASE_BODY + " Ekor.").encode(), mtime=0) + b"garbage!")
    kinds["gzip_trailing_garbage"] = _quarantined(
        "a gzip stream followed by garbage", "gzip_corrupt", "gz/trailing_garbage.txt.gz"
    )
    write("gz/ok.txt.gz", gzip.compress(article(BASE_BODY + " Terkompresi.").encode(), mtime=0))
    kinds["gzip_valid"] = _loaded("a valid gzip article (control case)", "gz/ok.txt.gz")
    return kinds


def _number_word(i: int) -> str:
    """A distinct name part per number, letters only (names need letters; digits would do too)."""
    letters = "bcdfghjklmnprstvwz"
    out = ""
    while True:
        i, r = divmod(i, len(letters))
        out += letters[r] + "a"
        if i == 0:
            return out.capitalize()


def _gzip_bomb(size: int) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * (1024 * 1024)
    parts = [comp.compress(chunk) for _ in range(size // len(chunk))]
    return b"".join(parts) + comp.flush()


def _make_socket(directory: Path, name: str) -> None:
    """Bind a Unix socket at directory/name (AF_UNIX paths are short: bind relative to the folder)."""
    cwd = os.getcwd()
    sock = socket.socket(socket.AF_UNIX)
    try:
        os.chdir(directory)
        sock.bind(name)
    finally:
        os.chdir(cwd)
        sock.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m antara_testkit.hostile_corpus", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("out_dir", help="folder to write into (the input root is OUT_DIR/in)")
    args = parser.parse_args(argv)
    kinds = write_hostile_corpus(args.out_dir)
    print(
        json.dumps(
            {k: {"description": e.description, "files": e.files} for k, e in kinds.items()},
            indent=2,
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
