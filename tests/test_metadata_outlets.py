"""Heads of portals, both scripts: an outlet's row with its day's date and no time
(``點新聞 2025-09-01``), a reviewer's credit after the author's (``文／林芷伊 審稿／營養師
陳怡君``), a compiler's credit as the only byline (``（编译/王晓梅）``), and the outlet a
farm's head line names before its ``官網最新熱點:``."""

from __future__ import annotations

import pytest

import cleanseeds
from cleanseeds import Pipeline
from cleanseeds.filters.metadata import Metadata, parse_meta_line
from cleanseeds.filters.paragraphs import Paragraphs
from cleanseeds.filters.separators import Separators

BODY = "这是一段足够长的正文内容，讲述了事情的来龙去脉，并且包含完整的句子结构和标点符号。"
BODY_TW = "這是一段足夠長的正文內容，講述了事情的來龍去脈，並且包含完整的句子結構和標點符號。"


def clean(raw: str):
    return Pipeline([Separators(), Metadata(), Paragraphs()]).clean(raw)


def _read(line: str) -> tuple[list[str], list[str], list[str]]:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line), line
    return meta.authors, meta.sites, meta.dates


@pytest.mark.parametrize(
    ("line", "site", "date"),
    [
        ("點新聞 2025-09-01", "點新聞", "2025-09-01"),
        ("点新闻 2025-09-01", "点新闻", "2025-09-01"),
        ("新华网 2025年9月1日", "新华网", "2025-09-01"),
        ("中央社 2025/09/01", "中央社", "2025-09-01"),
        ("巴士的報 2025-11-04", "巴士的報", "2025-11-04"),
        ("星島日報 2025.09.01 星期一", "星島日報", "2025-09-01"),
        ("经济参考报 2025-09-01（星期一）", "经济参考报", "2025-09-01"),
        # with a time, as before
        ("巴士的報 2025-11-04 08:30", "巴士的報", "2025-11-04T08:30"),
    ],
)
def test_outlet_and_day_without_time(line: str, site: str, date: str) -> None:
    assert _read(line) == ([], [site], [date])


@pytest.mark.parametrize(
    "line",
    [
        "我们在北京 2025-09-01",  # a place, no outlet's ending
        "他说 2025-09-01",
        "小葵 2024-04-02",  # a poster's name (read with the date first only)
        "新华网 2025年9月1日 报道了此事",  # more after the date: prose
        "新華網 2025年2月30日",  # no such day
        "澎湃新闻 2025年9月",  # no day
    ],
)
def test_name_and_day_that_is_no_outlet_row(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or meta.end < len(line) or not meta.sites


@pytest.mark.parametrize(
    ("head", "body", "site"),
    [
        ("香港18區康文署泳池延長開放至11月\n點新聞 2025-09-01", BODY_TW, "點新聞"),
        ("香港18区康文署泳池延长开放至11月\n点新闻 2025-09-01", BODY, "点新闻"),
    ],
)
def test_headline_over_outlet_day_row(head: str, body: str, site: str) -> None:
    art = clean(f"{head}\n{body}\n")[0]
    assert art.title == head.split("\n")[0]
    assert art.site == site
    assert art.published == "2025-09-01"
    assert art.paragraphs == [body]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("文／林芷伊 審稿／營養師 陳怡君", ["林芷伊"]),
        ("文/林芷伊 审稿/营养师 陈怡君", ["林芷伊"]),
        ("採訪／林芷伊 審訂／醫師 陳怡君", ["林芷伊"]),
        ("采访/林芷伊 审订/医师 陈怡君", ["林芷伊"]),
        ("文／林芷伊　審閱／藥師 王大明", ["林芷伊"]),
        ("作者：王小明 审稿：主治医师 陈怡君", ["王小明"]),
        # a professional's title before the author's own name
        ("文／醫師 王大明", ["王大明"]),
        ("文/营养师 李佳", ["李佳"]),
    ],
)
def test_reviewer_credit_after_author(line: str, authors: list[str]) -> None:
    assert _read(line)[0] == authors


@pytest.mark.parametrize(
    "line",
    [
        "營養師陳怡君表示，秋天容易口乾舌燥，建議多喝溫開水並攝取當季蔬果。",
        "营养师 陈怡君表示，秋天容易口干舌燥，建议多喝温开水并摄取当季蔬果。",
        "審稿的營養師 陳怡君提醒民眾，潤燥食物並不能取代就醫。",
        "编辑：老师 你好",  # a title, then no name
    ],
)
def test_professional_in_prose_is_no_credit(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or meta.end < len(line) or not meta.authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("（编译/王晓梅）", ["王晓梅"]),
        ("（編譯／王曉梅）", ["王曉梅"]),
        ("编译：王晓梅", ["王晓梅"]),
        ("編譯 | 陳韋廷", ["陳韋廷"]),
        # another author named: the compiler is no author
        ("作者：张三 编译：王晓梅", ["张三"]),
        ("記者：林明 編譯：王曉梅", ["林明"]),
        # editors only
        ("责任编辑：张宁", []),
    ],
)
def test_compiler_is_the_author_where_none_other_is(line: str, authors: list[str]) -> None:
    assert _read(line)[0] == authors


def test_compiler_credit_closing_a_digest() -> None:
    raw = "外媒：东南亚多国加快布局数据中心产业\n2025-09-18 08:12:36  来源：参考消息网\n" + BODY + "\n（编译/王晓梅）\n"
    art = clean(raw)[0]
    assert art.authors == ["王晓梅"]
    assert art.site == "参考消息网"
    assert art.paragraphs == [BODY]


def test_compiler_beside_a_reporter_credit_adds_no_author() -> None:
    raw = "外媒关注东南亚数据中心\n记者 张三\n" + BODY + "\n"
    assert clean(raw)[0].authors == ["张三"]


@pytest.mark.parametrize(
    ("raw", "site"),
    [
        ("鏡週刊娛樂官網最新熱點:金曲歌后新專輯發行 首週銷量破萬張\n記者 許育瑄 報導\n" + BODY_TW + "\n", "鏡週刊"),
        ("资讯快报网官网最新热点:长江流域十年禁渔成效显现 江豚种群数量回升\n记者 赵磊\n" + BODY + "\n", "资讯快报网"),
        ("南方日报官网最新资讯:广州地铁新线开通\n记者 赵磊\n" + BODY + "\n", "南方日报"),
        ("星島日報官網熱門:港鐵新線通車\n記者 李明\n" + BODY_TW + "\n", "星島日報"),
    ],
)
def test_site_from_a_farm_head(raw: str, site: str) -> None:
    assert clean(raw)[0].site == site


def test_farm_brand_without_outlet_ending_gives_no_site() -> None:
    raw = "吃瓜电子官网最新热点:英伟达回归遇阻,谁能替代H20?\n作者:张三\n" + BODY + "\n"
    art = clean(raw)[0]
    assert art.title == "英伟达回归遇阻,谁能替代H20?"
    assert art.site is None


def test_prose_naming_an_official_site_gives_no_site() -> None:
    raw = "市府公布補助辦法\n" + "想瞭解更多內容的民眾，可上臺北市政府官網最新消息：查詢相關細節與申請方式。" + "\n" + BODY_TW + "\n"
    art = cleanseeds.clean(raw)[0]
    assert art.site is None


@pytest.mark.parametrize("line", ["记者 张三 编译 李四", "記者 張三 編譯 李四"])
def test_a_compilers_label_is_no_name(line):
    meta = parse_meta_line(line)
    assert meta is not None and "编译" not in meta.authors and "編譯" not in meta.authors
