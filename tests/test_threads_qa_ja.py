"""A Japanese Q&A page: each answer under its poster's handle with its honorific
("kaz********さん", one shape whoever posts: ``chrome_shapes.chrome_key``) and its date, with its
votes ("ナイス！", a count) and the page's counters ("回答数：3"); and the tables' guard that no
mark matches an empty line. Synthetic page written for these tests."""

from __future__ import annotations

import re

from scrubber import scrub
from scrubber.post_marks import POST_HEADERS, POST_MARKS, is_mark

QUESTION = "パソコンが急に重くなりました。原因と対処法を教えてください。"
ANSWERS = [["タスクマネージャーを開いて、CPUやメモリを大量に使っているアプリがないか"
            "確認してください。",
            "更新プログラムのダウンロード中は一時的に重くなることもあります。"],
           ["スタートアップに登録されているアプリを減らすと、起動が速くなりますよ。"],
           ["ディスクの空き容量が少ないと遅くなります。不要なファイルを削除してみてください。"]]


def _page() -> str:
    lines = [f"{QUESTION} - 知恵袋サンプル", "知恵袋トップ", "質問する", "カテゴリ", "パソコン",
             "解決済み", QUESTION,
             "Windows11を使っています。昨日から起動に時間がかかり、ブラウザもなかなか開きません。",
             "sho********さん", "2024/2/10 9:15", "回答数：3", "閲覧数：1,204", "ベストアンサー"]
    for n, (handle, body) in enumerate(zip(("kaz", "tom", "yuk"), ANSWERS, strict=True)):
        lines += [f"{handle}********さん", f"2024/2/10 {9 + n}:40", *body, "ナイス！", str(2 - n)]
        if n == 0:
            lines.append("その他の回答（2件）")
    lines += ["あわせて知りたい", "パソコンのメモリを増やす方法", "知恵袋トップ", "利用規約"]
    return "\n".join(lines)


def test_every_answer_is_kept_and_its_chrome_removed() -> None:
    doc = scrub(_page())
    verdicts = {v.text: (v.keep, v.reason) for v in doc.lines}
    for line in (b for body in ANSWERS for b in body):
        assert verdicts[line][0], (line, verdicts[line])
    for chrome in ("kaz********さん", "tom********さん", "2024/2/10 10:40", "回答数：3",
                   "閲覧数：1,204", "その他の回答（2件）"):
        assert verdicts[chrome] == (False, "post_chrome"), chrome


def test_a_name_with_its_honorific_inside_a_sentence_is_no_mark() -> None:
    assert is_mark("田中さん")
    assert not is_mark("昨日、田中さんに会いました。")


def test_no_mark_matches_an_empty_line() -> None:
    """A pattern of the tables that matched the empty string (an empty alternative) would make
    every field of a "|"-separated line a mark."""
    for group in (*POST_MARKS.values(), *POST_HEADERS.values()):
        for pattern in group:
            assert re.fullmatch(f"(?:{pattern})", "") is None, pattern
    assert not is_mark("|+1踩11")
