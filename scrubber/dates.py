"""Dates and times as pages write them, built from named pieces (htmldate's way).

``DATE`` is the line classifier's full-date expression (a day, with an optional time);
``find_dates(text)`` yields every date in a line for the metadata, with its span and precision,
from the wider ``META_DATE``: more scripts (Japanese 時分, Korean 년월일), glued times, and dates
that give only a month or a year.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass

import regex

YEAR = r"(?P<year>(?:19|20)\d{2})"
MONTH = r"(?P<month>1[0-2]|0?[1-9])"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])"
TIME = (r"(?:\s*(?:T|\s)?\s*(?:(?:上午|下午|晚上|凌晨|中午)\s*)?"
        r"(?P<hour>2[0-3]|[01]?\d)\s*[:：时点]\s*(?P<minute>[0-5]\d)(?:\s*[:：分]\s*[0-5]\d)?(?:\s*秒)?"
        r"(?:\s*(?P<ampm>[ap]\.?m\.?))?)?")
MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAME = (r"(?P<mname>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
              r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")

#: Month names of other languages, as day-first dates write them ("12. März 2020", "13 de março
#: de 2019", "5 février 2021", "24 сентября 2018", "12 مارس 2024", "12 Mart 2024"): German,
#: French, Spanish, Portuguese, Italian, Dutch, Indonesian, Polish, Russian (both in the
#: genitive a date writes), Arabic (the Egyptian and the Levantine names), Turkish and Thai
#: (the full names and the abbreviations: "15 มกราคม 2567", "15 ม.ค. 2567", the year of the
#: Buddhist era).
MONTHS_INTL: dict[int, tuple[str, ...]] = {
    1: ("januar", "jänner", "janvier", "enero", "janeiro", "gennaio", "januari", "stycznia",
        "января", "январь", "يناير", "كانون الثاني", "ocak", "มกราคม", "ม.ค.", "जनवरी"),
    2: ("februar", "février", "fevrier", "febrero", "fevereiro", "febbraio", "februari", "lutego",
        "февраля", "февраль", "فبراير", "شباط", "şubat", "กุมภาพันธ์", "ก.พ.", "फ़रवरी", "फरवरी"),
    3: ("märz", "mars", "marzo", "março", "marco", "maart", "maret", "marca", "марта", "март",
        "مارس", "آذار", "mart", "มีนาคม", "มี.ค.", "मार्च"),
    4: ("avril", "abril", "aprile", "kwietnia", "апреля", "апрель", "أبريل", "إبريل", "ابريل",
        "نيسان", "nisan", "เมษายน", "เม.ย.", "अप्रैल"),
    5: ("mai", "mayo", "maio", "maggio", "mei", "maja", "мая", "май", "مايو", "أيار", "mayıs",
        "พฤษภาคม", "พ.ค.", "मई"),
    6: ("juni", "juin", "junio", "junho", "giugno", "czerwca", "июня", "июнь", "يونيو", "يونية",
        "حزيران", "haziran", "มิถุนายน", "มิ.ย.", "जून"),
    7: ("juli", "juillet", "julio", "julho", "luglio", "lipca", "июля", "июль", "يوليو", "يولية",
        "تموز", "temmuz", "กรกฎาคม", "ก.ค.", "जुलाई"),
    8: ("août", "aout", "agosto", "augustus", "agustus", "sierpnia", "августа", "август", "أغسطس",
        "اغسطس", "آب", "ağustos", "สิงหาคม", "ส.ค.", "अगस्त"),
    9: ("septembre", "septiembre", "setiembre", "setembro", "settembre", "września", "сентября",
        "сентябрь", "سبتمبر", "أيلول", "eylül", "กันยายน", "ก.ย.", "सितंबर", "सितम्बर"),
    10: ("oktober", "octobre", "octubre", "outubro", "ottobre", "października", "октября",
         "октябрь", "أكتوبر", "اكتوبر", "تشرين الأول", "ekim", "ตุลาคม", "ต.ค.", "अक्टूबर",
         "अक्तूबर"),
    11: ("novembre", "noviembre", "novembro", "listopada", "ноября", "ноябрь", "نوفمبر",
         "تشرين الثاني", "kasım", "พฤศจิกายน", "พ.ย.", "नवंबर", "नवम्बर"),
    12: ("dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre", "desember",
         "grudnia", "декабря", "декабрь", "ديسمبر", "كانون الأول", "aralık", "ธันวาคม", "ธ.ค.",
         "दिसंबर", "दिसम्बर"),
}
MONTH_WORDS_INTL = {w: n for n, ws in MONTHS_INTL.items() for w in ws}
_MONTH_INTL = ("(?P<iname>" + "|".join(map(regex.escape, sorted(MONTH_WORDS_INTL, key=len,
                                                                  reverse=True))) +
               r")(?![\p{L}])\.?")
#: A month alone before a year ("März 2020") only where the word is no name or noun in an
#: English line ("Mars 2020", "Marco 2020").
_MONTH_INTL_ALONE = ("(?P<iname>" + "|".join(map(regex.escape, sorted(
    set(MONTH_WORDS_INTL) - {"mars", "marco", "marca", "maja", "mei", "mai", "mart", "ekim",
                             "nisan", "آب"},
    key=len, reverse=True))) + r")(?![\p{L}])\.?")
#: A year of the Buddhist era (Thai dates: 2540-2579 BE, 1997-2036), optionally after its
#: abbreviation.
BE_YEAR = r"(?:พ\.\s?ศ\.\s*)?(?P<beyear>25[4-7]\d)"
#: A day-first date with another language's month name: "12. März 2020", "13 de março de
#: 2019", "24 сентября 2018 г.", "15 มกราคม พ.ศ. 2567".
_DAY_MONTH_INTL = (rf"(?<!\d){DAY}(?:er|º|°|\.)?\s+(?:de\s+)?{_MONTH_INTL},?\s+(?:de\s+)?"
                   rf"(?:{YEAR}|{BE_YEAR})")

#: A year of two digits first, with its time after it ("24-03-05 12:34", a Korean or Japanese
#: board's stamp): read only before a time, and with dashes (day-first "05.03.24" and
#: month-first "03/05/24" write other separators).
_SHORT_YEAR = (rf"(?<![\d./-])(?P<yy>[0-3]\d)-{MONTH}-{DAY}"
               r"(?=\s+(?:[01]?\d|2[0-3]):[0-5]\d)")
#: Its cheap pre-check (see :func:`holds_year`).
_SHORT_YEAR_CHECK = re.compile(r"(?<!\d)[0-3]\d-[01]\d-[0-3]\d\s+\d{1,2}:\d\d")
#: The time of C's asctime, between the day and the year ("Mar  5 12:34:56 2024").
_CLOCK = r"(?P<hour>2[0-3]|[01]?\d):(?P<minute>[0-5]\d):[0-5]\d"
_FORMS = [
    # 2021年06月02日, 2021 年 6 月 2 日
    rf"{YEAR}\s*年\s*{MONTH}\s*月\s*{DAY}\s*[日号]?",
    # 2024-11-03, 2024/11/03, 2024.11.03
    rf"(?<!\d){YEAR}\s*(?P<sep>[-/.])\s*{MONTH}\s*(?P=sep)\s*{DAY}(?!\d)",
    # 20241103 next to a time only (a bare 8-digit number is too often something else)
    # March 5, 2021 / Mar. 5th 2021
    rf"(?<![\p{{L}}]){MONTH_NAME}\s+{DAY}(?:st|nd|rd|th)?,?\s+{YEAR}(?!\d)",
    # 5 March 2021
    rf"(?<!\d){DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME},?\s+{YEAR}(?!\d)",
    # Mar  5 12:34:56 2024 (C's asctime, after its weekday: a BBS post's or a log's stamp)
    rf"(?<![\p{{L}}]){MONTH_NAME}\s+{DAY}\s+{_CLOCK}\s+{YEAR}(?!\d)",
    rf"{_DAY_MONTH_INTL}(?!\d)",
    # 03/05/2021 and 03-05-2021: which number is the day is settled in _iso
    rf"(?<!\d)(?P<first>\d{{1,2}})\s*(?P<sep2>[-/])\s*(?P<second>\d{{1,2}})\s*(?P=sep2)\s*{YEAR}"
    r"(?!\d)",
    _SHORT_YEAR,
]
# Where a date may start: every form starts with a digit or a month name. As a lookahead in
# front of the alternation it lets the engine pass over every other position with one test
# instead of five (measured four times faster on the lines that hold a year).
_DATE_START = rf"(?=\d|{'|'.join(MONTH_NAMES)})"
#: Where a date metadata reads may start: also another language's month name ("März 2020").
_META_START = rf"(?=\d|{'|'.join(MONTH_NAMES)}|{'|'.join(sorted(MONTH_WORDS_INTL))})"
DATE = regex.compile(_DATE_START + "(?:" + "|".join(f"(?:{form}{TIME})" for form in _FORMS) + ")",
                     regex.IGNORECASE)


# --- The forms metadata reads (a superset of DATE: more scripts, times and precisions) -----
#: Words for the half of the day in front of a time ("下午 3:05", "오후 9:37", "午後9時").
HALF_DAY_PM = ("下午", "晚上", "午後", "오후")
HALF_DAY_AM = ("上午", "凌晨", "中午", "午前", "오전")
TIME_ANY = (r"(?:\.?\s*(?:T|\s|,|[@/]|\bat\b)?\s*"
            rf"(?:(?P<half>{'|'.join(HALF_DAY_PM + HALF_DAY_AM)})\s*)?"
            r"(?P<hour>2[0-3]|[01]?\d)\s*(?:[:：时点時시]|h(?=\d))\s*(?P<minute>[0-5]\d)"
            r"(?:\s*[分분])?(?:\s*[:：]\s*[0-5]\d)?(?:\s*[秒초])?"
            r"(?:\s*(?P<ampm>[ap]\.?m\.?))?)?")
#: A year, not part of a longer number; "20236:01 PM" (a year glued to its time) counts.
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}\s*:[0-5]\d))"
#: Year-month-day separators of numeric dates (the bullet and middle dot of some layouts).
_SEP = r"[-/.•·]"
_META_FULL = [
    # 2021年06月02日, 2024년 1월 13일, 2024年1月13日(土) (the weekday is left out of the span)
    rf"{YEAR}\s*[年년]\s*{MONTH}\s*[月월]\s*{DAY}\s*[日号號일]?",
    # 2024-11-03, 2024/11/03, 2024.11.03, 2025•01•08
    rf"(?<!\d){YEAR}\s*(?P<sep>{_SEP})\s*{MONTH}\s*(?P=sep)\s*{DAY}(?!\d)",
    # March 5, 2021 / Mar. 5th 2021
    rf"(?<![\p{{L}}]){MONTH_NAME}\s+{DAY}(?:st|nd|rd|th)?,?\s+{YEAR}{_YEAR_END}",
    # 5 March 2021, 17 Dec 2025
    rf"(?<!\d){DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME},?\s+{YEAR}{_YEAR_END}",
    # Mar  5 12:34:56 2024 (asctime)
    rf"(?<![\p{{L}}]){MONTH_NAME}\s+{DAY}\s+{_CLOCK}\s+{YEAR}(?!\d)",
    rf"{_DAY_MONTH_INTL}{_YEAR_END}",
    # 03/05/2021, 03-05-2021, 09.10.2024: which number is the day is settled in _iso
    rf"(?<!\d)(?P<first>\d{{1,2}})\s*(?P<sep2>[-/.])\s*(?P<second>\d{{1,2}})\s*(?P=sep2)\s*"
    rf"{YEAR}(?!\d)",
    # 12/19 — 2025: month and day, then the year after a spaced dash (a blog's date stamp;
    # at the end of the line or of a byline field only: "3/4 – 2024 season" is a score)
    rf"(?<![\d/]){MONTH}/{DAY}\s+[—–]\s+{YEAR}(?=\s*(?:$|[|•·]))",
    _SHORT_YEAR,
]
_META_MONTH = [
    # 1998年3月, 2024년 1월 (no day after it)
    rf"{YEAR}\s*[年년]\s*{MONTH}\s*[月월](?!\s*\d)",
    # March 2018, Sept. 2018
    rf"(?<![\p{{L}}]){MONTH_NAME},?\s+{YEAR}(?!\d)",
    # März 2020, septembre 2019, marzo de 2020
    rf"(?<![\p{{L}}]){_MONTH_INTL_ALONE}\s+(?:de\s+)?{YEAR}(?!\d)",
    # 2018-03, 2018/03 (a two-digit month, no day after it)
    rf"(?<![\d./-]){YEAR}\s*(?P<sep3>[-/.])\s*(?P<month2>0[1-9]|1[0-2])(?![\d./-])",
]
_META_YEAR = [
    # 1998年, 2018년, a bare 2018: only a labelled date line takes a year alone (see pubdate)
    rf"(?<![\d.,/-]){YEAR}(?:\s*[年년])?(?![\d.,/-]|\s*[年년]?\s*\d)",
]
#: Every date form metadata reads, most precise first (at one position the first form that
#: matches wins, so "1998年3月5日" is a day, never a month).
META_DATE = regex.compile(
    _META_START + "(?:" + "|".join([f"(?:{form}{TIME_ANY})" for form in _META_FULL]
                                   + [f"(?:{form})" for form in _META_MONTH + _META_YEAR]) + ")",
    regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date in a line: its span and ISO 8601 text at the precision the page gives —
    ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` (tell them apart by length:
    4, 7, 10, 16)."""

    start: int
    end: int
    iso: str

    @property
    def precision(self) -> str:
        """``year``, ``month``, ``day`` or ``minute``."""
        return {4: "year", 7: "month", 10: "day"}.get(len(self.iso), "minute")


def _month_day(m: regex.Match[str], day_first: bool) -> tuple[int | None, int | None]:
    month_name = m.group("mname")
    if m.group("first") is not None:
        first, second = int(m.group("first")), int(m.group("second"))
        if first > 12 or (day_first and second <= 12):
            return second, first
        return first, second
    day = m.group("day")
    intl = m.groupdict().get("iname")
    if intl:
        return MONTH_WORDS_INTL[intl.casefold()], (int(day) if day else None)
    if month_name:
        month: str | int | None = MONTH_NAMES[month_name.casefold()[:3]]
    else:
        month = m.group("month") or m.groupdict().get("month2")
    return (int(month) if month else None), (int(day) if day else None)


def _iso(m: regex.Match[str], day_first: bool) -> str | None:
    buddhist = m.groupdict().get("beyear")
    short = m.groupdict().get("yy")
    year = int(buddhist) - BE_OFFSET if buddhist else \
        SHORT_YEAR_CENTURY + int(short) if short else int(m.group("year"))
    month, day = _month_day(m, day_first)
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= monthrange(year, month)[1]:
        return None  # 31 February is no date
    text = f"{year:04d}-{month:02d}-{day:02d}"
    hour = m.groupdict().get("hour")
    if hour is not None:
        h = int(hour)
        half = m.groupdict().get("half") or ""
        ampm = (m.group("ampm") or "").casefold()
        if (ampm.startswith("p") or half in HALF_DAY_PM) and h < 12:
            h += 12
        elif ampm.startswith("a") and h == 12:
            h = 0
        text += f"T{h:02d}:{m.group('minute')}"
    return text


#: The century of a two-digit year (``_SHORT_YEAR``: "24-03-05 12:34" is of 2024).
SHORT_YEAR_CENTURY = 2000
#: A year of 19xx or 20xx, or of the Buddhist era: every date form holds one (but a board's
#: stamp with a two-digit year, :data:`_SHORT_YEAR`).
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d|25[4-7]\d")
#: Years of the Buddhist era are those of the common era plus this.
BE_OFFSET = 543
#: The zeros of the decimal digits of other scripts that dates are written in: fullwidth
#: (２０２４年３月５日), Arabic-Indic and the extended (Persian, Urdu) forms, Devanagari,
#: Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan,
#: Myanmar, Khmer and Mongolian. Each block holds the ten digits in order.
DIGIT_ZEROS = (0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66,
               0x0CE6, 0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810)
_FOLD_DIGITS = {zero + n: ord("0") + n for zero in DIGIT_ZEROS for n in range(10)}
_OTHER_DIGIT = re.compile("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in DIGIT_ZEROS) + "]")


def date_text(text: str) -> str:
    """``text`` with the digits of other scripts as ASCII digits, one character for one (the
    spans of the dates found in it are those of ``text``); ``text`` itself when it has none."""
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return text.translate(_FOLD_DIGITS)


def may_hold_date(text: str) -> bool:
    """Cheap pre-check: every date form has a year of 19xx or 20xx, or of the Buddhist era
    (DATE costs up to 50 µs on a line of English words; this, well under one). The digits of
    other scripts are looked for only when the line's own digits hold no year."""
    if holds_year(text):
        return True
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return False
    return holds_year(text.translate(_FOLD_DIGITS))


def holds_year(text: str) -> bool:
    """:func:`may_hold_date` of a line whose digits are ASCII (:func:`date_text`'s)."""
    return (("20" in text or "19" in text or "25" in text) and YEAR_DIGITS.search(text)
            is not None) or (":" in text and "-" in text and
                             _SHORT_YEAR_CHECK.search(text) is not None)


def other_digits(text: str) -> bool:
    """Whether ``text`` holds a digit of another script (:data:`DIGIT_ZEROS`): one search over
    a page tells whether its lines need :func:`date_text` at all."""
    return not text.isascii() and _OTHER_DIGIT.search(text) is not None


def find_dates(text: str, day_first: bool = False) -> Iterator[FoundDate]:
    """Every date in ``text`` (the forms of :data:`META_DATE`), at its own precision.
    ``day_first`` reads 06/02/2022 as 6 February (Europe, and the Chinese pages that use
    slashes); otherwise as June 2 (US). 13/02/2022 is always day first."""
    text = date_text(text)
    if not holds_year(text):
        return
    for m in META_DATE.finditer(text):
        iso = _iso(m, day_first)
        if iso is not None:
            yield FoundDate(m.start(), m.end(), iso)

