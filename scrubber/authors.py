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

from .dates import MONTH_NAME, MONTH_NAMES

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

#: Words of the next field of a byline: a Han name ends before them and is never one of them.
_FIELD_HAN = "来源|來源|发布|發佈|发表|時間|时间|日期|编辑|編輯|通讯员|摄影|发自|报道|報導|摄|分享"
#: A Han "name" that ends in one of these words is a role ("央视特约评论员", "某某特约作者"); the
#: name may follow it.
_ROLE_WORD_AT_END = r"\p{Han}(?:评论员|作者|撰稿人|評論員)"
_ROLE_AT_END = regex.compile(rf"{_ROLE_WORD_AT_END}$")
_ROLE_BEFORE = rf"[\p{{Han}}·]{{0,10}}?{_ROLE_WORD_AT_END}\s+"
_NAME_HAN = rf"(?!(?:{_ROLE_HAN}|{_AGENCY}|{_FIELD_HAN}))[\p{{Han}}·]{{2,5}}"
_HAN_END = rf"(?=$|[\s　|｜()（）\[\]【】,，、。；;：:/／]|{_FIELD_HAN})"
#: A place before 报道 / 发自 ends the list ("记者 彭冲 山东冠县报道"); names after a space are
#: at most four characters ("作者：郭励弘 我来说两句" is one name) and are no desk before a role
#: word ("每经记者 张怀水 每经编辑 陈星": one name).
#: So does a place of its own before one ("记者 王五 赵六 北京 上海报道"): the provinces and the
#: largest cities.
PLACES_ZH = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
    "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港",
    "澳门", "深圳", "广州", "杭州", "南京", "武汉", "成都", "西安", "沈阳", "大连", "青岛",
    "厦门", "苏州", "郑州", "长沙", "济南", "哈尔滨", "长春", "石家庄", "太原", "合肥",
    "福州", "南昌", "南宁", "昆明", "贵阳", "兰州", "西宁", "银川", "乌鲁木齐", "拉萨",
    "呼和浩特", "海口", "宁波", "无锡", "东莞", "佛山", "珠海", "温州", "臺北", "台北",
    "華盛頓", "华盛顿", "纽约", "伦敦", "巴黎", "东京", "首尔", "莫斯科", "柏林",
)
_PLACE = "|".join(PLACES_ZH)
_NOT_PLACE = (r"(?!\p{Han}{2,6}(?:报道|報導|发自|發自|电|電))"
              rf"(?!(?:{_PLACE})(?:$|[\s、，,]|报道|報導|发自|發自))")
HAN_NAMES = (rf"{_NAME_HAN}{_HAN_END}(?:\s*[、,，/／]\s*{_NOT_PLACE}{_NAME_HAN}{_HAN_END}"
              rf"|\s+{_NOT_PLACE}(?!(?:{_ROLE_HAN}|{_AGENCY}|{_FIELD_HAN}))[\p{{Han}}·]{{2,4}}"
              rf"(?<!{_ROLE_HAN}){_HAN_END}(?!{_ROLE_HAN}))*")
_NAME_HANGUL = r"\p{Hangul}{2,4}"
#: Rank words between a Korean name and 기자 ("김수아 인턴 기자").
_HANGUL_ROLE = r"(?:선임|객원|인턴|수습|전문)"
_HANGUL_NAMES = rf"{_NAME_HANGUL}(?:\s*[·,、]\s*{_NAME_HANGUL})*"
#: Words that end a Latin name even when glued to it ("By Rebecca NorrisPublished: …").
_STOP = ("Published", "Updated", "Posted", "Last", "Reviewed", "Edited", "Modified", "On", "In",
         "Read", "Share", "Follow", "More", "Contributor", "Staff", "Editor", "Reporter",
         "Fact", "Medically", "Photo", "Photos", "Video", "Image", "Filed", "Category", "Tags")
#: Job titles that end a name list ("Jane Doe, Head of Marketing", "Jo Roe, CEO of Acme"):
#: a "name" that is one of them, and every name after it, is left out.
TITLE_WORDS = frozenset(("head", "ceo", "cto", "cfo", "coo", "founder", "co-founder",
                         "director", "manager", "president", "chief"))
_STOP_ALT = "|".join(_STOP)
#: A month name before a day ("November 19, 2019") ends a name: it is the date's.
_MONTH_DAY_AHEAD = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
                    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                    r"\.?\s+\d")
_LATIN_WORD = (rf"(?!(?:{_STOP_ALT})\b|{_MONTH_DAY_AHEAD})(?:\p{{Lu}}\.(?:\s?\p{{Lu}}\.)*|"
               rf"\p{{Lu}}[\p{{Ll}}'’]*(?:-\p{{Lu}}?\p{{Ll}}+)*"
               rf"(?:(?!{_STOP_ALT})\p{{Lu}}\p{{Ll}}+)?)")
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|le|la|du|dos|bin|al)"
LATIN_NAME = rf"{_LATIN_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_LATIN_WORD}){{0,3}}"
LATIN_NAMES = rf"{LATIN_NAME}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){LATIN_NAME})*"
#: A user handle, as a pattern fragment (like LATIN_NAME, read by :mod:`scrubber.author_boxes`).
HANDLE = r"[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,29}(?<![.-])"
_LATIN_END = rf"(?=$|[\s|•·,;:()\[\]—–]|{_STOP_ALT})"
#: A name written in capitals after "By" ("By JANE DOE", "By JANE DOE and JOHN ROE"): two or
#: three words of two or more capitals, maybe with an initial.
_CAPS_WORD = r"\p{Lu}{2,}(?:[-'’]\p{Lu}+)*"
_CAPS_NAME = rf"{_CAPS_WORD}(?:\s+(?:\p{{Lu}}\.\s+)?{_CAPS_WORD}){{1,2}}"
_CAPS_NAMES = rf"{_CAPS_NAME}(?:\s+(?i:and)\s+{_CAPS_NAME}|\s*&\s*{_CAPS_NAME})*"


#: Words that may stand right before "by" in a byline ("Posted on … by", "Words by"); any
#: other word before it makes it a sentence or a control ("Sort by State", "Photo by …").
_BY_LABEL = (r"(?i:posted|written|co-authored|authored|published|story|words|reported|compiled"
             r"|article|text)")


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
         rf"\s*[：:/／]\s*(?:{_ROLE_BEFORE})?"
         rf"(?P<name>{HAN_NAMES}|{LATIN_NAMES}{_LATIN_END}|{HANDLE}(?=$|\s))",
         False, ("作者", "文", "撰", "来稿", "記者", "筆者", "執筆", "著者", "投稿者", "发帖",
                 "發帖", "楼主", "樓主", "author", "by")),
        # Thread starter beijingwalker / Started by Chris Hall: a forum's original poster
        (rf"^(?i:thread\s+starter|started\s+by|original\s+poster)\s*:?\s*"
         rf"(?P<name>{LATIN_NAME}(?=\s*$)|{HANDLE})(?:$|\s)", False,
         ("starter", "started by", "original poster")),
        # sanmartinwatch Discussion starter
        (rf"^(?P<name>{HANDLE})\s+(?i:discussion|thread|topic)\s+starter\s*$", False,
         ("starter",)),
        # a line that is only "by ibby": a handle
        (rf"^(?i:by)\s+(?P<name>{HANDLE})\s*$", False, ("by",)),
        # 记者 王建宏 张文攀 / 新华社记者王五 / 本報記者 陳明
        (rf"(?:{_AGENCY})?(?:本报|本報|特约|特約|见习|實習|实习|首席)?(?:记者|記者){_NOT_COMPOUND}\s*[：:]?\s*"
         rf"(?P<name>{HAN_NAMES})", False, ("记者", "記者")),
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
         rf"(?:\s*:?\s+|(?=\p{{Lu}}\p{{Ll}}))(?P<name>{LATIN_NAMES}|{_CAPS_NAMES}){_LATIN_END}",
         False,
         ("by",)),
        # "… 2024 by infuy", "发布时间 2005/03/15 22:36:13 by duscha": a handle after a date
        (rf"(?:19|20)\d\d[^\p{{L}}]{{0,20}}?\s(?i:by)\s+(?P<name>{HANDLE})\s*(?:$|[|〓•·])", False,
         ("by",)),
        # "89 points by koconder on Dec 26, 2023": a handle before "on" and a date
        (rf"(?:^|\s)(?i:by)\s+(?P<name>{HANDLE})\s+(?i:on)\s+(?=(?:\d|(?i:{MONTH_NAME})\s)[^|]{{0,14}}(?:19|20)\d\d)",
         False,
         ("by",)),
        (r"由\s*(?P<name>[^\s于]{1,20}?)\s*于\s*(?:19|20)\d\d", True, ("由",)),
        (rf"[（(]\s*(?:{_AGENCY}|特约)?记者\s*(?P<name>{HAN_NAMES})\s*[）)]", True, ("记者",)),
        (rf"[（(]\s*(?P<name>{_NAME_HAN})\s+\p{{Han}}{{2,6}}报道\s*[）)]", True, ("报道",)),
        # --- LATE_FORMS: metadata only (see find_authors) ---
        # "This post was written by Jane Doe, Head of …": the article says who wrote it
        (rf"(?i:\b(?:this|the)\s+(?:blog\s+)?(?:post|article|story|piece|guide|review)\s+"
         rf"(?:was\s+|is\s+)?(?:written|authored|contributed|penned)\s+by)\s+"
         rf"(?P<name>{LATIN_NAMES}){_LATIN_END}", True, ("written", "authored", "contributed",
                                                         "penned")),
    )
)
#: The last forms of AUTHOR_FORMS, which the headline search does not try.
LATE_FORMS = 1
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
#: White space between the words of a name: no tab (table cells are no name).
_GAP = r"[^\S\t\n]+"
BARE_NAME = regex.compile(
    rf"^(?P<name>{_LATIN_WORD}(?:{_GAP}(?:{_PARTICLE}{_GAP})?{_LATIN_WORD}){{1,2}})$")
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


#: The words that make a line no author's name where an author is looked for: NOT_NAME (the
#: headline search keeps that one as it is: it moves line verdicts) with articles, the first
#: person and words of shop, forum and documentation headings ("A Personal Note", "I’m
#: Hiring", "Release Status", "Date First Available", "Message"), but with "team": "Great Day
#: Editorial Team", "Team SimplyThrilled" are a page's authors.
NOT_AUTHOR = (NOT_NAME - {"team"}) | frozenset((
    "a", "an", "i’m", "i'm", "my", "we", "hire", "date", "status", "sale", "available",
    "popular", "documentation", "page", "pages", "members", "member", "message", "messages",
    "subject", "replies", "views", "by",
    # menus that open with a collective noun ("Staff Picks", "Staff Directory")
    "picks", "favorites", "favourites", "directory", "portal",
    # form fields, page parts and the names of venues and publications ("Email Address",
    # "Special Issue", "Sierra Magazine", "Collector Bookstore"): no person's name
    "email", "address", "print", "notes", "issue", "edition", "magazine", "tribune",
    "journal", "museum", "library", "hotel", "restaurant", "cafe", "café", "bookstore",
    "store", "links", "sites", "series", "finder",
))


def split_names(text: str) -> tuple[str, ...]:
    """The names of a byline's name list, without role words, roles ("央视特约评论员"),
    duplicates or empty items; a name written twice in a row ("Colin Gray Colin Gray") once."""
    names: list[str] = []
    for part in _SPLIT.split(text.strip()):
        if _ROLE_AT_END.search(part.strip()):
            continue
        name = str(_ROLE_STRIP.sub("", part)).strip(" .,:;()（）[]【】")
        words = name.split()
        if len(words) >= 2 and len(words) % 2 == 0 and words[:len(words) // 2] == \
                words[len(words) // 2:]:
            name = " ".join(words[:len(words) // 2])
        if name and name not in names:
            names.append(name)
    return tuple(names)


def find_authors(text: str, lower: str, in_text: bool, strict: bool = True
                 ) -> tuple[str, ...]:
    """The names of the first author form found in a line; ``in_text``: the line is article
    text, where only the forms that stand inside articles are tried. ``strict`` leaves out a
    sorting control's facet ("By Event Type") and the job title after a name ("Jane Doe, Head
    of …"), and tries the forms :data:`LATE_FORMS` as well; the headline search reads bylines
    without them (it decides line verdicts, which these must not move)."""
    if not AUTHOR_NEEDS.search(lower):
        return ()
    forms = AUTHOR_FORMS if strict else AUTHOR_FORMS[:-LATE_FORMS]
    for pattern, form_in_text, needs in forms:
        if (in_text and not form_in_text) or not needs.search(lower):
            continue
        m = pattern.search(text)
        if m:
            # A name in capitals holds no heading or facet word ("BY THE NUMBERS", "BY TOPIC
            # AREA"): menus write in capitals too.
            names = tuple(n for n in split_names(m.group("name")) if not n.isupper() or (
                NOT_AUTHOR.isdisjoint(n.casefold().split()) and
                FACET_WORDS.isdisjoint(n.casefold().split())))
            if strict:
                names = _no_titles(names)
            if names:
                return names
    return ()


def _no_titles(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names up to the first job title, facets left out."""
    out = []
    for name in names:
        if name.casefold() in TITLE_WORDS:
            break
        if not facet(name):
            out.append(name)
    return tuple(out)


def bare_name(text: str, not_name: frozenset[str] = NOT_NAME) -> str | None:
    """``text`` when the line is nothing but a personal name (two or three capitalised words
    none of which is in ``not_name``), with its credentials if any ("Dylan Bailey, MS, RD")."""
    name = CREDENTIALS.sub("", text)
    m = BARE_NAME.match(name)
    if m is None or any(w.casefold() in not_name for w in name.split()):
        return None
    return text


#: A line that is only a list of personal names ("Jane Doe, John Roe & Ann Lee"), the last
#: of them maybe followed by a job ("Greg Roe, AP Sports Writer"): bare names joined by
#: commas, "and" or "&".
_BARE = rf"{_LATIN_WORD}(?:{_GAP}(?:{_PARTICLE}{_GAP})?{_LATIN_WORD}){{1,2}}"
NAME_LIST = regex.compile(rf"^{_BARE}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_BARE})+$")
#: Words of an organisation's name: a list holding one is a list of institutions.
ORG_WORDS = frozenset(("university", "college", "institute", "school", "hospital", "center",
                       "centre", "inc", "llc", "ltd", "corp", "company", "group", "association",
                       "foundation", "society", "agency", "department", "council", "academy"))
#: Words of a job after a name: the list ends before the part that holds one.
_JOB_WORDS = TITLE_WORDS | {w for w in ROLES["en"] if " " not in w}


def name_list(text: str) -> tuple[str, ...]:
    """The names of a line that is nothing but a list of personal names (:data:`NAME_LIST`):
    two or more, or one followed by a job ("Greg Roe, AP Sports Writer"); none may hold a word
    of :data:`NOT_AUTHOR` or :data:`ORG_WORDS`. Else ``()``."""
    text = text.strip()
    if ("," not in text and "&" not in text and " and " not in text) or \
            NAME_LIST.match(text) is None:
        return ()
    names: list[str] = []
    for part in _SPLIT.split(text):
        words = {w.casefold() for w in part.split()}
        if not _JOB_WORDS.isdisjoint(words) or any(
                w.startswith("co-") and w[3:] in _JOB_WORDS for w in words):
            return tuple(names) if names and len(names) == len(_SPLIT.split(text)) - 1 else ()
        if not (NOT_AUTHOR.isdisjoint(words) and ORG_WORDS.isdisjoint(words)):
            return ()
        if part not in names:
            names.append(part.strip())
    return tuple(names) if len(names) >= 2 else ()


#: Section and genre words that stand alone between a headline and its date ("Opinion",
#: "Sponsored"): no author's name.
SECTION_WORDS = frozenset((
    "opinion", "opinions", "editorial", "analysis", "commentary", "feature", "features",
    "interview", "sponsored", "advertisement", "advertorial", "promoted", "partner", "exclusive",
    "breaking", "update", "updated", "updates", "announcement", "announcements", "featured",
    "trending", "politics", "world", "local", "national", "international", "sports", "sport",
    "science", "health", "technology", "entertainment", "lifestyle", "travel", "culture",
    "education", "finance", "economy", "money", "food", "style", "arts", "books", "music",
    "movies", "film", "fashion", "beauty", "weather", "insights", "guides", "tutorials",
    "stories", "story", "uncategorized", "general", "misc", "article", "post",
    # Chinese: original, special, commentary, exclusive, flash, video, pictures, top news
    "原创", "专题", "專題", "评论", "評論", "社论", "社論", "独家", "獨家", "快讯", "快訊",
    "视频", "視頻", "图片", "圖片", "要闻", "要聞", "头条", "頭條", "推荐", "推薦", "热点", "熱點",
))
_STOP_FOLDED = frozenset(w.casefold() for w in _STOP)
#: One word alone on its line: a first name, a pen name or a user handle ("Gabo", "ibby"),
#: or a Han name of two to four characters that is no role or agency word.
_ONE_WORD = regex.compile(rf"^(?:{_LATIN_WORD}|(?=[\w.-]*[A-Za-z])[A-Za-z0-9_][\w.-]{{1,29}}"
                          rf"(?<![.-])|(?!(?:{_ROLE_HAN}|{_AGENCY}))[\p{{Han}}·]{{2,4}})$")


#: The commonest Han surnames (about 250: nine in ten people in mainland China and Taiwan bear
#: one), single characters only. A line of bare Han names each opening with one of them is a
#: newspaper's byline printed alone ("陈明", "王立新 孙晓东").
HAN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞"
    "姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    # traditional forms of the above that differ
    "張劉陳楊黃趙吳孫馬郭羅鄭謝許韓馮鄧蕭葉蘇魏呂盧鍾譚陸賈韋鄒鐘薛閻龍陶賀顧龔萬錢嚴湯齊喬顏聶"
    "魯嚴歐關蘭寧紀淩畢單塗駱藍辛蒙鮑饒簡車項連蘆婁竇費衛鄔")
#: A line of one to four Han names of two or three characters, separated by spaces.
_HAN_NAMES_LINE = regex.compile(r"^\p{Han}{2,3}(?:[ \u3000]+\p{Han}{2,3}){0,3}$")


def han_names_line(text: str) -> bool:
    """Whether the line is nothing but Han personal names (each two or three characters, opening
    with a common surname, :data:`HAN_SURNAMES`): a byline printed without its label."""
    text = text.strip()
    return _HAN_NAMES_LINE.match(text) is not None and \
        all(name[0] in HAN_SURNAMES for name in text.split())


def lone_name(text: str) -> str | None:
    """``text`` when the line is one word that may be a person's name or handle (a capitalised
    word, a handle with letters) and no heading, menu or section word (:data:`NOT_AUTHOR`,
    :data:`SECTION_WORDS`); or a bare name (:func:`bare_name`). Only read where the byline
    shape leaves no doubt: between the headline and its date."""
    text = text.strip()
    if " " not in text:
        folded = text.casefold()
        if _ONE_WORD.match(text) is None or folded in NOT_AUTHOR or folded in SECTION_WORDS \
                or folded in _STOP_FOLDED:
            return None
        return text
    return bare_name(text, NOT_AUTHOR)


#: A word of an organisation's or a person's name as a byline writes it: capitalised, or an
#: acronym ("West Bell Dental Care", "BCBSOK Connect").
_TITLE_WORD = regex.compile(r"^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,6})$")
#: How many words an organisation's name standing as a byline has: fewer is a section word
#: or a person (:func:`bare_name`), more a heading.
ORG_BYLINE_WORDS = (3, 5)


def slot_names(text: str) -> tuple[str, ...]:
    """The author of a line that stands alone between the headline and its date, the byline's
    own slot: a personal name before a comma ("Jane Doe, The Daily Example", "Greg Roe, AP
    National Writer"), or an organisation's name of a few capitalised words ("West Bell
    Dental Care") with no section word and at most one heading word (:data:`NOT_AUTHOR`),
    not in front. A sentence, a section ("World News") or a tagline is none."""
    text = text.strip()
    head, comma, _ = text.partition(",")
    if comma:
        name = bare_name(head.strip(), NOT_AUTHOR)
        return (name,) if name else ()
    words = text.split()
    low, high = ORG_BYLINE_WORDS
    if not low <= len(words) <= high or not all(_TITLE_WORD.match(w) for w in words):
        return ()
    folded = [w.casefold() for w in words]
    if folded[0] in NOT_AUTHOR or sum(w in NOT_AUTHOR for w in folded) > 1 or any(
            w in SECTION_WORDS or w in _STOP_FOLDED or w[:3] in MONTH_NAMES for w in folded):
        return ()
    return (text,)


def names_in_order(found: Iterator[tuple[str, ...]]) -> tuple[str, ...]:
    """Every name of the name lists, first occurrence first."""
    out: list[str] = []
    for names in found:
        out.extend(n for n in names if n not in out)
    return tuple(out)


#: Words that make a "By …" list a sorting or filtering control, not a name ("By Event Type",
#: "By Industry"): the last word of the would-be name.
FACET_WORDS = frozenset((
    "type", "types", "topic", "topics", "category", "categories", "industry", "industries",
    "role", "size", "date", "state", "country", "region", "location", "product", "products",
    "service", "services", "solution", "solutions", "format", "level", "subject", "audience",
    "case",
))


def facet(name: str) -> bool:
    """A would-be name that ends in a facet word ("Event Type")."""
    words = name.split()
    return bool(words) and words[-1].casefold() in FACET_WORDS


#: A desk or a team that signs as the author ("BCBSOK Connect Team", "Great Day Editorial
#: Team", "Team SimplyThrilled", "Newsdesk", "ByGizmodo Staff", "Staff Clinician"):
#: capitalised words (or acronyms) before a collective noun, or "Team" or "Staff" before a name
#: or a job that is no role word ("Staff Writer" is none); a glued "By" is left out. Read only
#: beside the date line.
COLLECTIVE = regex.compile(
    r"^(?:By\s*(?=\p{Lu}))?(?P<name>(?:[\p{Lu}][\p{L}\p{N}&'’.-]*\s+){0,3}"
    r"(?:Team|Staff|Desk|Newsdesk|News Desk|Newsroom|Editors"
    r"|Editorial(?:\s+(?:Team|Board|Staff))?)|(?:Team|Staff)\s+\p{Lu}[\p{L}\p{N}]*)$")


#: A user handle: lower-case letters with two digits or an underscore ("jdoe42",
#: "3d23d65-ddc6", "j_doe"); a capital makes it a heading's word ("COVID-19", "Web3").
_HANDLE_MIXED = regex.compile(r"^(?=.*\p{Ll})(?!.*\p{Lu})(?=.*(?:\d.*\d|_))[\p{L}\p{N}_.-]{3,30}$")


def handle_name(text: str) -> str | None:
    """``text`` when the line is one user handle (:data:`_HANDLE_MIXED`): no heading, menu or
    section word looks like that."""
    text = text.strip()
    return text if _HANDLE_MIXED.match(text) and lone_name(text) else None


def collective_name(text: str) -> str | None:
    """``text`` when the line is a desk's or a team's name (:data:`COLLECTIVE`) with no heading
    word besides the collective noun ("Our Team", "Support Team" are none)."""
    m = COLLECTIVE.match(text.strip())
    if m is None:
        return None
    name = str(m.group("name"))
    words = name.split()
    if (len(words) == 1 and name not in _DESKS) or any(w.casefold() in NOT_AUTHOR for w in words):
        return None
    return name


#: Collective nouns that name a desk on their own ("Team", "Staff" alone are menu items).
_DESKS = frozenset(("Newsdesk", "Newsroom"))
