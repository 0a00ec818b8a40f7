"""Credits that name the author or the site where they are cut: a reprint's source credit
(chrome cuts it, its author is read), a desk's closing credit, the site's name alone in
the head (metadata reads and cuts them)."""

from __future__ import annotations

import pytest

import cleanseeds
from cleanseeds.filters.chrome import credit_authors

BODY = "火山引擎总裁谭待表示，大模型降价不是简单的价格战，而是通过技术优化降低推理成本，行业随之调整。"
BODY2 = "他透露，豆包大模型目前日均处理1200亿Tokens文本，生成3000万张图片，客户数量持续增长。"
BODY_TW = "巴黎奧運女排資格賽今（18）日在泰國曼谷進行，台灣女排以3比1擊敗地主泰國，拿下本屆賽事首勝。"
BODY2_TW = "總教練表示，球員今天在關鍵分的處理相當冷靜，台灣女排明天將迎戰世界排名第8的日本隊。"


def clean(raw: str) -> list[cleanseeds.Article]:
    return cleanseeds.clean(raw)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("（本文首发于钛媒体APP，作者｜林志佳，编辑｜胡润峰）", ["林志佳"]),
        ("（本文首發於鈦媒體App，作者｜陳怡君，編輯｜李明）", ["陳怡君"]),
        ("本文来自微信公众号“硬核财经”（ID：yhcj），作者：王晓明，36氪经授权发布。", ["王晓明"]),
        ("本文轉載自微信公眾號「科技島」，作者: 張家豪，經授權轉載。", ["張家豪"]),
        ("（本文首发于钛媒体APP，编辑｜胡润峰）", []),
        ("本文来自微信公众号“X”，原作者：王一", []),
    ],
)
def test_source_credit_authors(line: str, authors: list[str]) -> None:
    assert credit_authors(line) == authors


@pytest.mark.parametrize(
    "credit",
    ["（本文首发于钛媒体APP，作者｜林志佳，编辑｜胡润峰）", "（本文首發於鈦媒體App，作者｜林志佳，編輯｜胡潤峰）"],
)
def test_source_credit_is_cut_with_its_author_read(credit: str) -> None:
    raw = f"大模型价格战升级：豆包主力模型降价\n2024年5月15日 15:42\n{BODY}\n{BODY2}\n{credit}\n更多研究干货，欢迎关注公众号。\n"
    art = clean(raw)[0]
    assert art.authors == ["林志佳"]
    assert credit not in art.text
    assert clean(art.text)[0].text == art.text


@pytest.mark.parametrize(
    ("credit", "site"),
    [
        ("（民視新聞／綜合報導）", "民視新聞"),
        ("（中央社／綜合外電報導）", "中央社"),
        ("（东方网/综合报道）", "东方网"),
    ],
)
def test_closing_desk_credit_gives_the_site_and_is_cut(credit: str, site: str) -> None:
    raw = f"台灣女排擊敗泰國\n2024/05/18 21:45\n{BODY_TW}\n{BODY2_TW}\n{credit}\n"
    art = clean(raw)[0]
    assert art.site == site
    assert art.paragraphs == [BODY_TW, BODY2_TW]


def test_desk_of_a_centre_is_no_site() -> None:
    raw = f"台灣女排擊敗泰國\n2024/05/18 21:45\n{BODY_TW}\n{BODY2_TW}\n（生活中心／綜合報導）\n"
    art = clean(raw)[0]
    assert art.site is None
    assert art.paragraphs == [BODY_TW, BODY2_TW]


@pytest.mark.parametrize(
    "prose",
    [
        "作者｜林志佳表示，这次降价是行业的转折点，其他厂商也将跟进。",
        "民視新聞綜合報導指出，女排今年的表現相當亮眼，球迷期待更多佳績。",
    ],
)
def test_prose_after_the_body_is_kept(prose: str) -> None:
    raw = f"台灣女排擊敗泰國\n2024/05/18 21:45\n{BODY_TW}\n{BODY2_TW}\n{prose}\n"
    art = clean(raw)[0]
    assert prose in art.paragraphs


@pytest.mark.parametrize(
    ("site", "byline", "body", "body2"),
    [
        ("中天新聞網", "記者 王怡婷 ／台北報導", BODY_TW, BODY2_TW),
        ("东方网", "记者 王晓明 报道", BODY, BODY2),
    ],
)
def test_site_name_in_the_head_is_cut(site: str, byline: str, body: str, body2: str) -> None:
    raw = f"立委質詢爆衝突 議場一度暫停\n2024/05/21 12:35\n{site}\n{byline}\n{body}\n{body2}\n©2024 {site} All Rights Reserved.\n"
    art = clean(raw)[0]
    assert art.site == site
    assert art.paragraphs[0] == body
    reasons = [e.reason for e in art.edits if e.filter == "metadata"]
    assert "site name line in the head" in reasons


@pytest.mark.parametrize(
    ("credit", "site"),
    [
        ("本文授權轉載自：數位時代", "數位時代"),
        ("（本文经授权转载自澎湃新闻）", "澎湃新闻"),
        ("本文來自鏡週刊App", "鏡週刊"),
    ],
)
def test_reprint_credit_names_the_site_even_after_the_end_marker(credit, site):
    """A reprint credit naming only its outlet gives the site where the head names none,
    also when it stands after the editor's closing credit (junk between articles)."""
    for tail in (f"{credit}\n", f"責任編輯：李先泰\n{credit}\n"):
        arts = clean(f"{BODY_TW}\n{BODY2_TW}\n{tail}")
        assert len(arts) == 1
        assert arts[0].site == site
        assert credit not in arts[0].text


def test_reprint_credit_does_not_override_the_head_s_site():
    arts = clean(f"来源：新华网\n{BODY}\n{BODY2}\n（本文经授权转载自澎湃新闻）\n")
    assert arts[0].site == "新华网"
