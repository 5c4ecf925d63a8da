"""Tell binary files from text: magic numbers first, then the share of control bytes.

>>> sniff_binary(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(20))
'PNG image'
>>> sniff_binary(b"Plain text, nothing to see.") is None
True
"""

from __future__ import annotations

import re

BINARY_SAMPLE_SIZE = 8192
"""Bytes read from the start for the control-byte test: binary formats show it in headers."""

BINARY_CONTROL_SHARE = 0.10
"""Above this share of control bytes (NUL, other C0 except whitespace), the data is binary.
Real text has almost none; compressed or executable data has about 10-30%."""

# (offset, magic bytes, what it is).  Each is a published file signature; all but the
# first few bytes of text files would have to be control bytes to collide.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "ZIP archive (or docx/xlsx/odt/epub/jar)"),
    (0, b"PK\x05\x06", "ZIP archive"),
    (0, b"PK\x07\x08", "ZIP archive"),
    (0, b"\x1f\x8b\x08", "gzip archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"\x28\xb5\x2f\xfd", "zstd archive"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"\xfe\xed\xfa\xce", "Mach-O executable"),
    (0, b"\xfe\xed\xfa\xcf", "Mach-O executable"),
    (0, b"\xce\xfa\xed\xfe", "Mach-O executable"),
    (0, b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (0, b"\xca\xfe\xba\xbe", "Java class file or Mach-O universal binary"),
    (0, b"\x00asm", "WebAssembly module"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"OggS\x00", "Ogg media"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"wOFF", "WOFF font"),
    (0, b"wOF2", "WOFF2 font"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"\x00\x00\x01\x00", "ICO image"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document (doc/xls/msi)"),
    (4, b"ftyp", "MP4/QuickTime media"),
    (257, b"ustar", "tar archive"),
)
# The signatures grouped by offset, for one ``startswith`` call per offset (in C) first.
_MAGIC_BY_OFFSET = {
    offset: tuple(magic for at, magic, _ in _MAGIC if at == offset)
    for offset in sorted({offset for offset, _, _ in _MAGIC})
}
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
_ID3 = re.compile(rb"ID3[\x02-\x04]\x00")
_MP3_FRAME = re.compile(rb"\xff[\xf2\xf3\xfa\xfb][\x10-\xef]")

NUL_PADDING_RUN = 16
"""NUL runs at least this long are padding, not data: binary formats interleave NULs with
other control bytes, UTF-16 alternates them with characters."""
_NUL_PADDING = re.compile(b"\\x00{%d,}" % NUL_PADDING_RUN)
_NUL_RUN = bytes(NUL_PADDING_RUN)

# C0 controls that do not occur in text; TAB, LF, VT, FF, CR, SUB (DOS end of file) and ESC
# (ISO-2022 shifts) do.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1a\x1b")


def sniff_magic(data: bytes) -> str | None:
    """What the data is, from its leading signature, or None.

    >>> sniff_magic(b"RIFF\\x10\\x00\\x00\\x00WEBPVP8 ")
    'WebP image'
    >>> sniff_magic(b"MZ\\x90\\x00\\x03\\x00\\x00\\x00")
    'Windows executable (PE/EXE)'
    """
    if any(data.startswith(magics, offset) for offset, magics in _MAGIC_BY_OFFSET.items()):
        for offset, magic, kind in _MAGIC:
            if data.startswith(magic, offset):
                return kind
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if _BZIP2.match(data):
        return "bzip2 archive"
    if _ID3.match(data) or _MP3_FRAME.match(data):
        return "MP3 audio"
    # "MZ" alone starts words; an executable header has NULs right after it.
    if data.startswith(b"MZ") and b"\x00" in data[2:64]:
        return "Windows executable (PE/EXE)"
    return None


def looks_binary(data: bytes) -> bool:
    """Whether the start of ``data`` has too many control bytes to be text.

    Long runs of NUL bytes are left out: they are padding, seen in the wild before or
    between text (call this after UTF-16/32 detection, whose NULs are not in runs).

    >>> looks_binary(bytes(300) + b"<html>text</html>" + bytes(40)), looks_binary(b"\\x01\\x02ab")
    (False, True)
    """
    sample = data[:BINARY_SAMPLE_SIZE]
    # A substring test (fast, in C) first: almost no input has padding to remove.
    if _NUL_RUN in sample:
        sample = _NUL_PADDING.sub(b"", sample)
    if not sample:
        return bool(data)
    return control_share(sample) > BINARY_CONTROL_SHARE


def control_share(sample: bytes) -> float:
    """The share of bytes in ``sample`` that are control bytes text never has.

    >>> control_share(b"ab\\x00\\x01")
    0.5
    """
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def sniff_binary(data: bytes) -> str | None:
    """Describe ``data`` if it is not text ("PNG image", "binary data"), else None.

    Call it after UTF-16/32 detection: their NUL bytes look like binary.  A leading run of
    NUL bytes followed by text (seen in the wild as padding) is not binary.

    >>> sniff_binary(bytes(300) + b"<html>text</html>") is None
    True
    >>> sniff_binary(b"\\x01\\x02\\x03text" * 100)
    'binary data'
    """
    kind = sniff_magic(data)
    if kind:
        return kind
    return "binary data" if looks_binary(data) else None
