"""Which script and language a page is written in, from character statistics (no model).

The counts are one pass of the compiled module over the page's text (or, without it, one
C-level pass of ``re`` per script). The language is the
script's usual language where a script has one (kana: Japanese, Hangul: Korean, Thai: Thai);
Han without kana is Chinese, told apart as traditional (``zh-Hant``) or simplified (``zh``) by
characters that only one of the two writes; Latin is ``en`` when common English function words
make up enough of its words, else ``latin``. ``SCRIPTS`` is the table to extend: a row per
script, with whether scrubber has keyword tables and sentence punctuation for it. A page in a
script without tables is cleaned in the conservative mode (see :mod:`scrubber.core`), and its
:class:`~scrubber.Document` carries a warning that says so. A traditional Chinese page is
matched against the simplified keyword tables through :func:`hant_fold`.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import NamedTuple

from .compiled import speedups as _speedups


class Script(NamedTuple):
    name: str  # ISO 15924-like name
    lang: str  # the language reported when the script dominates
    chars: str  # a character class body for ``re`` (explicit code point ranges)
    tables: bool  # scrubber has keyword tables and sentence punctuation for it


#: The scripts told apart, in order of precedence when counting (kana before Han: a Japanese
#: page writes both, and any real share of kana makes it Japanese).
SCRIPTS = (
    Script("Kana", "ja", "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f", True),
    Script("Hangul", "ko", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f", True),
    Script("Han", "zh", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f", True),
    Script("Latin", "latin", "A-Za-z\u00c0-\u024f\u1e00-\u1eff", True),
    Script("Cyrillic", "ru", "\u0400-\u04ff", True),
    Script("Greek", "el", "\u0370-\u03ff", False),
    Script("Arabic", "ar", "\u0600-\u06ff\u0750-\u077f", False),
    Script("Hebrew", "he", "\u0590-\u05ff", False),
    Script("Devanagari", "hi", "\u0900-\u097f", False),
    Script("Bengali", "bn", "\u0980-\u09ff", False),
    Script("Thai", "th", "\u0e00-\u0e7f", False),
    Script("Lao", "lo", "\u0e80-\u0eff", False),
    Script("Khmer", "km", "\u1780-\u17ff", False),
    Script("Myanmar", "my", "\u1000-\u109f", False),
    Script("Georgian", "ka", "\u10a0-\u10ff", False),
    Script("Armenian", "hy", "\u0530-\u058f", False),
    Script("Ethiopic", "am", "\u1200-\u137f", False),
    Script("Tamil", "ta", "\u0b80-\u0bff", False),
)
_COUNTERS = tuple(re.compile(f"[^{s.chars}]+") for s in SCRIPTS)
_SYLLABIC = frozenset(("Kana", "Hangul", "Han"))
#: What a letter of an alphabetic script weighs against a Han, kana or Hangul character.
LETTER_WEIGHT = 0.25
#: A page whose kana are at least this share of its Han and kana is Japanese.
KANA_SHARE = 0.1
#: How many characters of a page are looked at: a longer page is sampled in SAMPLE_PIECES
#: pieces spread evenly over it (the menus at its start alone would not tell its language).
SAMPLE_CHARS = 2000
SAMPLE_PIECES = 4

# Characters only traditional (first string) or only simplified (second) Chinese writes; the
# most frequent ones, so that a short page shows some.
_TRADITIONAL = re.compile("[們這個來國說時會對學過還發後動開關與經實應點變聽讓義東體長間問"
                          "題給現當進無們見記於從區數萬與論機頭將寫報華網設請導載讀圖電話]")
_SIMPLIFIED = re.compile("[们这个来国说时会对学过还发后动开关与经实应点变听让义东体长间问"
                         "题给现当进无们见记于从区数万与论机头将写报华网设请导载读图电话]")
# English function words, as whole words in lower case.
_ENGLISH = frozenset((
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "are", "it",
    "this", "be", "as", "by", "you", "at", "from", "or", "have", "an", "not", "but", "his",
    "her", "they", "we", "will", "has"))
#: Latin text is English when at least this share of its words are English function words.
ENGLISH_SHARE = 0.08
#: How many characters are looked at for English function words.
ENGLISH_SAMPLE_CHARS = SAMPLE_CHARS


class LangGuess(NamedTuple):
    lang: str | None  # "zh", "zh-Hant", "ja", "ko", "en", "latin", "ru", "th"...; None: no letters
    script: str | None  # the dominant script's name
    tables: bool  # scrubber has tables for that script


_TABLED = tuple((s.name, c) for s, c in zip(SCRIPTS, _COUNTERS, strict=True) if s.tables)
_UNTABLED = tuple((s.name, c) for s, c in zip(SCRIPTS, _COUNTERS, strict=True) if not s.tables)
_NOT_UNTABLED = re.compile("[^" + "".join(s.chars for s in SCRIPTS if not s.tables) + "]+")


def _count(counter: re.Pattern[str], text: str) -> int:
    return len(counter.sub("", text))


def _ranges(chars: str) -> tuple[tuple[int, int], ...]:
    """The code point ranges of a character class body of ``SCRIPTS`` (``a-z`` or ``a``)."""
    out = []
    i = 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            out.append((ord(chars[i]), ord(chars[i + 2])))
            i += 3
        else:
            out.append((ord(chars[i]), ord(chars[i])))
            i += 1
    return tuple(out)


#: Each script's ranges, for the compiled count (one pass over the text for every script).
_RANGES = tuple(_ranges(s.chars) for s in SCRIPTS)
_NAMES = tuple(s.name for s in SCRIPTS)


def script_counts(text: str) -> dict[str, int]:
    """Letters per script in ``text`` (only scripts with at least one letter): one pass of
    the compiled module when it is built, else :func:`script_counts_python`."""
    if _speedups is None:
        return script_counts_python(text)
    counts = _speedups.count_in_ranges(text, _RANGES)
    return {name: n for name, n in zip(_NAMES, counts, strict=True) if n}


def script_counts_python(text: str) -> dict[str, int]:
    """The reference of :func:`script_counts`: a pass of ``re`` per script. The scripts
    without tables are counted one by one only when the page holds some of them."""
    if text.isascii():
        n = _count(_COUNTERS[3], text)
        return {"Latin": n} if n else {}
    counts = {name: n for name, counter in _TABLED if (n := _count(counter, text))}
    if _count(_NOT_UNTABLED, text):
        counts.update({name: n for name, counter in _UNTABLED if (n := _count(counter, text))})
    return counts


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    piece = SAMPLE_CHARS // SAMPLE_PIECES
    step = (len(text) - piece) // (SAMPLE_PIECES - 1)
    return "\n".join(text[k * step:k * step + piece] for k in range(SAMPLE_PIECES))


def guess(text: str) -> LangGuess:
    """The script and language of a page's text (a sample of ``SAMPLE_CHARS`` characters).

    >>> guess("多地推进老旧小区改造，惠及居民超过一百万户。").lang
    'zh'
    >>> guess("東京で記念集会が開催された。").lang
    'ja'
    >>> guess("The council said that it would vote on the plan in May.").lang
    'en'
    >>> guess("ข่าวล่าสุดวันนี้").script
    'Thai'
    """
    sample = _sample(text)
    counts = script_counts(sample)
    if not counts:
        return LangGuess(None, None, True)
    kana, han = counts.get("Kana", 0), counts.get("Han", 0)
    if kana and kana >= KANA_SHARE * (kana + han):
        # Japanese writes both: count them as one script against the others.
        counts["Kana"] = kana + han
        counts.pop("Han", None)
    # A Han, kana or Hangul character carries about a word; a letter of other scripts, less.
    name = max(counts, key=lambda k: counts[k] * (1 if k in _SYLLABIC else LETTER_WEIGHT))
    script = next(s for s in SCRIPTS if s.name == name)
    lang = script.lang
    if name == "Han":
        trad, simp = len(_TRADITIONAL.findall(sample)), len(_SIMPLIFIED.findall(sample))
        lang = "zh-Hant" if trad > simp else "zh"
    elif name == "Latin":
        words = sample[:ENGLISH_SAMPLE_CHARS].lower().split()
        if words and sum(w in _ENGLISH for w in words) >= ENGLISH_SHARE * len(words):
            lang = "en"
    return LangGuess(lang, name, script.tables)


@cache
def _hant_tables() -> tuple[dict[int, int], dict[str, str], re.Pattern[str] | None]:
    """``data/hant_chars.tsv`` (each traditional character's simplified one) and
    ``data/hant_phrases.tsv`` (Taiwan and Hong Kong words, folded, with the mainland words
    they are read as, and the expression that finds them), once per process."""
    def rows(name: str) -> list[tuple[int, str, str]]:
        text = resources.files("scrubber").joinpath(f"data/{name}").read_text(encoding="utf-8")
        out = []
        for number, row in enumerate(text.splitlines(), 1):
            if row and not row.startswith("#"):
                hant, _, simple = row.partition("\t")
                if not hant or not simple or "\t" in simple:
                    raise ValueError(f"data/{name}:{number}: expected two tab-separated fields")
                out.append((number, hant, simple))
        return out

    chars: dict[int, int] = {}
    for number, hant, simple in rows("hant_chars.tsv"):
        if len(hant) != 1 or len(simple) != 1:
            raise ValueError(f"data/hant_chars.tsv:{number}: expected two characters")
        chars[ord(hant)] = ord(simple)
    phrases: dict[str, str] = {}
    for number, hant, simple in rows("hant_phrases.tsv"):
        if len(hant) != len(simple):
            raise ValueError(f"data/hant_phrases.tsv:{number}: the words differ in length")
        phrases[hant.translate(chars)] = simple
    found = re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))) \
        if phrases else None
    return chars, phrases, found


def hant_fold(text: str) -> str:
    """``text`` as the simplified keyword tables read it: its traditional Han characters as the
    simplified ones they stand for (``data/hant_chars.tsv`` lists those of the tables), then
    the words Taiwan and Hong Kong write for the page's furniture as the mainland words
    (``data/hant_phrases.tsv``: 連結 is 链接, 登入 登录), one character for one, so that spans
    stay those of ``text``. A zh-Hant page's case-folded lines are folded so: "相關閱讀"
    reads "相关阅读". Only keyword matching sees the folded text; the output is the page's.

    >>> hant_fold("相關閱讀 | 版權所有 | 本文連結")
    '相关阅读 | 版权所有 | 本文链接'
    """
    chars, phrases, found = _hant_tables()
    text = text.translate(chars)
    if found is None:
        return text
    return found.sub(lambda m: phrases[m.group()], text)


def folded_twin(text: str, lower: str) -> str | None:
    """The line ``text`` as :func:`hant_fold` reads it, when its case-folded twin ``lower`` is
    a zh-Hant page's folded line and folding changes it; else None. An expression written in
    simplified Chinese that finds nothing in the line is tried on this, and what it finds is
    read from ``text`` by its span (the fold keeps every span)."""
    if lower == text.casefold():
        return None
    folded = hant_fold(text)
    return folded if folded != text else None
