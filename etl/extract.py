"""Extract: find input files safely and turn their bytes into normalised text.

Everything here is pure apart from reading the input files; the database is not touched.
"""

from __future__ import annotations

import errno
import hashlib
import html
import os
import re
import stat
import unicodedata
import zlib
from collections.abc import Iterator
from pathlib import Path

from etl.records import DecodedFile, DiscoveredFile, Reason

# A raw ANTARA article is a few kB; anything this large is not an article (and must not exhaust memory).
MAX_FILE_BYTES = 10 * 1024 * 1024
SUFFIXES = (".txt", ".txt.gz")

_PNG_MAGIC = b"\x89PNG"
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


class InputRootError(Exception):
    """The input root itself cannot be read: the one input failure that stops a run."""


def discover(root: str | os.PathLike[str]) -> Iterator[DiscoveredFile]:
    """Yield `*.txt` / `*.txt.gz` files under ``root`` recursively, sorted by relative path.

    Links are followed only while they stay inside the root, so a hostile input folder cannot make
    the pipeline read elsewhere.  What is refused is still yielded, marked ``refused`` (and never
    opened), so the ledger accounts for it: a link named like an article, or leading to a folder,
    that leaves the root, loops or dangles (`unsafe_link`); a FIFO, socket or device named like an
    article (`not_regular_file`).  A file name that is not valid UTF-8 is recorded with its
    undecodable bytes written `\\xff` (see `revisit`, which finds the file again from that path).
    """
    root_path = Path(root)
    try:
        real_root = root_path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise InputRootError(f"input root {str(root)!r} cannot be read: {exc}") from exc
    if not real_root.is_dir():
        raise InputRootError(f"input root {str(root)!r} is not a directory")
    try:
        os.listdir(real_root)
    except OSError as exc:
        raise InputRootError(f"input root {str(root)!r} cannot be read: {exc}") from exc

    found: list[DiscoveredFile] = []
    seen_dirs: set[tuple[int, int]] = set()

    def walk(directory: Path, rel_parts: tuple[str, ...]) -> None:
        try:
            st = directory.stat()
        except OSError:
            return
        if (st.st_dev, st.st_ino) in seen_dirs:  # a link loop inside the root
            return
        seen_dirs.add((st.st_dev, st.st_ino))
        try:
            entries = list(os.scandir(directory))
        except OSError:
            return  # an unreadable sub-folder: nothing in it can be accounted for, nor read
        for entry in entries:
            path = Path(entry.path)
            rel = (*rel_parts, _printable_name(entry.name))
            named_like_article = entry.name.endswith(SUFFIXES)
            try:
                if entry.is_symlink():
                    real, problem = _resolve_inside(path, real_root)
                    if real is None:
                        if named_like_article or problem == "loops" or os.path.isdir(path):
                            lst = entry.stat(follow_symlinks=False)
                            found.append(
                                DiscoveredFile(
                                    "/".join(rel),
                                    str(path),
                                    lst.st_size,
                                    lst.st_mtime_ns,
                                    Reason.UNSAFE_LINK,
                                    f"the link {problem}: not followed",
                                )
                            )
                        continue
                if entry.is_dir():
                    walk(path, rel)
                elif named_like_article:
                    est = entry.stat()
                    if not stat.S_ISREG(est.st_mode):
                        found.append(
                            DiscoveredFile(
                                "/".join(rel),
                                str(path),
                                0,
                                est.st_mtime_ns,
                                Reason.NOT_REGULAR_FILE,
                                _not_regular(est.st_mode),
                            )
                        )
                    else:
                        abs_path = str(real) if entry.is_symlink() else str(path)
                        found.append(DiscoveredFile("/".join(rel), abs_path, est.st_size, est.st_mtime_ns))
            except OSError:
                continue

    walk(real_root, ())
    found.sort(key=lambda f: f.path)
    yield from found


def revisit(
    root: str | os.PathLike[str], path: str, size: int | None = None, mtime_ns: int | None = None
) -> DiscoveredFile | None:
    """A file ``discover`` reported, found again from its relative ``path`` (for planned batches and
    replays), with the same safety checks: refused if it is now a link leaving the root or not a
    regular file.  None when nothing is there.  ``size``/``mtime_ns`` default to the file's own."""
    real_root = Path(root).resolve()
    candidate = Path(root, path)
    if not os.path.lexists(candidate) and "\\x" in path:  # an undecodable name, written `\xff`
        raw = re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m[1], 16)]), path.encode("utf-8"))
        candidate = Path(os.fsdecode(os.path.join(os.fsencode(root), raw)))
    try:
        lst = candidate.lstat()
    except OSError:
        return None
    size = lst.st_size if size is None else size
    mtime_ns = lst.st_mtime_ns if mtime_ns is None else mtime_ns
    real, problem = _resolve_inside(candidate, real_root)
    if real is None:
        message = f"the link {problem}: not followed"
        return DiscoveredFile(path, str(candidate), size, mtime_ns, Reason.UNSAFE_LINK, message)
    try:
        st = real.stat()
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return DiscoveredFile(path, str(real), size, mtime_ns, Reason.NOT_REGULAR_FILE, _not_regular(st.st_mode))
    return DiscoveredFile(path, str(real), size, mtime_ns)


def _resolve_inside(path: Path, real_root: Path) -> tuple[Path | None, str]:
    """(real path, "") when ``path`` resolves inside the root; else (None, what is wrong)."""
    try:
        real = path.resolve(strict=True)
    except RuntimeError:
        return None, "loops"
    except OSError as exc:
        return None, "loops" if exc.errno == errno.ELOOP else "dangles"
    if real == real_root or real_root in real.parents:
        return real, ""
    return None, "leaves the input root"


def _printable_name(name: str) -> str:
    """A file name as the ledger stores it: undecodable bytes (surrogate escapes) written `\\xff`."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def _not_regular(mode: int) -> str:
    kind = (
        "a FIFO"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "not a regular file"
    )
    return f"{kind}, not a regular file: not read"


def read_and_decode(file: DiscoveredFile, max_bytes: int = MAX_FILE_BYTES) -> DecodedFile:
    """Read one discovered file and decode it; never raises: failures become a quarantine reason."""

    def failed(reason: Reason, message: str, sha: str = "", size: int = file.size) -> DecodedFile:
        return DecodedFile(file.path, size, file.mtime_ns, sha, None, None, reason, message)

    if file.refused is not None:
        return failed(file.refused, file.refused_message or "refused at discovery")
    if file.size > max_bytes:
        return failed(Reason.FILE_TOO_LARGE, f"{file.size} bytes is over the {max_bytes}-byte limit")
    try:
        # abs_path is the file itself, never a link (discover resolves links inside the root):
        # O_NOFOLLOW refuses one swapped in since, O_NONBLOCK keeps a swapped-in FIFO from hanging.
        fd = os.open(file.abs_path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        return failed(Reason.UNREADABLE, "the file disappeared between discovery and reading")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return failed(Reason.UNSAFE_LINK, "the file was replaced by a link after discovery: not followed")
        return failed(Reason.UNREADABLE, f"cannot read the file: {exc.strerror or exc}")
    try:
        with open(fd, "rb", closefd=True) as fh:
            mode = os.fstat(fh.fileno()).st_mode
            if not stat.S_ISREG(mode):
                return failed(Reason.NOT_REGULAR_FILE, _not_regular(mode))
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        return failed(Reason.UNREADABLE, f"cannot read the file: {exc.strerror or exc}")
    sha = hashlib.sha256(raw).hexdigest()
    if len(raw) > max_bytes:
        return failed(Reason.FILE_TOO_LARGE, f"over the {max_bytes}-byte limit", sha, len(raw))

    if file.path.endswith(".gz"):
        try:
            raw = _gunzip_limited(raw, max_bytes)
        except _TooLarge:
            return failed(Reason.FILE_TOO_LARGE, f"decompresses to over {max_bytes} bytes", sha, len(raw))
        except (OSError, EOFError, zlib.error) as exc:
            return failed(Reason.GZIP_CORRUPT, f"not a complete gzip stream: {exc}", sha, len(raw))

    text, encoding, reason, message = decode_bytes(raw)
    if reason is not None:
        return DecodedFile(file.path, file.size, file.mtime_ns, sha, None, encoding, reason, message)
    return DecodedFile(file.path, file.size, file.mtime_ns, sha, text, encoding)


class _TooLarge(Exception):
    pass


def _gunzip_limited(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip (possibly multi-member) without letting a gzip bomb exhaust memory."""
    out = bytearray()
    while data:
        d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        out += d.decompress(data, max_bytes + 1 - len(out))
        if len(out) > max_bytes:
            raise _TooLarge
        if not d.eof:
            raise EOFError("compressed file ended before the end-of-stream marker was reached")
        data = d.unused_data.lstrip(b"\x00")
    return bytes(out)


def decode_bytes(raw: bytes) -> tuple[str | None, str | None, Reason | None, str | None]:
    """Bytes -> (normalised text, encoding, reason, message).  Pure; never raises."""
    if not raw.strip():
        return None, None, Reason.EMPTY_FILE, "the file is empty or only whitespace"
    if (
        raw.startswith(_PNG_MAGIC)
        or raw.startswith(b"\xff\xd8\xff")
        or raw.startswith(b"GIF8")
        or raw.startswith(b"%PDF")
    ):
        return None, None, Reason.BINARY_CONTENT, "the file is an image or document, not article text"
    if b"\x00" in raw:
        return None, None, Reason.BINARY_CONTENT, "the file contains NUL bytes (binary, or UTF-16 text)"

    encoding: str | None
    text: str | None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw, encoding = raw[3:], "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text, encoding = _mixed_utf8(raw)
        if text is None:
            text, encoding = _detect(raw)
        if text is None:
            return None, None, Reason.UNDECODABLE, "no text encoding fits the bytes"

    if len(_CONTROL_CHARS.findall(text[:65536])) > max(8, len(text[:65536]) // 20):
        return None, encoding, Reason.BINARY_CONTENT, "mostly control characters: not article text"
    text = normalise_text(text)
    if not text.strip():  # only Unicode spaces (ideographic, no-break, zero-width ...)
        return None, encoding, Reason.EMPTY_FILE, "the file is empty or only whitespace"
    return text, encoding, None, None


_ESCAPED_BYTE = re.compile(r"[\udc80-\udcff]")  # a byte surrogateescape could not decode
_REAL_NON_ASCII = re.compile(r"[\u0080-\udc7f\udd00-\U0010ffff]")


def _mixed_utf8(raw: bytes) -> tuple[str | None, str | None]:
    """UTF-8 text with some Windows-1252 bytes pasted in (an old page quoted in a new one): decode
    the UTF-8 and only the stray bytes as cp1252.  None when the bytes hold no UTF-8 beyond ASCII
    (then they are a single legacy encoding: see _detect)."""
    text = raw.decode("utf-8", "surrogateescape")
    if not _REAL_NON_ASCII.search(text):
        return None, None

    def legacy(m: re.Match[str]) -> str:
        byte = bytes([ord(m.group()) - 0xDC00])
        return byte.decode("cp1252", "ignore") or byte.decode("latin-1")

    return _ESCAPED_BYTE.sub(legacy, text), "utf-8+cp1252"


def _detect(raw: bytes) -> tuple[str | None, str | None]:
    # Old ANTARA pages are Windows-1252, and detectors often name a sibling code page (cp775 ...)
    # for mostly-ASCII text, turning `©` into `®`: try cp1252 first, detect only when it fails.
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return None, None


# What ftfy can change in ASCII text: control characters (a terminal escape starts with \x1b) and
# line ends (\r).  An ASCII line without them leaves ftfy.fix_text as it came.
_ASCII_FTFY_TOUCHES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE = re.compile(r"[^\n]*\n|[^\n]+")  # ftfy.fix_text's segments: up to and including each \n


def _fix_text(text: str) -> str:
    """``ftfy.fix_text`` (mojibake, C1 controls, ligatures, widths, line breaks, terminal escapes,
    NFC), run only on the lines that need it.  ftfy fixes each line (each segment up to a \n) on its
    own, and a plain-ASCII line without control characters is its own fix, so skipping those lines
    gives the same text; most of an article is such lines, and ftfy costs ~10 us a line."""
    import ftfy

    if text.isascii() and not _ASCII_FTFY_TOUCHES.search(text):
        return text
    fixed = []
    for m in _LINE.finditer(text):
        line = m.group()
        if line.isascii() and not _ASCII_FTFY_TOUCHES.search(line):
            fixed.append(line)
        else:
            fixed.append(ftfy.fix_text(line, unescape_html=False, uncurl_quotes=False, normalization="NFC"))
    return "".join(fixed)


def normalise_text(text: str) -> str:
    """Repair mojibake and HTML entities, unify line ends and Unicode form."""
    text = _fix_text(text)
    for _ in range(3):  # `&amp;nbsp;` is entity-encoded twice in some scrapes
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # No-break and zero-width spaces from the web pages carry no meaning in the text.
    text = text.replace("\xa0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = _CONTROL_CHARS.sub("", text)
    return unicodedata.normalize("NFC", text)
