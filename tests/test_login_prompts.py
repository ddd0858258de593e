"""A forum's or a Q&A site's prompt to log in under its thread ("You must log in or register
to reply here.", "登录后才能发表评论") is the site's chrome (``login_prompt_en``,
``login_prompt``), like the notice of an outdated browser above it. Synthetic text."""

from __future__ import annotations

import pytest

from scrubber import scrub

BODY = [
    "Clicking noise after replacing a laptop fan",
    "I replaced the fan in my old laptop last week, and since then it makes a clicking noise "
    "whenever the machine wakes up from sleep. Has anyone seen this before?",
    "That sounds like a blade touching the housing. Take the cover off again and check that "
    "the fan sits flat in its bracket before you tighten the screws.",
]


def _reason(page: list[str], line: str) -> tuple[bool, str]:
    for v in scrub("\n".join(page)).lines:
        if v.text.strip() == line:
            return v.keep, v.reason
    raise AssertionError(line)


@pytest.mark.parametrize(("prompt", "reason"), [
    ("You must log in or register to reply here.", "login_prompt_en"),
    ("You must be logged in to post a comment.", "login_prompt_en"),
    ("You are using an out of date browser. It may not display this site correctly.",
     "login_prompt_en"),
    ("登录后才能发表评论，立即登录", "login_prompt"),
])
def test_a_login_prompt_is_removed(prompt: str, reason: str) -> None:
    assert _reason([*BODY, prompt], prompt) == (False, reason)


def test_a_sentence_about_logging_in_survives() -> None:
    line = ("To change the fan's speed curve you log in to the firmware settings as the "
            "administrator, then open the page for cooling and save the new values there.")
    keep, _ = _reason([*BODY[:2], line, BODY[2]], line)
    assert keep


def test_a_how_to_step_that_says_you_must_log_in_survives() -> None:
    line = ("To change the fan's speed curve you must log in to the firmware settings as the "
            "administrator, then open the page for cooling and save the new values there.")
    keep, _ = _reason([*BODY[:2], line, BODY[2]], line)
    assert keep
