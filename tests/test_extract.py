"""etl.extract: discovery stays inside the root; decoding repairs what real files carry."""

from __future__ import annotations

import gzip
import os

import pytest

from etl.extract import InputRootError, decode_bytes, discover, read_and_decode, revisit
from etl.records import Reason


def test_discovery_is_recursive_sorted_and_refuses_links_leaving_the_root(tmp_path):
    root = tmp_path / "in"
    (root / "b" / "c").mkdir(parents=True)
    (root / "z.txt").write_text("x")
    (root / "b" / "c" / "a.txt.gz").write_bytes(gzip.compress(b"x"))
    (root / "b" / "skip.md").write_text("x")
    outside = tmp_path / "secret.txt"
    outside.write_text("not yours")
    (root / "leak.txt").symlink_to(outside)
    (root / "outdir").symlink_to(tmp_path)
    (root / "b" / "loop").symlink_to(root)  # a loop back into the root
    (root / "inside-link.txt").symlink_to(root / "z.txt")
    (root / "self.txt").symlink_to(root / "self.txt")  # a link loop
    (root / "dangling.md").symlink_to(tmp_path / "nothing")  # not named like an article: ignored
    found = {f.path: f for f in discover(root)}
    accepted = [p for p, f in found.items() if f.refused is None]
    assert accepted == ["b/c/a.txt.gz", "inside-link.txt", "z.txt"]
    # refused, yet accounted for: reported with a reason, never opened
    refused = {p: (f.refused, f.refused_message) for p, f in found.items() if f.refused is not None}
    assert refused == {
        "leak.txt": (Reason.UNSAFE_LINK, "the link leaves the input root: not followed"),
        "outdir": (Reason.UNSAFE_LINK, "the link leaves the input root: not followed"),
        "self.txt": (Reason.UNSAFE_LINK, "the link loops: not followed"),
    }
    assert found["inside-link.txt"].abs_path == str((root / "z.txt").resolve())  # the file, not the link
    for path in refused:
        decoded = read_and_decode(found[path])
        assert (decoded.reason, decoded.text, decoded.sha256) == (Reason.UNSAFE_LINK, None, "")


def test_non_regular_files_and_undecodable_names_are_accounted_for(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.md")  # not named like an article: ignored
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_bytes(b"a")
    found = {f.path: f for f in discover(tmp_path)}
    assert set(found) == {"pipe.txt", "caf\\xe9.txt"}
    assert found["pipe.txt"].refused is Reason.NOT_REGULAR_FILE and "FIFO" in found["pipe.txt"].refused_message
    assert read_and_decode(found["pipe.txt"]).reason is Reason.NOT_REGULAR_FILE  # never opened: no hang
    assert read_and_decode(found["caf\\xe9.txt"]).text == "a"
    assert revisit(tmp_path, "caf\\xe9.txt").abs_path == os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt")


def test_revisit_applies_the_discovery_checks_again(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("x")
    (tmp_path / "secret.txt").write_text("not yours")
    assert revisit(root, "a.txt").refused is None
    assert revisit(root, "gone.txt") is None
    (root / "a.txt").unlink()
    (root / "a.txt").symlink_to(tmp_path / "secret.txt")  # swapped for a link after it was planned
    assert revisit(root, "a.txt", 1, 2).refused is Reason.UNSAFE_LINK
    (root / "a.txt").unlink()
    os.mkfifo(root / "a.txt")
    assert revisit(root, "a.txt").refused is Reason.NOT_REGULAR_FILE
    # a link swapped in after discovery is not followed at read time either
    (root / "b.txt").write_text("x")
    (found,) = [f for f in discover(root) if f.path == "b.txt"]
    (root / "b.txt").unlink()
    (root / "b.txt").symlink_to(tmp_path / "secret.txt")
    assert read_and_decode(found).reason is Reason.UNSAFE_LINK


def test_a_missing_root_is_the_one_fatal_input_error(tmp_path):
    with pytest.raises(InputRootError):
        list(discover(tmp_path / "nope"))


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        ("\ufeff date 2023-05 Kata".encode(), " date 2023-05 Kata", "utf-8-sig"),
        (b"a\r\nb\rc", "a\nb\nc", "utf-8"),
        ("Caf\u00e9 \u201cbaru\u201d di kota".encode("cp1252"), "Café \u201cbaru\u201d di kota", "cp1252"),
        (b"Kata &quot;kami&quot; &amp;nbsp;dan&nbsp;itu", 'Kata "kami"  dan itu', "utf-8"),
        ("CafÃ© baru".encode(), "Café baru", "utf-8"),  # mojibake repaired by ftfy
        ("Kafe “Baru”, ".encode() + "café lama".encode("cp1252"), "Kafe “Baru”, café lama", "utf-8+cp1252"),  # mixed
        ("e\u0301".encode(), "\u00e9", "utf-8"),  # NFC
    ],
)
def test_decoding_repairs_encodings_entities_and_line_ends(raw, text, encoding):
    decoded, enc, reason, _ = decode_bytes(raw)
    assert (decoded, enc, reason) == (text, encoding, None)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", Reason.EMPTY_FILE),
        (b" \n\t \r\n", Reason.EMPTY_FILE),
        ("\u3000\u2003\u00a0\n\u2028\u200b\n".encode(), Reason.EMPTY_FILE),  # only Unicode spaces
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), Reason.BINARY_CONTENT),
        (b"date 2023-05 Jakarta\x00(ANTARA)", Reason.BINARY_CONTENT),
        (bytes(range(1, 32)) * 40, Reason.BINARY_CONTENT),
    ],
)
def test_undecodable_input_gets_a_reason(raw, reason):
    assert decode_bytes(raw)[2] is reason


def _discovered(tmp_path, name: str, data: bytes):
    (tmp_path / name).write_bytes(data)
    (found,) = [f for f in discover(tmp_path) if f.path == name]
    return found


def test_gzip_truncated_and_too_large(tmp_path):
    good = gzip.compress(b" date 2023-05 Jakarta (ANTARA) - isi")
    assert read_and_decode(_discovered(tmp_path, "ok.txt.gz", good)).text.startswith(" date 2023-05")
    assert read_and_decode(_discovered(tmp_path, "cut.txt.gz", good[:-12])).reason is Reason.GZIP_CORRUPT
    assert read_and_decode(_discovered(tmp_path, "fake.txt.gz", b"plain text")).reason is Reason.GZIP_CORRUPT
    bomb = gzip.compress(b"a" * 5_000_000)
    assert (
        read_and_decode(_discovered(tmp_path, "bomb.txt.gz", bomb), max_bytes=1_000_000).reason is Reason.FILE_TOO_LARGE
    )
    assert (
        read_and_decode(_discovered(tmp_path, "big.txt", b"a" * 2000), max_bytes=1000).reason is Reason.FILE_TOO_LARGE
    )


def test_a_file_vanishing_after_discovery_is_unreadable_not_fatal(tmp_path):
    f = _discovered(tmp_path, "gone.txt", b"x")
    os.remove(f.abs_path)
    decoded = read_and_decode(f)
    assert decoded.reason is Reason.UNREADABLE and "disappeared" in decoded.message


def test_a_file_without_read_permission_is_unreadable(tmp_path):
    f = _discovered(tmp_path, "locked.txt", b" date 2023-05 x")
    os.chmod(f.abs_path, 0)
    if os.geteuid() != 0:
        assert read_and_decode(f).reason is Reason.UNREADABLE
        return
    # root reads everything: read in a forked child that has dropped to an unprivileged user.
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.setgid(65534)
            os.setuid(65534)
            decoded = read_and_decode(f)
            os.write(write_end, (decoded.reason.value if decoded.reason else "read").encode())
        finally:
            os._exit(0)
    os.close(write_end)
    os.waitpid(pid, 0)
    with os.fdopen(read_end) as result:
        assert result.read() == "unreadable"
