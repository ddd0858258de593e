"""The last lines of a post that the context pass left after the article, up to the post's
chrome (``posts.post_tails``). Synthetic lines written for these tests."""

from __future__ import annotations

from scrubber.classify import Classified, Kind
from scrubber.features import document_features
from scrubber.posts import POST_BODY, TAIL_MAX_LINES, post_tails
from scrubber.regions import Decision
from scrubber.threads import POST_CHROME

KEPT: Decision = ("content", "article_block")
AFTER: Decision = ("noise", "after_article")
BODY = "Open the case and take the fan out of its bracket before you clean the blades."
STEPS = ["Blow the dust out of the heat sink", "Put the fan back in", "Close the case."]


def _tails(lines: list[str], decisions: list[Decision], chrome: set[int],
           bad: frozenset[int] = frozenset()) -> list[Decision]:
    feats = document_features(lines)
    classified = [POST_CHROME if i in chrome else Classified(
        Kind.BAD, "nav", "nav_keyword_en") if i in bad else Classified(Kind.SHORT, "", "")
        for i in range(len(lines))]
    out = list(decisions)
    post_tails(out, classified, feats)
    return out


def test_the_last_steps_of_a_post_up_to_its_chrome_are_kept() -> None:
    lines = [BODY, *STEPS, "Share", "answered May 2, 2024 at 9:41"]
    decisions = [KEPT, AFTER, AFTER, AFTER, ("meta", "post_chrome"), ("meta", "post_chrome")]
    out = _tails(lines, decisions, {4, 5})
    assert out[1:4] == [POST_BODY] * 3


def test_a_command_a_rule_named_stays_removed_inside_the_run() -> None:
    lines = [BODY, STEPS[0], "sudo systemctl restart fancontrol --login", STEPS[2], "Share"]
    decisions = [KEPT, AFTER, ("nav", "nav_keyword_en"), AFTER, ("meta", "post_chrome")]
    out = _tails(lines, decisions, {4}, bad=frozenset({2}))
    assert out[1:4] == [POST_BODY, ("nav", "nav_keyword_en"), POST_BODY]


def test_lines_after_the_article_with_no_post_chrome_under_them_stay_out() -> None:
    lines = [BODY, *STEPS, "About us"]
    decisions = [KEPT, AFTER, AFTER, AFTER, AFTER]
    assert _tails(lines, decisions, set()) == decisions


def test_a_run_that_ends_in_a_region_or_is_too_long_stays_out() -> None:
    region: Decision = ("related", "related_region_en")
    lines = [BODY, STEPS[0], "Related posts", STEPS[1], "Share"]
    decisions = [KEPT, AFTER, region, region, ("meta", "post_chrome")]
    assert _tails(lines, decisions, {4}) == decisions
    long_run = [BODY] + [f"{STEPS[0]} {n}" for n in range(TAIL_MAX_LINES + 1)] + ["Share"]
    decisions = [KEPT] + [AFTER] * (TAIL_MAX_LINES + 1) + [("meta", "post_chrome")]
    assert _tails(long_run, decisions, {len(long_run) - 1}) == decisions
