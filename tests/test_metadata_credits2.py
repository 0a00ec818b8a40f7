"""Credits of wires, citizen-news platforms and Buddhist/Taiwanese papers, and site
banners with a domain or a forum's name: both scripts, and prose that must stay."""

from __future__ import annotations

import pytest

import cleanseeds
from cleanseeds.filters.metadata import _banner_site, parse_meta_line


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # Reuters' Chinese service closes with its translator and checker: the compiler
        # is the author where nobody else is named
        ("（編譯 李明遠；審校 張家豪）", ["李明遠"]),
        ("（编译 李明远；审校 张家豪）", ["李明远"]),
        ("編譯 王慧如", ["王慧如"]),
        # a reporter named besides keeps the byline
        ("（記者 王明；編譯 李明遠）", ["王明"]),
        # citizen journalists (PeoPo)
        ("公民記者：海風阿宏", ["海風阿宏"]),
        ("公民记者：海风阿宏", ["海风阿宏"]),
        # a centre's reporter, the verb glued to the name (環境資訊中心, 融媒体中心)
        ("環境資訊中心記者 李育琴報導", ["李育琴"]),
        ("长兴县融媒体中心记者 王小明报道", ["王小明"]),
        ("記者 李育琴報導", ["李育琴"]),
        # a bracketed credit, name and place glued before 報導
        ("【人間社記者林秀美屏東報導】", ["林秀美"]),
        ("【记者林秀美广州报道】", ["林秀美"]),
        ("（中央社記者林秀美屏東報導）", ["林秀美"]),
    ],
)
def test_credit_lines(line: str, authors: list[str]) -> None:
    got = parse_meta_line(line)
    assert got is not None and got.end == len(line)
    assert got.authors == authors


@pytest.mark.parametrize(
    ("line", "site"),
    [("環境資訊中心記者 李育琴報導", "環境資訊中心"), ("【人間社記者林秀美屏東報導】", "人間社")],
)
def test_credit_outlet_is_site(line: str, site: str) -> None:
    got = parse_meta_line(line)
    assert got is not None and got.sites == [site]


@pytest.mark.parametrize(
    "line",
    [
        "編譯這本書花了他三年時間。",
        "编译器报错之后，他才发现问题。",
        "公民記者的角色越來越重要，但也面臨許多挑戰。",
        "中心記者會上，發言人表示將持續關注。",
        "審校工作由張家豪負責，預計下月完成。",
        "記者會上他說明了計畫內容並回答提問。",
    ],
)
def test_prose_is_not_a_credit(line: str) -> None:
    assert parse_meta_line(line) is None


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("香港討論區 discuss.com.hk", "香港討論區"),
        ("天涯社区 tianya.cn", "天涯社区"),
        ("運動視界 Sports Vision", "運動視界"),
        ("运动视界 Sports Vision", "运动视界"),
    ],
)
def test_site_banners(line: str, site: str) -> None:
    assert _banner_site(line) == site


@pytest.mark.parametrize("line", ["蘋果發表 Apple Watch", "苹果发布新款 iPhone", "台積電法說會 TSMC"])
def test_headline_with_latin_is_no_banner(line: str) -> None:
    assert _banner_site(line) is None


def _one(text: str) -> cleanseeds.Article:
    arts = cleanseeds.clean(text)
    assert len(arts) == 1
    return arts[0]


BODY = (
    "路透台北16日電---台灣央行周四宣布維持利率不變，符合市場預期，並表示將持續關注通膨走勢與外部風險。\n"
    "央行總裁在記者會上表示，今年經濟成長率預估上修，但出口動能仍受國際需求影響，政策需保持彈性。\n"
)


@pytest.mark.parametrize("credit", ["（編譯 李明遠；審校 張家豪）", "（编译 李明远；审校 张家豪）"])
def test_wire_closing_credit_names_author(credit: str) -> None:
    a = _one(f"台灣央行維持利率不變 符合預期\n2025-10-16 14:20\n{BODY}{credit}\n")
    assert a.authors and a.authors[0] in ("李明遠", "李明远")
    assert all("審校" not in p and "审校" not in p for p in a.paragraphs)


def test_site_banner_with_domain_is_no_title() -> None:
    a = _one(
        "香港討論區 discuss.com.hk\n首頁 › 時事台\n屯門公路轉車站啟用首日 等車時間反而更長？\n作者：西鐵老司機\n"
        "發表於 2025-10-11 09:12\n"
        "今朝第一日用屯門公路轉車站，由屯門市中心搭960過海，喺轉車站落車轉另一架，成程多咗十分鐘。\n"
        "運輸署話轉車站可以令乘客更多選擇，但係今朝排隊轉車嘅人龍排到出去行人路，職員都唔夠人手疏導。\n"
    )
    assert a.title == "屯門公路轉車站啟用首日 等車時間反而更長？"
    assert a.authors == ["西鐵老司機"]


def test_idempotent() -> None:
    text = f"台灣央行維持利率不變 符合預期\n2025-10-16 14:20\n{BODY}（編譯 李明遠；審校 張家豪）\n"
    once = cleanseeds.clean(text)[0]
    again = cleanseeds.clean("\n".join(once.paragraphs))
    assert again[0].paragraphs == once.paragraphs


@pytest.mark.parametrize(
    ("byline", "name"),
    [("记者 王明报道", "王明"), ("記者 林明報導", "林明"), ("本报记者 王小明报道", "王小明"), ("記者 陳美報道", "陳美")],
)
def test_a_reporting_verb_glued_after_a_short_name_is_no_part_of_it(byline: str, name: str) -> None:
    dump = f"市政府发布新规定\n2025-10-12 09:00\n{byline}\n新规定将于下月起施行，涉及全市所有小区。市民可通过热线咨询。\n"
    [art] = cleanseeds.clean(dump)
    assert art.authors == [name]
