"""Credits and date rows of provincial papers and apps and of Hong Kong, Taiwan and Macau
newsrooms: an outlet and its stamp behind a bar or slash, ranked reporters, an app's
credit, a closing ``報道。`` sentence; both scripts, and prose that must stay."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleanseeds
from cleanseeds.filters.metadata import parse_meta_line

#: a body of two paragraphs in either script
_BODY = {
    "s": [
        "杭州西湖景区管委会近日推出冬季游览线路，涵盖孤山、苏堤、白堤等景点，游客可以通过小程序预约免费讲解服务。",
        "据介绍，冬季线路每天开放两个时段，每场限额三十人，景区还将在周末增设夜游项目，方便市民和游客错峰出行。",
    ],
    "t": [
        "屯門公路近汀九橋今日早上發生多車相撞，涉及一輛旅遊巴、三輛私家車及一輛輕型貨車，一名貨車司機一度被困車廂。",
        "意外導致屯門公路往九龍方向全綫封閉約一小時，大批車輛擠塞至屯門市中心，運輸署呼籲駕駛人士改用其他路綫。",
    ],
}
_TITLE = {"s": "杭州西湖景区推出冬季游览线路 游客可预约讲解", "t": "屯門公路今晨多車相撞 一人被困車廂送院"}


def _clean(tmp_path: Path, lines: list[str]) -> list[cleanseeds.Article]:
    p = tmp_path / "dump.txt"
    p.write_text("\n".join(lines), encoding="utf-8")
    return list(cleanseeds.clean_file(p))


@pytest.mark.parametrize(
    ("line", "site", "date"),
    [
        ("澳廣視新聞｜2026-11-27 20:15", "澳廣視新聞", "2026-11-27T20:15"),
        ("澳广视新闻｜2026-11-27 20:15", "澳广视新闻", "2026-11-27T20:15"),
        ("鏡新聞 / 2026年11月23日 10:20", "鏡新聞", "2026-11-23T10:20"),
        ("镜新闻／2026年11月23日 10:20", "镜新闻", "2026-11-23T10:20"),
        ("自由時報 | 2026/11/23 10:20", "自由時報", "2026-11-23T10:20"),
        ("新京报丨2026-11-23 10:20", "新京报", "2026-11-23T10:20"),
    ],
)
def test_outlet_bar_date(line: str, site: str, date: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.sites == [site] and m.dates == [date]


@pytest.mark.parametrize(
    "line",
    [
        # a name that is no outlet's, or a day without its time, before a slash
        "小明 / 2026年11月23日 10:20",
        "張三｜2026-11-27 20:15",
        "鏡新聞 / 2026年11月23日",
        # prose
        "澳廣視新聞｜2026年起將擴大轉播範圍，市民可透過網上平台收看。",
        "新华网报道/2026年是十五五规划开局之年，各地积极谋划。",
    ],
)
def test_no_outlet_bar_date(line: str) -> None:
    m = parse_meta_line(line)
    assert m is None or not m.dates or m.end < len(line)


@pytest.mark.parametrize(
    ("line", "authors", "site"),
    [
        ("潮新闻客户端 记者 金汉青 通讯员 沈静", ["金汉青", "沈静"], "潮新闻"),
        ("潮新聞客戶端 記者 金漢青", ["金漢青"], "潮新聞"),
        ("法治日报全媒体记者 张晨", ["张晨"], "法治日报"),
        ("法治日報全媒體記者 張晨", ["張晨"], "法治日報"),
        ("红网时刻新闻融媒记者 李婷", ["李婷"], "红网时刻新闻"),
        ("湖北日报融媒体记者 王欣", ["王欣"], "湖北日报"),
        ("首席记者 王强", ["王强"], None),
        ("首席記者 王強", ["王強"], None),
        ("见习记者 刘琼 张玉洁", ["刘琼", "张玉洁"], None),
    ],
)
def test_ranked_reporters(line: str, authors: list[str], site: str | None) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.authors == authors
    assert (m.sites[0] if m.sites else None) == site


@pytest.mark.parametrize(("line", "name"), [("記者李俊杰報道。", "李俊杰"), ("记者李明报道。", "李明"), ("記者 陳嘉欣報導。", "陳嘉欣")])
def test_closing_report_sentence(line: str, name: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.authors == [name] and m.ends_article


@pytest.mark.parametrize(
    "line",
    [
        "記者指出政府報道。",
        "记者了解到，该项目报道。",
        "首席记者会上，发言人回答了提问。",
        "全媒体记者节当天，多家媒体举办活动。",
        "記者會上，局長表示將加強巡查。",
    ],
)
def test_prose_stays(line: str) -> None:
    m = parse_meta_line(line)
    assert m is None or not m.authors


@pytest.mark.parametrize("script", ["s", "t"])
def test_outlet_bar_date_under_headline(tmp_path: Path, script: str) -> None:
    outlet = "澳廣視新聞｜" if script == "t" else "上游新闻丨"
    arts = _clean(tmp_path, [_TITLE[script], outlet + "2026-11-27 20:15", *_BODY[script]])
    assert len(arts) == 1
    a = arts[0]
    assert a.title == _TITLE[script] and a.published == "2026-11-27T20:15"
    assert a.paragraphs == _BODY[script]


@pytest.mark.parametrize(
    ("script", "credit", "author"),
    [("s", "潮新闻客户端 记者 金汉青 通讯员 沈静", "金汉青"), ("t", "法治日報全媒體記者 張晨", "張晨")],
)
def test_credit_under_date(tmp_path: Path, script: str, credit: str, author: str) -> None:
    arts = _clean(tmp_path, [_TITLE[script], "2026-11-20 09:12", credit, *_BODY[script]])
    assert len(arts) == 1
    assert author in arts[0].authors and arts[0].paragraphs == _BODY[script]


@pytest.mark.parametrize(("script", "credit", "author"), [("t", "記者李俊杰報道。", "李俊杰"), ("s", "记者李明报道。", "李明")])
def test_closing_report_is_author(tmp_path: Path, script: str, credit: str, author: str) -> None:
    arts = _clean(tmp_path, [_TITLE[script], "2026-11-26 08:30", *_BODY[script], credit])
    assert len(arts) == 1
    assert arts[0].authors == [author] and arts[0].paragraphs == _BODY[script]


@pytest.mark.parametrize("line", ["2026-11-21 20:12:33·广东", "2026-11-21 20:12:33·廣東", "2026-11-21 20:12 · 北京"])
def test_poster_place_after_date_is_no_author(line: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.authors == [] and m.dates and "place" in m.roles


def test_poster_account_after_date_stays_author() -> None:
    m = parse_meta_line("2024-05-16 11:23·科技小新说")
    assert m is not None and m.authors == ["科技小新说"]


@pytest.mark.parametrize(("script", "account"), [("s", "小城观察员"), ("t", "財經早知道")])
def test_account_above_place_stamp(tmp_path: Path, script: str, account: str) -> None:
    place = "广东" if script == "s" else "廣東"
    arts = _clean(tmp_path, [_TITLE[script], account, f"2026-11-21 20:12:33·{place}", *_BODY[script]])
    assert len(arts) == 1
    assert arts[0].authors == [account] and arts[0].paragraphs == _BODY[script]


@pytest.mark.parametrize(("script", "label"), [("s", "财经新闻频道"), ("t", "國際要聞")])
def test_section_above_place_stamp_is_no_author(tmp_path: Path, script: str, label: str) -> None:
    place = "广东" if script == "s" else "廣東"
    arts = _clean(tmp_path, [_TITLE[script], label, f"2026-11-21 20:12:33·{place}", *_BODY[script]])
    assert len(arts) == 1 and arts[0].authors == []
