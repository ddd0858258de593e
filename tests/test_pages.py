"""Golden files for whole pages (the seed is in test_seed.py) and the invariants that must hold on
every fixture: kept text is input text in order, idempotence, verdicts rebuild the output,
repeated calls agree."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import scrubber
from scrubber.structure import _part_header

from .conftest import PAGES, fixture_pages


def golden(path: Path) -> dict[int, str]:
    rows = path.with_suffix(".labels.tsv").read_text(encoding="utf-8").splitlines()
    return {int(r.split("\t")[0]): r.split("\t")[1] for r in rows if r[:1].isdigit()}


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.txt")), ids=lambda p: p.stem)
def test_page_labels(path: Path) -> None:
    doc = scrubber.scrub(path.read_text(encoding="utf-8"))
    gold = golden(path)
    got = {v.number: v.label for v in doc.lines if v.text.strip()}
    assert got == gold


@pytest.mark.parametrize("path", fixture_pages(), ids=lambda p: p.stem)
def test_invariants(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = scrubber.scrub(text)
    # Kept text is made of input text, in order.
    position = 0
    for piece in doc.text.split("\n") if doc.text else []:
        found = text.find(piece, position)
        assert found >= 0, piece
        position = found + len(piece)
    # Each verdict's kept text is a piece of its own line; verdicts rebuild the output.
    for v in doc.lines:
        assert v.kept_text in v.text and (v.keep or not v.kept_text)
    assert "\n".join(v.kept_text for v in doc.lines if v.keep and v.kept_text) == doc.text
    assert scrubber.clean(doc.text) == doc.text  # idempotent
    assert scrubber.scrub(text) == doc  # same result on repeated calls
    assert [v.text for v in doc.lines] == text.split("\n")


def test_line_endings_are_cr_lf_and_crlf_only() -> None:
    doc = scrubber.scrub("a\r\nb\rc\nd\u2028e\x0cf")
    assert [v.text for v in doc.lines] == ["a", "b", "c", "d\u2028e\x0cf"]


def test_empty_and_blank_input() -> None:
    assert scrubber.clean("") == ""
    doc = scrubber.scrub("\n \n")
    assert [v.label for v in doc.lines] == ["blank", "blank", "blank"]


def test_options_are_frozen_overridable_and_picklable(seed_text: str) -> None:
    options = scrubber.Options(good_units=30)
    with pytest.raises(AttributeError):
        options.good_units = 10  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(options)) == options
    assert scrubber.scrub(seed_text, options) == scrubber.scrub(seed_text, good_units=30)
    assert scrubber.scrub(seed_text, options, keep_title=False).lines[0].label == "meta"
    with pytest.raises(TypeError):
        scrubber.scrub(seed_text, no_such_option=1)
    with pytest.raises(ValueError):
        scrubber.Options(good_units=-1)


def test_wrong_input_type_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        scrubber.scrub(42)  # type: ignore[arg-type]


def test_site_template_removes_named_lines_but_not_good_article_paragraphs(seed_text: str) -> None:
    paragraph = seed_text.split("\n")[6]  # a good article paragraph of the seed
    repeated = {"友情链接", "杭州较权威的白癜风医院", paragraph, "内燃机2021年06月02日"}
    doc = scrubber.scrub(seed_text, template=lambda line: "site_repeat" if line in repeated
                         else None)
    labels = {v.text: (v.label, v.reason) for v in doc.lines}
    assert labels[paragraph] == ("content", "article_block")  # strong content evidence stays
    assert labels["友情链接"] == ("links", "links_header")  # a named rule keeps its name
    plain = scrubber.scrub(seed_text)
    assert doc.text == plain.text
    noisy = "Site Name Network\n" + seed_text
    doc = scrubber.scrub(noisy, template=lambda line: "site_repeat" if line.startswith("Site")
                         else None)
    assert (doc.lines[0].label, doc.lines[0].reason) == ("template", "site_repeat")


# --- a site template in context ----------------------------------------------------------------
PARAGRAPHS = [
    "The council voted on Tuesday to extend the river walk by two miles, a plan that has been "
    "debated for most of the decade.",
    "Supporters said the extension would bring visitors to shops on the east bank, while "
    "opponents worried about the cost to taxpayers.",
    "The project is expected to take three years, and construction will begin in the spring if "
    "the state approves the funding request.",
    "Residents can comment on the plan at a public hearing next month, the city clerk said in a "
    "statement released after the vote.",
    "The mayor called the decision a turning point for the neighbourhood and thanked the "
    "volunteers who campaigned for the walk.",
    "Work on the first section, between the old mill and the rail bridge, is scheduled to be "
    "finished before the summer festival.",
    "A second vote on the design of the new footbridge will be held in the autumn, after the "
    "engineers report on the river banks.",
]
# The site's chrome inside an article: a share bar, a newsletter box and a fixed link box.
CHROME = ["Share this:", "Click to share on Facebook (Opens in new window)",
          "Click to share on Twitter (Opens in new window)",
          "Sign up for our newsletters and alerts", "Most Popular",
          "Man rescued from frozen lake near the old mill",
          "Tow trucks help stranded drivers on the highway"]


def site_template(lines: set[str]) -> scrubber.core.Template:
    return lambda line: "repeated_on_site" if line in lines else None


def test_site_chrome_inside_an_article_neither_ends_it_nor_hides_its_lines() -> None:
    page = "\n".join([PARAGRAPHS[0], *CHROME, *PARAGRAPHS[1:]])
    plain = scrubber.scrub(page)
    doc = scrubber.scrub(page, template=site_template(set(CHROME)))
    # Without the template the chrome splits the article: the first paragraph is a block too
    # small to keep, and the fixed link box is a region that swallows the next paragraph.
    assert not plain.lines[0].keep and not plain.lines[len(CHROME) + 1].keep
    # With it, the chrome is known: it neither ends the article nor extends a region.
    assert [v.text for v in doc.lines if v.keep] == PARAGRAPHS
    assert all(not v.keep for v in doc.lines[1:len(CHROME) + 1])


def test_site_region_of_page_specific_entries_still_runs_on() -> None:
    related = ["Flood barriers to be tested on the east bank this weekend",
               "Bridge repairs delayed again as costs rise"]
    page = "\n".join([*PARAGRAPHS[:4], "Related stories", *related])
    doc = scrubber.scrub(page, template=site_template({"Related stories"}))
    assert [v.label for v in doc.lines[4:]] == ["related"] * 3


def test_good_template_line_stays_only_inside_the_article() -> None:
    quote = ("“We have waited a long time for this,” said one resident, who has lived by the "
             "river for forty years and walks there every morning.")
    disclaimer = ("The views expressed in readers' letters are their own and do not necessarily "
                  "reflect the views of the newspaper or its owners.")
    page = "\n".join([*PARAGRAPHS[:3], quote, *PARAGRAPHS[3:], disclaimer])
    doc = scrubber.scrub(page, template=site_template({quote, disclaimer}))
    labels = {v.text: (v.label, v.reason) for v in doc.lines}
    assert labels[quote] == ("content", "article_block")  # article text on both sides
    assert labels[disclaimer] == ("template", "repeated_on_site")  # at the article's edge


def test_site_link_box_region_ends_where_the_page_resumes() -> None:
    # Two good paragraphs first: a region opened after them runs on past good lines.
    entries = ["WordPress.org news", "Theme by Example Studio"]
    page = "\n".join([PARAGRAPHS[0], PARAGRAPHS[2], "Blogroll", *entries, *PARAGRAPHS[3:]])
    doc = scrubber.scrub(page, template=site_template({"Blogroll", *entries}))
    assert [v.label for v in doc.lines[2:5]] == ["links"] * 3
    assert [v.text for v in doc.lines if v.keep] == [PARAGRAPHS[0], PARAGRAPHS[2],
                                                    *PARAGRAPHS[3:]]


def test_good_template_line_next_to_boilerplate_goes() -> None:
    quote = ("“We have waited a long time for this,” said one resident, who has lived by the "
             "river for forty years and walks there every morning.")
    page = "\n".join([*PARAGRAPHS[:3], quote, "Home | News | Sport | Weather", *PARAGRAPHS[3:]])
    doc = scrubber.scrub(page, template=site_template({quote}))
    assert (doc.lines[3].label, doc.lines[3].reason) == ("template", "repeated_on_site")


_PARA = ("The council voted on Tuesday to rebuild the old bridge over the river, a project that "
         "has been discussed for more than ten years and will cost about twelve million. ")


def test_menu_header_above_the_article_does_not_hide_it() -> None:
    """A "Trending" header in a menu above the article opens a related region; when that
    region holds a run of paragraphs far denser than anything outside it, the header was a
    menu's heading and the article is kept."""
    blurb = ("Our weekly guide to what is on in the city, with films, concerts and markets "
             "picked by the editors for you, every week of the year.")
    teasers = ["Ten things to do this weekend", "Mayor opens new park", "Storm warning"]
    page = "\n".join(["Home | News | Sport", blurb, blurb, "Trending", *teasers,
                      *(_PARA + f"Paragraph {k} of the story." for k in range(5)),
                      "© 2024 Example"])
    doc = scrubber.scrub(page)
    assert [v.keep for v in doc.lines][7:12] == [True] * 5
    assert doc.lines[3].reason == "related_header_en" and not doc.lines[3].keep


def test_header_above_the_headline_does_not_hide_the_article() -> None:
    """A "评论" header in the chrome above the article (a comment counter) would open a region
    over the article; the region holds the page's headline (the line the <title> names) with
    a paragraph right below it, so the header heads the chrome and the article is kept. A
    related list that holds a copy of the headline after the article stays removed."""
    title = "布伦森左手骨折提前离场"
    body = [_ZH, _ZH.replace("文章", "报道")]
    blurb = "作者简介：长期关注篮球赛事，文章由内容质量、互动评论、分享传播等多维度决定等级。"
    page = "\n".join([f"{title}_体育_新闻网", "首页 | 体育 | 财经", blurb, blurb, "评论", "31",
                      "分享", title, "2024-05-20 06:48", *body, "相关阅读", title,
                      "另一条新闻标题"])
    doc = scrubber.scrub(page)
    assert [v.keep for v in doc.lines][9:11] == [True, True]
    assert doc.lines[4].reason == "comment_header" and not doc.lines[4].keep
    assert [v.keep for v in doc.lines][11:] == [False] * 3


def test_comment_thread_after_the_article_stays_removed() -> None:
    """Comments after the article may be longer than it, but each comes with its chrome (a
    date stamp): they are no run of article paragraphs, and the comment header stands."""
    posts = []
    for k in range(10):
        posts += [f"reader{k} 2024-01-{k + 1:02d} 10:1{k}", _PARA + f"I agree with point {k}."]
    page = "\n".join(["Home | News | Sport", _PARA + "Lead.", _PARA + "More.", "Comments",
                      *posts])
    doc = scrubber.scrub(page)
    assert [v.keep for v in doc.lines] == [False, True, True] + [False] * (1 + len(posts))


_ZH = "这是一段足够长的正文内容，用来说明清洗之后保留下来的是文章本身，而不是周围的导航和广告。"


def test_code_run_bridges_the_article() -> None:
    """A shell snippet between two paragraphs is part of the article, not a link list."""
    code = ["$ pip install scrubber", "export PATH=$HOME/.local/bin:$PATH",
            "scrubber run corpus/ -o out/ --jobs 2"]
    page = "\n".join(["首页 | 新闻 | 技术", _ZH, "安装方法如下：", *code,
                      _ZH.replace("文章", "教程"), "版权所有 © 2024"])
    doc = scrubber.scrub(page)
    assert [v.keep for v in doc.lines] == [False] + [True] * 6 + [False]


def test_headline_run_after_the_article_is_not_content() -> None:
    heads = ["国家邮政局：五月快递发展指数报告显示，行业运行平稳",
             "三部委：去年住房公积金缴存余额同比增长，人均缴存增加",
             "北京消协查出多款不合规儿童床，涉及多个知名品牌",
             "民航局公布首批失信人名单，今起限制乘坐民航一年"]
    page = "\n".join([_ZH, _ZH.replace("文章", "报道"), *heads])
    doc = scrubber.scrub(page)
    assert [v.keep for v in doc.lines] == [True, True] + [False] * len(heads)


def test_marked_list_item_is_judged_without_its_marker() -> None:
    para = ("The committee published its report on Monday, and the minister said the "
            "recommendations would be adopted in full before the end of the year.")
    items = ["• Mix the flour and butter / then add the eggs",
             "• Bake for forty minutes / then leave to cool"]
    doc = scrubber.scrub("\n".join([para, *items, para.replace("Monday", "Friday")]))
    assert all(v.keep for v in doc.lines)


def test_thread_chrome_does_not_hide_the_later_posts() -> None:
    """'X wrote:' before every post of a forum thread: the posts are the page."""
    post = ("I tried the new firmware on my router last night and the connection drops "
            "every few minutes, has anyone else seen this after the update?")
    lines = ["Forum index | Networking"]
    for k in range(4):
        lines += [f"user{k} wrote:", post.replace("router", f"router {k}")]
    doc = scrubber.scrub("\n".join(lines))
    assert [v.keep for v in doc.lines][2::2] == [True] * 4
    assert not any(v.keep for v in doc.lines[1::2])


def test_legal_header_opens_a_footer_region() -> None:
    para = ("The new standing desk arrives flat packed and takes about twenty minutes to "
            "assemble with the tools included in the box, according to the maker.")
    policy = ("By placing an order you agree that returns are accepted within thirty days of "
              "delivery, provided the item is unused and in its original packaging.")
    doc = scrubber.scrub("\n".join([para, para, "Terms and Conditions", policy, policy]))
    assert [v.keep for v in doc.lines] == [True, True, False, False, False]
    assert doc.lines[3].reason == "legal_region"


def test_repeated_post_stamps_are_removed_inside_a_thread() -> None:
    post = "这个问题我也遇到过，升级之后就好了，建议大家先备份数据再操作，以免出现意外。"
    lines = []
    for k in range(4):
        lines += [f"{k + 2}楼 {k + 1}小时前", post]
    doc = scrubber.scrub("\n".join(lines))
    assert [v.reason for v in doc.lines[2::2]] == ["post_stamp"] * 3
    assert all(v.keep for v in doc.lines[1::2])


def test_record_grid_is_the_content_of_a_page_without_an_article() -> None:
    """A shop's product grid (name, price, rating, one field a line) is the page's content
    when it outweighs the article found; after a real story, a teaser grid is not."""
    grid = []
    for k, name in enumerate(("Trail Runner Shoe", "Alpine Rain Jacket",
                              "Merino Wool Base Layer", "Ultralight Day Pack")):
        grid += [f"Men's {name} with reinforced seams", f"${k + 1}29.95",
                 f"4.{k} out of 5 stars"]
    page = "\n".join(["Home | Men | Women | Sale", "Outdoor gear", *grid, "© 2024 Shop"])
    kept = [v.text for v in scrubber.scrub(page).lines if v.keep]
    assert kept == grid
    story = "\n".join([_PARA + f"Part {k} of the story, with a long enough sentence or two."
                       for k in range(4)])
    doc = scrubber.scrub("\n".join([story, *grid[:6]]))
    assert not any(v.keep for v in doc.lines[4:])


def test_titles_with_commas_are_titles_of_one_grid() -> None:
    """A listing of headlines (title, author, date, one field a line) where some titles hold
    a comma is one grid: a comma makes a clause of a title only when it ends a sentence."""
    titles = ["Regulators Approve Cross-Region Queries for Distributed Data",
              "Graduates Dragonfly, Marking a Milestone for Image Distribution",
              "Scaling Human Judgment With Language Models for Labelling",
              "Nested Virtualization Arrives, Bringing Faster Test Environments",
              "Post-Quantum Tunnels Adopted Across the Network",
              "Inside a Unified, Composable Onboarding Platform"]
    grid = [line for k, title in enumerate(titles)
            for line in (title, f"Writer Number{'abcdef'[k]}", f"on Mar 0{k + 1}")]
    page = "\n".join(["Home | News | Sport", "Latest News", *grid, "© 2024 Example"])
    kept = [v.text for v in scrubber.scrub(page).lines if v.keep]
    assert kept == grid


def test_table_between_paragraphs_is_the_articles() -> None:
    """A table written one cell a line (the dump style) between two parts of the article
    splits the article search in two; the cells form records (rank, name, score), so the
    table, its heading and its header row are the article's. A menu in the same place is
    no table and stays out."""
    story = [_PARA + f"Part {k} of the story, with a long enough sentence or two."
             for k in range(3)]
    states = ["North Dakota", "Utah", "Nebraska", "South Dakota", "Iowa", "Minnesota",
              "Idaho", "Vermont", "Montana", "Kansas", "Wyoming", "Maine"]
    rows = [cell for k, name in enumerate(states)
            for cell in (str(k + 1), name, f"{60 - 1.7 * k:.1f}")]
    table = ["Rankings", "Rank", "State", "Score", *rows]
    page = "\n\n".join(["Home | News | Sport", *story, *table, *story, "© 2024 Example"])
    doc = scrubber.scrub(page)
    kept = [v.text for v in doc.lines if v.keep]
    assert kept == [*story, *table, *story]
    assert {v.reason for v in doc.lines if v.text in rows} == {"article_table"}
    menu = ["World", "Business", "Technology", "Science", "Health", "Sports", "Opinion", "Arts",
            "Travel", "Books", "Food", "Style", "Music", "Movies", "Theater", "Television",
            "Real Estate", "Autos", "Weather", "Obituaries", "Education", "Climate",
            "Podcasts", "Video", "Games", "Crosswords", "Cooking", "Shopping", "Events",
            "Newsletters"]
    doc = scrubber.scrub("\n\n".join([*story, *menu, *story]))
    assert not any(v.keep for v in doc.lines if v.text in menu)


def test_list_introduced_by_the_article_is_kept() -> None:
    """A recipe's ingredients after the article's "You will need:" are the article's, short
    as they are; the list ends at the next line a rule names (a related-articles header)."""
    intro = ("This simple bread needs no kneading and bakes in a heavy pot, which traps the "
             "steam and gives it a crisp crust. You will need:")
    items = ["500 g strong white flour", "10 g salt", "2 g dried yeast", "400 ml warm water"]
    teasers = ["Ten breads to bake this winter", "How to feed a sourdough starter"]
    page = "\n".join(["Home | Recipes | Baking", intro, *items, "Related articles", *teasers,
                      "© 2024 Example"])
    doc = scrubber.scrub(page)
    assert [v.keep for v in doc.lines] == [False, True] + [True] * len(items) + \
        [False] * (2 + len(teasers))
    assert {doc.lines[k].reason for k in range(2, 2 + len(items))} <= {"introduced_list",
                                                                       "article_block"}


_RECIPE = ["Home", "Recipes", "Dinner", "Subscribe", "Classic Banana Bread",
           "By Maria Lopez | Updated June 2, 2024",
           "This moist banana bread uses overripe bananas and a little brown sugar for a deep, "
           "caramel flavour. It keeps for days and freezes well.",
           "Prep Time: 15 mins", "Cook Time: 60 mins", "Servings: 10",
           "{ingredients}", "3 ripe bananas, mashed", "1/3 cup melted butter",
           "3/4 cup brown sugar", "1 egg, beaten", "1 teaspoon vanilla extract",
           "1 teaspoon baking soda", "Pinch of salt", "1 1/2 cups flour", "{steps}",
           "Preheat the oven to 350°F and butter a loaf pan, then mash the bananas with a fork "
           "until smooth.",
           "Stir in the butter, sugar, egg and flour until just combined, pour the batter into "
           "the pan and bake for an hour.",
           "You May Also Like", "Chocolate Chip Muffins", "Zucchini Bread",
           "© 2024 Maria's Kitchen. All rights reserved."]


@pytest.mark.parametrize(("ingredients", "steps"), [
    ("Ingredients", "Instructions"), ("INGREDIENTS:", "Method"), ("Zutaten", "Zubereitung")])
def test_a_part_heading_under_the_article_brings_its_list_in(ingredients: str,
                                                             steps: str) -> None:
    """A recipe's ingredients under their heading ("Ingredients", "Zutaten": a table per
    language, data/part_headers.tsv), right under the article's lines, are the article's, as
    a list under a line ending in a colon is; the related list after the steps is not."""
    lines = [line.format(ingredients=ingredients, steps=steps) for line in _RECIPE]
    doc = scrubber.scrub("\n".join(lines))
    kept = [v.text for v in doc.lines if v.keep]
    assert kept[-15:] == lines[7:22] and "Zucchini Bread" not in kept


@pytest.mark.parametrize(("notes", "facts"), [("Recipe Notes", "Nutrition"),
                                             ("Tips", "Nutrition Facts")])
def test_the_parts_after_the_steps_are_the_recipes(notes: str, facts: str) -> None:
    """A recipe's notes and its nutrition facts after the steps are parts of it too; the
    recipe card's prompts under them ("Rate this recipe") are not."""
    end = _RECIPE.index("You May Also Like")
    parts = [notes, "You can add a cup of walnuts or chocolate chips to the batter.", facts,
             "Calories: 240kcal", "Carbohydrates: 40g", "Fat: 8g"]
    prompts = ["Did you make this recipe? Tag @mariaskitchen on Instagram!", "Rate this recipe"]
    lines = [line.format(ingredients="Ingredients", steps="Instructions")
             for line in [*_RECIPE[:end], *parts, *prompts, *_RECIPE[end:]]]
    verdicts = {v.text: (v.keep, v.reason) for v in scrubber.scrub("\n".join(lines)).lines}
    assert all(verdicts[line][0] for line in parts), verdicts
    assert verdicts["Rate this recipe"] == (False, "recipe_prompt")
    assert not verdicts[prompts[0]][0]


@pytest.mark.parametrize(("line", "heads"), [
    ("ingredients", True), ("ingredients:", True), ("作り方", True), ("재료", True),
    ("nutrition facts", True), ("小贴士", True), ("notes", False),
    ("material", False), ("ingredients and where to buy them", False), ("method acting", False)])
def test_part_headings_are_whole_lines_of_the_table(line: str, heads: bool) -> None:
    """A part heading is a whole line of data/part_headers.tsv (a colon after it allowed);
    a product's "Material" is none."""
    assert (_part_header().fullmatch(line) is not None) is heads


_JA_RECIPE = ["ホーム", "レシピ", "ログイン", "簡単！ふわふわ卵焼き", "2024年3月5日",
              "朝ごはんにぴったりの、ふわふわで甘い卵焼きの作り方を紹介します。コツは弱めの中火で"
              "じっくり焼くことです。",
              "材料", "卵 3個", "砂糖 大さじ1", "醤油 小さじ1/2", "サラダ油 適量", "作り方",
              "ボウルに卵を割り入れ、砂糖と醤油を加えてよく混ぜます。",
              "卵焼き器に油をひき、卵液を三回に分けて流し入れ、手前に巻いていきます。",
              "関連レシピ", "だし巻き卵", "© 2024 料理ノート"]


def test_a_fraction_is_no_menu_separator_in_any_script() -> None:
    """"醤油 小さじ1/2" (half a teaspoon) has a slash between digits: no menu, so the
    ingredient list goes on past it; "科技/财经/体育/娱乐" stays a list of links."""
    doc = scrubber.scrub("\n".join(_JA_RECIPE))
    kept = [v.text for v in doc.lines if v.keep]
    assert kept[2:10] == _JA_RECIPE[6:14]
    menu = scrubber.scrub("\n".join(["科技/财经/体育/娱乐", *_JA_RECIPE[5:6]]))
    assert menu.lines[0].reason == "link_list"


def test_short_sentence_inside_the_article_span_is_kept() -> None:
    """A reply of one short sentence between two long posts, with their chrome around it, is
    text of the thread; a short sentence after the article's last line is not."""
    post = _PARA + "I tried it on two machines and the result was the same on both of them."
    page = "\n".join(["Home | Forum | Help", post, "alice", "2 hours ago", "Reply",
                      "Thanks, that fixed it.", "bob", "1 hour ago", "Reply",
                      post.replace("two", "three"), "Reply", "Did this answer help you?",
                      "© 2024 Example"])
    doc = scrubber.scrub(page)
    assert (doc.lines[5].keep, doc.lines[5].reason) == (True, "inner_sentence")
    assert doc.lines[1].keep and doc.lines[9].keep
    assert not doc.lines[11].keep


def test_prose_in_short_lines_is_not_a_menu() -> None:
    """A blog that breaks its prose into short lines, one clause a line, without sentence
    punctuation: the clauses hold particles, so they are prose; a menu of nouns is not."""
    menu = ["ホーム", "ニュース", "スポーツ", "エンタメ", "ライフ", "ランキング"]
    clauses = ["ついについに", "わたしも買ってしまいました", "袖を通した瞬間に", "と鏡の前で",
               "叫んでしまいました", "今まで色んなブロガーさんの", "画像で見ていたものを",
               "実際に着てみると", "本当にステキでした"]
    doc = scrubber.scrub("\n".join([*menu, "✨✨", *clauses, "✨✨", *menu]))
    kept = [v.text for v in doc.lines if v.keep]
    assert set(clauses) - set(kept) <= {clauses[0]}  # the first clause may be taken as title
    assert not set(menu) & set(kept)
    # A particle of one kana ("の", "と", "を") is a function word too: clauses like "駅の前"
    # among the others still read as prose.
    nouns = ["白のシャツ", "娘と公園", "駅の前で", "夏を満喫"]
    mixed = [clauses[1], nouns[0], clauses[2], nouns[1], clauses[4], nouns[2], clauses[6],
             nouns[3], clauses[8]]
    doc = scrubber.scrub("\n".join([*menu, "✨✨", *mixed, "✨✨", *menu]))
    kept = [v.text for v in doc.lines if v.keep]
    assert set(mixed) - set(kept) <= {mixed[0]}
    assert not set(menu) & set(kept)


def test_japanese_clauses_run_longer_than_chinese_ones() -> None:
    """Japanese short-line prose of ten to sixteen characters a line is prose: Japanese writes
    a clause in more characters than Chinese (PROSE_MEDIAN_UNITS)."""
    menu = ["ホーム", "ニュース", "スポーツ", "エンタメ", "ライフ", "グルメ"]
    clauses = ["かがんでも胸元のチラ見え", "心配ないのがうれしいです",
               "こちらも接触冷感なので", "サラサラ気持ちいいです", "なにぶん汗っかきなので",
               "汗じみの目立たない黒とか", "白のレース素材とかが多め",
               "それでは今度こそ失礼します", "ぜひまた遊びにいらしてね"]
    lead = "今日は新しく買ったインナーを紹介します。夏に向けて涼しく着られる服を探していました。"
    doc = scrubber.scrub("\n".join([*menu, lead, "✨✨", *clauses, "✨✨", *menu]))
    kept = [v.text for v in doc.lines if v.keep]
    assert set(clauses) <= set(kept)
    assert not set(menu) & set(kept)


def test_quoted_posts_open_no_comment_region() -> None:
    """The heads of quoted posts ("X said:") stand inside a forum thread, wherever they are:
    the replies after them are the thread, not a comment box."""
    post = ("I tried the new firmware on my router last night and the connection drops "
            "every few minutes, has anyone else seen this after the update?")
    lines = [post, post.replace("router", "modem"), "Like", "Quote", "Report", "Share"]
    for name in ("alice", "bob", "carol"):
        lines += [f"{name} said:", post.replace("router", f"{name}'s router")]
    doc = scrubber.scrub("\n".join(lines))
    assert all(v.keep for v in doc.lines[7::2])


def test_header_word_inside_a_menu_opens_no_region() -> None:
    """"评论" between two channel names is a menu entry, not a comment box's header."""
    blurb = "本站是一家综合性的新闻网站，每天为读者提供国内外的重要新闻、深度报道和评论文章。"
    menu = ["首页", "图片", "评论", "探索", "军事"]
    page = "\n".join([blurb, blurb, *menu, _ZH, _ZH.replace("文章", "报道"),
                      _ZH.replace("文章", "新闻")])
    doc = scrubber.scrub(page)
    assert [v.keep for v in doc.lines][2 + len(menu):] == [True] * 3
    assert doc.lines[4].label == "comment" and not doc.lines[4].keep
