"""Names that stand outside a byline: a forum poster's, over the line of their stats ("Member",
"2.8k posts"), and an author box's, over the person's bio ("Jane Doe" / "Jane covers science
for …"). What a name looks like is :mod:`scrubber.names`; where these are looked for on the
page, :mod:`scrubber.page_authors`."""

from __future__ import annotations

import regex

from .names import HANDLE, LATIN_NAME, NOT_AUTHOR

#: Lines that describe a forum poster under the poster's name: rank, post count, sign-up date,
#: badges ("Member", "2.8k posts", "Registered: 2024-01-27", "1,992 gold badges", "wrote on").
POSTER_STATS = regex.compile(
    r"^(?:(?:new|junior|senior|full|active|registered|elite|veteran|well-known|established)\s+)?"
    r"members?$|^(?:moderator|administrator|super moderator|global moderator)$"
    r"|^(?:posts|messages|reputation|karma|joined|registered|join date|帖子|积分|積分|注册时间"
    r"|註冊時間|主题|精华)\s*[：:]"
    r"|^[\d.,]+\s*k?\s+(?:posts|messages|reputation|points)\b"
    r"|\d\s*(?:gold|silver|bronze)\s+badges?\b|^wrote\b",
    regex.IGNORECASE)


#: A poster's name: a user handle or a personal name alone on its line.
_POSTER = regex.compile(rf"^(?:{HANDLE}|{LATIN_NAME})$")


def poster_name(text: str) -> str | None:
    """``text`` when it may be a forum poster's name (a handle or a personal name alone)."""
    text = text.strip()
    if len(text) > 40 or _POSTER.match(text) is None or text.casefold() in NOT_AUTHOR:
        return None
    return text


def poster_stats(text: str) -> bool:
    """The line describes a poster (rank, posts, sign-up date, badges)."""
    return POSTER_STATS.search(text.strip()) is not None


def poster_rank(text: str) -> bool:
    """The line is only a rank ("Member", "Moderator"): a poster's stats only when another
    stats line follows (a menu has "Members" too)."""
    return _RANK.match(text.strip()) is not None


_RANK = regex.compile(
    r"^(?:(?:new|junior|senior|full|active|registered|elite|veteran|well-known|established)\s+)?"
    r"members?$|^(?:moderator|administrator|super moderator|global moderator)$",
    regex.IGNORECASE)


def names_a_bio(name: str, following: str) -> bool:
    """The line after a bare name line is that person's bio (an author box): it asks or
    points at them ("Who is Jane Doe?", "More articles from Jane Doe"), or it opens with the
    name ("Jane Doe is a …", "Jane was …") or in the first person ("I'm the founder …") and
    speaks of a person (:data:`BIO_WORDS`: "she", "writer", "founder" …). A heading over its
    definition ("Static Pods are managed …") is no bio."""
    lower = following.casefold()
    folded = name.casefold()
    if any(lower.startswith(p + folded) for p in _BIO_POINTERS):
        return True
    first = name.split()[0]
    opens = following.startswith(name + " ") and following[len(name) + 1:len(name) + 2].islower()
    if not opens and following.startswith(first + " "):
        verb = following[len(first) + 1:].split(" ", 1)[0]
        opens = verb in _BIO_VERBS
    if not opens and not lower.startswith(("i'm ", "i’m ", "i am ")):
        return False
    return not BIO_WORDS.isdisjoint(_WORDS.findall(lower))


def may_open_bio(line: str, following: str, following_lower: str) -> bool:
    """Cheap test before :func:`names_a_bio`: the next line opens with the line's first word,
    a pointer or the first person."""
    return following.startswith(line.split(maxsplit=1)[0] + " ") or \
        following_lower.startswith(BIO_STARTS)


#: Words of a person's bio: pronouns and what people are ("… she covers", "a writer").
BIO_WORDS = frozenset((
    "he", "she", "his", "her", "him", "writer", "author", "editor", "journalist", "reporter",
    "founder", "co-founder", "ceo", "professional", "expert", "specialist", "consultant",
    "marketer", "researcher", "professor", "strategist", "analyst", "blogger", "photographer",
    "contributor", "columnist", "correspondent", "coach", "dietitian", "nutritionist",
    "physician", "therapist", "attorney", "lawyer", "scientist", "entrepreneur",
))


#: Verbs after a first name that open a bio ("Jane was the …", "Jane covers …").
_BIO_VERBS = frozenset(("is", "was", "has", "writes", "covers", "leads", "lives", "joined",
                        "holds", "works", "brings", "specializes", "specialises", "explores",
                        "studies", "teaches", "helps", "focuses", "researches", "reports",
                        "serves", "founded", "earned", "received", "graduated"))


#: A first and a last name that open a line, something after them ("Jane Doe UK-based
#: Writer").
_LEADING_NAME = regex.compile(
    r"^(?P<name>\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)\s+\S")


#: Small words a job title after a name may hold ("Head of Research at Acme").
_JOB_JOINERS = frozenset(("of", "and", "at", "for", "in", "the", "&", "-", "–", "—", "|"))


def leading_name(line: str, following: str) -> str | None:
    """The first and last name that open an author box's name line when their job follows on
    the same line ("Jane Doe UK-based Science Writer"), the next line being the bio that
    opens with the first name ("Jane explores …"): see :func:`names_a_bio`."""
    line = line.strip()
    m = _LEADING_NAME.match(line)
    if m is None or not following.startswith(line.split(maxsplit=1)[0] + " "):
        return None
    name = str(m.group("name"))
    # What follows the name is a job or a place in capitalised words ("Senior Editor at
    # Acme", "(New York)"), not a sentence ("… will change your life!").
    rest = line[m.end("name"):].split()
    if any(w.casefold() in NOT_AUTHOR for w in name.split()) or any(
            w[0].islower() and w not in _JOB_JOINERS for w in rest) or \
            rest[-1][-1] in "!?.:":
        return None
    return name


_WORDS = regex.compile(r"[\p{L}-]+")


#: Words in front of a name that point at its author box ("More articles from Jane Doe").
_BIO_POINTERS = ("who is ", "about ", "more articles from ", "more articles by ",
                 "more posts from ", "more posts by ", "more from ", "more by ",
                 "articles by ", "posts by ", "read more from ", "view all posts by ")


#: How the line after a name opens when it points at them or speaks in the first person.
BIO_STARTS = (*_BIO_POINTERS, "i'm ", "i’m ", "i am ")
