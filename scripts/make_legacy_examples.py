# ruff: noqa: E501
"""Write the examples saved in legacy single-byte encodings (cp1258, cp1252).

The article text is kept here as UTF-8 source and encoded to the bytes a Windows
browser or editor would have saved.  Run from the repository root::

    .venv/bin/python scripts/make_legacy_examples.py

cp1258 has no precomposed letters for most Vietnamese vowels with a tone mark: it
stores the base letter (with its circumflex, breve or horn when cp1258 has that
letter) followed by a combining tone mark.  ``encode_cp1258`` does that split and
the script checks that decoding + NFC gives the text back.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# Marks that change the letter itself; cp1258 has precomposed letters for them (â ê ô ă ơ ư).
_SHAPE_MARKS = {"\u0302", "\u0306", "\u031b"}


def _clusters(text: str) -> list[str]:
    """Split NFD text into base characters each followed by its combining marks."""
    clusters: list[str] = []
    for char in unicodedata.normalize("NFD", text):
        if clusters and unicodedata.combining(char):
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def encode_cp1258(text: str) -> bytes:
    """Encode Vietnamese text to cp1258: precomposed shape letters, combining tone marks."""
    out = bytearray()
    for cluster in _clusters(text):
        try:
            out += unicodedata.normalize("NFC", cluster).encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, marks = cluster[0], cluster[1:]
        shape = "".join(mark for mark in marks if mark in _SHAPE_MARKS)
        tones = "".join(mark for mark in marks if mark not in _SHAPE_MARKS)
        out += unicodedata.normalize("NFC", base + shape).encode("cp1258")
        out += tones.encode("cp1258")
    return bytes(out)


def encode(text: str, codec: str) -> bytes:
    data = encode_cp1258(text) if codec == "cp1258" else text.encode(codec)
    back = unicodedata.normalize("NFC", data.decode(codec))
    if back != unicodedata.normalize("NFC", text):
        raise ValueError(f"{codec} does not round-trip this text")
    return data


DE_MOSEL_WEINLESE_CP1252 = (
    "Mosel-Kurier – Winzer an der Mosel erwarten kleinere, aber gute Weinlese",
    "Startseite",
    "Region",
    "Politik",
    "Wirtschaft",
    "Sport",
    "Kultur",
    "",
    "Winzer an der Mosel erwarten kleinere, aber gute Weinlese",
    "Von Katrin Möller",
    "15.09.2023, 14:20 Uhr",
    "",
    "Die Winzerinnen und Winzer an der Mosel rechnen in diesem Jahr mit einer deutlich kleineren Ernte als im Vorjahr. Der Weinbauverband Mosel schätzt die Menge auf rund 700.000 Hektoliter, etwa zwölf Prozent weniger als 2022.",
    "",
    "Grund sind vor allem die nassen Wochen im August, in denen sich in vielen Steillagen Fäulnis an den Trauben ausgebreitet hat. Die Betriebe mussten deshalb früher mit der Lese beginnen und faule Beeren von Hand aussortieren.",
    "",
    "Jetzt den Mosel-Kurier-Newsletter abonnieren und keine Nachricht aus der Region mehr verpassen!",
    "",
    "„Die Menge ist enttäuschend, die Qualität der gesunden Trauben aber sehr gut“, sagte Verbandspräsident Thomas Bergweiler am Freitag in Bernkastel-Kues. Die Mostgewichte beim Riesling lägen derzeit zwischen 80 und 90 Grad Oechsle.",
    "",
    "Erntehelfer bei der Lese in einer Steillage bei Zeltingen-Rachtig. Foto: Lena Hartwig/dpa",
    "",
    "Für viele kleinere Betriebe kommt der Ernteausfall zu einem schwierigen Zeitpunkt. Die Kosten für Energie, Glasflaschen und Personal sind in den vergangenen zwei Jahren stark gestiegen, während die Preise für Fasswein kaum nachgezogen haben.",
    "",
    "Auch der Mangel an Erntehelfern macht den Betrieben zu schaffen. Viele Saisonkräfte aus Osteuropa arbeiten inzwischen lieber in der Industrie, berichtete ein Winzer aus Graach.",
    "",
    "Die Hauptlese soll bis Mitte Oktober abgeschlossen sein. Für Eiswein hoffen einige Betriebe wieder auf einen frühen Frost im Dezember.",
    "",
    "Teilen",
    "Twittern",
    "Drucken",
    "",
    "Quelle: dpa",
    "",
    "Kommentare (2)",
    "Kommentar schreiben",
    "",
    "Mehr zum Thema",
    "Weinfest in Bernkastel: Veranstalter ziehen positive Bilanz",
    "Neue Radwege entlang der Mosel freigegeben",
    "",
    "Impressum",
    "Datenschutz",
    "Cookie-Einstellungen",
    "© Mosel-Kurier 2023",
)

VI_MEKONG_HARVEST_CP1258 = (
    "Tin tức nông nghiệp – thị trường – đời sống nhà nông",
    "Trang chủ",
    "Lúa gạo",
    "Thủy sản",
    "Cây ăn trái",
    "Giá cả thị trường",
    "Liên hệ",
    "",
    "Đồng bằng sông Cửu Long thu hoạch lúa Đông Xuân được mùa, được giá",
    "Ngọc Hân",
    "Thứ Năm, 07/03/2024 - 15:20",
    "",
    "Các tỉnh Đồng bằng sông Cửu Long đã thu hoạch hơn 1,1 triệu ha lúa vụ Đông Xuân 2023-2024, đạt khoảng 75% diện tích gieo trồng, năng suất bình quân ước 7,1 tấn/ha, tăng 0,3 tấn so với cùng kỳ năm trước.",
    "",
    "Tại huyện Tháp Mười (Đồng Tháp), thương lái thu mua lúa tươi giống OM 18 tại ruộng với giá 8.200 - 8.400 đồng/kg, cao hơn khoảng 1.000 đồng so với vụ Đông Xuân năm ngoái. Nhiều hộ nông dân cho biết lợi nhuận năm nay đạt trên 40 triệu đồng mỗi héc-ta.",
    "",
    "Ông Trần Văn Lợi, nông dân ở xã Trường Xuân, nói gia đình ông gieo sạ 5 ha lúa và đã bán hết cho thương lái ngay khi gặt. “Mấy năm rồi mới thấy giá lúa tốt như vậy, chi phí phân bón lại giảm nên bà con ai cũng phấn khởi”, ông Lợi chia sẻ.",
    "",
    ">> Xem thêm: Giá phân bón giảm mạnh, nông dân yên tâm xuống giống vụ Hè Thu",
    "",
    "Theo Cục Trồng trọt, giá lúa tăng chủ yếu nhờ nhu cầu nhập khẩu gạo của Indonesia và Philippines vẫn ở mức cao. Tuy nhiên, cơ quan này khuyến cáo nông dân không nên chạy theo giá mà bỏ qua lịch thời vụ, vì nguồn nước cuối mùa khô có thể bị ảnh hưởng bởi xâm nhập mặn.",
    "",
    "Máy gặt đập liên hợp thu hoạch lúa trên cánh đồng ở huyện Tháp Mười. Ảnh: Ngọc Hân",
    "",
    "Ở Sóc Trăng và Bạc Liêu, một số diện tích lúa thơm được doanh nghiệp bao tiêu với giá 9.500 đồng/kg. Các doanh nghiệp xuất khẩu cho biết đơn hàng quý II đã kín, nhiều đơn vị phải tăng ca tại nhà máy xay xát.",
    "",
    "Ngành nông nghiệp các tỉnh đang hướng dẫn nông dân vệ sinh đồng ruộng, xử lý rơm rạ sau thu hoạch và chuẩn bị giống cho vụ Hè Thu, dự kiến xuống giống tập trung từ cuối tháng 4.",
    "",
    "Theo TTXVN",
    "",
    "Chia sẻ bài viết",
    "Bình luận (0)",
    "Gửi bình luận",
    "",
    "Bài viết cùng chuyên mục",
    "Giá cà phê hôm nay tăng nhẹ tại Tây Nguyên",
    "Cần Thơ mở lớp tập huấn nuôi tôm ứng dụng công nghệ cao",
    "",
    "Website sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với chính sách cookie của chúng tôi.",
)

LEGACY_EXAMPLES = (
    ("de_mosel_weinlese_cp1252", "cp1252", "\r\n", DE_MOSEL_WEINLESE_CP1252),
    ("vi_mekong_harvest_cp1258", "cp1258", "\n", VI_MEKONG_HARVEST_CP1258),
)


def main() -> int:
    for name, codec, newline, lines in LEGACY_EXAMPLES:
        text = newline.join(lines) + newline
        path = EXAMPLES / f"{name}.txt"
        path.write_bytes(encode(text, codec))
        print(f"wrote {path.relative_to(EXAMPLES.parent)} ({codec})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
