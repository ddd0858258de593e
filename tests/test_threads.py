"""Thread pages: the posts of a forum or Q&A thread are the content, their chrome is not
(``threads.post_chrome``). Synthetic pages written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub

POSTS = [
    "I replaced the fan in my old laptop last week, and since then it makes a clicking noise "
    "whenever the machine wakes up from sleep. Has anyone seen this before?",
    "That sounds like a blade touching the housing. Take the cover off again and check that "
    "the fan sits flat in its bracket before you tighten the screws.",
    "Mine did the same after a repair. A thin washer under one corner of the fan fixed it for "
    "good, and it has been silent for a month now.",
    "Thanks to both of you, the bracket was bent. I straightened it and the clicking is gone.",
]
NAMES = ["harbour_light", "quietfan", "Maple Rowe", "harbour_light"]


def _forum(posts: list[str], names: list[str]) -> str:
    lines = ["Clicking noise after replacing a laptop fan - Example Forums",
             "Home", "Forums", "Hardware", "Clicking noise after replacing a laptop fan"]
    for n, (post, name) in enumerate(zip(posts, names, strict=True), 1):
        lines += [name, "Senior Member", f"Posts: {120 * n + 7}", "Joined: Mar 2019",
                  f"#{n}", post, "Reply", "Quote", f"{3 * n}"]
    lines += ["Terms and rules", "Privacy policy", "© 2024 Example Forums"]
    return "\n".join(lines)


def _verdicts(page: str) -> dict[str, tuple[bool, str]]:
    return {v.text.strip(): (v.keep, v.reason) for v in scrub(page).lines if v.text.strip()}


def test_every_post_body_is_kept() -> None:
    verdicts = _verdicts(_forum(POSTS, NAMES))
    for post in POSTS:
        assert verdicts[post][0], post


@pytest.mark.parametrize("chrome", ["Senior Member", "Posts: 127", "Joined: Mar 2019", "#2",
                                    "Reply", "Quote", "quietfan", "Maple Rowe"])
def test_post_chrome_is_removed(chrome: str) -> None:
    keep, reason = _verdicts(_forum(POSTS, NAMES))[chrome]
    assert not keep
    assert reason == "post_chrome"


def test_an_article_that_mentions_posts_and_replies_survives() -> None:
    article = [
        "Why forums still matter",
        "Posts: the unit of every forum",
        "Online forums grew out of bulletin boards, where every message was a post and every "
        "answer a reply to it; the words stayed when the boards moved to the web.",
        "Reply",
        "A reply button under each post keeps the thread in order, and moderators keep it "
        "civil. Members earn a rank as their post count grows over the years.",
        "Joined: a word that matters",
        "Many members joined in the early years, and some of them still post every week about "
        "the hobby that brought them there in the first place.",
    ]
    doc = scrub("\n".join(article))
    assert all(v.reason != "post_chrome" for v in doc.lines)
    kept = doc.text
    for line in article[2::2]:
        assert line in kept


def test_numbered_sections_alone_make_no_thread() -> None:
    # One kind of repeated mark ("#1", "#2", ...) is a numbered list, not a thread.
    lines = ["Five tips for a quiet laptop"]
    for n, post in enumerate(POSTS, 1):
        lines += [f"#{n}", post]
    doc = scrub("\n".join(lines))
    assert all(v.reason != "post_chrome" for v in doc.lines)
    assert POSTS[0] in doc.text


def test_comments_under_an_article_are_no_thread() -> None:
    # A blog's comment box ("Reply" under every comment) opens its region as before.
    paragraph = ("The new bridge opened on Monday after three years of work, and the first "
                 "buses crossed it at dawn while the river below was still in fog.")
    lines = ["A new bridge for the city", paragraph, paragraph.replace("Monday", "Tuesday"),
             "3 Comments", "Leave a Reply"]
    for name, post in zip(NAMES[:3], POSTS[:3], strict=True):
        lines += [name, "May 3, 2024 at 10:12 am", post, "Reply"]
    doc = scrub("\n".join(lines))
    assert all(v.reason != "post_chrome" for v in doc.lines)
    assert paragraph in doc.text
    assert POSTS[1] not in doc.text


def test_chinese_thread() -> None:
    posts = ["我家的路由器最近每天晚上都会自动断网一次，重启之后又恢复正常，请问这是什么原因？",
             "可能是固件的问题，建议先到官网下载最新的固件升级一下，再观察几天看看效果。",
             "我以前也遇到过，后来发现是散热不好导致的，把路由器放到通风的地方就好了。",
             "谢谢大家的回复，升级固件以后已经两天没有断网了，问题应该解决了。"]
    lines = ["路由器每天晚上自动断网怎么办 - 示例论坛", "首页", "论坛", "网络设备"]
    for n, post in enumerate(posts, 1):
        lines += [f"用户{n}", "中级会员", f"积分：{100 * n}", f"帖子：{10 * n}",
                  f"{n}楼", "发表于 2024-5-3 10:12", post, "回复", "举报"]
    verdicts = _verdicts("\n".join(lines))
    for post in posts:
        assert verdicts[post][0], post
    for chrome in ("中级会员", "积分：200", "2楼", "回复"):
        assert verdicts[chrome] == (False, "post_chrome"), chrome


def test_a_quote_of_an_earlier_post_and_a_repeated_signature_are_removed() -> None:
    signature = "Three laptops, one desk and never enough chargers to go round."
    posts = [POSTS[0] + "\n" + signature, POSTS[1],
             "quietfan said:\n" + POSTS[1] + "\n" + POSTS[2], POSTS[3] + "\n" + signature]
    doc = scrub(_forum(posts, NAMES))
    lines = [v for v in doc.lines if v.text.strip()]
    quoted = [v for v in lines if v.text == POSTS[1]]
    assert [(v.keep, v.reason) for v in quoted] == [(True, "article_block"),
                                                    (False, "post_repeat")]
    signed = [v for v in lines if v.text == signature]
    assert [(v.keep, v.reason) for v in signed] == [(False, "post_signature")] * 2
    for post in POSTS:
        assert post in doc.text


@pytest.mark.parametrize("signature", [
    # Two lines of a signature.
    ["Desk: an old oak door on two trestles, finished with boat varnish.",
     "Rig: a ten-year-old tower that refuses to die, with a new fan."],
    # A signature's short line goes with it.
    ["Measure twice, cut once, and keep the offcuts for the next repair job.",
     "~ J. Carpenter"],
])
def test_a_signature_of_two_lines_is_removed_under_every_post(signature: list[str]) -> None:
    posts = [POSTS[0] + "\n" + "\n".join(signature), POSTS[1], POSTS[2],
             POSTS[3] + "\n" + "\n".join(signature)]
    lines = [v for v in scrub(_forum(posts, NAMES)).lines if v.text in signature]
    assert [(v.keep, v.reason) for v in lines] == [(False, "post_signature")] * 4


@pytest.mark.parametrize("head", ["quietfan said:", "Quote:", "Originally posted by quietfan"])
def test_a_post_that_ends_its_post_and_is_quoted_twice_is_no_signature(head: str) -> None:
    # The second post's last line, quoted by the two replies after it: a quote's copy stands
    # under the quote's head, above the reply's own text.
    posts = [POSTS[0], POSTS[1], head + "\n" + POSTS[1] + "\n" + POSTS[2],
             head + "\n" + POSTS[1] + "\n" + POSTS[3]]
    lines = [v for v in scrub(_forum(posts, NAMES)).lines if v.text == POSTS[1]]
    assert [v.keep for v in lines] == [True, False, False]


def test_a_repeated_line_in_an_article_stays() -> None:
    # No thread: a pull quote that repeats a sentence of the article is left to the context
    # pass (it stays inside the article).
    quote = "The river was still in fog when the first buses crossed the new bridge."
    paragraph = ("The new bridge opened on Monday after three years of work, and the city "
                 "celebrated with a parade along both banks of the river.")
    doc = scrub("\n".join(["A new bridge for the city", paragraph, quote, paragraph.replace(
        "Monday", "Tuesday"), quote, paragraph.replace("city", "town")]))
    assert [v.keep for v in doc.lines if v.text == quote] == [True, True]


COMMENTS = ["Did you check the power settings first? That is the usual cause.",
            "Same here, the second tip worked for me on an older model.",
            "Which version of the driver are you running?"]
COMMENTERS = ["Ola Berg", "tinkerer42", "Ola Berg"]


def _qa(signature: str = "–  {}", commented: tuple[int, ...] = (1, 2)) -> str:
    """A Q&A page: a question, then answers, each with its controls, its stamp, its author
    and badges, and signed comments under it ("Name" / "– Name" / stamp)."""
    lines = ["Laptop fan clicks after waking from sleep - Example Q&A", "Questions", "Tags",
             "Users", "Laptop fan clicks after waking from sleep", "Asked 2 years ago",
             "Viewed 3k times", "12", POSTS[0], "laptop", "fan", "Share",
             "Improve this question", "asked Mar 2, 2023 at 10:15", "harbour_light",
             "1,234 5 gold badges 12 silver badges", "3", COMMENTS[0], COMMENTERS[0],
             signature.format(COMMENTERS[0]), "Commented Mar 2, 2023 at 11:40",
             "Add a comment |", "3 Answers"]
    answers = [*POSTS[1:], "Check the fan's cable as well: if it rests against the blades it "
               "clicks on every start, and a strip of tape along the housing keeps it away."]
    for n, post in enumerate(answers, 1):
        lines += [f"{10 - n}", post, "Share", "Improve this answer",
                  f"answered Mar {n + 2}, 2023 at 9:0{n}", NAMES[n % len(NAMES)],
                  f"{n * 321} {n} silver badges {n + 2} bronze badges"]
        if n in commented:
            lines += ["2", COMMENTS[n], COMMENTERS[n], signature.format(COMMENTERS[n]),
                      f"Commented Mar {n + 3}, 2023 at 8:15"]
        lines += ["Add a comment |"]
    lines += ["You must log in to answer this question.", "Hot Network Questions",
              "© 2024 Example Q&A"]
    return "\n".join(lines)


def test_signed_comments_under_posts_are_removed() -> None:
    doc = scrub(_qa())
    verdicts = {v.text.strip(): (v.keep, v.reason) for v in doc.lines if v.text.strip()}
    for comment in COMMENTS:
        assert verdicts[comment] == (False, "post_comment"), comment
    assert verdicts["–  tinkerer42"] == (False, "post_comment")
    # The question and every answer stay, the question above its own chrome included.
    for post in POSTS[:3]:
        assert post in doc.text, post


def test_a_dash_line_that_repeats_no_name_is_no_signature() -> None:
    # "– Name" must repeat the line above it: a dash line after any other line is no sign.
    doc = scrub(_qa(signature="–  someone else"))
    assert all(v.reason != "post_comment" for v in doc.lines)


def test_a_single_signed_line_is_no_comment() -> None:
    # One "Name" / "– Name" pair (a quotation's attribution) is not a thread's comments.
    paragraph = ("The new bridge opened on Monday after three years of work, and the first "
                 "buses crossed it at dawn while the river below was still in fog.")
    quote = "A bridge is a promise that the other side is worth reaching, and we kept it."
    doc = scrub("\n".join(["A new bridge for the city", paragraph, quote, "Ada Moss",
                           "– Ada Moss", paragraph.replace("Monday", "Tuesday")]))
    assert all(v.reason != "post_comment" for v in doc.lines)
    assert quote in doc.text


def test_numbered_headings_are_no_post_stamps() -> None:
    # "#1" heads a post; "Tip #1: ..." heads a section of an article.
    paragraph = ("Good coffee starts with fresh beans, ground just before brewing, and water "
                 "that is hot but not boiling when it meets the grounds.")
    lines = ["Five tips for better coffee at home"]
    for n, topic in enumerate(["Fresh Beans", "The Right Grind", "Water Temperature",
                               "Clean Equipment"], 1):
        lines += [f"Tip #{n}: {topic}", paragraph.replace("Good", f"Tip {n}: good")]
    doc = scrub("\n".join(lines))
    assert all(v.reason != "post_stamp" for v in doc.lines)
    assert "Tip #3: Water Temperature" in doc.text


@pytest.mark.parametrize(("line", "stamp"), [
    ("#3", True), ("Post #3", True), ("#1 Post by harbour_light » 2024-05-20 14:17", True),
    ("#2 · 5 likes", True), ("3 days ago", True),
    ("Tip #1: Fresh Beans", False), ("#4 of 20 Best Cafés in Our Town", False),
    ("Lesson #2", False), ("Standard #3- Reading", False), ("Reply #5", True)])
def test_floor_numbers(line: str, stamp: bool) -> None:
    from scrubber.posts import stamped
    assert stamped(line) is stamp


def test_signed_comments_make_a_thread_of_one_kind_of_mark() -> None:
    # Comments under the question only: their stamps enclose no post, the answers' stamps
    # are the one kind of mark; the signed comments tell that the page is a Q&A thread.
    lines = _qa(commented=()).split("\n")
    at = lines.index("Add a comment |")
    extra = ["4", "Have you tried another fan of the same model?", "tinkerer42",
             "–  tinkerer42", "Commented Mar 2, 2023 at 12:01"]
    doc = scrub("\n".join(lines[:at] + extra + lines[at:]))
    verdicts = {v.text.strip(): (v.keep, v.reason) for v in doc.lines if v.text.strip()}
    assert verdicts["answered Mar 4, 2023 at 9:02"] == (False, "post_chrome")
    for post in POSTS[:3]:
        assert post in doc.text, post


def test_marks_among_the_fields_of_a_line() -> None:
    # "#3 · May 2, 2024" and "120 posts · Joined 2019": the marks share a line with others.
    lines = ["Clicking noise after replacing a laptop fan", "Forums", "Hardware"]
    for n, (post, name) in enumerate(zip(POSTS, NAMES, strict=True), 1):
        lines += [name, f"{120 * n + 7} posts · Joined 2019", "Add to quote",
                  f"#{n} · May {n + 1}, 2024", post, "Save", "Reply Quote Like"]
    lines += ["Terms and rules", "© 2024 Example Forums"]
    verdicts = _verdicts("\n".join(lines))
    for post in POSTS:
        assert verdicts[post][0], post
    for chrome in ("247 posts · Joined 2019", "#2 · May 3, 2024", "Reply Quote Like"):
        assert verdicts[chrome] == (False, "post_chrome"), chrome


def _fielded_forum(posts: list[str]) -> str:
    lines = ["Clicking noise after replacing a laptop fan", "Forums", "Hardware"]
    for n, (post, name) in enumerate(zip(posts, NAMES, strict=True), 1):
        lines += [name, f"{120 * n + 7} posts · Joined 2019", "Add to quote",
                  f"#{n} · May {n + 1}, 2024", post, "Save", "Reply Quote Like"]
    lines += ["Terms and rules", "© 2024 Example Forums"]
    return "\n".join(lines)


def test_a_short_post_after_the_floor_number_is_kept() -> None:
    # The posts' text begins after "#3 · May 4, 2024": a one-word post there is a body, while
    # the poster's name between "Reply Quote Like" and the post count is chrome.
    posts = [POSTS[0], POSTS[1], "Same here", POSTS[2]]
    verdicts = _verdicts(_fielded_forum(posts))
    assert verdicts["Same here"][0]
    assert verdicts["Maple Rowe"] == (False, "post_chrome")


def test_a_quote_in_the_last_post_opens_no_comment_region() -> None:
    # "X said:" heads a quote inside the last post: the reply under it is still the thread's.
    posts = [POSTS[0], POSTS[1], POSTS[2], "quietfan said:\n" + POSTS[1] + "\n" + POSTS[3]]
    verdicts = _verdicts(_fielded_forum(posts))
    assert verdicts[POSTS[3]][0]
    assert not verdicts["quietfan said:"][0]


def _status_thread(posts: list[str], names: list[str]) -> str:
    """A thread whose posts carry the poster's status and an edit stamp, and the count of
    their replies, as marks (no rank or post count)."""
    lines = ["Clicking noise after replacing a laptop fan | Example Board", "Categories",
             "Recent", "Clicking noise after replacing a laptop fan"]
    for n, (post, name) in enumerate(zip(posts, names, strict=True), 1):
        lines += [f"{name[0].upper()} Offline", name, "wrote on last edited by", f"#{n}", post,
                  f"{n} Reply Last reply", "0"]
    lines += ["First post", "Last post", "Powered by an example engine"]
    return "\n".join(lines)


@pytest.mark.parametrize("chrome", ["H Offline", "Q Offline", "wrote on last edited by",
                                    "2 Reply Last reply"])
def test_status_and_edit_stamps_are_post_marks(chrome: str) -> None:
    verdicts = _verdicts(_status_thread(POSTS, NAMES))
    assert verdicts[chrome] == (False, "post_chrome")
    for post in POSTS:
        assert verdicts[post][0], post


def test_an_article_about_going_online_has_no_post_marks() -> None:
    article = [
        "How our library went online",
        "Online",
        "The catalogue moved to the web in two steps, and readers could search it from home "
        "for the first time in the spring of that year.",
        "Offline",
        "The reading rooms kept a printed copy of the catalogue for the readers who preferred "
        "paper, and the staff updated it every month.",
        "Last edited by the archive team",
        "The history of the move was written down by the archive team and checked by the "
        "librarians who had worked on it.",
    ]
    doc = scrub("\n".join(article))
    assert all(v.reason != "post_chrome" for v in doc.lines)
    for line in article[2::2]:
        assert line in doc.text


def test_a_replys_subject_that_repeats_the_title_is_removed() -> None:
    title = "Clicking noise after replacing a laptop fan"
    other = "Re: which thermal paste did you use on the new heat sink"
    posts = [POSTS[0], f"Re: {title}\n{POSTS[1]}", f"{other}\n{POSTS[2]}", POSTS[3]]
    verdicts = _verdicts(_forum(posts, NAMES))
    assert verdicts[f"Re: {title}"] == (False, "post_repeat")
    # A subject of its own repeats nothing: it is left to the other passes.
    assert verdicts[other][1] != "post_repeat"
    for post in POSTS:
        assert verdicts[post][0], post
