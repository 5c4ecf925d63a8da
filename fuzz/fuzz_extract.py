"""Fuzz target: decode and extract arbitrary bytes (atheris, or a plain mutation loop).

``test_one_input`` is the property: any bytes either give an article whose every rendering
is valid UTF-8 with body paragraphs taken from the input (hard-wrapped lines joined), or
raise an ``ArtcleanError`` (whose one-line message the CLI prints).  Anything else is a bug.

Run with atheris (see fuzz/README.md)::

    python fuzz/fuzz_extract.py --write-corpus fuzz/corpus
    python fuzz/fuzz_extract.py -max_total_time=60 fuzz/corpus

Run without atheris (what the test suite does, with a fixed seed)::

    python fuzz/fuzz_extract.py --plain 20000
"""

from __future__ import annotations

import codecs
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import artclean
from artclean.errors import ArtcleanError
from artclean.pipeline import decode_input, page_text
from artclean.render import article_record, render_json, render_markdown, render_text

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "cases"

_ARTICLE = (
    "Antinet.info – Hội nghị giao ban trực tuyến công tác tổ chức\n\n"
    "Chia sẻ\n\n"
    "HÀ NỘI (TTXVN) - Sáng 28/6/2021, Ban Tổ chức Trung ương tổ chức hội nghị giao ban "
    "trực tuyến với các tỉnh, thành phố trên cả nước.\n\n"
    "Phát biểu tại hội nghị, đồng chí Trưởng ban cho biết nhiều nhiệm vụ quan trọng đã được "
    "hoàn thành đúng tiến độ. Theo Tuổi Trẻ\n\n"
    "Ảnh: Nguyễn Khánh\n\n"
    "Tin liên quan: Giá vàng tăng mạnh\n\n"
    "Nguồn: Nhân dân điện tử\n"
)
_ENGLISH = (
    "Apple unveils a new iPhone | The Verge\n\nBy John Smith, Jane Doe and Bob Lee\n"
    "Jun 3, 2021 at 4:05 pm\n\nWASHINGTON (Reuters) - The U.S. Senate voted on Tuesday to "
    "pass the bill, which now goes to the House.\n\nShare this article\n\n"
    "— The Associated Press\n"
)
_TOKENS = (
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    b"\x00",
    b"\x00" * 16,
    b"\r",
    b"\r\n",
    b"\n\n",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\x1b$B",
    b"\x1b$)C",
    b"&#xD800;",
    b"&amp;",
    b"&#0;",
    b"\xe2\x80\xa8",
    b"\x89PNG\r\n\x1a\n",
    b"%PDF-",
    b"\x7fELF",
    b"PK\x03\x04",
    b" " * 200,
    b"." * 200,
    b"-" * 200,
    b"9" * 200,
    b"Theo " * 50,
    b"(" * 100,
    b"http://example.com/" + b"a/" * 100,
    b"Ngu\xe1\xbb\x93n: ",
    b"\xc2\xa9 2024",
    b"28/6/2021 09:30 (GMT+7)",
)


def seeds() -> list[bytes]:
    """Starting inputs: articles in the encodings artclean detects, and the golden cases."""
    found = [
        _ARTICLE.encode("utf-8"),
        _ARTICLE.encode("utf-16"),
        _ARTICLE.encode("utf-8-sig"),
        _ARTICLE.encode("cp1258", errors="replace"),
        _ARTICLE.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"),
        _ENGLISH.encode("utf-8"),
        _ENGLISH.encode("cp1252"),
        _ENGLISH.replace("\n", "\r").encode("ascii", errors="replace"),
        "Привет, мир. Правительство заявило в понедельник.\n".encode("cp1251"),
        "日本語のテキストです。政府は月曜日に発表した。\n".encode("shift_jis"),
    ]
    if CASES.is_dir():
        found.extend(path.read_bytes() for path in sorted(CASES.glob("*.txt")))
    return found


def test_one_input(data: bytes) -> None:
    """Decode and extract ``data``; raise AssertionError (or anything) on a bug."""
    try:
        article = artclean.extract(data)
    except ArtcleanError as error:
        message = str(error)
        assert message and "\n" not in message, repr(message)
        return
    for text in (
        render_text(article),
        render_markdown(article),
        render_json(article_record(article, explain=True), indent=False),
    ):
        text.encode("utf-8")  # lone surrogates would fail here
    # Hard-wrapped lines come back joined: compare with the spacing collapsed.
    config = artclean.Config()
    source = " ".join(page_text(decode_input(data, config).text, config)[0].split())
    for paragraph in article.paragraphs:
        assert " ".join(paragraph.split()) in source, f"invented paragraph {paragraph!r}"


def mutate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """One to four random edits: flips, inserts, deletes, repeats, splices, tokens."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        position = rng.randint(0, len(buffer))
        choice = rng.randrange(8)
        if choice == 0 and buffer:  # flip a bit
            index = rng.randrange(len(buffer))
            buffer[index] ^= 1 << rng.randrange(8)
        elif choice == 1:  # random bytes
            buffer[position:position] = rng.randbytes(rng.randint(1, 8))
        elif choice == 2 and buffer:  # delete a run
            del buffer[position : position + rng.randint(1, 64)]
        elif choice == 3 and buffer:  # repeat a chunk
            start = rng.randrange(len(buffer))
            chunk = buffer[start : start + rng.randint(1, 128)]
            buffer[position:position] = chunk * rng.randint(2, 20)
        elif choice == 4:  # splice in part of another seed
            other = rng.choice(pool)
            start = rng.randint(0, len(other))
            buffer[position:position] = other[start : start + rng.randint(1, 512)]
        elif choice == 5:
            buffer[position:position] = rng.choice(_TOKENS)
        elif choice == 6:  # truncate
            del buffer[position:]
        else:  # replace a byte with an interesting one
            if buffer:
                buffer[rng.randrange(len(buffer))] = rng.choice(b"\x00\n\r\x80\xc3\xe1\xff ")
    return bytes(buffer)


def inputs(iterations: int, seed: int) -> Iterator[bytes]:
    """The seeds, then mutations of earlier inputs: deterministic for a given ``seed``."""
    rng = random.Random(seed)
    pool = seeds()
    yield from pool[:iterations]
    for _ in range(iterations - min(iterations, len(pool))):
        data = mutate(rng.choice(pool), rng, pool)
        if len(pool) < 500 and rng.random() < 0.2:
            pool.append(data)
        yield data


def run_without_atheris(iterations: int = 2000, seed: int = 0) -> int:
    """Run :func:`test_one_input` over ``iterations`` inputs; a failure names its input."""
    count = 0
    for data in inputs(iterations, seed):
        try:
            test_one_input(data)
        except Exception as error:
            raise AssertionError(f"input {count} ({data[:200]!r}...) failed: {error!r}") from error
        count += 1
    return count


def main() -> None:
    if sys.argv[1:2] == ["--plain"]:
        iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
        seed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
        print(f"{run_without_atheris(iterations, seed)} inputs, no failure")
        return
    if sys.argv[1:2] == ["--write-corpus"]:
        folder = Path(sys.argv[2])
        folder.mkdir(parents=True, exist_ok=True)
        for number, data in enumerate(seeds()):
            (folder / f"seed-{number:03d}").write_bytes(data)
        return
    import atheris  # optional: only real fuzzing needs it

    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
