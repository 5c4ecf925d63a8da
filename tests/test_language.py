"""Tests for artclean.language: stopword lists, tokenizer, language detection."""

from __future__ import annotations

import re
import time
from importlib import resources

import pytest

from artclean.language import (
    SUPPORTED_LANGUAGES,
    detect_language,
    stopword_density,
    stopwords,
    tokenize,
)

# One short news-style paragraph per language, written for these tests.
PARAGRAPHS: dict[str, str] = {
    "en": (
        "The city council said on Tuesday that the new bridge would open in the spring, "
        "although some residents are still worried about the noise and the traffic it will bring."
    ),
    "de": (
        "Der Stadtrat hat am Dienstag mitgeteilt, dass die neue Brücke im Frühjahr eröffnet "
        "werden soll, obwohl sich einige Anwohner noch immer Sorgen über den Lärm machen."
    ),
    "fr": (
        "Le conseil municipal a annoncé mardi que le nouveau pont ouvrira au printemps, même si "
        "certains habitants restent inquiets du bruit et de la circulation qu'il va entraîner."
    ),
    "es": (
        "El ayuntamiento anunció el martes que el nuevo puente se abrirá en primavera, aunque "
        "algunos vecinos todavía están preocupados por el ruido y el tráfico que traerá."
    ),
    "pt": (
        "A câmara municipal anunciou na terça-feira que a nova ponte vai abrir na primavera, "
        "embora alguns moradores ainda estejam preocupados com o barulho e o trânsito."
    ),
    "it": (
        "Il consiglio comunale ha annunciato martedì che il nuovo ponte sarà aperto in primavera, "
        "anche se alcuni residenti sono ancora preoccupati per il rumore e il traffico."
    ),
    "nl": (
        "De gemeenteraad heeft dinsdag laten weten dat de nieuwe brug in het voorjaar opengaat, "
        "hoewel sommige bewoners zich nog steeds zorgen maken over het lawaai en het verkeer."
    ),
    "pl": (
        "Rada miasta poinformowała we wtorek, że nowy most zostanie otwarty wiosną, chociaż "
        "niektórzy mieszkańcy wciąż obawiają się hałasu i ruchu, który się z tym wiąże."
    ),
    "cs": (
        "Městská rada v úterý oznámila, že nový most bude otevřen na jaře, přestože někteří "
        "obyvatelé se stále obávají hluku a dopravy, kterou to přinese."
    ),
    "sk": (
        "Mestská rada v utorok oznámila, že nový most bude otvorený na jar, hoci niektorí "
        "obyvatelia sa stále obávajú hluku a dopravy, ktorú to prinesie."
    ),
    "sv": (
        "Kommunfullmäktige meddelade på tisdagen att den nya bron ska öppnas i vår, även om en "
        "del invånare fortfarande är oroliga för bullret och trafiken som den kommer att ge."
    ),
    "da": (
        "Byrådet meddelte tirsdag, at den nye bro vil blive åbnet til foråret, selv om nogle "
        "beboere stadig er bekymrede for støjen og den trafik, som den vil medføre."
    ),
    "no": (
        "Bystyret opplyste tirsdag at den nye brua skal åpnes til våren, selv om noen beboere "
        "fortsatt er bekymret for støyen og trafikken som den vil føre med seg."
    ),
    "fi": (
        "Kaupunginvaltuusto kertoi tiistaina, että uusi silta avataan keväällä, vaikka osa "
        "asukkaista on yhä huolissaan melusta ja liikenteestä, jota se tuo mukanaan."
    ),
    "hu": (
        "A városi közgyűlés kedden bejelentette, hogy az új hidat tavasszal adják át, bár "
        "néhány lakos még mindig aggódik a zaj és a forgalom miatt, amit hozni fog."
    ),
    "ro": (
        "Consiliul local a anunțat marți că noul pod va fi deschis în primăvară, deși unii "
        "locuitori sunt încă îngrijorați de zgomotul și traficul pe care îl va aduce."
    ),
    "tr": (
        "Belediye meclisi salı günü yeni köprünün ilkbaharda açılacağını duyurdu, ancak bazı "
        "sakinler hâlâ getireceği gürültü ve trafik konusunda endişeli olduklarını söylüyor."
    ),
    "id": (
        "Dewan kota mengumumkan pada hari Selasa bahwa jembatan baru itu akan dibuka pada musim "
        "semi, meskipun beberapa warga masih khawatir tentang kebisingan dan lalu lintas."
    ),
    "ms": (
        "Majlis bandaraya mengumumkan pada hari Selasa bahawa jambatan baharu itu akan dibuka "
        "tidak lama lagi, walaupun beberapa penduduk masih bimbang kerana bunyi bising dan trafik."
    ),
    "tl": (
        "Sinabi ng konseho ng lungsod noong Martes na bubuksan ang bagong tulay sa tag-araw, "
        "ngunit ang ilang residente ay nag-aalala pa rin sa ingay at sa trapiko na dala nito."
    ),
    "hr": (
        "Gradsko vijeće objavilo je u utorak da će novi most biti otvoren na proljeće, iako su "
        "neki stanovnici još uvijek zabrinuti zbog buke i prometa koji će donijeti."
    ),
    "sr": (
        "Gradsko veće saopštilo je u utorak da će novi most biti otvoren na proleće, mada su "
        "neki stanovnici i dalje zabrinuti zbog buke i saobraćaja, kako su takođe rekli."
    ),
    "sl": (
        "Mestni svet je v torek sporočil, da bo novi most odprt spomladi, čeprav so nekateri "
        "prebivalci še vedno zaskrbljeni zaradi hrupa in prometa, ki ga bo prinesel."
    ),
    "ca": (
        "L'ajuntament va anunciar dimarts que el nou pont s'obrirà a la primavera, tot i que "
        "alguns veïns encara estan preocupats pel soroll i el trànsit que portarà."
    ),
    "lt": (
        "Miesto taryba antradienį paskelbė, kad naujas tiltas bus atidarytas pavasarį, nors kai "
        "kurie gyventojai vis dar nerimauja dėl triukšmo ir eismo, kurį jis atneš."
    ),
    "lv": (
        "Pilsētas dome otrdien paziņoja, ka jaunais tilts tiks atvērts pavasarī, lai gan daži "
        "iedzīvotāji joprojām ir noraizējušies par troksni un satiksmi, ko tas radīs."
    ),
    "et": (
        "Linnavolikogu teatas teisipäeval, et uus sild avatakse kevadel, kuigi mõned elanikud on "
        "endiselt mures müra ja liikluse pärast, mida see kaasa toob."
    ),
    "vi": (
        "Hội đồng thành phố cho biết hôm thứ Ba rằng cây cầu mới sẽ được thông xe vào mùa xuân, "
        "dù một số người dân vẫn còn lo ngại về tiếng ồn và giao thông."
    ),
    "ru": (
        "Городской совет во вторник сообщил, что новый мост откроют весной, хотя некоторые "
        "жители всё ещё обеспокоены шумом и движением, которое он принесёт."
    ),
    "uk": (
        "Міська рада у вівторок повідомила, що новий міст відкриють навесні, хоча деякі "
        "мешканці досі стурбовані шумом і рухом, який він принесе."
    ),
    "bg": (
        "Общинският съвет съобщи във вторник, че новият мост ще бъде открит през пролетта, "
        "въпреки че някои жители все още са притеснени от шума и трафика."
    ),
    "el": (
        "Το δημοτικό συμβούλιο ανακοίνωσε την Τρίτη ότι η νέα γέφυρα θα ανοίξει την άνοιξη, "
        "αν και ορισμένοι κάτοικοι ανησυχούν ακόμη για τον θόρυβο."
    ),
    "ja": (
        "市議会は火曜日、新しい橋が春に開通すると発表したが、"
        "一部の住民は騒音や交通量を心配している。"
    ),
    "zh": ("市议会周二表示，新桥将在春季通车，但一些居民仍然担心它带来的噪音和交通问题。"),
    "ko": (
        "시의회는 화요일 새 다리가 봄에 개통될 것이라고 밝혔지만 "
        "일부 주민들은 여전히 소음과 교통을 걱정하고 있다."
    ),
    "th": (
        "สภาเมืองประกาศเมื่อวันอังคารว่าสะพานใหม่จะเปิดใช้ในฤดูใบไม้ผลิ แต่ชาวบ้านบางส่วนยังกังวลเรื่องเสียงและการจราจร"
    ),
    "ar": (
        "أعلن مجلس المدينة يوم الثلاثاء أن الجسر الجديد سيفتح في الربيع، "
        "رغم أن بعض السكان ما زالوا قلقين من الضوضاء وحركة المرور."
    ),
    "fa": (
        "شورای شهر روز سه‌شنبه اعلام کرد که پل جدید در بهار باز می‌شود، "
        "اما برخی از ساکنان هنوز نگران سر و صدا و ترافیک آن هستند."
    ),
    "he": (
        "מועצת העיר הודיעה ביום שלישי כי הגשר החדש ייפתח באביב, "
        "אף על פי שחלק מהתושבים עדיין מודאגים מהרעש."
    ),
    "hi": (
        "नगर परिषद ने मंगलवार को कहा कि नया पुल वसंत में खुलेगा, हालांकि "
        "कुछ निवासी अब भी शोर और यातायात को लेकर चिंतित हैं।"
    ),
}


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_detects_paragraph(lang: str) -> None:
    assert detect_language(PARAGRAPHS[lang]) == lang


def test_paragraphs_cover_enough_languages() -> None:
    assert len(PARAGRAPHS) >= 25
    assert set(PARAGRAPHS) <= set(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The results will be published next week.", "en"),
        ("Die Ergebnisse werden in der nächsten Woche veröffentlicht.", "de"),
        ("Kết quả sẽ được công bố vào tuần tới.", "vi"),
        ("Kết quả sẽ được công bố.", "vi"),
        ("Les résultats seront publiés la semaine prochaine.", "fr"),
        ("Wyniki zostaną opublikowane w przyszłym tygodniu.", "pl"),
        ("Результаты будут опубликованы на следующей неделе.", "ru"),
        ("Результати буде оприлюднено наступного тижня.", "uk"),
        ("Резултати ће бити објављени следеће недеље.", "sr"),
        ("东京", "zh"),
        ("東京の天気", "ja"),
        ("서울 날씨", "ko"),
    ],
)
def test_detects_short_sentences(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   \n\t ", "12345 67.89", "!!! ??? ---", "→ • ©", "x"])
def test_no_evidence_gives_none(text: str) -> None:
    assert detect_language(text) is None


def test_only_the_sample_is_read() -> None:
    text = PARAGRAPHS["de"] + " " + PARAGRAPHS["en"] * 50
    assert detect_language(text, sample_chars=len(PARAGRAPHS["de"])) == "de"
    assert detect_language(text) == "en"


def test_mixed_page_with_english_menu_is_vietnamese() -> None:
    page = "Home\nMenu\nLogin\nShare\n" + PARAGRAPHS["vi"] * 3
    assert detect_language(page) == "vi"


def test_detection_is_fast_on_large_text() -> None:
    big = (PARAGRAPHS["en"] + "\n") * 300_000  # ~55 MB
    start = time.perf_counter()
    assert detect_language(big) == "en"
    elapsed = time.perf_counter() - start
    # >= 50 MB/s: the sample bound makes detection constant-time.
    assert elapsed < len(big) / 50e6


def test_tokenize_latin_and_cyrillic() -> None:
    assert tokenize("Hello, World! C'est l'été.") == ["hello", "world", "c", "est", "l", "été"]
    assert tokenize("Москва — столица") == ["москва", "столица"]
    assert tokenize("snake_case 3.14") == ["snake", "case", "3", "14"]


def test_tokenize_cjk_single_characters() -> None:
    assert tokenize("我是学生") == ["我", "是", "学", "生"]
    assert tokenize("私は学生です") == ["私", "は", "学", "生", "で", "す"]
    assert tokenize("Apple发布iPhone") == ["apple", "发", "布", "iphone"]
    assert tokenize("한국 사람") == ["한국", "사람"]


def test_tokenize_thai_splits_at_function_words() -> None:
    tokens = tokenize("ผมไปโรงเรียนและกลับบ้าน")
    assert "ไป" in tokens and "และ" in tokens
    assert "".join(tokens) == "ผมไปโรงเรียนและกลับบ้าน"
    assert all(not ("\u0e31" <= token[0] <= "\u0e3a") for token in tokens)


def test_tokenize_keeps_combining_marks_inside_words() -> None:
    assert tokenize("नया पुल") == ["नया", "पुल"]
    decomposed = "Vie\u0302\u0323t Nam"  # NFD "Việt"
    assert tokenize(decomposed) == ["việt", "nam"]


def test_tokenize_turkish_capital_i() -> None:
    assert tokenize("İSTANBUL") == ["istanbul"]


def test_tokenize_splits_persian_at_zwnj() -> None:
    assert tokenize("می‌شود") == ["می", "شود"]


def test_unknown_language_has_no_stopwords() -> None:
    assert stopwords("xx") == frozenset()
    assert stopwords("") == frozenset()
    assert stopwords("../../etc/passwd") == frozenset()
    assert stopword_density(["a", "b"], "xx") == 0.0


def test_aliases_and_case() -> None:
    assert stopwords("EN") is stopwords("EN")
    assert stopwords("EN") == stopwords("en")
    assert stopwords("pt_BR") == stopwords("pt")
    assert stopwords("nb") == stopwords("no")


def test_stopword_density() -> None:
    assert stopword_density(tokenize("the cat and the dog"), "en") == pytest.approx(0.6)
    assert stopword_density(tokenize("Der Hund und die Katze"), "de") == pytest.approx(0.6)


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_prose_has_stopwords(lang: str) -> None:
    density = stopword_density(tokenize(PARAGRAPHS[lang]), lang)
    assert density >= 0.15, density


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_stoplist_file_is_well_formed(lang: str) -> None:
    resource = resources.files("artclean") / "data" / "stoplists" / f"{lang}.txt"
    lines = resource.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    assert "compiled by the artclean developers" in resource.read_text(encoding="utf-8").lower()
    words = [line for line in lines if line and not line.startswith("#")]
    assert len(words) == len(set(words)), "duplicates"
    assert words == sorted(words)
    assert len(words) >= 40
    for word in words:
        assert word == word.strip() and word == word.lower(), word
        # Every entry must be one token as the tokenizer sees it.
        assert tokenize(word) == [word], word


def test_every_stoplist_file_is_supported() -> None:
    folder = resources.files("artclean") / "data" / "stoplists"
    codes = {entry.name[:-4] for entry in folder.iterdir() if entry.name.endswith(".txt")}
    assert codes == set(SUPPORTED_LANGUAGES)
    assert len(codes) >= 30
    assert all(re.fullmatch("[a-z]{2}", code) for code in codes)
