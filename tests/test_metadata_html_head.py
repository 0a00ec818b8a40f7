"""The head of a page whose headline kept its heading markup, banners of a site's name
with its brand or slogan over the headline, and outlets' accounts on a news app's date
row: both scripts, and prose and handles that must stay what they are."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleanseeds
from cleanseeds.document import Document
from cleanseeds.filters.html import HEADLINE_REASON, Html
from cleanseeds.filters.metadata import parse_meta_line

_BODY = {
    "s": [
        "市交通运输局今天表示，地铁十二号线东延段已完成全部土建工程，预计明年第三季度开通运营，沿线居民通勤时间将明显缩短。",
        "据介绍，东延段全长约九公里，共设六座车站，其中两座与既有线路换乘，施工期间将分段围挡以减少对地面交通的影响。",
    ],
    "t": [
        "台北市捷運工程局今天表示，環狀線北環段已完成細部設計，最快明年第二季動工，全線預計2032年通車，通勤時間可縮短一半。",
        "捷運局說，北環段全長約15公里，共設12座車站，其中劍潭、士林等站將與既有路線轉乘，施工期間會分段圍籬以降低衝擊。",
    ],
}
_TITLE = {"s": "地铁十二号线东延段明年通车 沿线设六座车站", "t": "北捷環狀線北環段明年動工 預計2032年通車"}
_DATE = {"s": "镜报 / 2026年11月23日 10:20", "t": "鏡新聞 / 2026年11月23日 10:20"}
_BANNERS = {
    "s": ["上游新闻 Upstream News", "上游新闻 | 汇聚向上的力量"],
    "t": ["鏡新聞 Mirror News", "鏡新聞 | 台灣最值得信賴的新聞台"],
}


def _clean(tmp_path: Path, lines: list[str]) -> list[cleanseeds.Article]:
    p = tmp_path / "dump.txt"
    p.write_text("\n".join(lines), encoding="utf-8")
    return list(cleanseeds.clean_file(p))


def _headlines(text: str) -> list[str]:
    doc = Document(text)
    return [c.meta["headline"] for c in Html().find(doc) if c.reason == HEADLINE_REASON and c.meta]


@pytest.mark.parametrize(
    ("markup", "found"),
    [
        ('<h1 class="title">標題在此</h1>', ["標題在此"]),
        ("<H1>标题在此</H1>", ["标题在此"]),
        ('<h1 class="article-title">\n  標題在此\n</h1>', ["標題在此"]),
        ('<header><h1><span class="x">标题</span>在此</h1></header>', ["标题在此"]),
        ('<div class="hd"><h1 itemprop="headline">標題在此</h1><span>2026-11-23</span></div>', ["標題在此"]),
        ("<h2>标题在此</h2>", ["标题在此"]),  # a lone h2 where no h1 shows
        ("<h2>第一节</h2>\n<p>正文。</p>\n<h2>第二节</h2>", []),  # section headings
        ("<h1>主标题<br>副标题</h1>", []),  # two lines: no one headline
        ("<h1>主標題<br>副標題</h1>\n<h2>小標</h2>", []),  # an h1 shows: the h2 is no title
        ("<p>只有段落，沒有標題。</p>", []),
    ],
)
def test_heading_markup_marks_its_headline(markup: str, found: list[str]) -> None:
    assert _headlines(markup) == found


@pytest.mark.parametrize("script", ["s", "t"])
@pytest.mark.parametrize(
    "wrap",
    [
        '<h1 class="title">{}</h1>',
        "<H1>{}</H1>",
        '<header class="article-header"><h1>{}</h1></header>',
        '<h1 class="headline">\n{}\n</h1>',
        "<h2>{}</h2>",
    ],
)
def test_banners_above_an_html_headline_are_page_furniture(tmp_path: Path, script: str, wrap: str) -> None:
    lines = [*_BANNERS[script], wrap.format(_TITLE[script]), _DATE[script], *_BODY[script]]
    (art,) = _clean(tmp_path, lines)
    assert art.title == _TITLE[script]
    assert art.paragraphs == _BODY[script]


@pytest.mark.parametrize("script", ["s", "t"])
def test_site_label_above_an_html_headline_is_cut(tmp_path: Path, script: str) -> None:
    label = {"s": "新闻中心", "t": "即時新聞"}[script]
    lines = [label, f"<h1>{_TITLE[script]}</h1>", _DATE[script], *_BODY[script]]
    (art,) = _clean(tmp_path, lines)
    assert art.title == _TITLE[script] and art.paragraphs == _BODY[script]


@pytest.mark.parametrize("script", ["s", "t"])
def test_banners_over_a_headline_without_markup(tmp_path: Path, script: str) -> None:
    lines = [*_BANNERS[script], _TITLE[script], _DATE[script], *_BODY[script]]
    (art,) = _clean(tmp_path, lines)
    assert art.title == _TITLE[script]
    assert art.paragraphs == _BODY[script]


@pytest.mark.parametrize(
    "banner",
    ["數位時代 BusinessNext", "数字时代 BusinessNext", "科技新報 TechNews", "上游新闻 - 汇聚向上的力量"],
)
def test_one_brand_banner_over_a_headline(tmp_path: Path, banner: str) -> None:
    script = "s" if banner[0] in "数上" else "t"
    lines = [banner, _TITLE[script], _DATE[script], *_BODY[script]]
    (art,) = _clean(tmp_path, lines)
    assert art.title == _TITLE[script] and art.paragraphs == _BODY[script]


@pytest.mark.parametrize("script", ["s", "t"])
def test_prose_with_a_heading_inside_the_body_is_untouched(tmp_path: Path, script: str) -> None:
    lines = [_TITLE[script], _DATE[script], _BODY[script][0], "<h2>小結</h2>", _BODY[script][1]]
    (art,) = _clean(tmp_path, lines)
    assert art.title == _TITLE[script]
    assert art.paragraphs == [_BODY[script][0], "小結", _BODY[script][1]]


@pytest.mark.parametrize("script", ["s", "t"])
def test_clean_prose_is_untouched(tmp_path: Path, script: str) -> None:
    (art,) = _clean(tmp_path, _BODY[script])
    assert art.paragraphs == _BODY[script] and not art.edits


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("原创2025-11-03 12:30·快科技", "快科技"),
        ("原创2025-08-12 23:50·红网", "红网"),
        ("2025-08-12 23:50 · 紅網", "紅網"),
        ("原創 2025/11/03 12:30·中時新聞網", "中時新聞網"),
        ("2024-05-01 08:00·北京日报客户端", "北京日报客户端"),
        ("2024-05-01 08:00·新浪财经", "新浪财经"),
        ("2024-05-01 08:00·腾讯网财经", "腾讯网财经"),
        ("2024-05-01 08:00·聯合報", "聯合報"),
    ],
)
def test_an_outlets_account_on_an_app_row_is_the_site(line: str, site: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.sites == [site] and not m.authors and m.dates


@pytest.mark.parametrize(
    "line", ["2024-05-16 11:23·科技小新说", "原创2025-11-03 12:30·老胡说科技", "2025-10-13 08:12·湘江邊的老李", "2024-05-16 11:23·财经云动态"]
)
def test_a_creators_handle_on_an_app_row_is_the_author(line: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.authors == [line.rsplit("·", 1)[1]] and not m.sites


@pytest.mark.parametrize("script", ["s", "t"])
def test_app_share_head_with_an_outlets_account(tmp_path: Path, script: str) -> None:
    account = {"s": "原创2025-08-12 23:50·红网", "t": "原創2025-08-12 23:50·中央社"}[script]
    (art,) = _clean(tmp_path, [_TITLE[script], account, *_BODY[script]])
    assert art.title == _TITLE[script] and not art.authors
    assert art.site == account.rsplit("·", 1)[1] and art.paragraphs == _BODY[script]
