"""Documentation pages (and any page with code in its text) after the context pass.

- **Lines without words.** A kept line with no letter or digit at all (a code block's
  closing ``}`` or ``});``, a lone ``]``, a row of dashes) says nothing a reader or an index
  can use: it is removed (``no_letters``, the reason the line-by-line pass gives such lines
  outside code). The code's lines of words around it stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from .features import LineFeatures
from .regions import Decision

NO_LETTERS: Decision = ("noise", "no_letters")


def wordless_lines(decisions: list[Decision], feats: Sequence[LineFeatures]) -> None:
    """Remove the kept lines that hold no letter or digit (in place)."""
    for i, (decision, f) in enumerate(zip(decisions, feats, strict=True)):
        if decision[0] == "content" and f.text and not f.alnum:
            decisions[i] = NO_LETTERS
