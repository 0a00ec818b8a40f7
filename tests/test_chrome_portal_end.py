"""A portal's end marker (``海量资讯、精准解读，尽在新浪财经APP``) ends an article only after
its text: printed under the date row, above the body, it is cut and splits nothing."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline

from ._chrome import chrome, splits

MARKER = "海量资讯、精准解读，尽在新浪财经APP"
MARKER_TW = "海量資訊、精準解讀，盡在新浪財經APP"

#: (headline, date row, body) of pages in each script
_PAGES = [
    (
        "银保监新规落地 互联网存款产品全面下架",
        "2026年12月06日 10:05 新浪财经",
        "新浪财经讯 12月6日，记者从多家民营银行获悉，通过第三方互联网平台销售的定期存款产品将于本月底前全部下架。",
    ),
    (
        "黄金价格再创新高 金饰克价突破900元",
        "2026-12-06 14:22:05 来源：新浪财经",
        "受国际金价持续上涨影响，国内多个品牌金饰价格今日再度上调，足金饰品报价突破每克900元。",
    ),
    (
        "台積電法說會前夕 外資連三日買超",
        "發布時間：2026/12/05 09:30",
        "外資今日持續買超台積電，三大法人合計買超逾百億元，市場關注法說會釋出的資本支出規劃。",
    ),
]


def _page(title: str, row: str, body: str, marker: str, where: str) -> str:
    """One page with the marker above the headline, under the date row or after the body."""
    if where == "head":
        return f"{title}\n{row}\n{marker}\n{body}\n责任编辑：王立\n"
    if where == "gap":  # a blank line between the date row and the marker
        return f"{title}\n{row}\n\n{marker}\n\n{body}\n"
    return f"{title}\n{row}\n{body}\n{marker}\n"


@pytest.mark.parametrize("marker", [MARKER, MARKER_TW])
@pytest.mark.parametrize("where", ["head", "gap"])
def test_marker_under_the_date_row_splits_nothing(marker, where):
    for title, row, body in _PAGES:
        doc = chrome(_page(title, row, body, marker, where))
        assert marker not in doc.text and title in doc.text and body in doc.text
        # only the editor's credit under the body ends the article
        assert splits(doc) == ([doc.raw.index("责任编辑")] if "责任编辑" in doc.raw else [])


@pytest.mark.parametrize("marker", [MARKER, MARKER_TW])
def test_marker_after_the_body_still_ends_the_article(marker):
    raw = "".join(_page(*p, marker, "tail") for p in _PAGES)
    doc = chrome(raw)
    assert marker not in doc.text
    assert len(splits(doc)) == len(_PAGES)


@pytest.mark.parametrize("marker", [MARKER, MARKER_TW])
def test_marker_glued_after_the_text_ends_it(marker):
    title, row, body = _PAGES[0]
    doc = chrome(f"{title}\n{row}\n{body}{marker}\n")
    assert doc.text == f"{title}\n{row}\n{body}\n"
    assert splits(doc)


@pytest.mark.parametrize("glue", ["", "=====\n"])
@pytest.mark.parametrize("marker", [MARKER, MARKER_TW])
def test_pages_glued_keep_their_heads(marker, glue):
    """Pages of one portal, glued with or without a rule: each keeps its headline and date."""
    raw = glue.join(
        f"新浪财经_新浪网\n新浪财经 > 银行\n{t}\n{r}\n{marker}\n{b}\n责任编辑：刘思远\n"
        "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。\n"
        for t, r, b in _PAGES
    )
    arts = Pipeline.default().clean(raw)
    assert [a.title for a in arts] == [t for t, _, _ in _PAGES]
    assert all(a.published for a in arts)
    assert [a.text.strip() for a in arts] == [b for _, _, b in _PAGES]
    again = Pipeline.default().clean("\n=====\n".join(a.text for a in arts))
    assert [a.text.strip() for a in again] == [b for _, _, b in _PAGES]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence about the app, and a date row over ordinary prose: nothing to cut
        "2026年12月06日 10:05 新浪财经\n新浪财经APP今年新增用户逾千万，海量资讯与精准解读是其主打卖点。\n",
        "发布时间：2026-12-06 10:05\n记者从多家银行获悉，存款利率将再度下调。\n",
    ],
)
def test_prose_is_not_touched(text):
    doc = chrome(text)
    assert doc.text == text and not splits(doc)
