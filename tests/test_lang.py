"""Script and language from character statistics, units per script, and the conservative mode
for scripts without tables: no page in any script comes out silently empty."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.features import line_features
from scrubber.lang import guess

THAI_PAGE = "\n".join([
    "หน้าแรก", "ข่าว", "การเมือง",
    "นายกรัฐมนตรีกล่าวในวันนี้ว่ารัฐบาลจะเร่งแก้ไขปัญหาเศรษฐกิจและค่าครองชีพของประชาชน"
    "โดยเร็วที่สุด พร้อมทั้งเตรียมมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้ง",
    "ทั้งนี้ กระทรวงการคลังคาดว่ามาตรการดังกล่าวจะช่วยกระตุ้นการใช้จ่ายภายในประเทศ"
    "และทำให้เศรษฐกิจขยายตัวได้มากขึ้นในช่วงครึ่งปีหลัง",
    "ลิขสิทธิ์ © 2024",
])


@pytest.mark.parametrize(("text", "lang"), [
    ("多地推进老旧小区改造，惠及居民超过一百万户。这是一项民生工程。", "zh"),
    ("多地推進老舊小區改造，這個工程對居民來說很重要。", "zh-Hant"),
    ("東京で記念集会が開催された。集会には日本の友好関係者が参加した。", "ja"),
    ("강형욱 훈련사가 자신이 대표로 있는 회사에서 직원들에게 갑질을 했다.", "ko"),
    ("The council said that it would vote on the plan in May, and the mayor agreed.", "en"),
    ("Le conseil municipal a voté le budget de la ville pour l'année prochaine.", "latin"),
    ("Правительство объявило о новых мерах поддержки экономики.", "ru"),
    (THAI_PAGE, "th"),
    ("12345 --- !!!", None),
])
def test_guess_lang(text: str, lang: str | None) -> None:
    assert guess(text).lang == lang
    assert scrub(text).lang == lang


def test_hangul_counts_words_not_syllables() -> None:
    f = line_features("강형욱 훈련사가 자신이 대표로 있는 회사에서 직원들에게 갑질을 했다.")
    assert f.units == 9 and f.cjk == 0
    # Han and kana still count one unit a character.
    assert line_features("東京で記念集会").units == 7


@pytest.mark.parametrize(("line", "words"), [
    ("दिल्ली में बारिश से मौसम हुआ सुहाना", 7),  # Devanagari
    ("தமிழ் நாட்டில் மழை பெய்தது", 4),  # Tamil
    ("বাংলাদেশে বৃষ্টি হচ্ছে", 3),  # Bengali
])
def test_indic_words_keep_their_vowel_signs(line: str, words: int) -> None:
    """A vowel sign (a combining mark) is no break between words."""
    assert line_features(line).units == words


@pytest.mark.parametrize(("line", "ends"), [
    ("バクバク食べてましたよ😄", True),  # a Japanese sentence closed by an emoji
    ("今天的天气真好，出去走走☀️", True),
    ("关于作者 📝", False),  # a label of a few characters
    ("Share this story ➡", False),  # alphabetic lines: emoji ends are controls
    ("Great news today 😄", False),
])
def test_emoji_ends_a_han_or_kana_sentence(line: str, ends: bool) -> None:
    f = line_features(line)
    assert f.ends_sentence is ends and (f.sentence_punct > 0) is ends


def test_double_exclamation_is_sentence_punctuation() -> None:
    f = line_features("『なにこれー‼️ガチで旨いだけどーー‼️』ですって")
    assert f.sentence_punct == 2 and not f.ends_sentence
    assert line_features("本当に美味しかった‼").ends_sentence


def test_emoji_closed_blog_lines_stay_in_the_post() -> None:
    """An Ameba-style post: short lines, each closed by an emoji, after two plain ones."""
    post = ["最近は年中売ってるような気がするけど。", "もしかしたら昔も年中おいてあったのかな？",
            "昔は夏になるとこれが食べたくてねぇ。",
            "普段は嫌いな買い物についていっては買ってもらってたなぁ。", "嬉しくてねぇ☺️",
            "この前、買い物に子供と一緒に行った時に、", "『なにこれっなにこれっ⁉️食べたい‼️』って☺️",
            "家帰って食べたら、", "バクバク食べてましたよ😄",
            "美味しいやつをまたひとつ見つけたね😉"]
    page = ["ブログトップ", "記事一覧", "画像一覧", *post, "前の記事", "気分に合わせて", "次の記事",
            "星空の中へ"]
    assert scrub("\n".join(page)).text.splitlines() == post


def test_unspaced_script_is_not_one_word() -> None:
    f = line_features("นายกรัฐมนตรีกล่าวในวันนี้ว่ารัฐบาลจะเร่งแก้ไขปัญหาเศรษฐกิจ")
    assert f.units >= 10


def test_thai_page_keeps_its_text_and_warns() -> None:
    doc = scrub(THAI_PAGE)
    assert doc.text.splitlines() == THAI_PAGE.splitlines()[3:5]
    assert any("conservative mode" in w and "Thai" in w for w in doc.warnings)


def test_unpunctuated_page_falls_back_to_size() -> None:
    """A page whose prose has no sentence punctuation at all is not emptied: the longest
    lines are kept, menus still go."""
    prose = ("we walked along the river for hours and talked about the old days when the "
             "town still had its market and the mill was running every day of the week")
    page = f"Home | News | Sport\n{prose}\n{prose.replace('river', 'road')}\nAbout us"
    doc = scrub(page)
    assert doc.text.splitlines() == page.splitlines()[1:3]
    assert not doc.warnings


def test_korean_headline_list_after_article_is_not_content() -> None:
    para = ("강형욱 훈련사가 자신이 대표로 있는 회사에서 직원들에게 갑질을 했다는 직원들의 폭로가 "
            "나오면서 과거 한 유튜브 방송에서 했던 발언이 재조명 되고 있다. 해당 영상에서 이경규는 "
            "촬영하다가 한번 깜짝 놀란 적이 있다며 한 사연을 소개했다.")
    heads = ["많이 본 뉴스", "1 김정은 ‘공포정치’의 어두운 미래",
             "2 글로벌호크 매일 발진… 北동향 샅샅이 훑는다",
             "3 최연소 감독 37년만에 최고령 감독으로 컴백",
             "4 ‘한화 류현진’ 같은 효자, 이젠 끝?", "5 유난히 추운 SK, 덜덜 떠는 KIA"]
    doc = scrub("\n".join([para, para.replace("유튜브", "방송"), *heads]))
    assert doc.lang == "ko"
    assert [v.keep for v in doc.lines] == [True, True] + [False] * len(heads)


def test_korean_headlines_after_the_copyright_line_are_not_content() -> None:
    """Headlines of other stories after the article, without a header above them: a run of
    lines of headline size, in words for Korean, none ending a sentence."""
    para = ("법조계에 따르면 노 고검장은 이날 검찰 내부망에 사의를 밝히는 글을 올렸다. 그는 "
            "떠나면서 보니 저와 일체가 되어버린 검찰을 제대로 바라보기 어렵다고 말했다.")
    heads = ["\"감형 노린 기습공탁, 선처 않는 추세…재판예규 개정돼야\" 전문가들 한목소리",
             "문 안 열어주는 아내에 화 나 우유 투입구에 불 붙인 남편 결국 재판행",
             "피싱 수익금, 명품시계 구매대행 돈세탁…범죄 인지했다면 처벌 불가피",
             "우승 횟수 합산만 25회, 명가 3팀이 벌일 선두 싸움 본격 시작",
             "선호 장르 1순위…다시 온 ‘멜로’ 전성기 방송가 드라마 편성 늘어"]
    doc = scrub("\n".join([para, para.replace("검찰", "조직"), "Copyright © 데일리안. 무단전재 "
                           "및 재배포 금지.", *heads]))
    assert doc.lang == "ko"
    assert [v.keep for v in doc.lines] == [True, True, False] + [False] * len(heads)


def test_headline_without_title_line_is_kept_as_title() -> None:
    """No <title> line above: the line above the article that shares its words is the
    headline, kept as title, in any script."""
    page = "\n".join([
        "Home | News | World | Sport",
        "Правительство объявило о новых мерах поддержки экономики",
        "12 марта 2024",
        "Правительство России объявило в понедельник о новом пакете мер поддержки экономики, "
        "который включает налоговые льготы и льготные кредиты для малого бизнеса.",
        "По словам министра, меры вступят в силу с первого апреля и продлятся до конца года, "
        "а их стоимость оценивается в сто миллиардов рублей.",
        "© 2024 Example"])
    doc = scrub(page)
    assert (doc.lines[1].label, doc.lines[1].keep) == ("title", True)
    assert doc.metadata.title == page.split("\n")[1]
    assert doc.text.split("\n")[0] == page.split("\n")[1]
