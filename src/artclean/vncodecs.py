"""Vietnamese legacy encodings that Python lacks: VISCII, TCVN3 and VNI.

The tables live in ``data/codecs/*.tsv`` (written from the published standards, see each
file's header) and are loaded once with :mod:`importlib.resources`.  Nothing is registered
with :mod:`codecs`: callers use :func:`decode_vn` and :func:`encode_vn`.

>>> encode_vn("Việt Nam", "viscii")
b'Vi\\xaet Nam'
>>> decode_vn(b"Vi\\xaet Nam", "viscii")
'Việt Nam'
>>> decode_vn(b"Vie\\xe4t Nam", "vni")
'Việt Nam'
>>> decode_vn(encode_vn("Hội nghị", "tcvn3"), "tcvn3")
'Hội nghị'
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

VN_CODECS = ("viscii", "tcvn3", "vni")
"""The names :func:`decode_vn` accepts (also the ``Decoded.encoding`` values)."""

_ALIASES = {
    "viscii": "viscii",
    "viscii1.1": "viscii",
    "csviscii": "viscii",
    "tcvn3": "tcvn3",
    "tcvn": "tcvn3",
    "tcvn5712": "tcvn3",
    "tcvn5712_1": "tcvn3",
    "vn3": "tcvn3",
    "abc": "tcvn3",
    "vni": "vni",
    "vni_windows": "vni",
    "vniwin": "vni",
}

# VN3 and VNI fill every byte they do not define from windows-1252; its five holes
# (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as the matching C1 code points so decoding never fails.
_CP1252_HOLES = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def _cp1252_table() -> list[str]:
    table = [chr(i) for i in range(128)]
    for byte in range(128, 256):
        table.append(chr(byte) if byte in _CP1252_HOLES else bytes([byte]).decode("cp1252"))
    return table


_COMBINING = re.compile("[\u0300-\u0323]")


def canonical_vn_name(name: str) -> str | None:
    """The codec name for an alias of a Vietnamese legacy encoding, else None.

    >>> [canonical_vn_name(name) for name in ("TCVN5712-1", "VNI-Windows", "cp1252")]
    ['tcvn3', 'vni', None]
    """
    key = re.sub(r"[-\s]+", "_", name.strip().lower())
    return _ALIASES.get(key) or _ALIASES.get(key.replace("_", ""))


def _read_table(name: str) -> list[list[str]]:
    text = (
        resources.files("artclean")
        .joinpath("data")
        .joinpath("codecs")
        .joinpath(name)
        .read_text("utf-8")
    )
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@dataclass(frozen=True)
class _SingleByteCodec:
    decoding: str  # 256 characters, indexed by byte
    encoding: dict[str, int]


@functools.cache
def _single_byte(name: str) -> _SingleByteCodec:
    # VISCII lists every high byte; VN3 leaves some to windows-1252.
    table = [chr(i) for i in range(256)] if name == "viscii" else _cp1252_table()
    for hex_byte, code_point, *_ in _read_table(f"{name}.tsv"):
        table[int(hex_byte, 16)] = chr(int(code_point[2:], 16))
    decoding = "".join(table)
    # Reverse map: prefer the lowest byte so ASCII stays ASCII.
    encoding: dict[str, int] = {}
    for byte, char in enumerate(decoding):
        encoding.setdefault(char, byte)
    return _SingleByteCodec(decoding, encoding)


@dataclass(frozen=True)
class _VniCodec:
    decoding: dict[str, str]  # windows-1252 text of 1 or 2 bytes -> Vietnamese letter
    encoding: dict[str, bytes]
    pattern: re.Pattern[str]


@functools.cache
def _vni() -> _VniCodec:
    cp1252 = _cp1252_table()
    decoding: dict[str, str] = {}
    letters: dict[str, str] = {}
    rows = _read_table("vni.tsv")
    for kind, byte, value, *_ in rows:
        if kind == "letter":
            letters[cp1252[int(byte, 16)]] = value
    for kind, byte, value, *rest in rows:
        if kind != "mark":
            continue
        key = cp1252[int(byte, 16)]
        marks = "".join(chr(int(code, 16)) for code in value.split())
        for base in rest[0]:
            composed = unicodedata.normalize("NFC", base + marks)
            if len(composed) != 1:
                continue
            base_key = next((k for k, v in letters.items() if v == base), base)
            decoding[base_key + key] = composed
            if base.isupper():  # a capital letter with a lower-case mark byte occurs too
                decoding.setdefault(base_key + key.lower(), composed)
    decoding.update(letters)
    encoding: dict[str, bytes] = {}
    for key, letter in sorted(decoding.items(), key=lambda item: item[0]):
        raw = "".join(chr(cp1252.index(ch)) for ch in key).encode("latin-1")
        # Upper-case mark bytes for capitals (the VNI convention) come first in the sort.
        encoding.setdefault(letter, raw)
    keys = sorted(decoding, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(key) for key in keys))
    return _VniCodec(decoding, encoding, pattern)


def decode_vn(data: bytes, name: str) -> str:
    """Decode ``data`` with a Vietnamese legacy encoding; never fails.

    The result is NFC: TCVN3 has combining tone marks and VNI composes letters from two bytes.

    >>> decode_vn(b"Nguy\\xd4n", "tcvn3")
    'Nguyễn'
    """
    codec = canonical_vn_name(name)
    if codec is None:
        raise LookupError(f"not a Vietnamese legacy encoding: {name!r}")
    if codec == "vni":
        vni = _vni()
        text = codecs.charmap_decode(data, "strict", _decoding_string("cp1252"))[0]
        return vni.pattern.sub(lambda m: vni.decoding[m.group()], text)
    text = codecs.charmap_decode(data, "strict", _decoding_string(codec))[0]
    if codec == "tcvn3" and _COMBINING.search(text):
        text = unicodedata.normalize("NFC", text)
    return text


@functools.cache
def _decoding_string(codec: str) -> str:
    return "".join(_cp1252_table()) if codec == "cp1252" else _single_byte(codec).decoding


def encode_vn(text: str, name: str) -> bytes:
    """Encode NFC ``text`` with a Vietnamese legacy encoding (raises ``UnicodeEncodeError``).

    >>> encode_vn("Đà Nẵng", "vni")
    b'\\xd1a\\xf8 Na\\xfcng'
    """
    codec = canonical_vn_name(name)
    if codec is None:
        raise LookupError(f"not a Vietnamese legacy encoding: {name!r}")
    text = unicodedata.normalize("NFC", text)
    out = bytearray()
    if codec == "vni":
        vni = _vni()
        cp1252 = _cp1252_table()
        for pos, ch in enumerate(text):
            if ch in vni.encoding:
                out += vni.encoding[ch]
            elif ch in cp1252:
                out.append(cp1252.index(ch))
            else:
                raise UnicodeEncodeError("vni", text, pos, pos + 1, "not in VNI")
        return bytes(out)
    table = _single_byte(codec).encoding
    for pos, ch in enumerate(text):
        byte = table.get(ch)
        if byte is not None:
            out.append(byte)
            continue
        # TCVN3 has no toned capitals: write the toneless letter and a combining tone byte,
        # as TCVN 5712 allows.
        base, tone = _split_tone(ch)
        if tone and base in table and tone in table:
            out += bytes((table[base], table[tone]))
            continue
        raise UnicodeEncodeError(codec, text, pos, pos + 1, f"not in {codec}")
    return bytes(out)


def _split_tone(char: str) -> tuple[str, str]:
    decomposed = unicodedata.normalize("NFD", char)
    tones = [mark for mark in decomposed if mark in "\u0300\u0301\u0303\u0309\u0323"]
    if len(tones) != 1:
        return char, ""
    base = unicodedata.normalize("NFC", decomposed.replace(tones[0], ""))
    return base, tones[0]
