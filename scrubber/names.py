"""What a personal name looks like, per script, and the words that are never one.

Latin names are capitalised words with particles and initials (:data:`LATIN_NAME`, a line of
two or three of them :func:`bare_name`, a list of them :func:`name_list`); a one-word name or a
user handle stands alone (:func:`lone_name`, :func:`handle_name`); Han names open with a common
surname (:data:`HAN_SURNAMES`, :func:`han_names_line`); a desk or a team signs with a collective
noun (:func:`collective_name`). Role words ("记者", "reporter"), agencies ("新华社"), job titles,
headings, menus and section words (:data:`NOT_NAME`, :data:`NOT_AUTHOR`,
:data:`SECTION_WORDS`, :data:`ORG_WORDS`) are no name. The byline forms that read these names
are :mod:`scrubber.authors`.
"""

from __future__ import annotations

import re

import regex

from .dates import MONTH_NAMES

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
#: Every role word, longest first; the non-ASCII ones and the agencies as alternations.
ROLE_WORDS = sorted({w for ws in ROLES.values() for w in ws}, key=len, reverse=True)
ROLE_HAN = "|".join(w for w in ROLE_WORDS if not w.isascii())
AGENCY_ALT = "|".join(map(re.escape, AGENCIES))
#: Words that end a Latin name even when glued to it ("By Rebecca NorrisPublished: …").
_STOP = ("Published", "Updated", "Posted", "Last", "Reviewed", "Edited", "Modified", "On", "In",
         "Read", "Share", "Follow", "More", "Contributor", "Staff", "Editor", "Reporter",
         "Fact", "Medically", "Photo", "Photos", "Video", "Image", "Filed", "Category", "Tags")
#: Job titles that end a name list ("Jane Doe, Head of Marketing", "Jo Roe, CEO of Acme"):
#: a "name" that is one of them, and every name after it, is left out.
TITLE_WORDS = frozenset(("head", "ceo", "cto", "cfo", "coo", "founder", "co-founder",
                         "director", "manager", "president", "chief"))
#: The words of :data:`_STOP` as an alternation (a Latin name's end).
STOP_ALT = "|".join(_STOP)
#: A month name before a day ("November 19, 2019") ends a name: it is the date's.
_MONTH_DAY_AHEAD = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
                    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                    r"\.?\s+\d")
_LATIN_WORD = (rf"(?!(?:{STOP_ALT})\b|{_MONTH_DAY_AHEAD})(?:\p{{Lu}}\.(?:\s?\p{{Lu}}\.)*|"
               rf"\p{{Lu}}[\p{{Ll}}'’]*(?:-\p{{Lu}}?\p{{Ll}}+)*"
               rf"(?:(?!{STOP_ALT})\p{{Lu}}\p{{Ll}}+)?)")
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|le|la|du|dos|bin|al)"
LATIN_NAME = rf"{_LATIN_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_LATIN_WORD}){{0,3}}"
#: A user handle, as a pattern fragment (like LATIN_NAME, read by :mod:`scrubber.author_boxes`).
HANDLE = r"[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,29}(?<![.-])"
#: Where a name list splits into its names ("王五、赵六", "Jane Doe and John Roe"). A white-space
#: run is entered only at its first character ((?<!\s)): linear time on long runs.
NAME_SPLIT = regex.compile(
    r"(?<!\s)\s*(?:[、,，/／·;；&]|\band\b)\s*|(?<=\p{Han}{2})\s+(?=\p{Han})")
#: Credentials after a name ("Dylan Bailey, MS, RD, FAND", "Jane Roe, Ph.D.").
CREDENTIALS = regex.compile(r"(?:,\s*(?:\p{Lu}[\p{Lu}.]{1,6}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?))+$")
#: White space between the words of a name: no tab (table cells are no name).
_GAP = r"[^\S\t\n]+"
#: A line that is only a personal name: two or three capitalised words.
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
    # the labels of a post's or an article's fields, alone on their line over or under the
    # value ("作者" / "abc123", "時間" / "Tue Mar  5 12:34:56 2024"): 时 and 张 are surnames
    "时间", "時間", "日期", "来源", "來源", "标题", "標題", "作者", "看板", "分类", "分類",
    "标签", "標籤", "栏目", "欄目", "编辑", "編輯", "责编", "責編", "阅读", "閱讀", "浏览",
    "瀏覽", "点击", "點擊", "评论", "評論", "发布", "發布", "發佈", "更新", "地址", "电话",
    "電話", "简介", "簡介", "摘要", "关键词", "關鍵詞", "出处", "出處", "时长", "時長",
))



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
    for part in NAME_SPLIT.split(text):
        words = {w.casefold() for w in part.split()}
        if not _JOB_WORDS.isdisjoint(words) or any(
                w.startswith("co-") and w[3:] in _JOB_WORDS for w in words):
            whole = len(names) == len(NAME_SPLIT.split(text)) - 1
            return tuple(names) if names and whole else ()
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
                          rf"(?<![.-])|(?!(?:{ROLE_HAN}|{AGENCY_ALT}))[\p{{Han}}·]{{2,4}})$")


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
        all(name[0] in HAN_SURNAMES and name not in NOT_AUTHOR for name in text.split())


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
