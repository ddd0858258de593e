"""Per-line features, computed once per line: by the compiled module ``_speedups`` (one pass
over each line's code points) when setup.py could build it, else by a handful of C-level regex
passes over the whole document: each pass keeps (or marks) what it counts and the newlines, so
splitting its result gives every line's count with no Python work per character or per match.
Both give the same measures (tests/test_speedups.py); the compiled one is about ten times
faster, which matters because this is the one step that touches every character.

Chinese-aware: Han characters are counted one by one, alphabetic scripts by words; sentence
punctuation covers the CJK full-width forms and their ASCII equivalents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from .compiled import speedups

# One Han, kana or hangul character is one unit; so is one word of any other script.
# The two counting scans run on every line, so they use the stdlib engine with explicit code
# point ranges (the blocks that make up \p{Han}, kana and hangul): measured twice as fast as
# the `regex` module's property classes here. No \p{...} is ever written for `re`.
_CJK_RANGES = ("\u1100-\u11ff\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b"
               "\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
               "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f")
_OTHER_WORD = re.compile(f"[^\\W_{_CJK_RANGES}]+")
# Sentence punctuation inside a line: full stops, question and exclamation marks, semicolons;
# an ASCII full stop counts only before a space or at the end (not in 3.14, a URL or "1. ").
_SENTENCE_PUNCT = re.compile(r"[。！？；!?;…]|(?<!\b\d)(?<!\b\d\d)\.(?=\s|$|[\"'”’)])")
# Both end patterns run on the line's last few characters only.
_TAIL = 8
_SENTENCE_END = re.compile(r"(?:[。！？!?.…]|\.\.\.)[\"'”’」』）)\]]*\s*$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…|。。。)\s*(?:[\"'”’」』）)\]]\s*)?$")
# Separators of link lists and menus: pipes, middots, arrows, slashes, tabs and wide gaps.
_SEPARATOR = re.compile(r"[|｜·•»>›/／→\t　]|-->?|—>|[^\S\n]{2,}")
# In CJK text a single space between words is a separator too (running Chinese text has none).
# Korean separates words with spaces, so only Han and kana count here.
_HAN_KANA = "\u2e80-\u2fdf\u3005\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff" \
    "\uf900-\ufaff\U00020000-\U0003134f"
_CJK_GAP = re.compile(f"(?<=[{_HAN_KANA}])[ \u00a0](?=\\S)|(?<=\\S)[ \u00a0](?=[{_HAN_KANA}])")


class LineFeatures(NamedTuple):
    """What the classifier needs to know about one line, computed once (a named tuple: built
    once per line, so it must be cheap to build)."""

    text: str  # the line with surrounding white space removed
    lower: str  # ``text`` case-folded, for keyword matching
    chars: int  # visible characters
    cjk: int  # Han, kana and hangul characters
    units: float  # cjk + alphabetic words: the size measure used by every threshold
    alnum: int  # letters and digits
    sentence_punct: int  # 。！？；!?; and ". " style full stops
    clause_punct: int  # ，、,：:
    ends_sentence: bool  # ends in sentence-final punctuation (quotes allowed after it)
    ends_ellipsis: bool  # ends in ... or …: a truncated teaser
    separators: int  # menu / link-list separators (single spaces count in CJK lines)
    strong_separators: int  # pipes, tabs, arrows, wide gaps: never inside running text

    @property
    def cjk_share(self) -> float:
        return self.cjk / self.alnum if self.alnum else 0.0

    @property
    def is_cjk(self) -> bool:
        return self.cjk_share >= 0.3

    @property
    def has_sentence(self) -> bool:
        """Reads like running text: sentence punctuation, or clause punctuation and length."""
        return self.sentence_punct > 0 or (self.clause_punct > 0 and self.ends_sentence)


_MARK = "\x00"
_NOT_MARK = re.compile("[^\x00\n]+")
_NOT_CJK = re.compile(f"[^{_CJK_RANGES}\n]+")
_NOT_ALNUM = re.compile(r"[^\w\n]+|_+")
_NOT_CLAUSE = re.compile("[^，、,：:\n]+")


def _lengths(kept: str) -> list[int]:
    return [len(piece) for piece in kept.split("\n")]


def _marks(text: str, pattern: re.Pattern[str]) -> list[int]:
    """How many times ``pattern`` matches in each line of ``text``."""
    return _lengths(_NOT_MARK.sub("", pattern.sub(_MARK, text)))


def document_features(lines: list[str], fold: Callable[[str], str] | None = None
                      ) -> list[LineFeatures]:
    """Measure every line of a document (lines without their terminators). ``fold``: applied
    to each case-folded line (``lower``) as well, the text the keyword tables meet (a
    traditional Chinese page's :func:`scrubber.lang.hant_fold`)."""
    if _speedups is not None:
        texts, lower = _speedups.strip_fold(lines)
        page = "\n".join(texts)  # searched once by each pass below, which most pages skip
        measured: list[LineFeatures] = _speedups.measure_lines(
            texts, _refold(lower, fold, page), LineFeatures, _EMPTY)
    else:
        texts, lower, doc = strip_fold_python(lines)
        page = "\n".join(texts)
        measured = _python_features(texts, _refold(lower, fold, page), doc)
    return punctuate_emoji(rescale_scripts(measured, page), page)


#: Spaces that are no ASCII space ("By\u00a0Jane Doe", a no-break space from "&nbsp;"; the
#: en, em, thin and narrow spaces of typeset pages): the case-folded lines, which the keyword
#: tables meet, read each as a space.
_ODD_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")
_AS_SPACE = dict.fromkeys(map(ord, _ODD_SPACES), " ")


#: Turkish and Azerbaijani capital dotted I, which case-folds to "i" and a combining dot above
#: ("İLGİLİ HABERLER" to "i̇lgi̇li̇ haberler"): the folded lines read it as "i", as the tables
#: write the words.
_DOTTED_I = "\u0130"


def _refold(lower: list[str], fold: Callable[[str], str] | None, page: str) -> list[str]:
    """The case-folded lines with odd spaces as spaces and a capital dotted I as "i" (when the
    ``page``, the lines joined, holds any), each then through ``fold``."""
    if _ODD_SPACE.search(page) is not None:
        lower = [line.translate(_AS_SPACE) for line in lower]
    if _DOTTED_I in page:
        lower = [line.replace("i\u0307", "i") for line in lower]
    return lower if fold is None else list(map(fold, lower))


# Units per script, where one character per unit or one space-separated run per unit is wrong.
# Hangul is written in syllable blocks (in the CJK ranges above) but spaces its words like an
# alphabetic script: a Korean line counts its words, and its syllables are not "CJK" for the
# thresholds that treat a single space as a menu separator. Thai, Lao, Khmer and Myanmar write
# no spaces between words: a line counts one unit per UNSPACED_CHARS_PER_UNIT letters (about
# a word), so a Thai paragraph is not one "word". Only lines holding such letters are measured
# again, and only on pages that hold any (one search over the page first). The Indic scripts
# (Devanagari to Sinhala) space their words, but write their vowels as combining marks, which
# the first count (a word is a run of letters and digits) takes for breaks: "दिल्ली" was three
# words. Their lines count their words with the marks taken out.
_HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_INDIC = "\u0900-\u0dff"
_INDIC_MARK = re.compile("[" + "".join(
    chr(c) for c in range(0x900, 0xE00) if unicodedata.category(chr(c)).startswith("M")) + "]")
#: Letters of a script written without spaces between words that make one unit.
UNSPACED_CHARS_PER_UNIT = 4
_RESCALED = re.compile(f"[{_HANGUL}{_UNSPACED}{_INDIC}]")
_NOT_HAN_KANA = re.compile(f"[^{_HAN_KANA}]+")
_SPACED_WORD = re.compile(f"[^\\W_{_HAN_KANA}{_UNSPACED}]+")
_NOT_UNSPACED = re.compile(f"[^{_UNSPACED}]+")


def rescale_scripts(feats: list[LineFeatures], page: str) -> list[LineFeatures]:
    """``feats`` with the units (and CJK counts) of Hangul, Thai-like and Indic lines measured per
    word (see above); other lines are left as they are. ``page``: the lines' texts, joined."""
    if _RESCALED.search(page) is None:
        return feats
    out = list(feats)
    for i, f in enumerate(feats):
        if not f.text or f.text.isascii() or not _RESCALED.search(f.text):
            continue
        han_kana = len(f.text) - sum(map(len, _NOT_HAN_KANA.findall(f.text)))
        unspaced = len(f.text) - sum(map(len, _NOT_UNSPACED.findall(f.text)))
        words = len(_SPACED_WORD.findall(_INDIC_MARK.sub("", f.text)))
        # Whole units (the compiled steps read them as integers); a few letters make one.
        units = han_kana + words + -(-unspaced // UNSPACED_CHARS_PER_UNIT)
        out[i] = f._replace(cjk=han_kana, units=units)
    return out


# Marks that end a sentence where the measures above do not look: the exclamation marks of
# their own code point (‼ ⁉), and, in Chinese and Japanese informal writing (blogs, posts), an
# emoji at the end of a line, which closes the sentence as 。 or ！ would. Measured on the dev
# files: a Han or kana line that ends in an emoji is mostly article text, an alphabetic one
# mostly a control ("Share ➡"), so emoji ends count on Han and kana lines only, and not on a
# label of a few characters ("关于作者 📝").
EMOJI_END_MIN_UNITS = 5
_EXCLAMATIONS = "\u203c\u2049"
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
_EMOJI_OR_MARK = re.compile(f"[{_EXCLAMATIONS}{_EMOJI}]")
_EXCLAMATION = re.compile(f"[{_EXCLAMATIONS}]")
_MARK_END = re.compile(f"[{_EXCLAMATIONS}][\ufe0f\\s]*$")
_EMOJI_END = re.compile(f"[{_EMOJI}][\ufe0f\u200d{_EMOJI}\U0001f3fb-\U0001f3ff\\s]*$")
_HAN_KANA_CHAR = re.compile(f"[{_HAN_KANA}]")


def punctuate_emoji(feats: list[LineFeatures], page: str) -> list[LineFeatures]:
    """``feats`` with ‼ and ⁉ counted as sentence punctuation, and an emoji that ends a Han or
    kana line read as its sentence end (see above); other lines are left as they are.
    ``page``: the lines' texts, joined."""
    if _EMOJI_OR_MARK.search(page) is None:
        return feats
    out = feats
    for i, f in enumerate(feats):
        if not f.text or f.text.isascii() or not _EMOJI_OR_MARK.search(f.text):
            continue
        marks = len(_EXCLAMATION.findall(f.text))
        tail = f.text[-_TAIL:]
        emoji_end = not f.ends_sentence and f.units >= EMOJI_END_MIN_UNITS and \
            _EMOJI_END.search(tail) is not None and \
            _HAN_KANA_CHAR.search(f.text) is not None
        if not marks and not emoji_end:
            continue
        if out is feats:
            out = list(feats)
        out[i] = f._replace(sentence_punct=f.sentence_punct + marks + emoji_end,
                            ends_sentence=f.ends_sentence or emoji_end or
                            _MARK_END.search(tail) is not None)
    return out


def strip_fold_python(lines: list[str]) -> tuple[list[str], list[str], str]:
    """Every line without surrounding white space; the same case-folded, with NUL read as a
    space (the Python passes use it to mark what they count); and the document they make."""
    texts = [line.strip() for line in lines]
    doc = "\n".join(texts)
    if _MARK in doc:
        doc = doc.replace(_MARK, " ")
    return texts, doc.casefold().split("\n"), doc


def _python_features(texts: list[str], lower: list[str], doc: str) -> list[LineFeatures]:
    """The pure-Python passes (the reference the compiled measures are held to)."""
    cjk = _lengths(_NOT_CJK.sub("", doc))
    words = _marks(doc, _OTHER_WORD)
    alnums = _lengths(_NOT_ALNUM.sub("", doc))
    sentence = _marks(doc, _SENTENCE_PUNCT)
    clause = _lengths(_NOT_CLAUSE.sub("", doc))
    strong = _marks(doc, _SEPARATOR)
    gaps = _marks(doc, _CJK_GAP) if any(cjk) else [0] * len(texts)
    out = []
    for i, text in enumerate(texts):
        if not text:
            out.append(_EMPTY)
            continue
        alnum = alnums[i]
        tail = text[-_TAIL:]
        out.append(LineFeatures(
            text, lower[i], len(text), cjk[i], cjk[i] + words[i], alnum, sentence[i],
            clause[i], bool(_SENTENCE_END.search(tail)), bool(_ELLIPSIS_END.search(tail)),
            strong[i] + (gaps[i] if cjk[i] and cjk[i] >= 0.3 * alnum else 0), strong[i],
        ))
    return out


def line_features(line: str) -> LineFeatures:
    """Measure one line (the same measures as :func:`document_features`)."""
    return document_features([line])[0]


_EMPTY = LineFeatures("", "", 0, 0, 0, 0, 0, 0, False, False, 0, 0)

#: The compiled twin of _python_features (scrubber.compiled), or None.
_speedups = speedups
