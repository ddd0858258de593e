"""Byline forms: the authors of a byline, every name in page order, without role or agency words.

A byline form is a label (per language: "作者：", "记者", "By", "기자" after the name …) and a
list of names after or before it (:data:`AUTHOR_FORMS`, :func:`find_authors`). The names it
reads are Han names (2-5 characters, also with "·"), Hangul names (2-4 syllables), Latin names
and, after an explicit label ("by", "作者", "Thread starter"), a user handle ("zboygirl",
"infuy"); a list of them is split by :func:`split_names`. Role words ("记者", "编辑",
"reporter", "기자") and agencies ("新华社") are never part of a name; a sorting control's facet
("By Event Type") is none. What a name (and a no-name) looks like on its own is
:mod:`scrubber.names`.
"""

from __future__ import annotations

import re

import regex

from . import lang as _lang
from .dates import MONTH_NAME
from .names import (
    AGENCY_ALT,
    HANDLE,
    LATIN_NAME,
    NAME_SPLIT,
    NOT_AUTHOR,
    ROLE_HAN,
    ROLE_WORDS,
    STOP_ALT,
    TITLE_WORDS,
)

#: Words of the next field of a byline: a Han name ends before them and is never one of them.
_FIELD_HAN = "来源|來源|发布|發佈|发表|時間|时间|日期|编辑|編輯|通讯员|摄影|发自|报道|報導|摄|分享"
#: A Han "name" that ends in one of these words is a role ("央视特约评论员", "某某特约作者"); the
#: name may follow it.
_ROLE_WORD_AT_END = r"\p{Han}(?:评论员|作者|撰稿人|評論員)"
_ROLE_AT_END = regex.compile(rf"{_ROLE_WORD_AT_END}$")
_ROLE_BEFORE = rf"[\p{{Han}}·]{{0,10}}?{_ROLE_WORD_AT_END}\s+"
_NAME_HAN = rf"(?!(?:{ROLE_HAN}|{AGENCY_ALT}|{_FIELD_HAN}))[\p{{Han}}·]{{2,5}}"
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
    "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "嘉義", "花蓮",
    "宜蘭", "屏東", "台東", "臺東", "彰化", "南投", "雲林", "苗栗", "澎湖", "金門",
    "華盛頓", "华盛顿", "纽约", "紐約", "伦敦", "倫敦", "巴黎", "东京", "東京", "首尔", "首爾",
    "莫斯科", "柏林",
)
_PLACE = "|".join(PLACES_ZH)
_NOT_PLACE = (r"(?!\p{Han}{2,6}(?:报道|報導|发自|發自|电|電))"
              rf"(?!(?:{_PLACE})(?:$|[\s、，,]|报道|報導|发自|發自))")
HAN_NAMES = (rf"{_NAME_HAN}{_HAN_END}(?:\s*[、,，/／]\s*{_NOT_PLACE}{_NAME_HAN}{_HAN_END}"
              rf"|\s+{_NOT_PLACE}(?!(?:{ROLE_HAN}|{AGENCY_ALT}|{_FIELD_HAN}))[\p{{Han}}·]{{2,4}}"
              rf"(?<!{ROLE_HAN}){_HAN_END}(?!{ROLE_HAN}))*")
#: A dateline after the reporter's name, the place (one of PLACES_ZH) and the day glued on
#: ("中央社記者王小明台北5日電"): the name ends where the place begins.
_DATELINE_AFTER = rf"(?:{_PLACE})(?:\d{{1,2}}月)?\d{{1,2}}日(?:电|電)"
_NAME_HANGUL = r"\p{Hangul}{2,4}"
#: Rank words between a Korean name and 기자 ("김수아 인턴 기자").
_HANGUL_ROLE = r"(?:선임|객원|인턴|수습|전문)"
_HANGUL_NAMES = rf"{_NAME_HANGUL}(?:\s*[·,、]\s*{_NAME_HANGUL})*"
LATIN_NAMES = rf"{LATIN_NAME}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){LATIN_NAME})*"
_LATIN_END = rf"(?=$|[\s|•·,;:()\[\]—–]|{STOP_ALT})"
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


#: The label of an author in other languages, before a colon ("Автор: Иван Петров", "Autor:",
#: "Auteur :", "Tác giả:", "Penulis:", "Yazar:"); a label, so never a sentence's "by".
_AUTHOR_LABEL_WORDS = ("автор", "авторы", "autor", "autorin", "autoren", "auteur", "auteurs",
                       "autore", "autori", "autores", "tác giả", "penulis", "yazar")
_AUTHOR_LABELS = "|".join(sorted(_AUTHOR_LABEL_WORDS, key=len, reverse=True))


#: Labels of the writer that a bar or a Japanese "・" may part from the name ("文 | 王小明",
#: "文丨王小明", "文・山田太郎"; "文・写真" is a compound label, no name).
_BAR_LABELS = "文|作者|撰文|文字|采写|採寫"
_NOT_AFTER_DOT = "写真|撮影|構成|取材|絵|図|イラスト"
#: Korean labels of the writer ("글 홍길동", "글·사진 홍길동", "글=홍길동").
_HANGUL_LABELS = r"(?:글\s*[·/]\s*사진|사진\s*[·/]\s*글|취재\s*[·/]\s*글|글)"


#: "By" in the other Latin-script languages (German, French, Spanish and Portuguese, Italian,
#: Dutch, Indonesian, the Scandinavian languages; Greek names the writer in the genitive, "Του
#: Γιώργου Παπαδόπουλου"; "τησ": "της" case-folded): read only before a name alone on its line.
_BY_WORDS = ("von", "par", "por", "di", "door", "oleh", "av", "af", "του", "της", "τησ")
_BY_WORDS_ALT = "|".join(_BY_WORDS)
#: A thread's starter as other languages' boards label them (case-folded).
_STARTER_WORDS = ("themenstarter", "themenersteller", "auteur du sujet", "autor del tema",
                  "autor do tópico", "autore della discussione", "автор темы", "топикстартер")
_STARTERS = "|".join(_STARTER_WORDS)
#: A time after a byline's date, as the other Latin-script languages write it ("10h30",
#: "14.05 Uhr", "10:30").
_TIME_AFTER = r"\d{1,2}[:h.]\d\d(?:\s*(?i:uhr|h))?"
#: A name of two capitalised words at least, maybe with particles between ("María de la Cruz").
_TWO_CAPITALS = r"(?=\p{Lu}\S*\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu})"
#: The place a byline may end with after a dash: one to three capitalised words.
_PLACE_AFTER = r"\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}"
#: "By" or "writer" in scripts without capitals, where no name shape tells a name from words:
#: Arabic (بقلم, كتب, بواسطة, الكاتب), Persian (نوشته, نویسنده), Hebrew (מאת, כתב), Thai (โดย,
#: ผู้เขียน), Hindi (लेखक, द्वारा). Read only on a line of its own, before two to four words of the
#: label's own script (a name; a sentence is longer).
_CASELESS_BY = ((("بقلم", "كتب", "بواسطة", "الكاتب", "نوشته", "نویسنده"), r"\p{Arabic}"),
                (("מאת", "כתב"), r"\p{Hebrew}"), (("โดย", "ผู้เขียน"), r"\p{Thai}"),
                (("लेखक", "द्वारा"), r"\p{Devanagari}"))
_CASELESS_BYLINE = "|".join(
    rf"(?:{'|'.join(words)})\s*[:：]?\s*(?P<name>{script}+(?:\s+{script}+){{1,3}})"
    for words, script in _CASELESS_BY)


def _any_of(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


#: Author forms, most explicit first: (expression, may stand inside the article's first and
#: last lines, words one of which the case-folded line must hold for it to be tried).
AUTHOR_FORMS: tuple[tuple[regex.Pattern[str], bool, re.Pattern[str]], ...] = tuple(
    (regex.compile(pattern), in_text, _any_of(*needs)) for pattern, in_text, needs in (
        # 作者：王五、赵六 / 文／A、B / 記者：… / 筆者：… / Author: Jane Doe / Автор: Иван
        # Петров / Auteur : … / Tác giả: …
        (rf"(?:作者|原作者|撰文|撰稿|文|来稿|記者|筆者|執筆者?|著者|投稿者|发帖人|發帖人|楼主|樓主"
         rf"|(?i:authors?|written\s+by|posted\s+by|{_AUTHOR_LABELS}))"
         rf"\s*[：:/／]\s*(?:{_ROLE_BEFORE})?"
         rf"(?P<name>{HAN_NAMES}|{LATIN_NAMES}{_LATIN_END}|{HANDLE}(?=$|\s))",
         False, ("作者", "文", "撰", "来稿", "記者", "筆者", "執筆", "著者", "投稿者", "发帖",
                 "發帖", "楼主", "樓主", "author", "by", *_AUTHOR_LABEL_WORDS)),
        # 文 | 王小明 / 文丨王小明 / 作者 | 王小明 2024-03-05: a bar after the label, then the
        # names alone or before a date (a menu's "文 | 视频 | 直播" has more items after it)
        (rf"^\s*(?:{_BAR_LABELS})\s*[|｜丨]\s*(?P<name>{HAN_NAMES})"
         rf"\s*(?:$|[|｜丨]?\s*(?=(?:19|20)\d\d))", False,
         ("文", "作者", "撰文", "采写", "採寫")),
        # 文・山田太郎 / 文・写真＝山田太郎 / 取材・文＝山田太郎 (Japanese: "・" or "＝")
        (rf"(?<![\p{{Han}}\p{{Hiragana}}\p{{Katakana}}])(?:(?:取材・)?文(?:・写真|・撮影)?"
         rf"\s*[＝=／/]|文・(?!{_NOT_AFTER_DOT}))\s*(?P<name>{HAN_NAMES})", False, ("文",)),
        # 글 홍길동 / 글·사진 홍길동 / 글=홍길동: without a mark between, a name of three
        # syllables alone on the line ("글 목록" is a menu's)
        (rf"^\s*{_HANGUL_LABELS}\s*(?:[:：=|/]\s*(?P<name>{_HANGUL_NAMES})(?=\s*$|\s)"
         rf"|\s+(?P<name>\p{{Hangul}}{{3}})\s*$)", False, ("글",)),
        # 작성자 김철수 / 글쓴이: nickname: a Korean board's writer field
        (r"^\s*(?:작성자|글쓴이)\s*[:：]?\s*(?P<name>" + HANDLE + r")\s*$", False,
         ("작성자", "글쓴이")),
        # Thread starter beijingwalker / Started by Chris Hall: a forum's original poster (and
        # as other languages' boards name them: Themenstarter, Auteur du sujet, Автор темы)
        (rf"^(?i:thread\s+starter|started\s+by|original\s+poster|{_STARTERS})\s*:?\s*"
         rf"(?P<name>{LATIN_NAME}(?=\s*$)|{HANDLE})(?:$|\s)", False,
         ("starter", "started by", "original poster", *_STARTER_WORDS)),
        # sanmartinwatch Discussion starter
        (rf"^(?P<name>{HANDLE})\s+(?i:discussion|thread|topic)\s+starter\s*$", False,
         ("starter",)),
        # "by 여행자 2024. 5. 12.", "by jdoe42 March 4, 2024": a handle before the date (a
        # blog's byline; a Latin name of two words is the "By" form's)
        (rf"^\s*(?i:by)\s+(?P<name>{HANDLE})\s+(?=(?:19|20)\d\d\s*[-./년]|"
         rf"\d{{1,2}}[-./]\d{{1,2}}[-./](?:19|20)?\d\d|(?i:{MONTH_NAME})\.?\s+\d)", False,
         ("by",)),
        # a line that is only "by ibby": a handle
        (rf"^(?i:by)\s+(?P<name>{HANDLE})\s*$", False, ("by",)),
        # "by" in the other Latin-script languages, on a line of its own before a name of two
        # words or more: "Von Anna Müller", "Par Jean Dupont", "Por María García";
        # maybe with the place after a dash ("Por João Silva — Brasília")
        (rf"^(?i:{_BY_WORDS_ALT})\s+(?P<name>(?=\S+\s+\S){LATIN_NAMES})"
         rf"\s*(?:[—–|]\s*{_PLACE_AFTER})?$", False, _BY_WORDS),
        # "Publicado el 14 de marzo de 2024 por Marta López", "Publié le 14 mars 2024 à 10h30
        # par Marie Dupont": "by" in the other Latin-script languages (and Italian "da") after
        # a date's year and maybe its time, before a name of two words or more
        (rf"(?:19|20)\d\d[^\p{{L}}\d]{{0,3}}(?:\s+\p{{Ll}}{{0,6}}\s*{_TIME_AFTER})?"
         rf"\s+(?i:{_BY_WORDS_ALT}|da)\s+(?P<name>{_TWO_CAPITALS}{LATIN_NAMES}){_LATIN_END}", False,
         (*_BY_WORDS, "da")),
        # "بقلم: أحمد علي", "โดย สมชาย ใจดี", "מאת דנה לוי": a caseless script's "by"
        (rf"^\s*(?:{_CASELESS_BYLINE})\s*$", False, tuple(w for ws, _ in _CASELESS_BY for w in ws)),
        # 中央社記者王小明台北5日電 / 记者王五、赵六北京3月5日电: the dateline glued on
        (rf"(?:记者|記者)\s*(?P<name>(?:[\p{{Han}}·]{{2,4}}?[、，,])*[\p{{Han}}·]{{2,4}}?)"
         rf"(?={_DATELINE_AFTER})", True, ("电", "電")),
        # 记者 王建宏 张文攀 / 新华社记者王五 / 本報記者 陳明
        (rf"(?:{AGENCY_ALT})?(?:本报|本報|特约|特約|见习|實習|实习|首席)?(?:记者|記者){_NOT_COMPOUND}\s*[：:]?\s*"
         rf"(?P<name>{HAN_NAMES})", False, ("记者", "記者")),
        # 홍길동 기자, 홍길동·김철수 기자
        (rf"(?<!\p{{Hangul}})(?!{_HANGUL_ROLE})(?P<name>{_HANGUL_NAMES})\s*(?:{_HANGUL_ROLE}\s*)?"
         rf"(?:기자|특파원|논설위원)"
         rf"(?!\p{{Hangul}})", True, ("기자", "특파원", "논설위원")),
        # 山田太郎記者 / 山田 太郎 記者
        (rf"(?<![\p{{Han}}\p{{Hiragana}}\p{{Katakana}}])(?!(?:{AGENCY_ALT})記者)"
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
        (rf"[（(]\s*(?:{AGENCY_ALT}|特约)?记者\s*(?P<name>{HAN_NAMES})\s*[）)]", True, ("记者",)),
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
#: A role word (after an agency, maybe) at either end of a name list's item: left out.
_ROLE_STRIP = regex.compile(rf"^(?:{AGENCY_ALT})?(?:{'|'.join(map(re.escape, ROLE_WORDS))})\s*"
                            rf"|(?<!\s)\s*(?:{'|'.join(map(re.escape, ROLE_WORDS))})$",
                            regex.IGNORECASE)


def split_names(text: str) -> tuple[str, ...]:
    """The names of a byline's name list, without role words, roles ("央视特约评论员"),
    duplicates or empty items; a name written twice in a row ("Colin Gray Colin Gray") once."""
    names: list[str] = []
    for part in NAME_SPLIT.split(text.strip()):
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
    folded: str | None = None  # a zh-Hant page's line as the forms (simplified) read it
    tried = False
    for pattern, form_in_text, needs in forms:
        if (in_text and not form_in_text) or not needs.search(lower):
            continue
        m = pattern.search(text)
        if m is None:
            if not tried:
                folded, tried = _lang.folded_twin(text, lower), True
            m = pattern.search(folded) if folded else None
        if m:
            name = text[m.start("name"):m.end("name")]
            # A name in capitals holds no heading or facet word ("BY THE NUMBERS", "BY TOPIC
            # AREA"): menus write in capitals too.
            names = tuple(n for n in split_names(name) if not n.isupper() or (
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
