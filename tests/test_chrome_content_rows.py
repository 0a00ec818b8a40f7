"""Rows that look like page furniture but are the article's own text: a market's closing
figures under the sentence that introduces them, a route or a flow written with ">", and
the clock times that head a live text's paragraphs."""

import pytest

from tests._chrome import chrome, reasons

PROSE = "法人指出，台積電先進製程產能持續滿載，明年營收成長可望維持雙位數。"
PROSE_S = "分析人士认为，政策预期升温是主因，短期市场或延续震荡格局。"


# -- market quote rows: the article's data, or a ticker in the page's head ------------------


@pytest.mark.parametrize(
    "text",
    [
        f"三大指数集体收涨。截至收盘：\n上证指数 3412.56 +0.82%\n{PROSE_S}\n",
        f"三大指数集体收涨。截至收盘：\n上证指数 3412.56 +0.82%\n深证成指 10862.17 -0.15%\n创业板指 2213.40 ▲ 0.37%\n{PROSE_S}\n",
        f"台股今日收盤走高，終場表現如下\n加權指數 23,416.25 ▲ 182.33 (0.78%)\n{PROSE}\n",
        f"港股收市：\n恒生指數 19,876.54 ▲ 312.08 (1.60%) | 國企指數 7,012.33 ▲ 98.21\n{PROSE}\n",
        # between two sentences of the article
        f"{PROSE}\n台積電 2330 1,085 ▲ 1.40%\n{PROSE}\n",
        f"{PROSE_S}\n贵州茅台 600519 1689.00 ▼ 12.30\n{PROSE_S}\n",
    ],
)
def test_quote_rows_in_the_text_stay(text: str) -> None:
    assert chrome(text).text == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # over the headline, under a menu, beside a share bar
        (f"上证指数 3386.52 +0.42%　深证成指 10862.17 -0.15%\nA股三大指数集体收涨\n{PROSE_S}\n", f"A股三大指数集体收涨\n{PROSE_S}\n"),
        (f"首頁 台股 美股 陸港股 外匯 基金 虛擬貨幣 理財\n加權指數 23,416.25 ▲ 182.33 (0.78%)\n{PROSE}\n", f"{PROSE}\n"),  # the menu goes too
        (f"台積電營收創新高\n分享\n台積電 2330 1,085 ▲ 1.40%\n{PROSE}\n", f"台積電營收創新高\n{PROSE}\n"),
    ],
)
def test_ticker_rows_in_the_head_go(text: str, kept: str) -> None:
    doc = chrome(text)
    assert doc.text == kept
    assert "market quote row" in reasons(doc)


# -- routes and flows with ">" are no breadcrumbs -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "推荐路线：东门 > 烟雨长廊 > 石皮弄 > 西园 > 醉园",
        "推薦路線：東門 > 煙雨長廊 > 石皮弄 > 西園 > 醉園",
        "路线：故宫 > 景山公园 > 北海公园",
        "步驟：設定 > 隱私權 > 定位服務",
        "流程：报名 > 初审 > 面试 > 录取",
    ],
)
def test_labelled_routes_stay(line: str) -> None:
    text = f"{PROSE_S}\n{line}\n{PROSE}\n"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line",
    ["当前位置：首页 > 新闻 > 国内", "您的位置：首頁 > 新聞 > 社會", "位置: 首页 > 财经", "导航：首页 > 体育 > 足球"],
)
def test_location_trails_go(line: str) -> None:
    doc = chrome(f"{line}\n{PROSE_S}\n")
    assert doc.text == f"{PROSE_S}\n"
    assert reasons(doc) == ["breadcrumb"]


# -- live text: clock times over its paragraphs ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "以下为现场实录。\n10:02\n发布会开始，发言人介绍经济运行情况。\n10:15\n记者提问。\n",
        "以下為現場實錄。\n14:30\n記者會開始，發言人說明今年經濟情勢。\n14:42\n記者提問：明年景氣如何？\n",
        "10:30\n会议正式开始，主持人宣布议程。\n11:15\n第一位发言人上台。\n",
        "事件經過如下。\n08:10\n列車駛離台北車站。\n08:47\n列車在新竹站前緊急停車。\n09:20\n乘客全數疏散完畢。\n",
    ],
)
def test_live_text_times_stay(text: str) -> None:
    assert chrome(text).text == text


def test_flash_feed_stamps_without_counters_go() -> None:
    flashes = ["【沪指半日涨0.45%】财联社6月3日电，沪指半日涨0.45%。", "【央行开展逆回购操作】财联社6月3日电，央行开展逆回购操作。"]
    text = f"10:32\n{flashes[0]}\n10:28\n{flashes[1]}\n"
    assert chrome(text).text == f"{flashes[0]}\n{flashes[1]}\n"
    # newest first: a feed's order, not a chronology's
    text = f"10:32\n{PROSE_S}\n10:28\n{PROSE}\n"
    assert chrome(text).text == f"{PROSE_S}\n{PROSE}\n"
