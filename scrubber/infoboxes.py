"""A wiki's info box written as lines: a field's name on one line, its value on the next
("中文名" / "张三丰" / "别名" / "张君宝" / "主要成就" / "创立武当派").

A value shares its words with the article (it is the article's subject, its dates, its
works), so that a search for the headline among the lines above the article may pick one
(:func:`scrubber.headline_byline.unconfirmed_headline`). The lines of :func:`infobox_values`
are no headline: a line right under a field's name (:data:`INFOBOX_FIELDS`, per language)
when the page holds at least ``INFOBOX_MIN_FIELDS`` such names, two lines apart from one
another at least once (name, value, name: the box alternates). A field's name alone in an
article ("别名" as a heading) is no box.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .features import LineFeatures

#: The names of an info box's fields, per language, as the whole line reads (less a colon):
#: the fields that encyclopedia entries on people, places, works and organisations share.
INFOBOX_FIELDS: dict[str, tuple[str, ...]] = {
    "zh": ("中文名", "中文名称", "外文名", "外文名称", "英文名", "英文名称", "别名", "别称", "本名",
           "国籍", "民族", "籍贯", "出生地", "出生日期", "出生时间", "逝世日期", "去世时间", "性别",
           "职业", "毕业院校", "主要成就", "代表作品", "所处时代", "信仰", "身高", "体重", "星座",
           "血型", "经纪公司", "所属地区", "地理位置", "面积", "人口", "行政区类别", "下辖地区",
           "政府驻地", "电话区号", "邮政编码", "气候条件", "著名景点", "方言", "车牌代码",
           "作者", "作品名称", "创作年代", "作品出处", "文学体裁", "出版社", "出版时间", "页数",
           "定价", "成立时间", "创立时间", "创始人", "总部地点", "经营范围", "公司类型",
           "员工数", "法定代表人", "注册资本", "导演", "编剧", "主演", "制片人", "上映时间",
           "片长", "对白语言", "首播时间", "集数", "发行时间", "所属专辑", "作词", "作曲",
           "学名", "拼音", "注音", "释义", "化学式", "分子量", "熔点", "沸点", "密度",
           "外文名稱", "中文名稱", "英文名稱", "別名", "別稱", "國籍", "籍貫", "出生地點",
           "職業", "畢業院校", "所處時代", "經紀公司",
           "所屬地區", "面積", "行政區類別", "政府駐地", "電話區號", "郵政編碼",
           "氣候條件", "著名景點", "作品名稱", "創作年代", "文學體裁", "出版時間",
           "成立時間", "創立時間", "創始人", "總部地點", "經營範圍", "公司類型", "員工數",
           "導演", "編劇", "製片人", "上映時間", "片長", "首播時間", "集數", "發行時間",
           "所屬專輯", "作詞", "學名", "釋義"),
    "ja": ("本名", "別名", "生年月日", "出生地", "国籍", "職業", "活動期間", "所属", "身長",
           "血液型", "ジャンル", "公式サイト", "設立", "本社所在地", "代表者", "監督", "脚本",
           "出演者", "公開", "上映時間"),
    "ko": ("본명", "국적", "출생", "사망", "직업", "학력", "소속", "장르", "데뷔", "설립",
           "본사", "감독", "각본", "출연", "개봉"),
    "en": ("born", "died", "nationality", "occupation", "spouse", "children", "alma mater",
           "years active", "known for", "genre", "genres", "label", "labels", "founded",
           "founder", "founders", "headquarters", "key people", "directed by", "written by",
           "starring", "release date", "running time", "country", "language", "population",
           "area", "capital", "website"),
}
_FIELDS = frozenset(name for names in INFOBOX_FIELDS.values() for name in names)
#: A box names at least this many fields.
INFOBOX_MIN_FIELDS = 2
#: A field's name has at most this many units ("主要成就", "place of birth"): longer lines are
#: not looked at.
FIELD_MAX_UNITS = 6
#: The colon a field's name may end with.
_COLONS = ":："


def _field(f: LineFeatures) -> bool:
    return bool(f.text) and f.lower.strip().rstrip(_COLONS).strip() in _FIELDS


def infobox_values(feats: Sequence[LineFeatures]) -> frozenset[int]:
    """The lines right under a field's name of an info box (see above)."""
    lines = [i for i, f in enumerate(feats) if f.text]
    fields = [k for k, i in enumerate(lines)
              if feats[i].units <= FIELD_MAX_UNITS and _field(feats[i])]
    if len(fields) < INFOBOX_MIN_FIELDS or not any(
            b - a == 2 for a, b in pairwise(fields)):
        return frozenset()
    names = set(fields)
    return frozenset(lines[k + 1] for k in fields if k + 1 < len(lines) and k + 1 not in names)
