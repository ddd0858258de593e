"""The seed page, exactly: text, every line's label, metadata, and the same from its bytes."""

from __future__ import annotations

import pytest

import scrubber

from .conftest import SEEDS

EXPECTED = SEEDS / "000_c241330450b5e125.expected.txt"
LABELS = SEEDS / "000_c241330450b5e125.labels.tsv"


def gold_labels() -> dict[int, str]:
    rows = [line.split("\t") for line in LABELS.read_text(encoding="utf-8").splitlines()]
    return {int(row[0]): row[1] for row in rows if row and row[0].isdigit()}


def test_clean_text_is_expected(seed_text: str) -> None:
    assert scrubber.clean(seed_text) == EXPECTED.read_text(encoding="utf-8").removesuffix("\n")


def test_every_line_label(seed_text: str) -> None:
    doc = scrubber.scrub(seed_text)
    gold = gold_labels()
    assert len(doc.lines) == len(seed_text.split("\n"))
    for verdict, raw in zip(doc.lines, seed_text.split("\n"), strict=True):
        assert verdict.text == raw
        expected = gold.get(verdict.number, "blank")
        assert verdict.label == expected, (verdict.number, verdict.reason, raw[:40])
        assert verdict.reason, verdict


def test_metadata(seed_text: str) -> None:
    meta = scrubber.scrub(seed_text).metadata
    assert meta.title == "秀洲高新区光伏小镇成为产业集聚新高地力量"
    assert meta.date == "2021-06-02"
    assert meta.category == "内燃机"


def test_spliced_clause_is_cut_and_explained(seed_text: str) -> None:
    verdict = scrubber.scrub(seed_text).lines[4]
    assert verdict.label == "content" and verdict.reason == "spliced_clause_cut"
    assert verdict.text.endswith(verdict.kept_text)
    assert verdict.kept_text.startswith("2017年")


def test_splice_cut_can_be_turned_off(seed_text: str) -> None:
    verdict = scrubber.scrub(seed_text, splice_max_overlap=None).lines[4]
    assert verdict.kept_text == verdict.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_bytes_give_the_same_result(seed_text: str, encoding: str) -> None:
    from_str = scrubber.scrub(seed_text)
    from_bytes = scrubber.scrub(seed_text.encode(encoding))
    assert from_bytes.text == from_str.text
    assert [v.label for v in from_bytes.lines] == [v.label for v in from_str.lines]
    assert from_bytes.metadata == from_str.metadata
    assert from_bytes.encoding is not None and not from_bytes.warnings


def test_big5_decodes_what_big5_can_encode(seed_text: str) -> None:
    # Traditional-script text: Big5 cannot encode most simplified characters of the seed.
    text = "\n".join(
        line for line in seed_text.split("\n") if line.encode("big5", errors="ignore")
        .decode("big5") == line
    )
    page = "國際新聞\n" + text + "\n香港特別行政區政府今日公佈了新的房屋政策，預計將在明年實施。"
    doc = scrubber.scrub(page.encode("big5"))
    assert doc.encoding is not None and doc.encoding.startswith("big5")
    assert [v.text for v in doc.lines] == page.split("\n")


def test_undecodable_bytes_are_replaced_and_reported(seed_text: str) -> None:
    data = seed_text.encode("utf-8")
    broken = data[:300] + b"\xff\xfe\xfd" + data[300:]
    doc = scrubber.scrub(broken)
    assert doc.warnings
    assert "\ufffd" in "".join(v.text for v in doc.lines)
