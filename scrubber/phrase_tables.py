"""The phrase tables of ``scrubber/data``: tab-separated rows, one per language (and concept or
kind), whose last field lists phrases separated by ``|``; ``#`` starts a comment line. The
rows' other fields are documentation or a key the caller reads."""

from __future__ import annotations

from importlib import resources


def phrase_rows(name: str, fields: int) -> list[tuple[list[str], list[str]]]:
    """The rows of ``data/<name>``: each row's first ``fields - 1`` fields and its phrases,
    case-folded. A row with another number of fields, or without phrases, raises ValueError
    naming the file and line."""
    text = resources.files("scrubber").joinpath(f"data/{name}").read_text("utf-8")
    rows = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) != fields or not parts[-1]:
            raise ValueError(f"data/{name}:{number}: expected {fields} tab-separated fields, "
                             f"the last the phrases")
        rows.append((parts[:-1], [p.casefold() for p in parts[-1].split("|") if p]))
    return rows
