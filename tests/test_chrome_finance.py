"""Finance and magazine furniture: quote rows, stock chips, tag boxes, issue lines,
newsletter buttons, channel labels before a lede, trails, font-size labels."""

import pytest

from tests._chrome import chrome, reasons

PROSE = "法人指出，台積電先進製程產能持續滿載，明年營收成長可望維持雙位數，毛利率有機會守穩在五成以上。"
PROSE_S = "业内人士分析，央行此次降准释放长期资金约一万亿元，有助于稳定市场预期，支持实体经济发展。"


def _cut(text: str) -> str:
    return chrome(text).text


@pytest.mark.parametrize(
    "row",
    [
        "加權指數 23,416.25 ▲ 182.33 (0.78%)　櫃買指數 262.18 ▼ 0.54",
        "上证指数 3386.52 +0.42%　深证成指 10862.17 -0.15%　创业板指 2213.40 -0.37%",
        "台積電 2330 1,085 ▲ 1.40%",
        "贵州茅台 600519 1689.00 ▼ 12.30",
        "恒生指數 19,876.54 ▲ 312.08 (1.60%) | 國企指數 7,012.33 ▲ 98.21",
    ],
)
def test_quote_rows_cut(row: str) -> None:
    assert _cut(f"{row}\n{PROSE}\n") == f"{PROSE}\n"


@pytest.mark.parametrize(
    "line",
    [
        "加權指數今日上漲123點，收在23,416點。",
        "上证指数收涨0.42%，报3386.52点。",
        "贵州茅台 1689.00 +2.35%",  # a table's row in the text: no index, code or arrow
        "GDP 增長 5.2%",
    ],
)
def test_market_prose_stays(line: str) -> None:
    text = f"{PROSE}\n{line}\n{PROSE_S}\n"
    assert _cut(text) == text


def test_tag_box_cut_to_the_feed() -> None:
    text = f"{PROSE}\n文章標籤\n台積電\n營收\nAI\nCoWoS\n延伸閱讀\n台積電法說會前瞻 法人估明年資本支出再創高\n"
    assert _cut(text) == f"{PROSE}\n延伸閱讀\n台積電法說會前瞻 法人估明年資本支出再創高\n"
    text = f"{PROSE_S}\n相关标签\n降准\n央行\n"
    assert _cut(text) == f"{PROSE_S}\n"


def test_tags_in_prose_stay() -> None:
    text = f"{PROSE}\n標籤\n網友替這款手機貼上「性價比之王」的標籤，銷量隨之大增。\n"
    assert _cut(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "发于2026.12.7总第1220期《中国新闻周刊》杂志",
        "本文刊發於《今周刊》第1460期",
        "原载于《财新周刊》2026年第47期",
        "發於2026.12.1總第1219期《中國新聞週刊》雜誌",
    ],
)
def test_issue_lines_cut(line: str) -> None:
    assert _cut(f"{PROSE}\n{line}\n") == f"{PROSE}\n"


@pytest.mark.parametrize("line", ["INSIDE 電子報 訂閱", "訂閱電子報", "免费订阅 36氪 电子报"])
def test_newsletter_buttons_cut(line: str) -> None:
    assert _cut(f"{PROSE}\n{line}\n") == f"{PROSE}\n"


def test_issue_and_newsletter_prose_stay() -> None:
    text = f"{PROSE}\n该刊在2026年第49期中刊发了这篇报道，引发读者热议。\n公司表示，訂閱電子報的用戶今年增加了兩成。\n"
    assert _cut(text) == text


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("　　[中关村在线 手机频道 原创] 进入12月，多家国产手机厂商密集发布年度旗舰机型。", "　　进入12月，多家国产手机厂商密集发布年度旗舰机型。"),
        ("[中关村在线 原创] 今年的旗舰机普遍配备一英寸大底主摄，长焦微距成为标配。", "今年的旗舰机普遍配备一英寸大底主摄，长焦微距成为标配。"),
        ("[電腦王阿達 獨家] 蘋果下一代筆電將改用自研晶片，續航力可望再提升兩成。", "蘋果下一代筆電將改用自研晶片，續航力可望再提升兩成。"),
    ],
)
def test_channel_label_before_lede(raw: str, kept: str) -> None:
    doc = chrome(f"{raw}\n")
    assert doc.text == f"{kept}\n"
    assert reasons(doc) == ["channel label before the lede"]


def test_original_in_prose_stays() -> None:
    text = "[更新] 该作品为作者原创，获得了年度大奖。\n这家公司坚持原创设计，产品远销海外。\n"
    assert _cut(text) == text


@pytest.mark.parametrize("trail", ["首頁 / 新創 / 募資", "首页 / 科技 / 创投", "首頁 ? 時事台", "首页 ? 财经 ? 基金"])
def test_home_trails_cut(trail: str) -> None:
    assert _cut(f"{trail}\n{PROSE}\n") == f"{PROSE}\n"


def test_question_in_prose_stays() -> None:
    text = f"{PROSE}\n首頁改版了嗎 ? 網友熱議\n{PROSE_S}\n"
    assert _cut(text) == text


@pytest.mark.parametrize(("label", "row"), [("时刻新闻", "字号：A+ A-"), ("新聞頻道", "字體大小：大 中 小")])
def test_labels_above_font_row(label: str, row: str) -> None:
    text = f"来源：红网 作者：李婷 2026-11-03 10:21:33\n{label}\n|\n{row}\n{PROSE_S}\n"
    out = _cut(text)
    assert label not in out and "\n|\n" not in out and PROSE_S in out


def test_byline_name_above_font_row_stays() -> None:
    text = f"李婷\n字号：A+ A-\n{PROSE_S}\n"
    assert "李婷\n" in _cut(text)
