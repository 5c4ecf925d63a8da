"""Mojibake repair: UTF-8 read as windows-1252, latin-1 or windows-1258."""

from __future__ import annotations

import pytest

from artclean.mojibake import mojibake_score, repair_mojibake

ORIGINALS = [
    "Hội nghị thượng đỉnh tại Hà Nội",
    "Le président a déclaré: « c’est très bien » — voilà.",
    "Größere Äpfel für Jürgen, Straße über München",
    "¿Dónde está el niño? ¡Mañana!",
    "NÃO É POSSÍVEL, disse a ação.",
    "Привет, как дела?",
    "Ελληνικά κείμενα",
    "日本語のテキスト",
    "שלום עולם",
]

# Correct text that a careless repair would damage: legitimate "Ã", capitals before closing
# punctuation, rare symbols.
CORRECT = [
    *ORIGINALS,
    "SÃO PAULO E MARANHÃO",
    "CAFÉ… PERÚ” ESPAÑA’s",
    "Ærø, Øresund, Åland — smörgåsbord",
    "Tiếng Việt: ĐƯỢC, Ở ĐÂY, Đà Nẵng, người",
    "1/2 ½ °C ± 5 € £ ¥ © ® ™",
    "Ça va? À bientôt! «Été» — déjà vu",
    "naïve coöperation, Zoë, Noël",
]


def _mangle(text: str, codec: str) -> str:
    """UTF-8 bytes read with ``codec``; C1 bytes come through as-is (sloppy decoding)."""
    return "".join(
        bytes([b]).decode(codec, errors="ignore") or chr(b) for b in text.encode("utf-8")
    )


@pytest.mark.parametrize("text", ORIGINALS)
@pytest.mark.parametrize("codec", ["cp1252", "latin-1", "cp1258"])
def test_repairs_once(text: str, codec: str) -> None:
    mangled = _mangle(text, codec)
    if mangled == text:
        pytest.skip("nothing to mangle")
    assert repair_mojibake(mangled) == text


@pytest.mark.parametrize("text", ORIGINALS[:5])
def test_repairs_twice_mangled(text: str) -> None:
    twice = _mangle(_mangle(text, "cp1252"), "cp1252")
    assert repair_mojibake(twice) == text


def test_issue_example() -> None:
    assert repair_mojibake("Há»™i nghá»‹") == "Hội nghị"


@pytest.mark.parametrize("text", CORRECT)
def test_correct_text_never_changes(text: str) -> None:
    assert repair_mojibake(text) == text


def test_few_odd_sequences_in_correct_text_are_kept() -> None:
    # A correctly written text quoting a mangled name or two: left as it is.
    text = "Árvíztűrő tükörfúrógép, ékezetes betűk: " * 10 + "Uzsa Ã\x96nko, gyaloglÃ³"
    assert repair_mojibake(text) == text


def test_mangled_paragraph_in_short_text_is_repaired() -> None:
    text = "Café. " + _mangle("Le président a déclaré: « c’est très bien ».", "cp1252")
    assert repair_mojibake(text) == "Café. Le président a déclaré: « c’est très bien »."


def test_score() -> None:
    assert mojibake_score("Ã©tÃ©") == 2
    assert mojibake_score("été") == 0
