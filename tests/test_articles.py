"""The article builder: boundaries, metadata notes and edits to articles."""

from __future__ import annotations

from cleanseeds import Change, Document, Filter
from cleanseeds.articles import build_articles


class Scripted(Filter):
    """Proposes fixed changes, to drive the builder directly."""

    name = "scripted"
    description = "test stand-in"

    def __init__(self, *changes: Change) -> None:
        self.changes = changes

    def find(self, doc):
        return self.changes


def run(raw: str, *changes: Change) -> list:
    doc = Document(raw)
    Scripted(*changes)(doc)
    return build_articles(doc)


def test_no_boundary_one_article() -> None:
    (art,) = run("一。\n\n二。\n")
    assert art.paragraphs == ["一。", "二。"] and (art.start, art.end) == (0, 7)


def test_split_on_a_cut_separates_and_drops_the_cut() -> None:
    raw = "一。\n---\n二。"
    arts = run(raw, Change(3, 7, "", "rule", split=True))
    assert [a.paragraphs for a in arts] == [["一。"], ["二。"]]
    assert [a.index for a in arts] == [0, 1]
    assert arts[1].start == 3 and arts[1].edits[0].reason == "rule"


def test_junk_between_boundaries_is_no_article() -> None:
    raw = "一。\nXX\n二。"
    arts = run(raw, Change(3, 6, "", "junk", split=True), Change(6, 6, "", "next", split=True))
    assert [a.paragraphs for a in arts] == [["一。"], ["二。"]]


def test_meta_notes_fill_the_article_first_value_wins() -> None:
    raw = "标题\n作者:张三\n正文。\n作者:李四"
    arts = run(
        raw,
        Change(0, 3, "", "title", meta={"title": "标题"}),
        Change(3, 9, "", "byline", meta={"authors": ["张三"], "site": "甲站", "published": "2025-01-01"}),
        Change(13, 18, "", "byline", meta={"authors": ["李四", "张三"], "site": "乙站"}),
    )
    (art,) = arts
    assert (art.title, art.authors, art.site, art.published) == ("标题", ["张三", "李四"], "甲站", "2025-01-01")
    assert art.paragraphs == ["正文。"]


def test_meta_at_a_boundary_belongs_to_the_next_article() -> None:
    raw = "一。\n作者:张三\n二。"
    arts = run(raw, Change(3, 9, "", "byline", split=True, meta={"authors": ["张三"]}))
    assert [a.authors for a in arts] == [[], ["张三"]]


def test_flags_and_edits_stay_with_their_article() -> None:
    raw = "一。\n二。"
    arts = run(raw, Change(2, 2, "", "boundary", split=True), Change(4, 4, "", "bad", flag="mojibake-unrepaired"))
    assert arts[0].flags == [] and arts[1].flags == ["mojibake-unrepaired"]


def test_article_is_never_empty() -> None:
    assert run("   \n\n", Change(1, 1, "", "b", split=True)) == []
