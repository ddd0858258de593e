"""A Japanese Q&A page (Chiebukuro-like): the question and the answers are kept, and the
title is the question's heading, not a poster's handle ("abc********さん")."""

from __future__ import annotations

from scrubber import scrub
from scrubber.headline_shape import honorific_handle

_QUESTION = "冷蔵庫の電気代を節約する方法はありますか？"
_BODIES = ["冷蔵庫の電気代を節約する方法はありますか？古い冷蔵庫を使っていて、電気代が高いのが"
           "気になっています。",
           "設定温度を「中」にして、詰め込みすぎないようにすると効果があります。扉の開け閉めの"
           "回数を減らすことも大切です。",
           "十年以上前の冷蔵庫なら、買い替えたほうが電気代は大きく下がることが多いです。"]


def test_the_question_is_the_title_and_every_answer_is_kept() -> None:
    lines = ["Yahoo!知恵袋", "ログイン", "新規登録", "知恵袋トップ", "カテゴリ", _QUESTION,
             "tar********さん", "2024/3/1 10:00", _BODIES[0], "共感した", "1", "閲覧数：1,234",
             "回答数：2", "ベストアンサー", "abc********さん", "2024/3/1 12:00", _BODIES[1],
             "ナイス！", "3", "その他の回答（1件）", "xyz********さん", "2024/3/1 15:00",
             _BODIES[2], "ナイス！", "1", "関連する質問", "冷蔵庫の買い替え時期はいつですか？",
             "Yahoo!知恵袋 利用規約"]
    doc = scrub("\n".join(lines))
    assert doc.metadata.title == _QUESTION
    assert all(body in doc.text.splitlines() for body in _BODIES)


def test_handles_with_an_honorific() -> None:
    assert honorific_handle("abc********さん") and honorific_handle("yamada_taro さん")
    assert not honorific_handle("ありがとう、田中さん")  # a sentence that ends in a name
