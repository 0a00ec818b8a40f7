"""The chrome filter on photo credits for the lead photo, a flash list's time stamps and
read counts: the furniture goes, prose that names a photo's source or a time stays."""

import pytest

from ._chrome import chrome, reasons

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


# -- a photo's credit, the photo gone ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "（首圖來源：科技新報攝）",
        "（首圖來源：shutterstock）",
        "（首图来源：视觉中国）",
        "（题图：IC photo）",
        "（封面图片来源：新华社）",
        "圖片來源：Google",
        "圖片來源:Science (MAAYAN HAREL)",
        "图片来源：网络",
        "题图来自Unsplash，基于CC0协议",
        "題圖來源：Pexels",
        "头图来源：视觉中国",
        "配圖來源：中央社",
        "图源：摄图网。",
    ],
)
def test_photo_credit_lines_go(line):
    text = f"{BODY}\n{line}\n{BODY_TW}\n"
    doc = chrome(text)
    assert doc.text == f"{BODY}\n{BODY_TW}\n"
    assert reasons(doc) == ["photo credit"]


@pytest.mark.parametrize(
    "prose",
    [
        "图片来源：新华社。记者昨日在现场看到，市场已经恢复营业。",
        "首圖為鴻海董事長劉揚偉，他表示明年將在台上市。",
        "封面故事：本期專訪三位年輕創業家",
        "图片来源不明的照片在网上流传，警方呼吁民众勿转发。",
        "題圖來自讀者投稿，本刊已取得授權。記者隨後聯繫了作者。",
    ],
)
def test_prose_naming_a_photo_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}\n"
    assert chrome(text).text == text


# -- a flash list: time stamps and read counts --------------------------------------------


def test_flash_list_stamps_and_read_counts_go():
    flashes = [
        "【工信部：前4月电子信息制造业增加值同比增长13.6%】财联社6月3日电，工信部数据显示增速加快。",
        "【沪指半日涨0.45%】财联社6月3日电，沪指半日涨0.45%，深成指涨0.62%。",
    ]
    text = f"10:32:15\n{flashes[0]}\n阅 12.3W\n10:28:40\n{flashes[1]}\n阅 8.7W\n"
    doc = chrome(text)
    assert doc.text == f"{flashes[0]}\n{flashes[1]}\n"
    assert sorted(set(reasons(doc))) == ["time stamp", "view counters"]


def test_traditional_stamps_and_counts_go():
    text = f"09:05\n{BODY_TW}\n閱 8.7萬\n08:50\n{BODY_TW}\n閱 1,204\n"
    assert chrome(text).text == f"{BODY_TW}\n{BODY_TW}\n"


@pytest.mark.parametrize(
    "text",
    [
        # one time alone is the head's time under its date, for the metadata filter
        f"2024-06-03\n10:32\n{BODY}\n{BODY}\n",
        # no clock: a score, an hour past 23
        f"{BODY}\n98:95\n{BODY}\n25:30\n",
        # times inside prose
        f"会议于10:30开始，持续到12:00结束。\n{BODY}\n",
        f"{BODY_TW}\n批閱 3\n",
    ],
)
def test_lone_times_scores_and_prose_stay(text):
    assert chrome(text).text == text
