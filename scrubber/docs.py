"""Documentation pages (and any page with code or anchored sections in its text) after the
context pass.

- **Lines without words.** A kept line with no letter or digit at all (a code block's
  closing ``}`` or ``});``, a lone ``]``, a row of dashes) says nothing a reader or an index
  can use: it is removed (``no_letters``, the reason the line-by-line pass gives such lines
  outside code). The code's lines of words around it stay.
- **Anchored sections.** Documentation and long guides end each section heading with the
  mark of its permalink ("Installation¶", "Social Auth#"). When the article holds such a
  heading, a later heading with the same mark that the context pass left out (behind a box
  inserted between two sections, or after the last paragraph it took) opens a section of the
  article: the heading and the lines of text under it that no rule names, up to the next such
  line, are the article's (``anchored_section``); so is such a heading right above the
  article's first line (its first section's). ``ANCHOR_MIN_HEADINGS`` headings with one
  mark make the article of their sections on a page whose article holds none of them (a
  note of short lines and commands the context pass did not take). A section ends at a line
  a rule names (or a header), since only lines left out by where they stand are taken;
  unless the lines a rule named are short (``SECTION_ENTRY_UNITS``) and the section goes on
  past them to the next heading of its mark: then they are entries of its list ("Google",
  "LinkedIn", "Twitter" among the sign-in providers a guide lists), and kept with it. A
  link of the ``DOC_CHROME`` table ("Edit this page on GitHub") ends a section too.
- **Code in a snippet.** A line a keyword rule removed between two kept lines is a line of
  the snippet when it reads as code (``>>> print(issue['comments'])``: "comments" is no
  comment box), or as a file's path alone on the line (``/etc/app/mail.conf``: no e-mail
  link), or as a configuration line between two lines of code or configuration
  (``image: nginx`` under ``- name: web``: no picture credit; a configuration key is lower
  case, unlike a record's field label, "Author: Dana Kim") (``code_line``).
- **Definition lists.** At least ``DEFINITION_MIN_RUN`` lines in a row shaped "Term - what
  the term is" (a term of at most ``DEFINITION_MAX_TERM_WORDS`` words, a spaced dash, then a
  description of more words than the term and at least ``DEFINITION_MIN_WORDS``), left out
  by where they stand right after a line of the article, are the article's list of what it
  covers (``definition_list``): a related box's "Headline - Site Name" has the longer part
  before its dash. So are as many terms each on its own line over its description (a
  glossary's ``<dl>``, one block each: a term of at most ``TERM_MAX_WORDS`` words, then a
  sentence); a related box's headline over its teaser is longer.
- **Indents of code.** A kept line of code keeps its indent in the output (the other lines
  lose the white space around them): :func:`code_indentation`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .classify import Classified, Kind
from .document import LineVerdict
from .features import LineFeatures
from .regions import Decision
from .structure import code_like

NO_LETTERS: Decision = ("noise", "no_letters")
CODE_LINE: Decision = ("content", "code_line")
#: A line of a configuration file: a key, a colon and its value ("image: nginx:1.14.2").
#: (Matched against the line without its indent: no leading "\s*", which a search would try
#: from every position of a long run of spaces.)
_KEY_VALUE = re.compile(r"(?:- )?[\w.\-]{1,40}: \S")
#: A configuration file's key, lower case as such keys are written (a record's field label is
#: capitalised: "Author: Dana Kim"), with its value or opening a block ("ports:").
_CONFIG_KEY = re.compile(r"(?:- )?[a-z][\w.\-]{0,39}:(?: \S|$)")
#: A file's path alone on a line ("/etc/app/app.conf", "~/.config/app/settings.toml"): the
#: name over a snippet.
_PATH = re.compile(r"[~.]?/[\w.@%+\-]{1,80}(?:/[\w.@%+\-]{1,80}){1,20}")
ANCHORED: Decision = ("content", "anchored_section")
#: The marks of a heading's permalink, last on the line.
ANCHOR_MARKS = "#¶"
#: An anchored heading has at most this many units (a sentence ending in "#" is none)...
ANCHOR_MAX_UNITS = 14
#: ... and at least this many letters and digits ("C#", "F#" are languages' names).
ANCHOR_MIN_ALNUM = 2
#: A heading with its "#" apart ("Direct Purchase Options #") has at least this many words.
ANCHOR_MIN_WORDS = 2
#: At least this many headings with one mark make the article of their sections, where
#: the article holds none of them.
ANCHOR_MIN_HEADINGS = 2
#: A line a rule named inside a section, between two of its headings, is an entry of the
#: section's list when it has at most this many units (a name: "LinkedIn", "Google").
SECTION_ENTRY_UNITS = 3
#: The links a documentation page puts under its last section, as data (lower case, per
#: language): they end the section ("Edit this page on GitHub").
DOC_CHROME: dict[str, tuple[str, ...]] = {
    "en": ("edit this page", "edit this page on github", "edit on github", "edit page",
           "improve this page", "suggest an edit", "suggest edits", "view page source",
           "view source", "report an issue"),
}
_DOC_CHROME = re.compile("|".join(re.escape(p) for phrases in DOC_CHROME.values()
                                  for p in phrases))
#: The reasons of the lines the context pass leaves out by where they stand.
_CONTEXT_REASONS = frozenset({"before_article", "after_article"})
#: The kinds of line that may be a section's text (not a line a rule names).
_TEXT_KINDS = (Kind.GOOD, Kind.NEAR, Kind.SHORT)


DEFINITION: Decision = ("content", "definition_list")
#: A definition list has at least this many items in a row ...
DEFINITION_MIN_RUN = 3
#: ... each a term of at most this many words ...
DEFINITION_MAX_TERM_WORDS = 6
#: ... and a description of at least this many words (and more than the term's).
DEFINITION_MIN_WORDS = 3
#: A term, a spaced dash (hyphen, en or em dash) and a description: "Generics - Types which
#: take parameters". (The term is bounded: no backtracking over a long line.)
_DEFINITION = re.compile(r"(\S[^\n]{0,80}?) [-\u2013\u2014] (\S.*)")


def _definition(f: LineFeatures) -> bool:
    """Whether a line reads as an item of a definition list."""
    m = _DEFINITION.match(f.text.strip())
    if m is None:
        return False
    term, description = len(m.group(1).split()), len(m.group(2).split())
    return term <= DEFINITION_MAX_TERM_WORDS and description >= DEFINITION_MIN_WORDS and \
        description > term


#: A term on its own line over its description (a glossary's <dl>, one block each) has at
#: most this many words, and no sentence punctuation at its end ("Halyard" over "A rope used
#: to hoist a sail."). A teaser's headline over its summary, the card of a related box, is
#: longer.
TERM_MAX_WORDS = 3


def _term_over_description(term: LineFeatures, description: LineFeatures) -> bool:
    """Whether two lines read as a term and, under it, its description: a sentence of at
    least DEFINITION_MIN_WORDS words, more than the term's."""
    words = len(term.text.split())
    return words <= TERM_MAX_WORDS and not term.ends_sentence and term.text[-1:] not in ":：" \
        and description.ends_sentence and \
        len(description.text.split()) >= max(DEFINITION_MIN_WORDS, words + 1)


def _definition_run(decisions: Sequence[Decision], feats: Sequence[LineFeatures],
                    text: Sequence[int], n: int) -> int:
    """How many lines from ``text[n]`` on, all left out by where they stand, form a definition
    list: a run of DEFINITION_MIN_RUN items at least, each on one line ("Term - what it is")
    or a term's line over its description's (0 when none starts there)."""
    def left_out(k: int) -> bool:
        return k < len(text) and decisions[text[k]][1] in _CONTEXT_REASONS

    end = n
    while left_out(end) and _definition(feats[text[end]]):
        end += 1
    if end - n >= DEFINITION_MIN_RUN:
        return end - n
    end = n
    while left_out(end) and left_out(end + 1) and \
            _term_over_description(feats[text[end]], feats[text[end + 1]]):
        end += 2
    return end - n if end - n >= 2 * DEFINITION_MIN_RUN else 0


def definition_lists(decisions: list[Decision], feats: Sequence[LineFeatures]) -> None:
    """Keep the runs of definition lines left out right after a line of the article (in
    place)."""
    text = [i for i, f in enumerate(feats) if f.text]
    n = 1
    while n < len(text):
        if decisions[text[n - 1]][0] != "content" or decisions[text[n]][1] not in \
                _CONTEXT_REASONS:
            n += 1
            continue
        run = _definition_run(decisions, feats, text, n)
        for k in range(n, n + run):
            decisions[text[k]] = DEFINITION
        n += max(run, 1)


def wordless_lines(decisions: list[Decision], feats: Sequence[LineFeatures]) -> None:
    """Remove the kept lines that hold no letter or digit (in place): a separator, a bullet,
    an arrow. A line of code's brackets alone ("}", "});", "]") stays: it closes the code
    above it, and code without it is broken."""
    for i, (decision, f) in enumerate(zip(decisions, feats, strict=True)):
        if decision[0] == "content" and f.text and not f.alnum and \
                not _CODE_PUNCTUATION.match(f.text):
            decisions[i] = NO_LETTERS


#: A line of code's closing or opening brackets and separators alone.
_CODE_PUNCTUATION = re.compile(r"^\s*[{}()\[\];,]+\s*$")


def anchor_mark(f: LineFeatures) -> str:
    """The permalink mark that ends a line that is a section heading, or ""."""
    text = f.text.rstrip()
    if (not text or text[-1] not in ANCHOR_MARKS or f.units > ANCHOR_MAX_UNITS
            or f.alnum < ANCHOR_MIN_ALNUM or f.ends_sentence):
        return ""
    head = text[:-1]
    if not (head.rstrip()[-1:].isalnum() or head[-1:] in ":)?"):
        return ""
    # A label and its number sign ("Model #", "Order #") is a form's field, no heading.
    if text[-1] == "#" and head[-1:].isspace() and len(head.split()) < ANCHOR_MIN_WORDS:
        return ""
    return text[-1]


def anchored_sections(decisions: list[Decision], classified: Sequence[Classified],
                      feats: Sequence[LineFeatures]) -> None:
    """Take back the article's anchored sections the context pass left out (in place)."""
    marks = [anchor_mark(f) if f.text else "" for f in feats]
    counts = Counter(m for m, text in {(m, f.text) for m, f in zip(marks, feats, strict=True)}
                      if m)
    kept = {m for m, n in counts.items() if n >= ANCHOR_MIN_HEADINGS}
    kept.update(marks[i] for i, d in enumerate(decisions) if marks[i] and d[0] == "content")
    if not kept:
        return
    start = next((i for i, d in enumerate(decisions) if d[0] == "content"), 0)
    for h in range(len(feats)):
        if marks[h] not in kept or decisions[h][0] == "content":
            continue
        if h < start:  # above the article: only the heading of its first section
            if _next_text(h, feats) == start:
                decisions[h] = ANCHORED
            continue
        decisions[h] = ANCHORED
        _take_section(h, marks, decisions, classified, feats)


def _take_section(h: int, marks: Sequence[str], decisions: list[Decision],
                  classified: Sequence[Classified], feats: Sequence[LineFeatures]) -> None:
    """Take the lines of the section under heading ``h`` (in place): its lines of text that
    no rule names, up to the next heading or a line a rule names; past short lines a rule
    named when the section goes on to the next heading of the same mark: they are entries
    of the section's own list ("Facebook", "LinkedIn" among the providers a guide lists)."""
    taken: list[int] = []
    pending: list[int] = []  # past a short named line: taken if the next heading comes
    for i in range(h + 1, len(feats)):
        if not feats[i].text:
            continue
        if marks[i]:
            if marks[i] == marks[h]:
                taken += pending
            break
        kind = classified[i].kind
        if _DOC_CHROME.fullmatch(feats[i].lower.strip()) is not None:
            break
        if kind in _TEXT_KINDS and (decisions[i][0] == "content" or _left_out(decisions[i])):
            if decisions[i][0] != "content":
                (pending if pending else taken).append(i)
        elif kind is Kind.BAD and feats[i].units <= SECTION_ENTRY_UNITS:
            pending.append(i)
        else:
            break
    for i in taken:
        decisions[i] = ANCHORED


def _next_text(i: int, feats: Sequence[LineFeatures]) -> int:
    """The index of the first line of text after line ``i`` (or the number of lines)."""
    j = i + 1
    while j < len(feats) and not feats[j].text:
        j += 1
    return j


def code_lines(decisions: list[Decision], classified: Sequence[Classified],
               feats: Sequence[LineFeatures]) -> None:
    """Keep a line of code that a keyword rule removed from inside a kept snippet (in place):
    a code-like line (``>>> print(issue['comments'])``), or a configuration line between two
    code-like lines, whose neighbours (lines of text) are both kept."""
    text = [i for i, f in enumerate(feats) if f.text]
    for a, i, b in zip(text, text[1:], text[2:], strict=False):
        if (decisions[i][0] == "content" or classified[i].kind is not Kind.BAD
                or decisions[a][0] != "content" or decisions[b][0] != "content"):
            continue
        line = feats[i].text.strip()
        if code_like(feats[i]) or _PATH.fullmatch(line) is not None or (
                _KEY_VALUE.match(line) is not None and _config_like(feats[a])
                and _config_like(feats[b])):
            decisions[i] = CODE_LINE


def _config_like(f: LineFeatures) -> bool:
    """Whether a line reads as code or as a line of a configuration file: a lower-case key
    and its value ("image: nginx:1.14.2"), or a key that opens a block ("ports:")."""
    line = f.text.strip()
    return code_like(f) or _CONFIG_KEY.match(line) is not None


def _left_out(decision: Decision) -> bool:
    """Whether a line was left out by where it stands (before or after the article, in a
    region), not by a rule that names it (a disclaimer, a byline)."""
    reason = decision[1]
    return reason in _CONTEXT_REASONS or "_region" in reason


def code_indentation(verdicts: tuple[LineVerdict, ...], feats: Sequence[LineFeatures]
                     ) -> tuple[LineVerdict, ...]:
    """``verdicts`` with the indent of kept code kept (a kept line loses the white space around
    it, and a snippet of Python its meaning with its indents): a kept line that the input
    indents with spaces or tabs, and that reads as code or stands next to a kept line that
    does, keeps its indent (its trailing white space still goes). Returns ``verdicts`` itself
    when no line is such (most pages: a check of one character per kept line)."""
    indented = [i for i, v in enumerate(verdicts)
                if v.keep and v.text[:1] in (" ", "\t") and v.kept_text == feats[i].text
                and feats[i].text]
    if not indented:
        return verdicts
    kept = [i for i, v in enumerate(verdicts) if v.keep and v.kept_text]
    where = {i: k for k, i in enumerate(kept)}
    out = list(verdicts)
    for i in indented:
        k = where[i]
        near = [kept[j] for j in (k - 1, k, k + 1) if 0 <= j < len(kept)]
        if any(code_like(feats[j]) for j in near):
            out[i] = replace(verdicts[i], kept_text=verdicts[i].text.rstrip())
    return tuple(out)
