"""A recipe's parts (``data/part_headers.tsv``): a heading with what the part is for in brackets
("材料 (2人分)", "Ingredients (makes 1 loaf)"), and the ingredients above the steps that the
article search took alone, which run over the next part's heading into the article
(``structure.introduced_lists``); the recipe's first sentence right above them is kept
(``inner_lines.edge_sentences``). Synthetic pages written for these tests."""

from __future__ import annotations

from scrubber import scrub
from scrubber.features import document_features
from scrubber.inner_lines import edge_sentences

JA_INGREDIENTS = ["卵", "3個", "砂糖", "大さじ1", "しょうゆ", "小さじ1/2", "サラダ油", "適量"]
JA_STEPS = ["ボウルに卵を割り入れ、砂糖としょうゆを加えてよく混ぜます。",
            "卵焼き器に油を熱し、卵液の1/3を流し入れます。",
            "半熟になったら奥から手前に巻き、残りの卵液も同様に焼きます。"]
JA_INTRO = "お弁当にもぴったりの、甘くてふわふわな卵焼きです。"


def _ja_page() -> str:
    lines = ["簡単！ふわふわ卵焼き - レシピ帳", "レシピ帳", "レシピを検索", "人気順",
             "プレミアムサービス", "簡単！ふわふわ卵焼き", "みかん", JA_INTRO, "材料 (2人分)",
             *JA_INGREDIENTS, "作り方"]
    for n, step in enumerate(JA_STEPS, start=1):
        lines += [str(n), step]
    lines += ["コツ・ポイント", "弱めの中火で焼くと、焦げずにふわふわに仕上がります。",
              "関連レシピ", "だし巻き卵", "ネギ入り卵焼き", "利用規約"]
    return "\n".join(lines)


def test_the_ingredients_above_the_steps_are_kept() -> None:
    verdicts = {v.text: (v.keep, v.reason) for v in scrub(_ja_page()).lines}
    for line in ["材料 (2人分)", *JA_INGREDIENTS, "作り方", *JA_STEPS]:
        assert verdicts[line][0], (line, verdicts[line])
    assert verdicts[JA_INTRO][0]
    assert not verdicts["人気順"][0]
    assert not verdicts["だし巻き卵"][0]


def test_a_menu_entry_named_like_a_part_heads_no_part() -> None:
    """"Equipment" in a menu above an article: no second part's heading follows it."""
    menu = ["Home", "Equipment", "Glossary", "Magazine columns", "Features", "News"]
    body = ["The night sky this month holds two bright planets low in the west after sunset.",
            "Jupiter rises first, and Saturn follows it an hour later, both easy to see."]
    doc = scrub("\n".join([*menu, *body, "Privacy policy"]))
    verdicts = {v.text: v.keep for v in doc.lines}
    assert not any(verdicts[m] for m in menu)
    assert all(verdicts[b] for b in body)


def test_a_part_heading_with_what_it_is_for_in_brackets() -> None:
    ingredients = ["3 ripe bananas", "75g melted butter", "150g sugar", "1 egg, beaten"]
    lines = ["Easy Banana Bread", "By Anna Smith",
             "This moist banana bread uses three ripe bananas and takes ten minutes to make.",
             "Ingredients (makes 1 loaf)", *ingredients, "Method",
             "Heat the oven to 180C and grease a loaf tin with a little butter.",
             "Mash the bananas, then stir in the butter, sugar and egg, and bake for an hour.",
             "Related recipes", "Lemon drizzle cake", "Privacy policy"]
    verdicts = {v.text: v.keep for v in scrub("\n".join(lines)).lines}
    assert all(verdicts[line] for line in ["Ingredients (makes 1 loaf)", *ingredients])
    assert not verdicts["Lemon drizzle cake"]


def test_a_cjk_sentence_right_above_a_kept_list_is_the_articles() -> None:
    """A whole CJK sentence (EDGE_MIN_CJK_UNITS characters or more) right above a line a later
    pass kept, not only the article block's; a short one ("欢迎关注我们。") is no sentence of
    the article."""
    for first, kept in ((JA_INTRO, True), ("欢迎关注我们。", False)):
        feats = document_features([first, "材料 (2人分)", "卵"], None)
        decisions = [("noise", "before_article"), ("content", "introduced_list"),
                     ("content", "introduced_list")]
        edge_sentences(decisions, feats)
        assert (decisions[0] == ("content", "edge_sentence")) is kept, first


def test_the_headline_stands_above_the_ingredients_not_among_them() -> None:
    """The article block starts at the steps; the ingredients and the first sentence above them
    that later passes kept are its head too, so the headline is looked for above them (an
    ingredient that the steps name, "しょうゆ", is no headline)."""
    doc = scrub(_ja_page().replace("簡単！ふわふわ卵焼き", "ふわふわ卵焼き"))
    assert doc.metadata.title == "ふわふわ卵焼き"
    assert {v.text: v.reason for v in doc.lines}["しょうゆ"] == "introduced_list"



def test_a_single_tip_under_the_steps_is_the_recipes() -> None:
    """A tip's heading in the singular ("Astuce", "Tipp", "Consejo"), like the plural ones,
    opens a part of the recipe: the tip under the last step is kept, not taken for the end
    matter that follows it."""
    ingredients = ["1 pâte brisée", "4 pommes", "50 g de sucre", "30 g de beurre",
                   "1 pincée de cannelle"]
    steps = ["Préchauffez le four à 180 °C.",
             "Étalez la pâte dans un moule à tarte et piquez le fond avec une fourchette.",
             "Épluchez les pommes, coupez-les en fines lamelles et disposez-les en rosace.",
             "Saupoudrez de sucre et de cannelle, puis ajoutez le beurre en petits morceaux.",
             "Enfournez pendant 35 minutes jusqu'à ce que les pommes soient dorées."]
    tip = "Servez tiède avec une boule de glace à la vanille."
    lines = ["Accueil", "Recettes", "Desserts", "Connexion", "Accueil > Desserts > Tartes",
             "Tarte aux pommes facile", "Par Claire Martin", "Publié le 5 mars 2024",
             "Préparation : 20 min", "Cuisson : 35 min",
             "Une tarte aux pommes simple et rapide, comme la faisait ma grand-mère le dimanche.",
             "Ingrédients", *ingredients, "Préparation", *steps, "Astuce", tip, "Imprimer",
             "Partager", "Pinterest", "Facebook", "Vous aimerez aussi", "Crumble aux poires",
             "Commentaires (23)", "Mentions légales", "© 2024 Cuisine Maison"]
    verdicts = {v.text: v.keep for v in scrub("\n".join(lines)).lines}
    assert verdicts["Astuce"] and verdicts[tip]
    assert not verdicts["Crumble aux poires"]
