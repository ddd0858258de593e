"""Lines of emoji only between a blog's sentences count as blank lines
(structure.emoji_lines)."""

from __future__ import annotations

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
