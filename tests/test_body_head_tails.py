"""The body filter keeps a news head whose date row ends with an outlet or a time zone.

Finance portals print the date row under the headline with the outlet after the time
(``2026年12月06日 10:05 第一财经``, ``2026/12/04 09:35 中央社``) or a zone
(``2026/12/04 12:05 HKT``, ``… GMT+8``, ``… 香港時間``), above the body, under a site
menu, a breadcrumb or a district picker one name a line. The head stays for the metadata
filter in both scripts; a menu run that ends in a date is no head; prose that names an
outlet and a time stays untouched.
"""

from __future__ import annotations

import pytest

from cleanseeds import clean
from tests.test_body_heads2 import _FOOT, _FOOT_TW, kept

_BODY = (
    "记者从多家银行获悉，按照监管部门最新要求，通过第三方平台销售的定期存款产品将于本月底前全部下架，已购存量产品可持有至到期。\n"
    "一位城商行人士透露，互联网渠道存款利率普遍高于线下，部分中小银行依赖平台揽储，新规实施后负债成本将面临考验。\n"
    "专家建议，中小银行应加快回归本地、深耕社区，通过提升服务能力稳定存款来源，而不是靠高息拉存款。"
)
_BODY_TW = (
    "港股今早高開後升幅擴大，恒指半日收報26,318點，升312點或1.2%；國企指數升1.4%；科指升1.9%。半日成交額1,286億元。\n"
    "重磅科技股普遍造好，美團升3.5%，阿里巴巴升2.8%，騰訊升1.6%。內房股個別發展，金融股表現平穩。\n"
    "分析師指出，市場憧憬美國減息，資金回流港股，短期或續在26,000點附近整固，投資者宜留意成交能否配合。"
)
_NAV = "财经首页 宏观 股票 基金 银行 保险 期货 外汇 黄金 更多\n"
_NAV_TW = "即時新聞 | 港股 | 美股 | A股 | 外匯 | 基金\n"
#: a district picker one name a line, as Hong Kong portals print it over the head
_DISTRICTS = "地區新聞\n中西區\n灣仔區\n東區\n南區\n油尖旺區\n深水埗區\n九龍城區\n黃大仙區\n觀塘區\n葵青區\n荃灣區\n屯門區\n"

_HEAD = "央行宣布降准0.25个百分点 释放长期资金约5000亿元"
_HEAD_TW = "恒指半日升逾300點 科指漲近2%"


@pytest.mark.parametrize(
    "date_row",
    ["2026年12月06日 10:05 第一财经", "2026-12-06 10:05:33 中国基金报", "2026-12-06 10:05 证券时报网", "2026年12月06日 10:05 北京时间"],
)
def test_date_row_with_outlet_or_zone_simplified(date_row: str) -> None:
    text = _NAV + _HEAD + "\n" + date_row + "\n" + _BODY + "\n" + _FOOT
    lines = kept(text)
    assert _HEAD in lines
    assert date_row in lines
    art = clean(text)[0]
    assert art.title == _HEAD
    assert art.published is not None and art.published.startswith("2026-12-06")


@pytest.mark.parametrize(
    "date_row",
    ["2026/12/04 12:05 HKT", "2026/12/04 12:05 GMT+8", "2026年12月4日 12:05 香港時間", "2026/12/04 12:05 經濟通", "2026-12-04 12:05 (UTC+8)"],
)
def test_date_row_with_outlet_or_zone_under_districts_traditional(date_row: str) -> None:
    text = _NAV_TW + _DISTRICTS + _HEAD_TW + "\n" + date_row + "\n" + _BODY_TW + "\n" + _FOOT_TW
    lines = kept(text)
    assert _HEAD_TW in lines
    assert date_row in lines
    assert "屯門區" not in lines
    art = clean(text)[0]
    assert art.title == _HEAD_TW
    assert art.published is not None and art.published.startswith("2026-12-04")


def test_head_under_breadcrumb_with_outlet_tail_traditional() -> None:
    text = "鉅亨網首頁 | 台股 | 美股 | 外匯 | 基金 | 期貨\n台股 > 盤勢\n台股早盤漲逾百點 台積電領軍\n2026/12/04 09:35 中央社\n" + _BODY_TW + "\n" + _FOOT_TW
    art = clean(text)[0]
    assert art.title == "台股早盤漲逾百點 台積電領軍"
    assert art.published is not None and art.published.startswith("2026-12-04")
    assert art.paragraphs[0].startswith("港股今早高開")


def test_menu_run_ending_in_a_zoned_date_is_no_head() -> None:
    """A vertical menu of short links whose last line is the page's clock: no headline."""
    text = _NAV_TW + "首頁\n港股\n美股\n外匯\n基金\n2026/12/04 12:05 HKT\n" + _BODY_TW + "\n" + _FOOT_TW
    lines = kept(text)
    assert "基金" not in lines
    assert "外匯" not in lines


def test_prose_naming_an_outlet_and_a_time_untouched() -> None:
    prose = (
        "据第一财经2026年12月06日 10:05报道，央行宣布下调金融机构存款准备金率0.25个百分点。\n"
        "分析人士认为，此次降准释放长期资金约5000亿元，有助于稳定市场预期，降低实体经济融资成本。\n"
        "香港時間12月4日12時05分，恒指半日收報26,318點，升312點或1.2%，成交額1,286億元。"
    )
    assert kept(prose) == prose.split("\n")
    assert [p for a in clean(prose) for p in a.paragraphs] == prose.split("\n")
