"""Tests for artclean.titles: "Site – Title" first lines and heading-like lines."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from artclean.titles import (
    MAX_HEADING_WORDS,
    MAX_SPLIT_CHARS,
    TitleSplit,
    is_heading_like,
    split_site_title,
)

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# (line, expected title, expected site)
SPLITS = [
    (
        "Antinet.info – Hội nghị giao ban trực tuyến công tác",
        "Hội nghị giao ban trực tuyến công tác",
        "Antinet.info",
    ),
    ("Apple unveils a new iPhone | The Verge", "Apple unveils a new iPhone", "The Verge"),
    ("Apple unveils a new iPhone - The Verge", "Apple unveils a new iPhone", "The Verge"),
    ("Apple unveils a new iPhone — The Verge", "Apple unveils a new iPhone", "The Verge"),
    ("Site – A short title", "A short title", "Site"),
    # Particles inside a site's name do not make it long.
    (
        "Le marché reprend vie après deux ans de travaux | Le Progrès des Deux Rives",
        "Le marché reprend vie après deux ans de travaux",
        "Le Progrès des Deux Rives",
    ),
    (
        "江畔开始采冰 冰雪季建设进入冲刺阶段_北方都市网",
        "江畔开始采冰 冰雪季建设进入冲刺阶段",
        "北方都市网",
    ),
    (
        "VnExpress.net: Giá xăng tăng mạnh từ chiều nay",
        "Giá xăng tăng mạnh từ chiều nay",
        "VnExpress.net",
    ),
    ("Giá xăng tăng mạnh từ chiều nay - VnExpress", "Giá xăng tăng mạnh từ chiều nay", "VnExpress"),
    (
        "Hochwasser in Bayern: Lage entspannt sich — SPIEGEL",
        "Hochwasser in Bayern: Lage entspannt sich",
        "SPIEGEL",
    ),
    (
        "Le gouvernement annonce de nouvelles mesures | Le Monde",
        "Le gouvernement annonce de nouvelles mesures",
        "Le Monde",
    ),
    (
        "El Gobierno aprueba el presupuesto - El País",
        "El Gobierno aprueba el presupuesto",
        "El País",
    ),
    (
        "Путин провел совещание с правительством | РИА Новости",
        "Путин провел совещание с правительством",
        "РИА Новости",
    ),
    (
        "Mỹ công bố gói viện trợ mới » Tuổi Trẻ Online",
        "Mỹ công bố gói viện trợ mới",
        "Tuổi Trẻ Online",
    ),
    ("zing.vn - Giá vàng hôm nay tăng mạnh", "Giá vàng hôm nay tăng mạnh", "zing.vn"),
    ("Why the Fed raised rates | Voice of America", "Why the Fed raised rates", "Voice of America"),
    (
        "Городские вести – В Казани открыли новую станцию метро",
        "В Казани открыли новую станцию метро",
        "Городские вести",
    ),
    (
        "Giá vàng hôm nay tăng mạnh sau phiên giảm sâu – Báo Dân trí",
        "Giá vàng hôm nay tăng mạnh sau phiên giảm sâu",
        "Báo Dân trí",
    ),
    (
        "みなと新聞 – 横浜で秋のランタン祭り始まる 3日間で10万人見込み",
        "横浜で秋のランタン祭り始まる 3日間で10万人見込み",
        "みなと新聞",
    ),
    ("习近平会见美国总统拜登 | 新华网", "习近平会见美国总统拜登", "新华网"),
]


@pytest.mark.parametrize(("line", "title", "site"), SPLITS)
def test_split_site_title(line: str, title: str, site: str) -> None:
    assert split_site_title(line) == TitleSplit(title, site)


NO_SPLITS = [
    "Covid-19 cases rise - again",
    "Brexit: What happens next",
    "Hội nghị giao ban trực tuyến công tác tổ chức xây dựng Đảng",
    "The war in Europe - What comes next for Ukraine and Russia",
    "Thế giới | Kinh doanh | Giá vàng tăng mạnh hôm nay",
    "New York | London",  # neither side is a title
    "Prices rise - and so do wages across the country",
    "Giá vàng hôm nay - Báo Dân trí",  # lower-case site words need a typographic dash
    "The war in Europe – What comes next for Ukraine",
    "ランタン祭り – 始まる",  # both sides short
    "Nguồn: Nhân dân điện tử",
    "A - " + "word " * MAX_SPLIT_CHARS,
    "",
]


@pytest.mark.parametrize("line", NO_SPLITS)
def test_no_split(line: str) -> None:
    assert split_site_title(line) == TitleSplit(line.strip(), None)


def test_split_strips_whitespace() -> None:
    assert split_site_title("  The Verge | Apple unveils a new iPhone \n") == TitleSplit(
        "Apple unveils a new iPhone", "The Verge"
    )


HEADINGS = [
    "Hội nghị giao ban trực tuyến công tác tổ chức xây dựng Đảng khu vực miền bắc",
    "Apple unveils a new iPhone",
    "Is this the end of the euro?",
    "Hochwasser in Bayern: Lage entspannt sich",
    "Путин провел совещание с правительством",
    "习近平会见美国总统",
    "What comes next...",
    "COVID-19: 5 things to know",
    "Home Depot Stock Is Falling After Its Earnings. Why You Shouldn't Worry.",
]

NOT_HEADINGS = [
    "The minister spoke on Monday.",
    "The Council Said On Monday.",  # title case, but too short to tell
    "Chiều 28/6, tại Hà Nội, Ban Tổ chức T.Ư tổ chức Hội nghị giao ban trực tuyến.",
    "• Chia sẻ trải nghiệm",
    "- Item one",
    "1. First item",
    "a) first option",
    "12.000 - 15.000 đ",
    "*** ### ***",
    "这是一个完整的句子。",
    "Bốn nội dung còn lại bao gồm:",
    " ".join(["word"] * (MAX_HEADING_WORDS + 1)),
    "",
]


@pytest.mark.parametrize("line", HEADINGS)
def test_is_heading_like(line: str) -> None:
    assert is_heading_like(line)


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_is_not_heading_like(line: str) -> None:
    assert not is_heading_like(line)


def test_seed_first_line() -> None:
    seed = SEEDS / "000_7a3c8d2e076d60e1.txt"
    expected = SEEDS / "000_7a3c8d2e076d60e1.expected.json"
    if not seed.exists() or not expected.exists():
        pytest.skip("shared seeds not available")
    import json

    first = seed.read_text(encoding="utf-8").splitlines()[0]
    want = json.loads(expected.read_text(encoding="utf-8"))
    split = split_site_title(first)
    assert (split.title, split.site_name) == (want["title"], want["site_name"])
    assert is_heading_like(split.title)


@pytest.mark.parametrize("text", [" - " * 5000, "A | " * 3000, "a" * 100_000])
def test_long_lines_are_fast(text: str) -> None:
    started = time.perf_counter()
    split_site_title(text)
    is_heading_like(text)
    assert time.perf_counter() - started < 1.0


@given(st.text(max_size=300))
def test_split_never_loses_text(text: str) -> None:
    split = split_site_title(text)
    assert split.title in text
    assert split.site_name is None or split.site_name in text
    is_heading_like(text)
