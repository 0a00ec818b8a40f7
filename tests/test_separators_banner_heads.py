"""A site's banner repeated on each page of a dump, printed under the page's dated head
(headline, date row, banner, body): the page starts at its headline, not at the banner."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline
from cleanseeds.document import Document
from cleanseeds.filters.separators import Separators

#: (headline, metadata rows, body) of pages in each script
_PAGES = [
    (
        "恒指半日升逾300點 科指漲近2%",
        ["2026/12/04 12:05 HKT"],
        "港股今早高開後升幅擴大，恒指半日收報26,318點，升312點或1.2%，半日成交額1,286億元。",
    ),
    (
        "美聯儲官員：減息步伐需更審慎",
        ["記者 陳家宏", "2026年12月4日 08:30"],
        "美聯儲理事在一場公開活動上表示，聯儲局在進一步減息時應保持審慎，避免過早放鬆政策。",
    ),
    (
        "北京地铁17号线北段年底前开通试运营",
        ["发布时间：2026-12-04 10:20 来源：北青网"],
        "记者从北京市轨道交通建设管理有限公司获悉，17号线北段计划于年底前开通试运营。",
    ),
]

_BANNERS = ["AASTOCKS財經新聞", "力報 Exmoo News", "北青网 - 北京青年报官方网站"]


def _texts(raw: str) -> list[str]:
    return [a.text for a in Pipeline([Separators()]).clean(raw)]


def _head(title: str, rows: list[str]) -> str:
    return "\n".join([title, *rows])


@pytest.mark.parametrize("banner", _BANNERS)
@pytest.mark.parametrize("nav", ["", "即時新聞 | 港股 | 美股 | A股\n"])
def test_banner_under_the_head_splits_above_the_headline(banner, nav):
    raw = "".join(f"{nav}{_head(t, r)}\n{banner}\n{b}\n" for t, r, b in _PAGES)
    got = _texts(raw)
    assert len(got) == 3
    for text, (t, r, b) in zip(got, _PAGES):
        assert f"{_head(t, r)}\n{b}" in text and banner not in text
        assert text.startswith(nav.strip() or t)
    doc = Document(raw)
    Separators()(doc)
    again = Document(doc.text)
    Separators()(again)
    assert again.text == doc.text


@pytest.mark.parametrize("banner", _BANNERS)
def test_banner_between_the_head_and_the_body_of_the_first_page(banner):
    """The first page's banner under its head is cut; nothing splits above the top."""
    raw = "".join(f"{_head(t, r)}\n{banner}\n{b}\n" for t, r, b in _PAGES[:2])
    doc = Document(raw)
    Separators()(doc)
    assert [n.pos for n in doc.notes if n.split] == [raw.index(_PAGES[1][0])]


@pytest.mark.parametrize("banner", _BANNERS)
def test_banner_above_the_headline_still_splits_there(banner):
    raw = "".join(f"{banner}\n{_head(t, r)}\n{b}\n" for t, r, b in _PAGES)
    got = _texts(raw)
    assert got[1:] == [f"{_head(t, r)}\n{b}" for t, r, b in _PAGES[1:]]


@pytest.mark.parametrize("banner", _BANNERS)
def test_banner_after_the_body_splits_there(banner):
    """A banner at each page's foot: the next page starts under it."""
    raw = "".join(f"{_head(t, r)}\n{b}\n{banner}\n" for t, r, b in _PAGES)
    got = _texts(raw)
    assert got[:3] == [f"{_head(t, r)}\n{b}" for t, r, b in _PAGES]


@pytest.mark.parametrize(
    "over",
    [
        # the text of the page above, a dated sentence, a date row under no headline
        "市場目前預期聯儲局本月議息會議維持利率不變的機會約六成。\n2026/12/04 08:30 HKT",
        "2026年12月4日，港交所宣布新規。\n2026/12/04 08:30 HKT",
        "即時新聞 | 港股 | 美股 | A股\n2026/12/04 08:30 HKT",
    ],
)
def test_banner_under_no_head_splits_at_the_banner(over):
    raw = "".join(f"{over}\nAASTOCKS財經新聞\n{b}\n" for _, _, b in _PAGES)
    doc = Document(raw)
    Separators()(doc)
    banner_at = [i for i in range(len(raw)) if raw.startswith("AASTOCKS財經新聞", i)]
    assert [n.pos for n in doc.notes if n.split] == banner_at


def test_aastocks_pages_keep_title_and_date():
    """The whole pipeline reads each page's head once the split is above it."""
    raw = "".join(
        f"AASTOCKS.com 阿思達克財經網\n即時新聞 | 港股 | 美股 | A股 | 外匯 | 基金\n"
        f"{t}\n{r[-1]}\nAASTOCKS財經新聞\n{b}\n(jl/u)\n版權所有 不得轉載 © 2026 阿思達克有限公司\n"
        for t, r, b in _PAGES[:2]
    )
    arts = Pipeline.default().clean(raw)
    assert [a.title for a in arts] == [t for t, _, _ in _PAGES[:2]]
    assert all(a.published for a in arts)
