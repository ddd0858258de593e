"""Bytes in the encodings scraped pages come in: decoded exactly where the bytes allow it,
otherwise with U+FFFD and a warning on the document; never an exception.

The pages are written for these tests (a few sentences per language, with a menu and a footer
line), not copied from anywhere.
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable

import chardet
import pytest

import scrubber
from scrubber.decode import DETECT_BYTES, decode

ZH_HANS = """首页 | 新闻 | 社会 | 民生
本市春季植树活动正式启动 两万名志愿者参加
今年本市春季植树活动于三月中旬正式启动，各区共组织志愿者两万余人参加义务植树。
园林部门表示，今年新栽树木以本地乡土树种为主，兼顾景观效果和生态功能，成活率预计超过九成。
活动期间，市民可以通过网上预约的方式选择就近的植树点，现场有专业人员提供指导。
版权所有 本站保留一切权利"""

ZH_HANT = """首頁 | 新聞 | 社會
本市春季植樹活動正式啟動
今年本市春季植樹活動於三月中旬正式啟動，各區共組織志願者兩萬餘人參加義務植樹。
園林部門表示，今年新栽樹木以本地鄉土樹種為主，兼顧景觀效果和生態功能。
活動期間，市民可以透過網上預約的方式選擇就近的植樹點，現場有專業人員提供指導。"""

JA = """ホーム | ニュース | 地域
市立図書館、開館時間を延長へ
市内の図書館では、来月から開館時間を午後九時まで延長することになりました。
仕事帰りの利用者からの要望が多く、試験的に半年間実施する予定です。
期間中は夜間の貸し出し窓口も通常どおり利用でき、返却ポストは終日使えます。"""

KO = """홈 | 뉴스 | 지역
시립 도서관 운영 시간 연장
시청은 다음 달부터 공공 도서관의 운영 시간을 밤 아홉 시까지 연장한다고 밝혔다.
퇴근 후 도서관을 찾는 시민들의 요청이 많아 반년 동안 시범 운영할 예정이다.
시범 기간에는 야간 대출 창구도 평소와 같이 이용할 수 있다."""

FR = """Accueil | Actualités | Société
La bibliothèque municipale ouvrira plus tard le soir
La mairie a annoncé que la bibliothèque municipale restera ouverte jusqu'à vingt et une heures.
Cette décision répond à une demande fréquente des habitants qui travaillent en journée.
L'essai durera six mois, après quoi un bilan sera présenté au conseil municipal."""

DE = """Startseite | Nachrichten | Stadt
Stadtbücherei verlängert ihre Öffnungszeiten
Die Stadtbücherei öffnet ab dem nächsten Monat bis einundzwanzig Uhr, teilte die Stadt mit.
Viele Berufstätige hatten sich längere Öffnungszeiten gewünscht; der Versuch läuft ein halbes Jahr.
Abends ist auch die Ausleihe geöffnet, die Rückgabe ist rund um die Uhr möglich."""

# cp1252 only: curly quotes, dashes, the euro sign.
EN = """Home | News | Local
Library to stay open late
The council said the library would stay open until 9 p.m. — a change “long requested” by residents.
It’s expected to cost about €20,000 a year, according to the city’s budget office.
The trial runs for six months; the council will then decide whether to keep the new hours."""

EN_ASCII = """Home | News | Local
Library to stay open late
The council said the library would stay open until 9 p.m., a change residents had long asked for.
It is expected to cost about 20,000 dollars a year, according to the city's budget office.
The trial runs for six months; the council will then decide whether to keep the new hours."""

RU = """Главная | Новости | Город
Городская библиотека будет работать дольше
Мэрия сообщила, что со следующего месяца библиотека будет открыта до девяти часов вечера.
Многие жители просили продлить часы работы, и город пошёл им навстречу.
Эксперимент продлится полгода, после чего совет подведёт итоги."""

# (page, encoding, the codec scrubber should report)
CASES = [
    (ZH_HANS, "utf-8", "utf-8"),
    (ZH_HANS, "gb2312", "gb18030"),
    (ZH_HANS, "gbk", "gb18030"),
    (ZH_HANS, "gb18030", "gb18030"),
    (ZH_HANT, "big5", "big5hkscs"),
    (ZH_HANT, "utf-8", "utf-8"),
    (JA, "shift_jis", "cp932"),
    (JA, "euc-jp", "euc-jp"),
    (JA, "iso-2022-jp", "iso2022_jp_2"),
    (JA, "utf-8", "utf-8"),
    (KO, "euc-kr", "cp949"),
    (KO, "utf-8", "utf-8"),
    (FR, "latin-1", None),  # iso8859-15 or cp1252: the same text
    (FR, "cp1252", None),
    (DE, "cp1252", None),
    (EN, "cp1252", "cp1252"),
    (EN_ASCII, "ascii", "utf-8"),
    (RU, "cp1251", "windows-1251"),
    (RU, "utf-8", "utf-8"),
]
UNICODE_FORMS: list[tuple[str, Callable[[str], bytes]]] = [
    ("utf-8", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    ("utf-16-le", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    ("utf-16-be", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    ("utf-16-le", lambda t: t.encode("utf-16-le")),  # no BOM
    ("utf-16-be", lambda t: t.encode("utf-16-be")),  # no BOM
    ("utf-32-le", lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le")),
    ("utf-32-be", lambda t: codecs.BOM_UTF32_BE + t.encode("utf-32-be")),
]
PAGES = {"zh_hans": ZH_HANS, "zh_hant": ZH_HANT, "ja": JA, "ko": KO, "fr": FR, "en": EN}


def _id(case: tuple[str, str, str | None]) -> str:
    page, encoding, _ = case
    names = {**PAGES, "de": DE, "ru": RU, "en_ascii": EN_ASCII}
    name = next(k for k, v in names.items() if v == page)
    return f"{name}-{encoding}"


def assert_lines(data: bytes, text: str) -> scrubber.Document:
    """``data`` scrubs to one verdict per line of ``text``, each holding that line."""
    doc = scrubber.scrub(data)
    assert [v.text for v in doc.lines] == text.split("\n")
    return doc


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_pages_decode_exactly(case: tuple[str, str, str | None]) -> None:
    page, encoding, reported = case
    data = page.encode(encoding)
    decoded = decode(data)
    assert decoded.text == page
    assert decoded.warnings == ()
    if reported is not None:
        assert decoded.encoding == reported
    doc = assert_lines(data, page)
    assert doc.text == scrubber.clean(page)


def test_korean_article_is_kept() -> None:
    # The spaces between Korean words are no menu separators (they once made every line a
    # link_list).
    kept = scrubber.clean(KO.encode("euc-kr")).split("\n")
    assert KO.split("\n")[2] in kept and KO.split("\n")[3] in kept


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize(("reported", "encode"), UNICODE_FORMS,
                         ids=[f"{n}{'-bom' if i < 3 or i > 4 else ''}"
                              for i, (n, _) in enumerate(UNICODE_FORMS)])
def test_unicode_forms_with_and_without_bom(name: str, reported: str,
                                            encode: Callable[[str], bytes]) -> None:
    page = PAGES[name]
    decoded = decode(encode(page))
    assert (decoded.text, decoded.encoding, decoded.warnings) == (page, reported, ())


def test_utf16_bom_then_nul_is_not_utf32() -> None:
    data = codecs.BOM_UTF16_LE + "\x00标题\n正文".encode("utf-16-le")
    assert decode(data).text == "\x00标题\n正文"


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
@pytest.mark.parametrize("name", PAGES)
def test_utf16_bom_on_utf8_text(bom: bytes, name: str) -> None:
    """A UTF-16 BOM glued to UTF-8 text (files joined, a tool that mislabels): every pair of
    bytes is a valid UTF-16 code unit, so the whole page came out as CJK mojibake, and was
    kept. Text in UTF-16 with an ASCII character holds a zero byte; this holds none and reads
    as UTF-8: it is UTF-8, and a warning says so."""
    page = PAGES[name]
    decoded = decode(bom + page.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == (page, "utf-8")
    assert decoded.warnings == ("a UTF-16 BOM on UTF-8 text: decoded as UTF-8",)


def test_utf16_text_without_zero_bytes_keeps_its_bom() -> None:
    """UTF-16 text without an ASCII character has no zero byte: short, it may read as UTF-8;
    long, it does not."""
    line = ZH_HANS.split("\n")[2].replace(" ", "")
    assert line.isascii() is False and len(line) > 16
    for text in ("标题", "中文", "丠乀上", "\u4e20\u4e0a" * 7, line):
        for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"),
                              (codecs.BOM_UTF16_BE, "utf-16-be")):
            decoded = decode(bom + text.encode(encoding))
            assert (decoded.text, decoded.encoding) == (text, encoding)


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
def test_utf16_bom_on_single_byte_text(bom: bytes) -> None:
    """A UTF-16 BOM glued to text in a single-byte encoding: its line breaks are bytes of
    their own, on both sides of the code units, and as UTF-16 it reads as CJK mojibake full
    of private-use characters. It is decoded as bytes without a BOM are, with a warning."""
    text = "Le café est très bon ce matin.\nIl fait beau à Paris, dit-il.\nÀ bientôt !\n"
    decoded = decode(bom + text.encode("cp1252"))
    assert decoded.text == text and decoded.encoding != "utf-16-le"
    assert decoded.warnings[0] == "a UTF-16 BOM on text that is no UTF-16: decoded without it"
    # all-CJK UTF-16 has no zero byte either, and 上 holds the byte of a line break
    cjk = "上海市上周上线" * 20
    encoding = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    assert decode(bom + cjk.encode(encoding)).text == cjk


def test_utf16_without_bom_with_nul_characters() -> None:
    page = ZH_HANS.replace("\n", "\x00\n", 2)
    for encoding in ("utf-16-le", "utf-16-be"):
        decoded = decode(page.encode(encoding))
        assert (decoded.text, decoded.encoding) == (page, encoding)


def test_ascii_with_a_few_nuls_stays_utf8() -> None:
    for data in (b"abc\x00def\x00", b"page text\x00\x00\x00\x00", b"a\x00" + "文".encode()):
        decoded = decode(data)
        assert (decoded.text, decoded.encoding) == (data.decode("utf-8"), "utf-8")


# --- truncated and damaged bytes ---------------------------------------------------------
TRUNCATED = [
    ("utf-8", "utf-8"), ("gbk", "gb18030"), ("gb18030", "gb18030"), ("big5", "big5hkscs"),
    ("shift_jis", "cp932"), ("euc-kr", "cp949"), ("utf-16-le", "utf-16-le"),
    ("utf-16-be", "utf-16-be"),
]
#: The last character of each page before a truncation, in each page's script.
LAST = {"utf-8": "尾", "gbk": "尾", "gb18030": "尾", "big5": "尾", "shift_jis": "尾",
        "euc-kr": "끝", "utf-16-le": "尾", "utf-16-be": "尾"}
PAGE_FOR = {"big5": ZH_HANT, "shift_jis": JA, "euc-kr": KO}


@pytest.mark.parametrize(("encoding", "reported"), TRUNCATED)
def test_page_cut_mid_character(encoding: str, reported: str) -> None:
    page = PAGE_FOR.get(encoding, ZH_HANS) + "\n" + LAST[encoding]
    data = page.encode(encoding)[:-1]
    decoded = decode(data)
    assert decoded.text == page[:-1] + "\ufffd"
    assert decoded.encoding == reported
    assert decoded.warnings and "U+FFFD" in decoded.warnings[-1]
    assert scrubber.scrub(data).warnings == decoded.warnings


@pytest.mark.parametrize(("encoding", "reported"), TRUNCATED[:6])
def test_stray_byte_in_the_middle(encoding: str, reported: str) -> None:
    # 0x81 before a newline is broken in every one of them (cp932 maps 0xFF to private use).
    page = PAGE_FOR.get(encoding, ZH_HANS)
    head, tail = page.split("\n", 2)[:2], page.split("\n", 2)[2]
    data = "\n".join(head).encode(encoding) + b"\x81\n" + tail.encode(encoding)
    decoded = decode(data)
    assert decoded.text == "\n".join(head) + "\ufffd\n" + tail
    assert decoded.encoding == reported
    assert decoded.warnings
    assert_lines(data, decoded.text)


def test_utf8_page_with_a_gbk_line_decodes_each_line() -> None:
    lines = ZH_HANS.split("\n")
    data = b"\n".join(
        line.encode("gbk" if i == 3 else "utf-8") for i, line in enumerate(lines))
    decoded = decode(data)
    assert decoded.text == ZH_HANS
    assert decoded.encoding == "utf-8"
    assert any(w.startswith("mixed encodings") for w in decoded.warnings)


def test_gbk_page_with_a_utf8_line_decodes_each_line() -> None:
    lines = ZH_HANS.split("\n")
    data = b"\n".join(
        line.encode("utf-8" if i == 2 else "gbk") for i, line in enumerate(lines))
    decoded = decode(data)
    assert decoded.text == ZH_HANS
    assert decoded.encoding == "gb18030"
    assert any(w.startswith("mixed encodings") for w in decoded.warnings)


def test_cp1252_with_an_undefined_byte() -> None:
    data = EN.encode("cp1252") + b"\n\x81"
    decoded = decode(data)
    assert decoded.text == EN + "\n\ufffd"
    assert decoded.encoding == "cp1252" and decoded.warnings


def test_utf8_bom_on_gbk_bytes() -> None:
    decoded = decode(codecs.BOM_UTF8 + ZH_HANS.encode("gbk"))
    assert decoded.text == ZH_HANS and decoded.encoding == "gb18030"


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_give_replacement_and_warning(seed: int) -> None:
    data = random.Random(seed).randbytes(5000)
    doc = scrubber.scrub(data)
    assert doc.encoding is not None and doc.warnings
    assert len(doc.lines) == len(decode(data).text.replace("\r\n", "\n").replace("\r", "\n")
                                 .split("\n"))


@pytest.mark.parametrize("data", [b"", b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb", b"\x1b$B",
                                  b"\xff\xfe\x00", b"\x00\x00\xfe\xff", b"\r", b"\x81\x30"])
def test_tiny_inputs(data: bytes) -> None:
    doc = scrubber.scrub(data)
    assert doc.encoding is not None
    assert all(w for w in doc.warnings)


# --- awkward characters: no crash, no lines glued together ---------------------------------
AWKWARD_PAGE = "\n".join([
    "首页 | 新闻\x00 | 体育",
    "标题里有\u200b零宽\u200d字符和\ufeff中间的BOM",
    "正文第一段\u00a0有不换行空格，\x07还有控制字符\x1b[0m，句子照样结束。",
    "一行里有\u2028行分隔符\u2029和段分隔符，它们不算换行。",
    "旧式换行\r只有回车\r也要分行\r\n还有回车换行",
    "\ufeff",
    "\x00\x00\x00",
    "版权所有",
])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030"])
def test_awkward_characters_keep_their_lines(encoding: str) -> None:
    data = AWKWARD_PAGE.encode(encoding)
    decoded = decode(data)
    assert decoded.text == AWKWARD_PAGE
    doc = scrubber.scrub(data)
    expected = AWKWARD_PAGE.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert [v.text for v in doc.lines] == expected
    # Every kept text stays within its own line: nothing is glued across a line break.
    for v in doc.lines:
        assert v.kept_text in v.text
    assert doc.text.count("\n") == sum(1 for v in doc.lines if v.keep and v.kept_text) - 1 \
        or not doc.text


# --- big inputs: linear decoding, detection on a bounded sample ---------------------------
def test_detection_reads_a_bounded_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    detect = chardet.detect

    def recording(sample: bytes) -> object:
        seen.append(len(sample))
        return detect(sample)

    monkeypatch.setattr(chardet, "detect", recording)
    big = ((ZH_HANS + "\n") * 3000).encode("gbk")
    assert len(big) > 10 * DETECT_BYTES
    assert decode(big).encoding == "gb18030"
    mixed = big + "\n混合的UTF-8行\n".encode() + big
    assert decode(mixed).text.count("混合的UTF-8行") == 1
    assert seen and max(seen) <= DETECT_BYTES
