"""Threads of boards in other languages (``post_marks.POST_MARKS``: the counters, dates and
ranks of a poster's card as phpBB-, vBulletin- and XenForo-like boards translate them), counts
whose groups of digits a space parts ("5 432", one shape with "12": ``chrome_shapes``), and a
short last post under its poster's card and its time (``posts.bounded_posts``). Synthetic
pages written for these tests."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.chrome_shapes import chrome_key
from scrubber.features import document_features
from scrubber.post_marks import is_mark

RU_POSTS = [
    ("Алексей_87", "Новичок", "Сообщений: 12",
     "Добрый день. После вчерашнего обновления ноутбук перестал загружаться, висит на "
     "логотипе производителя."),
    ("tech_master", "Модератор", "Сообщений: 5 432",
     "Попробуйте зайти в BIOS и сбросить настройки по умолчанию. Если не поможет, "
     "загрузитесь с флешки и откатите обновление."),
    ("Алексей_87", "Новичок", "Сообщений: 12", "Спасибо, сброс BIOS помог!"),
]


def _ru_thread() -> str:
    lines = ["Не запускается ноутбук после обновления — Форум", "Форум", "Правила", "Поиск",
             "Вход", "Форум › Ноутбуки › Загрузка", "Не запускается ноутбук после обновления"]
    for n, (name, rank, count, body) in enumerate(RU_POSTS, start=1):
        lines += [f"Сообщение #{n}", name, rank, count, f"05.03.2024, 1{n}:34", body,
                  "Ответить", "Цитировать"]
    lines += ["Похожие темы", "Ноутбук сам выключается", "Не работает клавиатура",
              "© 2024 Форум"]
    return "\n".join(lines)


def test_a_russian_threads_posts_are_kept_and_its_chrome_removed() -> None:
    verdicts = {v.text: (v.keep, v.reason) for v in scrub(_ru_thread()).lines}
    for _, _, _, body in RU_POSTS:
        assert verdicts[body][0], (body, verdicts[body])
    for chrome in ["Сообщение #2", "Модератор", "Сообщений: 5 432", "Ответить", "Цитировать"]:
        assert verdicts[chrome] == (False, "post_chrome"), chrome
    assert not verdicts["Ноутбук сам выключается"][0]


@pytest.mark.parametrize("line", [
    "Сообщений: 5 432", "Регистрация: 03.02.2023", "Beiträge: 1.234", "Dabei seit: 12.03.2019",
    "Inscrit le : 5 mars 2020", "Messages : 1 234", "Mensajes: 87", "Membro desde: 2019",
    "Messaggi: 5", "Modérateur", "Mitglied"])
def test_poster_cards_in_other_languages_are_marks(line: str) -> None:
    assert is_mark(line.casefold())


@pytest.mark.parametrize("line", ["Сообщения о погоде за неделю", "Beiträge zur Geschichte",
                                  "Messages from our readers"])
def test_headings_that_open_with_such_words_are_no_marks(line: str) -> None:
    assert not is_mark(line.casefold())


def test_a_count_with_spaced_digit_groups_has_the_shape_of_any_count() -> None:
    feats = document_features(["Posts: 5 432", "Posts: 12", "Posts: 1\u202f204",
                               "Posts: 7'310"], None)
    assert len({chrome_key(f) for f in feats}) == 1


@pytest.mark.parametrize(("line", "name"), [
    ("Themenstarter klaus_m", "klaus_m"), ("Автор темы: Алексей_87", "Алексей_87"),
    ("Auteur du sujet jdupont", "jdupont"), ("Autor del tema: mgarcia", "mgarcia")])
def test_a_threads_starter_in_other_languages_is_its_author(line: str, name: str) -> None:
    page = _ru_thread().replace("Сообщение #1", f"{line}\nСообщение #1", 1)
    assert scrub(page).metadata.author == name
