"""Lines of emoji only between a blog's sentences count as blank lines
(structure.emoji_lines)."""

from __future__ import annotations

import pytest

import scrubber

BLOG = [
    "今日は朝から雨でしたが、午後には晴れてきました。",
    "近所の公園まで散歩に行ってきました。",
    "🌸✨",
    "桜がもう咲き始めていて、とてもきれいでした。",
    "帰りにパン屋さんに寄って、新作のパンを買いました。",
    "😋",
    "明日も晴れるといいなと思っています。",
]


def test_emoji_line_neither_ends_nor_joins_the_article() -> None:
    doc = scrubber.scrub("\n".join(["ホーム", "ログイン", *BLOG, "© 2024 Example Blog"]))
    by_text = {v.text: v for v in doc.lines}
    assert by_text["🌸✨"].reason == "emoji_line" and not by_text["🌸✨"].keep
    assert all(by_text[t].keep for t in BLOG if t not in ("🌸✨", "😋"))


def test_a_line_of_other_symbols_stays_no_letters() -> None:
    doc = scrubber.scrub("\n".join([*BLOG[:2], "☼ ☼ ☼", *BLOG[3:5], "- - -"]))
    by_text = {v.text: v for v in doc.lines}
    assert by_text["☼ ☼ ☼"].reason == "no_letters"
    assert by_text["- - -"].reason == "no_letters"


# A photo post written in a block editor: short sentences between the photos, each photo's
# place an empty paragraph holding a zero-width space.
PHOTO_POST = [
    "Home", "Stories", "Reviews", "Contact",
    "A Day at the Autumn Festival in the Park",
    "The refreshing autumn sky!",
    "\u200b",
    "This is the park where the air is filled with the scent of fall.",
    "\u200b",
    "The reason we came here today!",
    "It was the opening ceremony of the festival, which runs for two weeks.",
    "\u200b",
    "Crowds of people came to see the opening ceremony!",
    "\u200b",
    "We hope to see you there next year too.",
    "© 2024 Example Theatre",
]


def test_an_invisible_line_between_sentences_is_blank() -> None:
    doc = scrubber.scrub("\n".join(PHOTO_POST))
    body = [v for v in doc.lines[7:-1] if v.text != "\u200b"]
    assert body and all(v.keep for v in body)
    assert all(v.reason == "blank_line" and not v.keep for v in doc.lines if v.text == "\u200b")


def test_an_invisible_line_under_a_name_is_an_avatar_not_a_blank() -> None:
    card = ["dana_k", "\u200b", "Geologist, ten years in the field"]
    doc = scrubber.scrub("\n".join(["Why are some earthquakes felt so far away?", *card,
                                    *PHOTO_POST[7:8]]))
    assert doc.lines[2].reason != "blank_line"


# A post in two parts, a section break between them ("* * *", "---", a Markdown fence).
TWO_PARTS = [
    "Home", "News", "About",
    "Rust 1.80 adds lazy statics to the standard library",
    "The Rust team has released version 1.80, which stabilises LazyCell and LazyLock, two "
    "types that replace the popular lazy_static and once_cell crates for most uses.",
    "Both types run their initialiser on first access; LazyLock is thread-safe and can be "
    "used in a static, while LazyCell is meant for single-threaded code.",
    None,  # the break
    "The release also adds exclusive ranges in patterns, such as 0..5, which had long been "
    "requested by users.",
    "Cargo gains a new resolver option that respects the minimum supported Rust version of "
    "each dependency.",
    "Copyright © 2024 Example Blog",
]


@pytest.mark.parametrize("mark", ["* * *", "---", "```", "⁂", "● ● ●"])
def test_a_section_break_does_not_end_the_article(mark: str) -> None:
    lines = [mark if line is None else line for line in TWO_PARTS]
    doc = scrubber.scrub("\n".join(lines))
    by_text = {v.text: v for v in doc.lines}
    assert by_text[mark].reason == "no_letters" and not by_text[mark].keep
    assert all(by_text[t].keep for t in TWO_PARTS[4:9] if t is not None)


def test_a_long_rule_still_parts_a_post_from_what_follows() -> None:
    """A rule of many marks sets a signature or the replies apart: it ends the article as
    before, where a section break of a few marks does not."""
    rule = "-" * 30
    lines = [rule if line is None else line for line in TWO_PARTS]
    doc = scrubber.scrub("\n".join(lines))
    by_text = {v.text: v for v in doc.lines}
    assert not any(by_text[t].keep for t in TWO_PARTS[7:9])
