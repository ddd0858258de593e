"""Q&A boards in the style of answers portals: a question with its asker's card, then the best
answer and the other answers, each under the answerer's name and their rank, score and age
("Thinker (7,512) 2 years ago"), with "Like 15  Reply" under each (``post_marks.POST_MARKS``,
the rank folded by ``chrome_shapes.chrome_key``); the question's title over the asker's card
is the page's headline (``headline.thread_title``). Synthetic pages written for these tests,
in English and Russian."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.chrome_shapes import chrome_key
from scrubber.features import document_features

EN = {
    "head": ["Answers Hub", "Home  Top  Categories  Ask a question"],
    "title": "How can I learn English quickly on my own?",
    "asker": ("Irina Petrova", "Student (102), asked 2 years ago",
              "I want to reach B2 level within a year. Where should I start and how much "
              "should I study every day?"),
    "best": "Best answer", "others": "Other answers", "like": "Like {n}  Reply",
    "answers": [
        ("Alex Smith", "Thinker (7,512) 2 years ago",
         "Study every day for at least an hour and watch series with English subtitles."),
        ("Maria K.", "Pro (934) 2 years ago",
         "Anki flashcards helped me: twenty new words a day adds up to thousands in a year."),
        ("Tom Lee", "Expert (2,310) 2 years ago",
         "Read simple books you enjoy and write a short diary in English every evening."),
        ("Nina B.", "Student (55) 1 year ago",
         "Try language exchange apps, you can talk to people all over the world for free."),
    ],
    "tail": ["Similar questions", "Which English textbook is best?", "© 2024 Answers Hub"],
}
RU = {
    "head": ["Ответы", "Главная  Лучшие  Категории  Задать вопрос"],
    "title": "Как быстро выучить английский язык самостоятельно",
    "asker": ("Ирина Петрова", "Ученик (102), на голосовании 2 года назад",
              "Хочу за год выйти на уровень B2. С чего начать и сколько заниматься каждый "
              "день?"),
    "best": "Лучший ответ", "others": "Остальные ответы", "like": "Нравится {n}  Ответить",
    "answers": [
        ("Алексей Смирнов", "Мыслитель (7 512) 2 года назад",
         "Занимайтесь каждый день хотя бы по часу и смотрите сериалы с субтитрами."),
        ("Мария К.", "Профи (934) 2 года назад",
         "Мне помогли карточки: по двадцать новых слов в день, за год набираются тысячи."),
        ("Том Ли", "Эксперт (2 310) 2 года назад",
         "Читайте простые книги, которые вам нравятся, и ведите дневник на английском."),
        ("Нина Б.", "Ученик (55) 1 год назад",
         "Попробуйте приложения для языкового обмена, там можно общаться бесплатно."),
    ],
    "tail": ["Похожие вопросы", "Какой учебник английского лучше?", "© 2024 Ответы"],
}


def _page(board: dict) -> str:
    lines = [*board["head"], board["title"], *board["asker"], board["best"]]
    for k, (name, card, body) in enumerate(board["answers"]):
        if k == 1:
            lines.append(board["others"])
        lines += [name, card, body, board["like"].format(n=15 - 3 * k)]
    return "\n".join([*lines, *board["tail"]])


@pytest.mark.parametrize("board", [EN, RU], ids=["en", "ru"])
def test_every_answer_is_kept_and_the_answerers_cards_removed(board: dict) -> None:
    doc = scrub(_page(board))
    kept = doc.text.split("\n")
    assert board["asker"][2] in kept
    for name, card, body in board["answers"]:
        assert body in kept
        assert name not in kept  # "Maria K.": an initial's full stop ends no sentence
        assert card not in kept
    assert board["best"] not in kept and board["others"] not in kept
    assert board["like"].format(n=15) not in kept


@pytest.mark.parametrize("board", [EN, RU], ids=["en", "ru"])
def test_the_questions_title_over_the_askers_card_is_the_headline(board: dict) -> None:
    """No <title> line, and the title shares no word with the question's body in Russian: the
    line right over the asker's card (a name over a post mark) is the headline."""
    assert scrub(_page(board)).metadata.title == board["title"]


def test_an_answerers_rank_is_folded_out_of_the_cards_shape() -> None:
    cards = [card for _, card, _ in EN["answers"]]
    assert len({chrome_key(f) for f in document_features(cards, None)}) == 1
