"""Head rows and bylines of portals, both scripts: government info tables, blank form
fields, outlets' info rows, bar-separated rows, glued reporter credits, ledes' credits."""

from __future__ import annotations

import re
from dataclasses import astuple

import pytest

import cleanseeds.filters.metadata as md
from cleanseeds.filters.metadata import is_nav_line, lede_credit, parse_meta_line


def _read(line: str) -> tuple[list[str], list[str], list[str]]:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line), line
    return meta.authors, meta.sites, meta.dates


@pytest.mark.parametrize(
    ("line", "authors", "sites", "dates"),
    [
        # a site's name between the date and a labelled credit
        ("2024年06月03日 08:05  汽车之家  编辑：张博宇", [], ["汽车之家"], ["2024-06-03T08:05"]),
        ("2024年06月03日 08:05  汽車之家  編輯：張博宇", [], ["汽車之家"], ["2024-06-03T08:05"]),
        # a form field left blank by the CMS
        ("2024-06-03 来源：河南省教育考试院 作者：", [], ["河南省教育考试院"], ["2024-06-03"]),
        ("2024-06-03 來源：臺北市教育局 作者：", [], ["臺北市教育局"], ["2024-06-03"]),
        ("2024-06-03 作者： 来源：河南省教育考试院", [], ["河南省教育考试院"], ["2024-06-03"]),
        # a government page's information table
        ("索引号：11330621002539063K/2024-158836  发布机构：区人力社保局  生成日期：2024-05-30", [], [], []),
        ("主题分类：人事  体裁分类：公告公示  组配分类：人事信息", [], [], []),
        ("主題分類：人事  體裁分類：公告公示", [], [], []),
        ("发布时间：2024-05-30 16:12  信息来源：区人力社保局", [], ["区人力社保局"], ["2024-05-30T16:12"]),
        ("發布時間：2024-05-30 16:12  資訊來源：人事處", [], ["人事處"], ["2024-05-30T16:12"]),
        ("本文授權轉載自：數位時代", [], ["數位時代"], []),
        ("本文转载自：数字时代", [], ["数字时代"], []),
        # an outlet's info row: outlet, app, reporter, time
        ("21世纪经济报道 21财经APP 李愿 2024-06-03 07:00", ["李愿"], ["21世纪经济报道"], ["2024-06-03T07:00"]),
        ("工商時報 工商時報APP 林昱均 2024-06-03 07:00", ["林昱均"], ["工商時報"], ["2024-06-03T07:00"]),
        # bar-separated rows
        ("新頭殼newtalk | 林朝億 綜合報導", ["林朝億"], ["新頭殼newtalk"], []),
        ("新头壳newtalk | 林朝亿 综合报道", ["林朝亿"], ["新头壳newtalk"], []),
        ("發布 2024.12.08 | 18:42", [], [], ["2024-12-08T18:42"]),
        ("发布 2024.12.08 | 18:42", [], [], ["2024-12-08T18:42"]),
        ("作者 Emma stein | 發布日期 2024 年 10 月 08 日 14:20 | 分類 汽車科技 , 電動車",
         ["Emma stein"], [], ["2024-10-08T14:20"]),
        ("作者 Emma Stein | 发布日期 2024 年 10 月 08 日 14:20 | 分类 汽车科技 , 电动车",
         ["Emma Stein"], [], ["2024-10-08T14:20"]),
        # reporters' credits
        ("大众网·海报新闻记者 赵国陆 济南报道", ["赵国陆"], ["大众网"], []),
        ("大眾網·海報新聞記者 趙國陸 濟南報導", ["趙國陸"], ["大眾網"], []),
        ("2024-06-02 18:40  来源：大众网  作者：大众网·海报新闻记者 赵国陆 济南报道",
         ["赵国陆"], ["大众网"], ["2024-06-02T18:40"]),
        ("鉅亨網記者魏志豪 台北", ["魏志豪"], ["鉅亨網"], []),
        ("钜亨网记者魏志豪 上海", ["魏志豪"], ["钜亨网"], []),
        ("鉅亨網編譯陳韋廷", ["陳韋廷"], ["鉅亨網"], []),
        ("钜亨网编译陈韦廷", ["陈韦廷"], ["钜亨网"], []),
        # a blog's poster after the day
        ("2024-04-02 小葵", ["小葵"], [], ["2024-04-02"]),
    ],
)
def test_head_rows_are_read(line: str, authors: list[str], sites: list[str], dates: list[str]) -> None:
    got_authors, got_sites, got_dates = _read(line)
    assert got_authors == authors
    assert got_sites[:1] == sites[:1]
    assert got_dates == dates


@pytest.mark.parametrize(
    "line",
    [
        "2025/03/06 14:41 中央社",  # an outlet after the time stays the site
        "2024-04-02 北京日报",
    ],
)
def test_an_outlet_after_the_date_stays_the_site(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.sites and not meta.authors


@pytest.mark.parametrize(
    ("text", "names", "org"),
    [
        ("华龙网-新重庆客户端6月3日8时30分讯（记者 陈琦）6月3日，记者从两江新区获悉，今年计划新开工项目120个。", ("陈琦",), None),
        ("华龙网-新重庆客户端6月2日19时讯（记者 王雪梅 实习生 刘洋）记者从重庆市城市管理局获悉。", ("王雪梅", "刘洋"), None),
        ("華龍網-新重慶客戶端6月2日19時訊（記者 王雪梅 實習生 劉洋）記者從重慶市城市管理局獲悉。", ("王雪梅", "劉洋"), None),
        ("【大紀元2024年06月30日訊】（大紀元記者鍾元台灣台北報導）國營臺灣鐵路公司30日公布營運成果。", ("鍾元",), "大紀元"),
        ("【大纪元2024年06月30日讯】（大纪元记者钟元台湾台北报道）国营台湾铁路公司30日公布营运成果。", ("钟元",), "大纪元"),
        ("（大紀元記者李明陽台北報導）行政院今天通過預算案。", ("李明陽",), "大紀元"),
    ],
)
def test_lede_credits_are_read(text: str, names: tuple[str, ...], org: str | None) -> None:
    assert lede_credit(text) == (names, org)


@pytest.mark.parametrize(
    "line",
    [
        # prose that opens like these rows
        "2024年06月03日 08:05 汽车之家发布了新车官图，吉利银河E5定位紧凑型纯电SUV。",
        "21世纪经济报道记者梳理发现，目前股份制银行3年期大额存单利率普遍在2.35%至2.45%之间。",
        "鉅亨網記者魏志豪台北報導指出，台股今日收漲。",
        "作者 Emma stein 在文章中指出，電動車市場競爭激烈。",
        "新頭殼newtalk | 林朝億 綜合報導指出外交部強化合作。",
        "2024-04-02 小葵和家人到台南走走，第一站就是安平老街。",
        "主题分类是这次改革的重点，各部门应当加强协调。",
        "發布 2024.12.08 | 18:42 之後，各界反應熱烈。",
    ],
)
def test_prose_is_no_head_row(line: str) -> None:
    assert parse_meta_line(line) is None


#: the new forms at the edge of their cues' reach, bracketed
_AT_REACH = [
    "（1234一二三四五六七八报道 一二三四五六七八APP 李愿 2024-06-03 07:00）",
    "（1234一二三四五六七八報導 一二三四五六七八客戶端 李愿 2024-06-03 07:00）",
    "（一二三四网·1234一二三四五六报道  /  特约通讯员 张三）",
    "（一二三四五六網編譯陳韋廷）",
    "（一二三四五六網記者魏志豪 台北）",
    "（一二三四五六七八ABCDEFGH | 林朝億 綜合報導）",
]


def _parse_without_cues(line: str) -> object:
    everywhere = re.compile("")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(md, "_may_open_with_item", lambda s: True)
        for name in ("_SEP_CUE", "_YEAR_CUE", "_ROLE_CUE", "_OUTLET_CUE", "_LEAD_BREAK", "_DOT_CUE"):
            mp.setattr(md, name, everywhere)
        mp.setattr(md, "_OPENING_BRACKETS", ("",))
        meta = md.parse_meta_line(line)
    return None if meta is None else astuple(meta)


@pytest.mark.parametrize("line", _AT_REACH)
def test_forms_at_the_edge_of_their_cues_are_read(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert astuple(meta) == _parse_without_cues(line)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2024-09-12發表", "2024-09-12"),
        ("2024-09-12 發表", "2024-09-12"),
        ("2024年9月12日 10:30发布", "2024-09-12T10:30"),
        ("2024/05/17 10:30 发布 | 来源：新华网", "2024-05-17T10:30"),
    ],
)
def test_a_date_s_own_verb_is_part_of_the_date(line, date):
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert meta.dates == [date] and meta.authors == []


def test_byline_row_with_date_verb_is_read():
    meta = parse_meta_line("文/林妍溱 | 2024-09-12發表")
    assert meta is not None and meta.authors == ["林妍溱"] and meta.dates == ["2024-09-12"]


def test_a_launch_after_a_date_is_no_date_verb():
    assert parse_meta_line("2024-05-17发布会") is None


@pytest.mark.parametrize(
    ("line", "nav"),
    [
        ("中央社 CNA 即時 政治 國際 兩岸", True),
        ("首页 新闻 体育 娱乐 财经 科技 汽车", True),
        ("国内新闻 国际新闻 社会新闻 军事新闻 财经新闻", True),
        ("Corolla Cross 油電版 一年兩萬公里 油耗心得分享", False),
        ("iPhone 16 Pro 開箱 一週使用心得 電池續航實測", False),
    ],
)
def test_spaced_headline_is_no_menu(line, nav):
    assert is_nav_line(line) is nav
