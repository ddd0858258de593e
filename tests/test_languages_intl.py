"""Keyword tables and dates of other Latin-script languages and Russian: the chrome of a German,
French, Spanish, Portuguese or Russian page is named like an English one's, and an article's
own lines that happen to hold such a word survive."""

from __future__ import annotations

import pytest

from scrubber import scrub
from scrubber.dates import find_dates

_DE = ("Die Stadt hat am Montag beschlossen, den Bau der neuen Brücke um zwei Jahre zu "
       "verschieben, weil die Kosten stark gestiegen sind.")
_DE2 = ("Der Bürgermeister sagte, man werde die Pläne im Herbst noch einmal prüfen und dann "
        "über die Finanzierung entscheiden.")
_FR = ("Le conseil municipal a voté lundi le report de deux ans de la construction du "
       "nouveau pont, dont le coût a fortement augmenté.")
_FR2 = ("Le maire a indiqué que les plans seraient réexaminés à l'automne avant toute "
        "décision sur le financement.")
_PT = ("A prefeitura decidiu nesta segunda adiar por dois anos a construção da nova ponte, "
       "porque os custos subiram muito.")
_PT2 = ("O prefeito disse que os planos serão revistos no outono antes de qualquer decisão "
        "sobre o financiamento.")
_ES = ("El ayuntamiento decidió el lunes aplazar dos años la construcción del nuevo puente, "
       "porque los costes han subido mucho.")
_ES2 = ("El alcalde dijo que los planes se revisarán en otoño antes de decidir sobre la "
        "financiación del proyecto.")
_RU = ("Городской совет в понедельник решил отложить на два года строительство нового моста, "
       "потому что его стоимость сильно выросла.")
_RU2 = ("Мэр сказал, что планы пересмотрят осенью, а затем примут решение о финансировании "
        "проекта.")


@pytest.mark.parametrize("page, chrome", [
    ([_DE, _DE2, "Das könnte Sie auch interessieren", "Neue Pläne für den Hafen",
      "Kommentare (3)"], {"related_header_latin", "comment_header_latin"}),
    ([_FR, _FR2, "À lire aussi", "Le port change de visage", "Tous droits réservés"],
     {"related_header_latin"}),
    ([_PT, _PT2, "Você pode gostar...", "Novo plano para o porto", "Deixe um comentário"],
     {"related_header_latin", "comment_header_latin"}),
    ([_ES, _ES2, "Artículos relacionados", "Nuevo plan para el puerto", "Comentarios"],
     {"related_header_latin", "comment_header_latin"}),
    ([_RU, _RU2, "Читайте также", "Новый план для порта", "Комментарии"],
     {"related_header_ru", "comment_header_ru"}),
])
def test_related_and_comment_headers_end_the_article(page: list[str], chrome: set[str]) -> None:
    doc = scrub("\n".join(page))
    assert doc.text.splitlines() == page[:2]
    assert chrome <= {v.reason for v in doc.lines}


@pytest.mark.parametrize("menu, name", [
    ("Startseite", "nav_keyword_latin"), ("Accueil", "nav_keyword_latin"),
    ("Página inicial", "nav_keyword_latin"), ("Главная", "nav_header_ru"),
    ("Impressum", "site_links_latin"), ("Politique de confidentialité", "site_links_latin"),
])
def test_menu_words_are_named(menu: str, name: str) -> None:
    doc = scrub("\n".join([menu, _DE, _DE2]))
    assert (doc.lines[0].keep, doc.lines[0].reason) == (False, name)


def test_inline_see_also_is_cut_from_the_article() -> None:
    page = [_PT, "Leia também: Prefeitura anuncia novo plano para o porto", _PT2]
    doc = scrub("\n".join(page))
    assert doc.lines[1].reason == "related_inline_latin"
    assert doc.text.splitlines() == [_PT, _PT2]


def test_article_lines_holding_such_words_survive() -> None:
    """A Russian heading that starts with "Главная" (main) is no menu: single Russian words
    only name a line that is nothing else; a German sentence with "weiter" is prose."""
    page = [_RU, "Главная новость дня: мост подождёт", _RU2,
            "Die Arbeiten gehen trotzdem weiter, sagte der Sprecher der Stadt am Abend.", _DE2]
    doc = scrub("\n".join(page))
    assert [v.keep for v in doc.lines] == [True] * len(page)


@pytest.mark.parametrize("text, iso", [
    ("12. März 2020", "2020-03-12"), ("5 février 2021", "2021-02-05"),
    ("1er mai 2020", "2020-05-01"), ("13 de março de 2019", "2019-03-13"),
    ("3 de enero de 2020, 10:30", "2020-01-03T10:30"), ("24 сентября 2018 г.", "2018-09-24"),
    ("Veröffentlicht im März 2020", "2020-03"), ("7 maggio 2022", "2022-05-07"),
])
def test_day_first_dates_in_other_languages(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(("text", "iso"), [
    ("２０２４年３月５日　来源：本报", "2024-03-05"), ("١٢ مارس ٢٠٢٤", "2024-03-12"),
    ("٢٠٢٤/٠٣/٠٥", "2024-03-05"), ("۱۴۰۳ ۲۰۲۴-۰۱-۰۲", "2024-01-02"),
    ("15 มกราคม 2567", "2024-01-15"), ("๑๕ ม.ค. ๒๕๖๗", "2024-01-15"),
    ("วันที่ 3 ก.พ. พ.ศ. 2566", "2023-02-03"), ("२०२४-०३-०५", "2024-03-05"),
])
def test_dates_in_other_scripts_digits(text: str, iso: str) -> None:
    """Digits of other scripts are read as digits (fullwidth in Chinese, Arabic-Indic, Thai,
    Devanagari), and a Thai date's Buddhist-era year as its common-era year; the span is that
    of the text as it is."""
    found = list(find_dates(text))
    assert [d.iso for d in found] == [iso]
    assert not text[found[0].start:found[0].end].startswith(" ")


def test_buddhist_era_years_only_in_their_range() -> None:
    """A 25xx number is a year only in a date with a month name, and only for 1997-2036."""
    assert list(find_dates("Posted 25 2550")) == []
    assert list(find_dates("15 มกราคม 2599")) == []


def test_dated_line_of_a_thai_page_is_its_date() -> None:
    lines = ["รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกร", "15 มกราคม 2567",
             "กรุงเทพฯ – รัฐบาลได้ประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้ง"
             "ในภาคเหนือ โดยจะมีการจัดสรรงบประมาณกว่าหนึ่งพันล้านบาท",
             "นายกรัฐมนตรีกล่าวว่า มาตรการดังกล่าวจะเริ่มดำเนินการภายในเดือนหน้า และจะมีการติดตามผล"
             "อย่างใกล้ชิด"]
    assert scrub("\n".join(lines)).metadata.date == "2024-01-15"


def test_english_words_are_no_months() -> None:
    """"Mars 2020" is a mission, not March; "Marco 2021" a name."""
    assert [d.iso for d in find_dates("The Mars 2020 rover landed")] == ["2020"]
    assert [d.iso for d in find_dates("Marco 2021 tour")] == ["2021"]


def test_dated_line_of_a_russian_page_is_its_date() -> None:
    doc = scrub("\n".join(["Мост подождёт", "Автор: Иван Петров · 24 сентября 2018", _RU, _RU2]))
    assert doc.metadata.date == "2018-09-24"
    assert doc.text.splitlines() == [_RU, _RU2]
    assert doc.lang == "ru" and not doc.warnings


@pytest.mark.parametrize("heading", [
    "Sur le même sujet dans la région", "À propos de l'auteur",
    "Artículos relacionados con el puente", "Über den Autor", "Leia também sobre o porto",
    "Похожие статьи о мостах"])
def test_end_matter_headings_of_other_languages_end_the_article(heading: str) -> None:
    """data/article_end.tsv rows per language: the heading may go on after the phrase."""
    page = [_FR, _FR2, heading, "Le port change de visage",
            "Une autre histoire du port de la ville, racontée par ses habitants depuis des années."]
    doc = scrub("\n".join(page))
    assert doc.text.splitlines() == page[:2]
    assert doc.lines[2].reason == "article_end_header"


def test_a_heading_that_merely_starts_like_one_stays() -> None:
    """"Plus de" or "Más de" open many headings of an article's own sections: no such phrase."""
    page = [_ES, "Más de cien vecinos firmaron la petición", _ES2]
    assert scrub("\n".join(page)).text.splitlines() == page


_DE_REPLIES = ["Klingt nach einem überhitzten Router, stell ihn mal aus dem Schrank.", "Danke!",
               "Hatte ich auch.", "Neuen Router kaufen",
               "Danke euch, seit drei Tagen ohne Abbruch, nachdem er aus dem Schrank ist."]


@pytest.mark.parametrize("unit", ["Stunden", "Std"])
def test_replies_under_german_signed_headers_are_kept(unit: str) -> None:
    """A thread in German: "name   vor 3 Stunden" heads each reply (relative_times.py)."""
    question = ("Mein Router verliert jeden Abend einmal die Verbindung und nach einem Neustart "
                "geht es wieder, hat jemand das gleiche Problem gehabt?")
    lines = ["Router bricht abends ab - Beispielforum", "Startseite", "Router bricht abends ab",
             "nutzer0 · vor 2 Tagen", question]
    for n, reply in enumerate(_DE_REPLIES):
        lines += [f"nutzer{n + 1}   vor {n + 1} {unit}", reply]
    lines += ["Impressum", "© 2024 Beispielforum"]
    verdicts = {v.text: v.keep for v in scrub("\n".join(lines)).lines}
    for reply in _DE_REPLIES:
        assert verdicts[reply], reply
    assert not any(verdicts[f"nutzer{n}   vor {n} {unit}"] for n in range(1, 6))


_HI = ["होम", "देश", "विदेश", "खेल", "मनोरंजन", "दिल्ली में बारिश से मौसम हुआ सुहाना",
       "नई दिल्ली, 12 जुलाई 2024",
       "राजधानी दिल्ली में शुक्रवार सुबह से हो रही बारिश ने लोगों को गर्मी से राहत दी है। मौसम विभाग ने"
       " अगले दो दिनों तक बारिश जारी रहने का अनुमान जताया है।",
       "कई इलाकों में जलभराव की वजह से यातायात प्रभावित हुआ और लोगों को दफ्तर पहुंचने में देरी हुई।",
       "नगर निगम ने कहा है कि जल निकासी के लिए अतिरिक्त पंप लगाए गए हैं।",
       "शेयर करें", "कॉपीराइट © 2024 सर्वाधिकार सुरक्षित"]


@pytest.mark.parametrize(("text", "iso"), [
    ("12 जुलाई 2024", "2024-07-12"), ("5 सितम्बर 2023", "2023-09-05"),
    ("१२ मार्च २०२४", "2024-03-12")])
def test_day_first_dates_in_hindi(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


def test_a_hindi_page_gives_its_headline_and_date() -> None:
    """Devanagari words carry their vowel signs (combining marks): the headline over the dated
    line shares them with the article's first lines; the dated line is the page's date."""
    doc = scrub("\n".join(_HI))
    assert doc.metadata.title == _HI[5] and doc.metadata.date == "2024-07-12"
    assert not doc.lines[6].keep and doc.lines[7].keep
