"""A box of related links set between two paragraphs of the article ("READ ALSO:", "LEIA
TAMBÉM:", "相关阅读" and a headline or two, then the article again): the box is removed and the
article goes on under it (``regions.inline_boxes``). Synthetic pages written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub

HEAD = ["The Daily Planet", "Menu  Business  Politics  World  Sports",
        "Inflation slows in August and comes in below expectations",
        "By Anna Sousa, Staff Writer", "September 10, 2024 9:15 AM"]
BEFORE = ["Official inflation slowed in August and came in below what markets expected, "
          "according to data released on Tuesday by the national statistics office.",
          "The result was driven mainly by falling food and electricity prices."]
AFTER = ["Over 12 months, inflation reached 4.2%, within the target set by the monetary "
         "council earlier this year.",
         "Economists say the picture leaves room for rate cuts in the coming months, though "
         "a weaker currency could push import prices up again."]
ENTRIES = ["Dollar closes lower and stocks rise", "Rates: central bank expected to hold"]
TAIL = ["See also", "Share this story on WhatsApp", "© 2024 Daily Planet Media"]


@pytest.mark.parametrize("label", ["READ ALSO:", "Related:", "Leia também:"])
def test_the_article_goes_on_under_a_related_box_inside_it(label: str) -> None:
    doc = scrub("\n".join([*HEAD, *BEFORE, label, *ENTRIES, *AFTER, *TAIL]))
    kept = doc.text.split("\n")
    assert all(p in kept for p in BEFORE + AFTER)
    assert not any(e in kept for e in [label, *ENTRIES])
    assert doc.metadata.title == HEAD[2]


def test_a_chinese_related_box_between_two_paragraphs() -> None:
    before = ["新华社北京9月10日电 国家统计局10日发布数据，8月份全国居民消费价格同比上涨0.6%，"
              "涨幅比上月回落。",
              "其中，城市上涨0.6%，农村上涨0.5%；食品价格下降0.3%，非食品价格上涨0.8%。"]
    after = ["国家统计局城市司首席统计师表示，8月份，受季节性因素影响，鲜菜价格有所上涨，"
             "猪肉价格继续下降。",
             "扣除食品和能源价格的核心CPI同比上涨0.8%，涨幅比上月扩大0.1个百分点，保持温和上涨。"]
    entries = ["7月份CPI同比上涨0.5%", "统计局解读8月物价数据"]
    page = ["新闻中心", "首页 > 财经 > 正文", "8月份CPI同比上涨0.6%",
            "2024-09-10 09:30 来源：新华社", *before, "相关阅读", *entries, *after,
            "责任编辑：王明"]
    kept = scrub("\n".join(page)).text.split("\n")
    assert all(p in kept for p in before + after)
    assert not any(e in kept for e in entries)


def test_a_comment_under_the_articles_discussion_is_no_resumed_article() -> None:
    """Under the end matter's header, a commenter's name and age ("1d") then a comment of two
    paragraphs: no box of headlines, the article does not resume."""
    comment = ["I'm glad the example was about a tangible product. For services it is much "
               "harder to say what the output even is, let alone measure it.",
               "Where the product is not a tangible object, the same method needs a different "
               "way of counting what was delivered to the customer."]
    page = [*HEAD, *BEFORE, *AFTER, "Discussion about this post", "Dana Keller", "1d",
            *comment, "Expand full comment", "Reply", "Share", "© 2024 Daily Planet Media"]
    kept = scrub("\n".join(page)).text.split("\n")
    assert not any(c in kept for c in comment)


def test_a_related_box_of_teasers_after_the_article_stays_a_box() -> None:
    """Teasers (a headline, then its lead) after a related header: no two paragraphs in a row
    under its first entries, so the region runs on as before."""
    teasers = ["Dollar closes lower and stocks rise",
               "The dollar fell against most currencies on Tuesday as traders weighed the "
               "latest inflation data from the statistics office.",
               "Rates: central bank expected to hold",
               "Most analysts polled this week expect the central bank to keep its key rate "
               "unchanged at its meeting later this month."]
    kept = scrub("\n".join([*HEAD, *BEFORE, *AFTER, "Related:", *teasers, *TAIL])).text
    assert not any(t in kept.split("\n") for t in teasers)


def test_a_turkish_box_in_capitals_with_a_short_last_sentence_under_it() -> None:
    """"İLGİLİ HABERLER" case-folds to a dotted "i̇" that the tables read as "i"
    (``features._refold``); the article's last sentence under the box is short."""
    before = ["Merkez Bankası Para Politikası Kurulu, politika faizini yüzde 50 seviyesinde "
              "sabit tuttu. Karar piyasa beklentileriyle uyumlu oldu.",
              "Kurul açıklamasında, enflasyonun ana eğiliminin ağustos ayında gerilediği "
              "belirtildi."]
    after = ["Ekonomistler, faiz indirimlerinin yılın son çeyreğinde başlayabileceğini "
             "öngörüyor. Ancak kurul, beklentilerin yakından izleneceğini vurguladı.",
             "Bir sonraki toplantı ekim ayında yapılacak."]
    entries = ["Dolar güne yükselişle başladı", "Altın fiyatları rekor kırdı"]
    page = ["Haberler", "Gündem  Ekonomi  Dünya  Spor", "Merkez Bankası faizi sabit tuttu",
            "12 Eylül 2024 14:05", *before, "İLGİLİ HABERLER", *entries, *after, "Paylaş",
            "© 2024 Haberler"]
    doc = scrub("\n".join(page))
    kept = doc.text.split("\n")
    assert all(p in kept for p in before + after)
    assert not any(e in kept for e in ["İLGİLİ HABERLER", *entries])
