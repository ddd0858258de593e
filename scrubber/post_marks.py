"""The marks of a post in a forum or Q&A thread, per language, as data (:data:`POST_MARKS`):
the lines that head or sign a post (floor numbers, the poster's counters and rank, the stamp of
an answer, a post's controls). :mod:`scrubber.threads` tells a thread page by their
repetition.
"""

from __future__ import annotations

import re

#: A poster's handle as Reddit-like boards write it in each post's stamp ("u/dana_k": three to
#: twenty letters, digits, "_" or "-" after "u/"), or a federated one ("@dana_k@lemmy.example").
HANDLE = r"u/[\w-]{3,20}|@[\w.-]{1,30}@[\w-]+(?:\.[\w-]+)+"
#: ... or a poster's name at the head of a comment's stamp with its score, on an older
#: Reddit-like layout ("[–]dana_k 45 points 2 years ago", "dana_k[S] 3 points 1 hour ago"),
#: up to the score (a lower-cased line).
SCORED_HANDLE = r"(?:\[[–-]\]\s?)?[\w-]{3,20}(?:\[s\])?(?=\s+-?[\d,]+\s+points?\s)"

#: A poster's rank on a Q&A board with their score in brackets, before the post's age
#: ("Thinker (7,512) 2 years ago", "Ученик (102), на голосовании 2 года назад"): up to three
#: words of letters (lower-cased line).
RANK_SCORE = r"[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s?\([\d\s,.]+\),?"

#: The marks of a post per language, as data: lines that head or sign a post in a forum or
#: Q&A thread (the floor number, the poster's counters and rank, the stamp of an answer). A
#: line is a mark when it is one of these as a whole (give or take a count or a date).
POST_MARKS: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:post\s*)?#\s?\d+",  # floor number: "#3", "Post # 3"
        # counters and dates of the poster: "Posts: 11,642", "Joined: Mar 2019", "Reactions: A, B"
        r"(?:posts|messages|threads|reputation|reaction score|points|rep|likes received"
        r"|solutions|trophies|karma|joined|join date|registered|member since|has thanked"
        r"|been thanked|reactions|likes)(?:\s*:.*|\s+[\d,.]+k?)?",
        r"[\d,.]+k?\s+(?:posts|messages)",  # "2.8k posts"
        r"(?:senior |junior |full |new |active |established |distinguished |prominent "
        r"|well-known |registered |valued |gold |silver |platinum |elite |premium )?member"
        r"|(?:global |super )?moderator|administrator|original poster|thread starter|op",
        # "answered May 2, 2009 at 0:09", "edited Jan 5, 2022 at 10:00"
        r"(?:answered|asked|commented|replied|edited)\s.*\d.*",
        # a Q&A site's controls under each post ("Share / Improve this answer / Follow"), and
        # the signature of a comment under it, a dash and a handle alone ("– carol")
        r"improve this (?:answer|question)|[–—]\s?[\w.@-]{1,30}",
        # a Q&A page's count of answers and their order ("4 Answers", "Sorted by:"; a
        # board's "Sort by:" over its replies)
        r"[\d,]+\s+answers?|sort(?:ed)? by:?",
        # the poster's status, after the letter of their avatar: "Offline", "J Online"
        r"(?:\w\s+)?(?:offline|online)",
        # the letter of the poster's avatar before their name: "J JonB", "p pl45m4"
        r"(?P<avatar>[^\W\d_])\s(?P=avatar)[\w.@-]{1,30}",
        # the post's edit stamp and its replies: "wrote on last edited by dana_k", "2 Replies
        # Last reply" (after the avatars' letters)
        r"(?:wrote on\s)?last edited by(?:\s.*)?|(?:\w\s+){0,3}\d+\s+repl(?:y|ies)\s+last reply",
        # a poster's handle on a Reddit-like board ("u/dana_k", the field of "u/dana_k · 3 hr.
        # ago"), or a Lemmy-like one with its instance ("@dana_k@lemmy.example")
        HANDLE,
        rf"{SCORED_HANDLE}\s+-?[\d,]+\s+points?\s.{{0,30}}\bago\b.*",
        # the depth of a reply in a comment tree, a line of its own above the poster's name
        # ("level 1", "level 2")
        r"level \d{1,2}",
        # a Q&A board's answer headings ("Best answer", "Other answers (3)"), the controls
        # under each post ("Like 15  Reply"), and the poster's rank with their score and the
        # post's age ("Thinker (7,512) 2 years ago")
        r"(?:best|top|accepted|other|more) answers?(?:\s*\(\d+\))?",
        r"(?:like|likes|upvote|helpful)\s*[\d,]*\s+(?:reply|comment|share|report)\b.*",
        rf"{RANK_SCORE}\s.{{0,30}}\bago",
    ),
    "zh": (
        # floor numbers, maybe with the post's date and time glued on ("1楼2024-03-05 21:14")
        r"(?:#?\d+\s*楼|第\s*\d+\s*楼)(?:\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
        r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?)?|沙发|板凳|地板|楼主",
        r"(?:帖子|主题|精华|积分|金币|威望|注册时间|最后登录|在线时间|阅读权限|发帖|回帖|经验"
        r"|贡献|uid|帖子数|金钱)(?:\s*[:：].*|\s*[\d,.]+k?)?",  # "积分：120", "注册时间 2019-3-1"
        r"新手上路|注册会员|中级会员|高级会员|金牌会员|论坛元老|初级会员|版主|超级版主|管理员"
        r"|实习版主",  # ranks
        # a post's stamp: "发表于 2019-3-1 12:00", "编辑于 2023-03-01 15:45・IP 属地北京",
        # "IP 属地：广东", a forum's edit stamp ("本帖最后由 老张 于 2019-3-1 12:00 编辑")
        r"(?:发表于|回复于|发帖时间|发布于|编辑于|最后编辑于).*|ip\s?属地\s?[:：]?\s?\S{1,10}"
        r"|本帖最后由.*编辑",
        # a post's controls on a Discuz! board, and the votes of an answer ("赞同 104")
        r"只看该作者|只看他|电梯直达|使用道具(?:\s?举报)?|赞同\s?[\d.,]+万?(?:\s.*)?",
        # the client a post was sent from: "来自Android客户端", "来自手机贴吧"
        r"来自\s?\S{1,16}?(?:客户端|手机版|手机贴吧)",
        # the poster's reputation and the post's votes: "762 声望", "版主 3.1k 声望 / 站长",
        # "0 人点赞", "161 人赞同了该回答", a report button with its count ("2 举报")
        r"(?:\S{1,8}\s+)?[\d.,]+k?\s*声望(?:\s*/.*)?|[\d,]+\s*人(?:点赞|赞同了该回答|赞同)"
        r"|\d+\s*举报",
        # a relative time with the post's controls: "1周前 评论", "3天前 回复" (a bare time
        # or report button also follows each item of a news feed)
        r"\d+\s*(?:秒|分钟|小时|天|周|个?月|年)前\s*(?:评论|回复|举报)",
    ),
    "ja": (
        # the stamps of a question, an answer or a post: "回答日時：2024/1/5 12:00", "投稿日：
        # 2024/01/05(金) 12:00:00", a board's poster ID ("ID:a1B2c3D4"), the best answer
        r"(?:投稿日時?|回答日時|質問日時|返信日時|書き込み日時)\s?[:：]?\s?\d.*"
        r"|id\s?[:：]\s?[\w+/.]{4,12}|ベストアンサー(?:に選ばれた回答)?",
        # a post's counters and votes ("回答数：3", "閲覧数：1,204", "ナイス！", "参考になった 5"),
        # the count of the other answers ("その他の回答（2件）"), and the poster's handle with
        # its honorific, as Q&A boards show it ("sho********さん")
        r"(?:回答数|閲覧数|投稿数|返信数|コメント数|いいね|ナイス|参考になった|役に立った|共感した)"
        r"[!！]?\s?[:：]?\s?[\d,]*|その他の回答\s?[(（]\d+件[)）]|[\w*]{2,30}さん",
        # a reply's anchor to the posts it answers, alone on its line (">>2", ">>3-5"), on text
        # and image boards alike
        r">>\s?\d{1,10}(?:[-,]\d{1,10})*",
    ),
    "ko": (
        # a board post's header: its author, date and counters ("작성자 홍길동", "작성일
        # 24-01-05 12:00", "조회 123", "추천 0", "댓글 3")
        r"(?:작성자|글쓴이)(?:\s?[:：]\s?|\s)\S{1,20}|(?:작성일|등록일|작성시간)\s?[:：]?\s?\d.*"
        r"|(?:조회수?|추천수?|비추천|댓글|답글|공감)\s?[:：]?\s?[\d,]+",
    ),
    # The other languages' boards (phpBB, vBulletin, XenForo and the like as they are
    # translated): a floor number with the word for a post, the poster's counters and dates
    # ("Сообщений: 5 432", "Beiträge: 1.234", "Inscrit le : 5 mars 2020"), and ranks.
    "ru": (
        r"(?:сообщение|пост|ответ)\s*#\s?\d+",
        r"(?:сообщени[йяе]|публикаций|темы|репутация|рейтинг|симпатии|регистрация"
        r"|зарегистрирован|на форуме с|откуда)(?:\s*:.*|\s+[\d\s,.]+)?",
        r"новичок|(?:активный |почётный )?участник|пользователь|(?:супер|глобальный )?модератор"
        r"|администратор|автор темы|топикстартер|завсегдатай|старожил",
        # a Q&A board's (as the English row's)
        r"(?:лучший|остальные|другие|все) ответы?(?:\s*\(\d+\))?",
        r"нравится\s*\d*\s+ответить\b.*",
        rf"{RANK_SCORE}\s.{{0,40}}\bназад",
    ),
    "de": (
        r"beitrag\s*#\s?\d+",
        r"(?:beiträge|themen|reaktionspunkte|punkte|registriert|registriert seit|dabei seit"
        r"|mitglied seit|wohnort)(?:\s*:.*|\s+[\d,.]+)?",
        r"[\d.]+\s+beiträge|(?:neues |aktives |erfahrenes )?mitglied|moderator(?:in)?"
        r"|administrator(?:in)?|themenstarter(?:in)?|themenersteller(?:in)?",
        r"(?:beste|hilfreichste|weitere) antworten?(?:\s*\(\d+\))?",
        rf"{RANK_SCORE},?\s+vor\s.{{0,30}}",
    ),
    "fr": (
        r"message\s*#\s?\d+",
        r"(?:messages|sujets|réputation|inscrit le|inscription|date d'inscription|localisation"
        r"|membre depuis|réactions)(?:\s*:.*|\s+[\d\s,.]+)?",
        r"(?:nouveau |grand )?membre|modérat(?:eur|rice)|administrat(?:eur|rice)|auteur du sujet",
        r"meilleure réponse|(?:autres|toutes les) réponses(?:\s*\(\d+\))?",
        rf"{RANK_SCORE},?\s+il y a\s.{{0,30}}",
    ),
    "es": (
        r"(?:mensaje|respuesta)\s*#\s?\d+",
        r"(?:mensajes|temas|puntos de reacción|registrado|fecha de registro|ubicación"
        r"|miembro desde|reputación)(?:\s*:.*|\s+[\d,.]+)?",
        r"(?:nuevo )?miembro|moderador(?:a)?|administrador(?:a)?|autor del tema",
        r"(?:mejor|otras) respuestas?(?:\s*\(\d+\))?",
        rf"{RANK_SCORE},?\s+hace\s.{{0,30}}",
    ),
    "pt": (
        r"(?:mensagens|tópicos|pontos de reação|registrado em|membro desde|localização"
        r"|reputação)(?:\s*:.*|\s+[\d,.]+)?",
        r"(?:novo )?membro|moderador(?:a)?|administrador(?:a)?|autor do tópico",
        r"(?:melhor|outras) respostas?(?:\s*\(\d+\))?",
        rf"{RANK_SCORE},?\s+há\s.{{0,30}}",
    ),
    "it": (
        r"(?:messaggi|discussioni|punteggio reazioni|iscritto il|iscritto dal|registrato"
        r"|località|reputazione)(?:\s*:.*|\s+[\d,.]+)?",
        r"(?:nuovo )?utente|membro|moderatore|amministratore|autore della discussione",
    ),
}
#: The headers of a post on a text board, as data: the post's number, the poster's name and
#: the stamp on one line, a whole post's chrome. They are longer than the marks above, and one
#: kind of them repeated over the posts is enough to tell a thread (it holds a floor number and
#: a date stamp, two kinds of marks).
POST_HEADERS: dict[str, tuple[str, ...]] = {
    "ja": (
        # "12 名前：名無しさん 2024/03/05(火) 12:34:56.78 ID:AbCd1234"
        r"\d{1,4}\s?[:：]?\s?名前\s?[:：].{0,60}?(?:19|20)?\d\d/\d{1,2}/\d{1,2}.*",
        # as the blogs that quote such boards give it: "12: 名無しさん 2024/03/05(火) 12:34:56.78"
        r"\d{1,4}\s?[:：]\s?.{0,40}?(?:19|20)\d\d/\d{1,2}/\d{1,2}\s?[(（].[)）].*",
    ),
    "en": (
        # an image board's: "Anonymous 03/05/24(Tue)12:34:56 No.123456789"
        r".{0,40}?\d\d/\d\d/\d\d\s?\(\w{2,3}\)\s?\d\d:\d\d(?::\d\d)?\s+no\.\s?\d{3,}",
    ),
}
# (Matched against the case-folded line: no IGNORECASE, which doubles the cost of a match.)
_HEADER = re.compile("(?:" + "|".join(p for group in POST_HEADERS.values() for p in group)
                     + r")\s*")
_MARK = re.compile("(?:" + "|".join(p for group in (*POST_MARKS.values(),
                                                    *POST_HEADERS.values()) for p in group)
                   + r")\s*")
#: The separators of the fields of one line of post chrome.
_FIELD_SEPARATORS = frozenset("·|•・")
_FIELDS = re.compile(r"[·|•・]")


def is_mark(lower: str) -> bool:
    """Whether a (case-folded) line is a post mark as a whole, or holds one as a field among
    others ("#3 · May 2, 2024", "103 posts · Joined 2019")."""
    if _MARK.fullmatch(lower):
        return True
    if _FIELD_SEPARATORS.isdisjoint(lower):
        return False
    return any(_MARK.fullmatch(field.strip()) for field in _FIELDS.split(lower))


def is_post_header(lower: str) -> bool:
    """Whether a (case-folded) line is a post's whole header on a text board
    (:data:`POST_HEADERS`)."""
    return _HEADER.fullmatch(lower) is not None
