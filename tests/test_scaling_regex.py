"""No regular expression can backtrack catastrophically, and cost grows linearly with size.

Every public line-level function, and the whole ``extract``, gets pathological lines (long
runs of spaces, dots, dashes, digits, one letter, nested brackets, long URLs, a cue word
repeated) at lengths just under and far over each function's own length limit.  Each call
must finish well under a second: ``LIMIT`` is a generous bound against exponential blow-up,
not a speed benchmark (that is ``benchmarks/scaling.py``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

import artclean
from artclean import (
    attribution,
    byline,
    credits,
    dates,
    decode,
    features,
    gallery,
    heading,
    lexicon,
    normalise,
    titles,
)
from artclean.segment import segment

LIMIT = 2.0
"""Seconds allowed for one call (typical: well under 10 ms)."""

LENGTHS = (30, 120, 199, 299, 399, 799, 999, 5_000, 100_000)
"""Around each function's length limit (100-1,000 characters) and far past them."""

LANGUAGES = (None, "vi", "en", "de")

UNITS = {
    "spaces": "a" + " " * 2,
    "dots": ".",
    "dashes": "-",
    "digits": "9",
    "letter-a": "a",
    "brackets": "(",
    "mixed-brackets": "([{<",
    "slash-digits": "1/",
    "date-like": "28/6/2021 ",
    "time-like": "12:30 ",
    "url": "http://a.b/",
    "theo": "Theo ",
    "nguon": "Nguồn: ",
    "by": "By ",
    "photo": "Ảnh: ",
    "capitalised": "John Smith ",
    "comma-names": "John Smith, ",
    "pipes": "A | ",
    "en-dashes": "a – ",
    "entities": "&#",
    "amp": "&amp;",
    "email-like": "a@a.",
    "handles": "@a",
    "hyphen-words": "a-",
    "colon": "a:",
    "quotes": '"a ',
    "stars": "* ",
    "cjk": "記者",
    "viet": "ắ ",
}


def _line(unit: str, length: int) -> str:
    """``unit`` repeated to ``length`` characters, with a tail that makes patterns fail late."""
    body = (unit * (length // len(unit) + 1))[:length]
    return body + "!"


def _nested(depth: int) -> str:
    return "(" * depth + "AFP" + ")" * depth


LINE_FUNCTIONS: dict[str, Callable[[str, str | None], Any]] = {
    "dates.find_date": lambda line, lang: dates.find_date(line, lang=lang, default_year=2021),
    "dates.parse_date": lambda line, lang: dates.parse_date(line, lang=lang),
    "dates.is_date_line": lambda line, lang: dates.is_date_line(line),
    "attribution.match_attribution": lambda line, lang: (
        attribution.match_attribution(line, lang=lang, is_last=True),
        attribution.match_attribution(line, lang=lang, extra_cues=("Courtesy of",)),
    ),
    "attribution.split_trailing_attribution": lambda line, lang: (
        attribution.split_trailing_attribution(line, lang=lang)
    ),
    "attribution.match_dateline": lambda line, lang: attribution.match_dateline(line),
    "credits.is_photo_credit": lambda line, lang: credits.is_photo_credit(line),
    "credits.names_photo_positions": lambda line, lang: credits.names_photo_positions(line),
    "gallery.opens_with_counter": lambda line, lang: gallery.opens_with_counter(line),
    "dates.is_relative_stamp": lambda line, lang: dates.is_relative_stamp(line),
    "heading.is_header_line": lambda line, lang: heading.is_header_line(line, lang),
    "byline.is_role": lambda line, lang: byline.is_role(line, lang),
    "byline.match_byline": lambda line, lang: byline.match_byline(line, lang=lang),
    "titles.split_site_title": lambda line, lang: titles.split_site_title(line),
    "titles.is_heading_like": lambda line, lang: titles.is_heading_like(line),
    "lexicon.match_boilerplate": lambda line, lang: lexicon.match_boilerplate(
        line, extra=("brought to you by",)
    ),
    "features.measure": lambda line, lang: features.measure(segment(line), lang),
    "normalise.normalise": lambda line, lang: normalise.normalise(line),
}


def _timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def _assert_fast(label: str, function: Callable[[], object]) -> None:
    elapsed = _timed(function)
    assert elapsed < LIMIT, f"{label} took {elapsed:.2f} s"


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Load stoplists and compile every pattern once, outside the timings."""
    for lang in LANGUAGES:
        for function in LINE_FUNCTIONS.values():
            function("Theo Nhân Dân 28/6/2021", lang)
    artclean.extract("Tiêu đề\n\nThân bài của bài báo.\n")


@pytest.mark.parametrize("unit", sorted(UNITS), ids=str)
def test_line_functions_on_pathological_lines(unit: str) -> None:
    for length in LENGTHS:
        line = _line(UNITS[unit], length)
        for name, function in LINE_FUNCTIONS.items():
            for lang in LANGUAGES if length <= 1_000 else (None,):
                _assert_fast(
                    f"{name}({unit} x {length}, lang={lang})",
                    lambda function=function, line=line, lang=lang: function(line, lang),
                )


@pytest.mark.parametrize("depth", [10, 50, 100, 1_000, 50_000])
def test_line_functions_on_nested_brackets(depth: int) -> None:
    line = _nested(depth)
    for name, function in LINE_FUNCTIONS.items():
        _assert_fast(f"{name}(nested {depth})", lambda function=function: function(line, "en"))


@pytest.mark.parametrize(
    "line",
    [
        "a" * 100_000,
        " " * 100_000,
        "Theo " * 20_000,
        "http://" + "a." * 50_000 + "com/" + "b/" * 50_000,
        "word " * 1_000_000,  # a 5 MB line
    ],
    ids=["a", "spaces", "theo", "long-url", "5mb-line"],
)
def test_decode_and_extract_on_pathological_lines(line: str) -> None:
    data = line.encode("utf-8")
    _assert_fast("decode.decode", lambda: decode.decode(data))
    _assert_fast("extract", lambda: artclean.extract(b"Title\n\n" + data + b"\n"))
    _assert_fast("extract (whole file is the line)", lambda: artclean.extract(data))


@pytest.mark.parametrize("unit", ["spaces", "dots", "digits", "theo", "url", "comma-names"])
def test_extract_on_many_pathological_lines(unit: str) -> None:
    """Each pathological line as one of many, where every line-level rule sees it."""
    lines = [_line(UNITS[unit], length) for length in LENGTHS[:7]] * 20
    data = ("Title\n\n" + "\n\n".join(lines) + "\n").encode("utf-8")
    _assert_fast(f"extract({unit})", lambda: artclean.extract(data))


_WORDS = (
    "người dân thành phố cho biết chính quyền đã quyết định mở rộng tuyến đường ven sông "
    "trong năm tới nhằm giảm ùn tắc giao thông vào giờ cao điểm"
)


def _article(paragraphs: int) -> bytes:
    words = _WORDS.split()
    out = ["Tiêu đề bài báo về giao thông đô thị", "Chia sẻ"]
    for number in range(paragraphs):
        sentence = " ".join(words[(number + i) % len(words)] for i in range(40))
        out.append(f"{sentence.capitalize()}, đoạn {number}.")
        if number % 10 == 9:
            out.append("Tin liên quan: Giá vàng tăng mạnh")
    out.append("Theo Nhân Dân")
    return ("\n\n".join(out) + "\n").encode("utf-8")


@pytest.mark.parametrize(
    ("make", "size"),
    [
        pytest.param(_article, 1_000, id="article"),
        # Many lines and no body: the header scan once compared each line with all before it.
        pytest.param(lambda n: b"ab\n" * n, 2_000, id="short-lines"),
        pytest.param(lambda n: ("Theo " * 40 + "\n").encode() * n, 500, id="cue-lines"),
        pytest.param(lambda n: b"Title\n\n" + b"word " * n, 200_000, id="one-line"),
    ],
)
def test_cost_grows_linearly(make: Callable[[int], bytes], size: int) -> None:
    """Four times the input costs about four times the time, far from 16 (quadratic)."""
    small, large = make(size), make(4 * size)
    artclean.extract(small)  # warm up
    small_time = min(_timed(lambda: artclean.extract(small)) for _ in range(3))
    # Best of three on both sides: one slow run on a shared machine is noise, not cost.
    large_time = min(_timed(lambda: artclean.extract(large)) for _ in range(3))
    ratio = large_time / max(small_time, 0.02)
    # Linear cost gives about 4; quadratic gives 16.  10 leaves room for noise.
    assert ratio < 10, (
        f"4x input took {ratio:.1f}x the time ({small_time:.3f} s -> {large_time:.3f} s)"
    )
