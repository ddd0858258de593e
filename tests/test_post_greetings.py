"""A post's greeting right above its text (``posts.greeting_lines``). Synthetic pages
written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub

BODY = [
    "My amplifier hums as soon as I plug in the turntable, even with the volume all the way "
    "down. I have tried two cables and a different socket without any change at all.",
    "Could the ground wire be the problem? The turntable has a thin wire with a fork at the "
    "end that I never connected to anything, since the amplifier has no obvious post for it.",
]


def _page(greeting: str) -> str:
    return "\n".join(["Hum from the turntable - Example Audio Forum", "Forums", "Vinyl",
                      "Hum from the turntable", "#1", "07-12-2021, 02:20 PM", "vinyl_ola",
                      greeting, *BODY, "Reply", "Quote", "Terms", "Privacy",
                      "© 2024 Example Audio Forum"])


@pytest.mark.parametrize("greeting", ["Hi Guys", "Hello everyone!", "Hi,", "大家好！",
                                      "こんにちは。", "안녕하세요!"])
def test_a_greeting_above_the_post_is_kept(greeting: str) -> None:
    verdicts = {v.text: (v.keep, v.reason) for v in scrub(_page(greeting)).lines}
    assert verdicts[greeting] == (True, "greeting_line")
    assert all(verdicts[line][0] for line in BODY)


@pytest.mark.parametrize("line", ["Hi-Fi", "Hello Kitty store", "Hey Dude shoes sale"])
def test_a_short_line_that_is_no_greeting_is_left_out(line: str) -> None:
    verdicts = {v.text: v.keep for v in scrub(_page(line)).lines}
    assert not verdicts[line]


def test_a_greeting_in_a_menu_far_from_the_text_is_left_out() -> None:
    page = _page("Hi Guys").replace("Forums\n", "Forums\nHello there\nSign in\n")
    verdicts = {v.text: v.keep for v in scrub(page).lines}
    assert not verdicts["Hello there"]
