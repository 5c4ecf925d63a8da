"""The per-block signals of :mod:`artclean.features`."""

from __future__ import annotations

import pytest

from artclean.features import (
    capitalised_ratio,
    has_clock,
    measure,
    repeat_key,
    symbol_count,
    text_size,
)
from artclean.model import Kind
from artclean.segment import segment


def one(text: str, language: str | None = "en"):  # type: ignore[no-untyped-def]
    return measure(segment(text), language)[0]


def test_prose_signals() -> None:
    f = one("The minister said on Monday that the plan, which was delayed, would go ahead.")
    assert f.sentence_end and f.commas == 2 and f.words == 14
    assert f.stopword_density == pytest.approx(8 / 14)
    assert f.lexicon is None and f.url_count == 0 and not f.clock


def test_without_language_there_are_no_stopwords() -> None:
    assert one("The cat sat on the mat.", None).stopword_density == 0.0


@pytest.mark.parametrize(
    ("text", "urls", "emails", "handles"),
    [
        ("Read it at https://example.com/a/b today", 1, 0, 0),
        ("Write to desk@example.com or @desk", 0, 1, 1),
        ("No links here, just a sentence.", 0, 0, 0),
        ("Version 2.0 is out.", 0, 0, 0),
    ],
)
def test_link_counts(text: str, urls: int, emails: int, handles: int) -> None:
    f = one(text)
    assert (f.url_count, f.email_count, f.handle_count) == (urls, emails, handles)


def test_repeats_count_the_same_line_in_the_page() -> None:
    features = measure(segment("Share\nText one here.\nSHARE!\n"), "en")
    assert [f.repeats for f in features] == [2, 1, 2]


def test_lexicon_hit() -> None:
    hit = one("Leave a comment").lexicon
    assert hit is not None and hit.kind is Kind.COMMENTS


def test_clock_only_on_short_lines() -> None:
    assert one("jane says: November 19, 2019 at 6:44 am").clock
    long_line = "At 6:44 am the train left, " + "and it went on and on " * 8
    assert not one(long_line).clock


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6:44 am", True),
        ("18.05", True),
        ("12h30", True),
        ("3-1", False),
        ("1:2000", False),
        ("25:61", False),
    ],
)
def test_has_clock(text: str, expected: bool) -> None:
    assert has_clock(text) is expected


def test_size_counts_cjk_three_times() -> None:
    assert text_size("abc") == 3
    assert text_size("東京") == 6
    assert text_size("서울") == 6
    assert one("東京の天気は晴れです。").size == 31  # ten wide characters and a full stop


def test_symbols_and_capitals() -> None:
    assert symbol_count("⭐ Best ⭐ deals ✔️") == 3
    assert symbol_count("Ünïcode letters only") == 0
    assert capitalised_ratio("Home News Sport") == 1.0
    assert capitalised_ratio("") == 0.0


def test_digits_and_bullets() -> None:
    f = one("1) Step one: 2024")
    assert f.bullet
    assert f.digit_ratio == pytest.approx(5 / 17)


def test_repeat_key() -> None:
    assert repeat_key("Share this!") == repeat_key("  share   THIS ")


def test_signals_for_explain() -> None:
    signals = dict(one("The cat sat on the mat.").signals())
    assert signals["words"] == 6.0 and signals["sentence_end"] == 1.0 and "size" in signals


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("« Le pire, c'est la poudrerie sur le bord du fjord. »", True),  # French: space, »
        ("« Tu vois plus rien pantoute ! »", True),
        ("„Wir haben alles versucht“, sagte sie. „Es hat nicht gereicht.“", True),  # German “
        ("“We tried everything.”", True),
        ("「もう一度やってみたい。」", True),
        ("Des tempêtes et des surnoms", False),
        ("Le titre « entre guillemets »", False),
    ],
)
def test_sentence_end_past_closing_quotes(line: str, ends: bool) -> None:
    (measured,) = measure(segment(line), "fr")
    assert measured.sentence_end is ends
