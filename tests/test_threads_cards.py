"""Thread pages: a poster's card that no post mark names, and a post's negative score
(``threads.post_chrome``). Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub

from .test_threads import NAMES, POSTS, _forum, _qa, _verdicts

CARDS = {"birchwood": ["birchwood", "Pipe Fitter", "From: Harrowgate, UK"],
         "lowtide": ["lowtide", "Lamp Lighter", "From: Port Ellis, NZ"]}


def _board(order: list[str]) -> str:
    """A bulletin board: each post under its floor number and date, the poster's card (name,
    title, place: no post mark), then the poster's counters."""
    lines = ["Clicking noise after replacing a laptop fan / Boards", "Index", "Hardware",
             "Clicking noise after replacing a laptop fan"]
    for n, (post, name) in enumerate(zip(POSTS, order, strict=True), 1):
        lines += ["Offline", f"#{n} 2024-08-0{n} 10:1{n}:00", *CARDS[name],
                  "Registered: 2011-11-29", f"Posts: {30 * n}", "Website", post]
    lines += ["Board footer", "Powered by an example board"]
    return "\n".join(lines)


def test_a_repeated_card_of_the_poster_is_removed() -> None:
    verdicts = scrub(_board(["birchwood", "lowtide", "birchwood", "lowtide"])).lines
    places = [v for v in verdicts if v.text == "From: Harrowgate, UK"]
    assert [v.keep for v in places] == [False, False]
    for post in POSTS:
        assert any(v.keep for v in verdicts if v.text == post), post


def test_a_repeated_run_of_short_lines_outside_a_thread_stays() -> None:
    facts = ["Serves 4", "Prep 10 minutes", "Cook 25 minutes"]
    paragraphs = [
        "This soup starts with onions softened slowly in butter, then a spoonful of flour and "
        "a litre of stock, simmered until the barley is tender and the broth turns silky.",
        "The second recipe uses the same base but swaps the barley for small pasta, which "
        "cooks in the broth itself and thickens it a little as it goes.",
    ]
    page = "\n".join(["Two winter soups", "Barley soup", *facts, paragraphs[0], "Pasta soup",
                      *facts, paragraphs[1]])
    verdicts = [v for v in scrub(page).lines if v.text in facts]
    assert all(v.reason != "post_repeat" for v in verdicts)


def test_the_answer_under_a_negative_score_is_kept() -> None:
    page = _qa().replace("\n7\n", "\n-7\n")
    verdicts = _verdicts(page)
    assert verdicts["-7"][0] is False
    answer = [line for line in page.split("\n") if line.startswith("Check the fan's cable")]
    assert verdicts[answer[0]][0]


def test_the_last_post_under_a_long_byline_is_kept() -> None:
    lines = ["Clicking noise after replacing a laptop fan / Boards", "Board index", "Hardware",
             "Clicking noise after replacing a laptop fan", "Post Reply", "4 posts • Page 1 of 1"]
    names = ["harbour_light", "quietfan", "harbour_light", "quietfan"]
    for n, (post, name) in enumerate(zip(POSTS, names, strict=True), 1):
        lines += [name, f"Posts: {n * 40}", "Joined: 2019-03-02 10:15", "Quote",
                  f"#{n} Post by {name} » 2024-04-1{n} 16:0{n}", post, "Top"]
    lines += ["Post Reply", "Return to “Hardware”", "Jump to", "Software", "Networking",
              "Powered by an example board"]
    verdicts = _verdicts("\n".join(lines))
    for post in POSTS:
        assert verdicts[post][0], post
    assert verdicts["#4 Post by quietfan » 2024-04-14 16:04"][0] is False
    assert not verdicts["Networking"][0]


def test_a_long_reactions_line_under_a_post_is_chrome() -> None:
    posts = [POSTS[0], POSTS[1] + "\nReactions: quietfan, Maple Rowe, harbour_light and 2 "
             "other people", POSTS[2], POSTS[3]]
    verdicts = _verdicts(_forum(posts, NAMES))
    line = "Reactions: quietfan, Maple Rowe, harbour_light and 2 other people"
    assert verdicts[line] == (False, "post_chrome")
    for post in POSTS:
        assert verdicts[post][0], post
