"""Binary detection by magic numbers and control bytes."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zipfile

import pytest

from artclean.binary import control_share, looks_binary, sniff_binary, sniff_magic


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


MAGIC = [
    (b"\x89PNG\r\n\x1a\n" + bytes(16), "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
    (b"GIF89a\x01\x00\x01\x00", "GIF image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
    (_zip(), "ZIP archive (or docx/xlsx/odt/epub/jar)"),
    (gzip.compress(b"text"), "gzip archive"),
    (bz2.compress(b"text"), "bzip2 archive"),
    (lzma.compress(b"text"), "xz archive"),
    (b"7z\xbc\xaf\x27\x1c\x00\x04", "7z archive"),
    (b"\x7fELF\x02\x01\x01\x00", "ELF executable"),
    (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01", "Mach-O executable"),
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "Windows executable (PE/EXE)"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP image"),
    (b"ID3\x04\x00\x00\x00\x00\x00\x00", "MP3 audio"),
    (b"\xff\xfb\x90\x64\x00", "MP3 audio"),
    (b"\x00\x00\x00\x18ftypmp42", "MP4/QuickTime media"),
    (b"SQLite format 3\x00\x10\x00", "SQLite database"),
    (b"\x00asm\x01\x00\x00\x00", "WebAssembly module"),
    (b"\xca\xfe\xba\xbe\x00\x00\x00\x34", "Java class file or Mach-O universal binary"),
]


@pytest.mark.parametrize(("data", "kind"), MAGIC)
def test_magic(data: bytes, kind: str) -> None:
    assert sniff_magic(data) == kind
    assert sniff_binary(data) == kind


@pytest.mark.parametrize(
    "text",
    [b"MZ is a valid start of a sentence.", b"ID3 tags are metadata.", b"%PDF is not here", b""],
)
def test_text_that_starts_like_a_signature(text: bytes) -> None:
    assert sniff_binary(text) is None


def test_control_bytes_mean_binary() -> None:
    assert control_share(b"ab\x00\x01") == 0.5
    assert looks_binary(bytes(range(1, 9)) * 200)
    assert not looks_binary(b"Tabs\tand\r\nform feeds\x0c and ESC\x1b$B are text.\n")


def test_nul_padding_around_text_is_not_binary() -> None:
    data = bytes(637) + b"a" + bytes(433) + b"<html><body>Hello</body></html>\n"
    assert not looks_binary(data)
    assert looks_binary(bytes(100))
