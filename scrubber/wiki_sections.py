"""A wiki's sections at the edges of the article block.

A wiki page marks each section's heading with its controls: "[编辑]", "编辑" / "播报" or
"[edit]" on the line under the heading, or glued to its end ("生平[编辑]"; rule
``wiki_control``). The article block may begin under the heading of its first section, which
the context pass leaves out as a short line before it, and end before a last section too short
to add to its score (a heading over one short paragraph). The controls tell both:

- the heading right above the block's first kept line, only controls and blank lines
  between, is the section's heading (``wiki_heading``);
- right under the block's last kept line, a heading with its controls and the lines under
  them that end a sentence are one more section (``wiki_section``); so is the section after
  it, and so on, up to a line that is neither, or a heading of the wiki's end matter
  (:data:`END_SECTIONS`: references, notes, external links), whose lines stay out.

A heading has at most ``HEADING_MAX_UNITS`` units and ends no sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import LineFeatures

WIKI_HEADING = ("content", "wiki_heading")
WIKI_SECTION = ("content", "wiki_section")
#: A section's heading has at most this many units (words; CJK characters one each).
HEADING_MAX_UNITS = 20
#: The controls glued to a heading's end: "[编辑]", "[edit]", "[編輯]", "[edit source]" (matched
#: on the stripped line's last GLUED_TAIL characters: no search along a long line).
_GLUED = re.compile(r"\[(?:编辑|編輯|編修|編集|편집|edit|edit source)\]$", re.IGNORECASE)
GLUED_TAIL = 16
#: The headings of a wiki's end matter, per language: no section of the article (their lines
#: are citations and links). Matched at the start of the heading, case-folded.
END_SECTIONS: dict[str, tuple[str, ...]] = {
    "zh": ("参考资料", "参考文献", "参考来源", "注释", "脚注", "外部链接", "参见", "相关条目",
           "延伸阅读", "參考資料", "參考文獻", "參考來源", "註釋", "腳註", "外部連結", "參見",
           "相關條目", "延伸閱讀", "词条标签", "詞條標籤"),
    "en": ("references", "notes", "footnotes", "see also", "external links", "further reading",
           "bibliography", "sources", "citations"),
    "ja": ("脚注", "出典", "参考文献", "関連項目", "外部リンク"),
    "ko": ("각주", "참고 문헌", "참고문헌", "같이 보기", "외부 링크"),
}
_END = tuple(p for ps in END_SECTIONS.values() for p in ps)


_WIKI_CONTROL = ("nav", "wiki_control")


def _glued(text: str) -> bool:
    """Whether the line ends with a wiki's controls glued to it ("生平[编辑]")."""
    tail = text.rstrip()[-GLUED_TAIL:]
    return tail.endswith("]") and _GLUED.search(tail) is not None


def _control(decisions: Sequence[tuple[str, str]], i: int) -> bool:
    return decisions[i][1] == "wiki_control"


def _heading(f: LineFeatures) -> bool:
    return bool(f.alnum) and f.units <= HEADING_MAX_UNITS and not f.ends_sentence


def _controls_under(decisions: Sequence[tuple[str, str]], feats: Sequence[LineFeatures],
                    i: int) -> int | None:
    """When line ``i`` is a section's heading (controls glued to its end, or on the lines
    under it), the index of the first non-blank line past its controls (``len(feats)`` at the
    page's end); else None."""
    if not _heading(feats[i]) or _control(decisions, i):
        return None
    j = i + 1
    controls = 0
    while j < len(feats) and (not feats[j].text or _control(decisions, j)):
        controls += bool(feats[j].text)
        j += 1
    return j if controls or _glued(feats[i].text) else None


def wiki_sections(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures]) -> None:
    """Keep the heading over the article block's first line and the short sections under its
    last line that a wiki's controls mark (in place; see above)."""
    # (Most pages hold neither: looked for at C speed, the decisions as tuples, the lines'
    # last characters.)
    if (_WIKI_CONTROL not in decisions and "]" not in [f.text[-1:] for f in feats]) or not any(
            _control(decisions, i) or _glued(f.text) for i, f in enumerate(feats)):
        return
    kept = [i for i, (label, _) in enumerate(decisions) if label == "content"]
    if not kept:
        return
    above = next((i for i in range(kept[0] - 1, -1, -1)
                  if feats[i].text and not _control(decisions, i)), None)
    if above is not None and decisions[above][0] == "noise" and \
            _controls_under(decisions, feats, above) == kept[0]:
        decisions[above] = WIKI_HEADING
    _trailing_sections(decisions, feats, kept[-1] + 1)


def _trailing_sections(decisions: list[tuple[str, str]], feats: Sequence[LineFeatures],
                       start: int) -> None:
    """Keep the sections from ``start`` on: each a heading with its controls over lines that
    end a sentence, up to the first line that is neither or an end-matter heading."""
    i = next((k for k in range(start, len(feats)) if feats[k].text), len(feats))
    while i < len(feats):
        body = _controls_under(decisions, feats, i)
        if body is None or decisions[i][0] != "noise" or \
                feats[i].lower.lstrip().startswith(_END):
            return
        lines = []
        j = body
        while j < len(feats) and (not feats[j].text or (
                feats[j].ends_sentence and decisions[j][0] == "noise")):
            if feats[j].text:
                lines.append(j)
            j += 1
        if not lines:
            return
        for k in (i, *lines):
            decisions[k] = WIKI_SECTION
        i = j
