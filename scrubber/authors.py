"""Authors from bylines: every name, in page order, without role or agency words.

A byline form is a label (per language: "作者：", "记者", "By", "기자" after the name …) and a
list of names after or before it. Names are Han names (2-5 characters, also with "·"), Hangul
names (2-4 syllables), Latin names (capitalised words, with particles and initials) and, after an
explicit label ("by", "作者", "Thread starter"), a user handle ("zboygirl", "infuy").
Role words ("记者", "编辑", "reporter", "기자") and agencies ("新华社") are never part of a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from .dates import MONTH_NAME

#: Role words per language: they label a name and are never part of it.
ROLES: dict[str, tuple[str, ...]] = {
    "zh": ("本报记者", "特约记者", "见习记者", "实习记者", "首席记者", "记者", "通讯员",
           "实习生", "责任编辑", "责编", "编辑", "摄影", "摄", "撰文", "撰稿", "主播"),
    "zh-hant": ("本報記者", "特約記者", "記者", "通訊員", "責任編輯", "編輯", "攝影"),
    "ja": ("編集部", "記者", "編集", "執筆", "筆者", "撮影"),
    "ko": ("선임기자", "객원기자", "인턴기자", "기자", "특파원", "논설위원", "에디터", "통신원"),
    "en": ("staff writer", "staff reporter", "reporter", "correspondent", "contributor",
           "editor", "writer", "columnist"),
}
#: News agencies and desks that stand before a reporter's name ("新华社记者 王建宏").
AGENCIES = ("新华社", "中新社", "中新网", "人民网", "央视网", "本报", "本网", "新華社", "中央社",
            "연합뉴스", "뉴시스", "共同通信", "時事通信", "本誌", "本紙", "弊社", "当社", "編集部")

_ROLE_WORDS = sorted({w for ws in ROLES.values() for w in ws}, key=len, reverse=True)
_ROLE_HAN = "|".join(w for w in _ROLE_WORDS if not w.isascii())
_AGENCY = "|".join(map(re.escape, AGENCIES))

_NAME_HAN = rf"(?!(?:{_ROLE_HAN}|{_AGENCY}))[\p{{Han}}·]{{2,5}}"
#: Words after which a Han name ends: the next field of the byline.
_HAN_END = (r"(?=$|[\s　|｜()（）\[\]【】,，、。；;：:/／]"
            r"|来源|來源|发布|發佈|发表|時間|时间|日期|编辑|編輯|通讯员|摄影|发自|报道|報導|摄)")
#: A place before 报道 / 发自 ends the list ("记者 彭冲 山东冠县报道"); names after a space are
#: at most four characters ("作者：郭励弘 我来说两句" is one name).
_NOT_PLACE = r"(?!\p{Han}{2,6}(?:报道|報導|发自|發自|电|電))"
_HAN_NAMES = (rf"{_NAME_HAN}{_HAN_END}(?:\s*[、,，/／]\s*{_NOT_PLACE}{_NAME_HAN}{_HAN_END}"
              rf"|\s+{_NOT_PLACE}(?!(?:{_ROLE_HAN}|{_AGENCY}))[\p{{Han}}·]{{2,4}}{_HAN_END})*")
_NAME_HANGUL = r"\p{Hangul}{2,4}"
#: Rank words between a Korean name and 기자 ("김수아 인턴 기자").
_HANGUL_ROLE = r"(?:선임|객원|인턴|수습|전문)"
_HANGUL_NAMES = rf"{_NAME_HANGUL}(?:\s*[·,、]\s*{_NAME_HANGUL})*"
#: Words that end a Latin name even when glued to it ("By Rebecca NorrisPublished: …").
_STOP = ("Published", "Updated", "Posted", "Last", "Reviewed", "Edited", "Modified", "On", "In",
         "Read", "Share", "Follow", "More", "Contributor", "Staff", "Editor", "Reporter",
         "Fact", "Medically", "Photo", "Photos", "Video", "Image", "Filed", "Category", "Tags")
_STOP_ALT = "|".join(_STOP)
_LATIN_WORD = (rf"(?!(?:{_STOP_ALT})\b)(?:\p{{Lu}}\.(?:\s?\p{{Lu}}\.)*|"
               rf"\p{{Lu}}[\p{{Ll}}'’]*(?:-\p{{Lu}}?\p{{Ll}}+)*"
               rf"(?:(?!{_STOP_ALT})\p{{Lu}}\p{{Ll}}+)?)")
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|le|la|du|dos|bin|al)"
_LATIN_NAME = rf"{_LATIN_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_LATIN_WORD}){{0,3}}"
_LATIN_NAMES = rf"{_LATIN_NAME}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_LATIN_NAME})*"
_HANDLE = r"[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,29}(?<![.-])"
_LATIN_END = rf"(?=$|[\s|•·,;:()\[\]—–]|{_STOP_ALT})"


#: Words that may stand right before "by" in a byline ("Posted on … by", "Words by"); any
#: other word before it makes it a sentence or a control ("Sort by State", "Photo by …").
_BY_LABEL = r"(?i:posted|written|published|story|words|reported|compiled|article|text)"


#: Words 记者 forms with that are no byline: 记者会 (press conference), 记者站, 记者们 …
_NOT_COMPOUND = r"(?![会會站节節证證招们們团團协協会見])"


def _any_of(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


#: Author forms, most explicit first: (expression, may stand inside the article's first and
#: last lines, words one of which the case-folded line must hold for it to be tried).
AUTHOR_FORMS: tuple[tuple[regex.Pattern[str], bool, re.Pattern[str]], ...] = tuple(
    (regex.compile(pattern), in_text, _any_of(*needs)) for pattern, in_text, needs in (
        # 作者：王五、赵六 / 文／A、B / 記者：… / 筆者：… / Author: Jane Doe
        (rf"(?:作者|原作者|撰文|撰稿|文|来稿|記者|筆者|執筆者?|著者|投稿者|发帖人|發帖人|楼主|樓主"
         rf"|(?i:authors?|written\s+by|posted\s+by))"
         rf"\s*[：:/／]\s*(?P<name>{_HAN_NAMES}|{_LATIN_NAMES}{_LATIN_END}|{_HANDLE}(?=$|\s))",
         False, ("作者", "文", "撰", "来稿", "記者", "筆者", "執筆", "著者", "投稿者", "发帖",
                 "發帖", "楼主", "樓主", "author", "by")),
        # Thread starter beijingwalker / Started by Chris Hall: a forum's original poster
        (rf"^(?i:thread\s+starter|started\s+by|original\s+poster)\s*:?\s*"
         rf"(?P<name>{_LATIN_NAME}(?=\s*$)|{_HANDLE})(?:$|\s)", False,
         ("starter", "started by", "original poster")),
        # sanmartinwatch Discussion starter
        (rf"^(?P<name>{_HANDLE})\s+(?i:discussion|thread|topic)\s+starter\s*$", False,
         ("starter",)),
        # a line that is only "by ibby": a handle
        (rf"^(?i:by)\s+(?P<name>{_HANDLE})\s*$", False, ("by",)),
        # 记者 王建宏 张文攀 / 新华社记者王五 / 本報記者 陳明
        (rf"(?:{_AGENCY})?(?:本报|本報|特约|特約|见习|實習|实习|首席)?(?:记者|記者){_NOT_COMPOUND}\s*[：:]?\s*"
         rf"(?P<name>{_HAN_NAMES})", False, ("记者", "記者")),
        # 홍길동 기자, 홍길동·김철수 기자
        (rf"(?<!\p{{Hangul}})(?!{_HANGUL_ROLE})(?P<name>{_HANGUL_NAMES})\s*(?:{_HANGUL_ROLE}\s*)?"
         rf"(?:기자|특파원|논설위원)"
         rf"(?!\p{{Hangul}})", True, ("기자", "특파원", "논설위원")),
        # 山田太郎記者 / 山田 太郎 記者
        (rf"(?<![\p{{Han}}\p{{Hiragana}}\p{{Katakana}}])(?!(?:{_AGENCY})記者)"
         r"(?P<name>\p{Han}{1,4}\s?\p{Han}{1,4})\s*記者(?![\p{Han}])", True, ("記者",)),
        # By Jane Doe and John Roe / Written by: … / ByNina Pineda / Posted by Thread starter
        (rf"(?:^|(?<=[|•·,\-–—(\[\d]\s*)|(?<={_BY_LABEL}\s+))"
         rf"(?i:(?:written\s+|posted\s+|story\s+|words\s+)?by)"
         rf"(?:\s*:?\s+|(?=\p{{Lu}}\p{{Ll}}))(?P<name>{_LATIN_NAMES}){_LATIN_END}", False,
         ("by",)),
        # "… 2024 by infuy", "发布时间 2005/03/15 22:36:13 by duscha": a handle after a date
        (rf"(?:19|20)\d\d[^\p{{L}}]{{0,20}}?\s(?i:by)\s+(?P<name>{_HANDLE})\s*(?:$|[|〓•·])", False,
         ("by",)),
        # "89 points by koconder on Dec 26, 2023": a handle before "on" and a date
        (rf"(?:^|\s)(?i:by)\s+(?P<name>{_HANDLE})\s+(?i:on)\s+(?=(?:\d|(?i:{MONTH_NAME})\s)[^|]{{0,14}}(?:19|20)\d\d)",
         False,
         ("by",)),
        (r"由\s*(?P<name>[^\s于]{1,20}?)\s*于\s*(?:19|20)\d\d", True, ("由",)),
        (rf"[（(]\s*(?:{_AGENCY}|特约)?记者\s*(?P<name>{_HAN_NAMES})\s*[）)]", True, ("记者",)),
        (rf"[（(]\s*(?P<name>{_NAME_HAN})\s+\p{{Han}}{{2,6}}报道\s*[）)]", True, ("报道",)),
    )
)
#: Any of the words the author forms need: one test for the lines that hold none.
AUTHOR_NEEDS = re.compile("|".join(needs.pattern for _, _, needs in AUTHOR_FORMS))

# A white-space run is entered only at its first character ((?<!\s)): linear time on long runs.
_SPLIT = regex.compile(r"(?<!\s)\s*(?:[、,，/／·;；&]|\band\b)\s*|(?<=\p{Han}{2})\s+(?=\p{Han})")
_ROLE_STRIP = regex.compile(rf"^(?:{_AGENCY})?(?:{'|'.join(map(re.escape, _ROLE_WORDS))})\s*"
                            rf"|(?<!\s)\s*(?:{'|'.join(map(re.escape, _ROLE_WORDS))})$",
                            regex.IGNORECASE)
#: Credentials after a name ("Dylan Bailey, MS, RD, FAND", "Jane Roe, Ph.D.").
CREDENTIALS = regex.compile(r"(?:,\s*(?:\p{Lu}[\p{Lu}.]{1,6}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?))+$")
#: A line that is only a personal name: two or three capitalised words.
BARE_NAME = regex.compile(
    rf"^(?P<name>{_LATIN_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_LATIN_WORD}){{1,2}})$")
#: Words that make a two- or three-word capitalised line a heading, not a name.
NOT_NAME = frozenset((
    "home", "news", "blog", "about", "contact", "menu", "search", "login", "sign", "share",
    "subscribe", "newsletter", "privacy", "policy", "terms", "the", "of", "and", "for", "to",
    "with", "how", "what", "why", "best", "top", "new", "latest", "related", "posts", "articles",
    "comments", "reply", "team", "services", "products", "shop", "cart", "guide", "tips",
    "read", "more", "view", "all", "back", "next", "previous", "free", "online", "our", "your",
    # verbs of calls to action ("Get Started", "Find Care", "Start Trial")
    "start", "started", "get", "find", "learn", "see", "buy", "book", "try", "join", "log",
    "download", "explore", "discover", "request", "apply", "submit", "watch", "listen",
    "follow", "order", "call", "visit", "go", "skip", "load", "show", "browse", "compare",
    # nouns of menus and sections ("Event Type", "Trade Program", "Marketing Strategy")
    "type", "program", "programs", "strategy", "care", "trends", "industry", "marketing",
    "solutions", "resources", "events", "support", "help", "faq", "pricing", "features",
    "business", "company", "trial", "demo", "account", "profile", "settings", "categories",
    "category", "topics", "archive", "archives", "tags", "press", "media", "careers", "jobs",
    "ask", "question", "questions", "answer", "answers", "review", "reviews", "overview",
    "live", "video", "videos", "podcast", "tech", "digital",
    # role words ("Tech Writer", "Staff Reporter")
    *(w for w in ROLES["en"] if " " not in w),
))


def split_names(text: str) -> tuple[str, ...]:
    """The names of a byline's name list, without role words, duplicates or empty items;
    a name written twice in a row ("Colin Gray Colin Gray") once."""
    names: list[str] = []
    for part in _SPLIT.split(text.strip()):
        name = str(_ROLE_STRIP.sub("", part)).strip(" .,:;()（）[]【】")
        words = name.split()
        if len(words) >= 2 and len(words) % 2 == 0 and words[:len(words) // 2] == \
                words[len(words) // 2:]:
            name = " ".join(words[:len(words) // 2])
        if name and name not in names:
            names.append(name)
    return tuple(names)


def find_authors(text: str, lower: str, in_text: bool) -> tuple[str, ...]:
    """The names of the first author form found in a line; ``in_text``: the line is article
    text, where only the forms that stand inside articles are tried."""
    if not AUTHOR_NEEDS.search(lower):
        return ()
    for pattern, form_in_text, needs in AUTHOR_FORMS:
        if (in_text and not form_in_text) or not needs.search(lower):
            continue
        m = pattern.search(text)
        if m:
            names = split_names(m.group("name"))
            if names:
                return names
    return ()


def bare_name(text: str) -> str | None:
    """``text`` when the line is nothing but a personal name (two or three capitalised words
    that are not heading words), with its credentials if any ("Dylan Bailey, MS, RD")."""
    name = CREDENTIALS.sub("", text)
    m = BARE_NAME.match(name)
    if m is None or any(w.casefold() in NOT_NAME for w in name.split()):
        return None
    return text


def names_in_order(found: Iterator[tuple[str, ...]]) -> tuple[str, ...]:
    """Every name of the name lists, first occurrence first."""
    out: list[str] = []
    for names in found:
        out.extend(n for n in names if n not in out)
    return tuple(out)
