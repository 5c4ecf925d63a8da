"""Check the Vietnamese legacy code tables in src/artclean/data/codecs/ against glibc iconv.

Where the tables come from:

- viscii.tsv: VISCII 1.1 as published in RFC 1456 (Viet-Std group, 1993).  glibc's VISCII
  implements the same standard: every one of the 256 bytes must agree.
- tcvn3.tsv: TCVN 5712:1993, table VN3 (the ".VnTime"/ABC font encoding).  glibc's
  TCVN5712-1 is table VN1 of the same standard, a superset: bytes 0xA0-0xFF must agree.
  VN1 also puts capitals with tones at 0x80-0x9F and some C0 positions, which VN3 leaves
  out; artclean decodes those as windows-1252 and ASCII (reported, not an error).
- vni.tsv: the VNI-Windows font encoding (VNI Software Company).  No standard body
  publishes it and iconv does not know it, so it is checked by round trips and known words.

Usage: .venv/bin/python scripts/check_vn_tables.py   (exit status 1 on a mismatch)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from artclean.vncodecs import decode_vn, encode_vn

KNOWN_VNI = {
    b"Vie\xe4t Nam": "Việt Nam",
    b"Tie\xe1ng Vie\xe4t": "Tiếng Việt",
    b"\xd1a\xf8 Na\xfcng": "Đà Nẵng",
    b"ng\xf6\xf4\xf8i": "người",
    b"\xd1\xf6\xf4\xefc": "Được",
    b"Nguye\xe3n Tra\xf5i": "Nguyễn Trãi",
}


def _iconv(data: bytes, encoding: str) -> str | None:
    result = subprocess.run(
        ["iconv", "-f", encoding, "-t", "UTF-8"], input=data, capture_output=True, check=False
    )
    return result.stdout.decode("utf-8") if result.returncode == 0 else None


def _compare(codec: str, iconv_name: str, byte_range: range) -> tuple[int, list[str]]:
    errors: list[str] = []
    notes = 0
    for byte in range(256):
        ours = decode_vn(bytes([byte]), codec)
        theirs = _iconv(bytes([byte]), iconv_name)
        if theirs is not None:
            theirs = unicodedata.normalize("NFC", theirs)
        if ours == theirs:
            continue
        line = f"{codec} 0x{byte:02X}: ours {ours!r}, iconv {iconv_name} {theirs!r}"
        if byte in byte_range:
            errors.append(line)
        else:
            notes += 1
    return notes, errors


def main() -> int:
    errors: list[str] = []
    if shutil.which("iconv") is None:
        print("iconv not found: skipping the comparisons with glibc")
    else:
        notes, found = _compare("viscii", "VISCII", range(256))
        errors += found
        print(f"viscii: 256 bytes compared with glibc VISCII, {len(found)} mismatches")
        notes, found = _compare("tcvn3", "TCVN5712-1", range(0xA0, 0x100))
        errors += found
        print(
            f"tcvn3: 0xA0-0xFF compared with glibc TCVN5712-1 (VN1), {len(found)} mismatches; "
            f"{notes} bytes outside VN3 differ as documented"
        )
    for raw, text in KNOWN_VNI.items():
        if decode_vn(raw, "vni") != text:
            errors.append(f"vni: {raw!r} decodes to {decode_vn(raw, 'vni')!r}, not {text!r}")
    sample = (
        "Tiếng Việt có dấu: ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ đ"
    )
    for text in (sample, sample.upper()):
        for codec in ("viscii", "tcvn3", "vni"):
            if decode_vn(encode_vn(text, codec), codec) != text:
                errors.append(f"{codec}: round trip fails for {text!r}")
    print(f"vni: {len(KNOWN_VNI)} known words and round trips checked")
    for error in errors:
        print("MISMATCH", error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
