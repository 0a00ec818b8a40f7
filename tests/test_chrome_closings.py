"""The chrome filter: counters with a spaced unit, two-part trails, gallery counters,
photographers' credits, an outlet's closing tag and a desk editor's closing credit."""

import pytest

from cleanseeds import Pipeline

from ._chrome import chrome, reasons, splits

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


# -- a view counter whose unit stands after a blank --------------------------------------


@pytest.mark.parametrize(
    ("row", "left"),
    [
        ("发布时间：2025-08-31 10:26:14 来源：中国新闻网 浏览次数：3562 次", "发布时间：2025-08-31 10:26:14 来源：中国新闻网"),
        ("發布時間：2025-08-31 10:26 來源：中央社 瀏覽次數：3562 次", "發布時間：2025-08-31 10:26 來源：中央社"),
        ("2024-05-01 08:00 阅读：288 次 来源：本站", "2024-05-01 08:00 来源：本站"),
        ("更新时间：2025-03-02 点击：1,024 人次", "更新时间：2025-03-02"),
    ],
)
def test_counter_goes_with_its_spaced_unit(row, left):
    doc = chrome(f"{row}\n{BODY}")
    assert doc.text == f"{left}\n{BODY}"
    assert set(reasons(doc)) == {"view counter"}


def test_prose_with_a_spaced_count_stays():
    text = f"{BODY}\n截至2025-08-31，该平台全年浏览次数：3562 次，同比增长一成。"
    assert chrome(text).text == text


# -- two-part trails ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["即時新聞 > 香港財經", "即时新闻 > 香港财经", "新聞 > 兩岸要聞", "资讯 > 国内财经", "財經 » 台灣股市"],
)
def test_trail_to_a_narrowed_section_goes(line):
    doc = chrome(f"{line}\n{BODY_TW}")
    assert doc.text == BODY_TW
    assert reasons(doc) == ["breadcrumb"]


@pytest.mark.parametrize("line", ["台灣 > 日本", "收入 > 支出", "美国 > 日本汽车工业协会统计"])
def test_comparisons_are_no_trails(line):
    text = f"{line}\n{BODY}"
    assert chrome(text).text == text


# -- a gallery's counters and its photographer's credit ----------------------------------

GALLERY = (
    "1/4\n5月1日，高级技师高凤林在车间进行火箭发动机焊接作业。\n"
    "2/4\n高凤林手持焊枪，在直径仅0.16毫米的焊缝上操作。\n"
    "3 / 4\n钳工宁允展在研磨高铁转向架定位臂。\n"
    "4／4\n劳动节前夕，青年技工在车间合影。\n"
)


def test_gallery_counters_go():
    doc = chrome(GALLERY)
    assert "/" not in doc.text and "／" not in doc.text
    assert reasons(doc) == ["gallery counter"] * 4
    assert "劳动节前夕，青年技工在车间合影。" in doc.text


def test_gallery_counters_go_in_traditional():
    raw = "1/3\n市民在公園賞花。\n2/3\n遊客排隊入園。\n3/3\n園方加派人手維持秩序。\n"
    assert chrome(raw).text == "市民在公園賞花。\n遊客排隊入園。\n園方加派人手維持秩序。\n"


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY}\n3/15\n{BODY_TW}",  # one alone: a date, a score
        f"{BODY}\n3/15\n{BODY_TW}\n3/15\n{BODY}",  # the same number again: dates of a feed
        f"{BODY}\n12/5\n{BODY_TW}\n12/6\n{BODY}",  # numbers past the size: dates
        f"{BODY}\n比分\n2/3\n{BODY_TW}",
    ],
)
def test_lone_fractions_and_dates_stay(text):
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "credit",
    [
        "（中工网记者 赵黎浩 摄）",
        "（新华社记者 李贺 摄）",
        "（中央社記者王飛華攝）",
        "（本报记者 王五 摄影）",
        "(记者 张三 摄)",
        "（受访者供图）",
        "（受訪者供圖）",
        "（記者林大明翻攝）",
    ],
)
def test_photographers_credit_goes(credit):
    doc = chrome(f"{BODY}\n{credit}\n{BODY_TW}")
    assert doc.text == f"{BODY}\n{BODY_TW}"
    assert reasons(doc) == ["photo credit"]


@pytest.mark.parametrize(
    "line",
    ["（本片于2019年在北京拍摄）", "（記者會現場由電視台拍攝）", "（据新华社报道，相关画面由无人机拍摄）"],
)
def test_notes_of_filming_stay(line):
    text = f"{BODY}\n{line}\n{BODY_TW}"
    assert chrome(text).text == text


# -- an outlet's tag closing its copy ----------------------------------------------------


@pytest.mark.parametrize("tag", ["（信報）", "（中央社）", "（新华社）", "(明報)", "（綜合報導）", "（路透社）"])
def test_closing_source_tag_goes(tag):
    doc = chrome(f"{BODY_TW}\n{BODY}\n{tag}\n")
    assert doc.text == f"{BODY_TW}\n{BODY}\n"
    assert reasons(doc) == ["source tag closing the article"]


def test_source_tag_before_an_editor_credit_goes():
    doc = chrome(f"{BODY}\n（新华社）\n责任编辑：王伟\n")
    assert doc.text == f"{BODY}\n"


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY}\n（新华社）\n{BODY_TW}\n",  # inside the article: a photo's credit or a note
        f"{BODY}\n（待續）\n",
        f"{BODY}\n（三）\n",
        f"{BODY}\n（作者系经济日报）\n",
        f"{BODY}\n（作者為中央社）\n",
        "（信報）\n",  # nothing before it
    ],
)
def test_other_bracketed_lines_stay(text):
    assert chrome(text).text == text


# -- a desk editor's plain credit after the text ------------------------------------------


@pytest.mark.parametrize("credit", ["編輯：許芷瑄", "编辑：王丽", "编辑：王丽 审核：张强", "編輯：林孟汝、陳政偉"])
def test_plain_editor_credit_after_the_text_ends_the_article(credit):
    nxt = "外交部：台美經濟對話 3月在華府舉行"
    doc = chrome(f"{BODY_TW}\n{credit}\n{nxt}\n{BODY}\n")
    assert doc.text == f"{BODY_TW}\n{nxt}\n{BODY}\n"
    assert reasons(doc) == ["end-of-article marker: editor credit"]
    assert splits(doc) == [len(BODY_TW) + 1]


def test_editor_credit_splits_two_articles_of_a_dump():
    raw = (
        "春節連假高鐵加開班次\n2025-01-20 14:05\n"
        "台灣高鐵公司今日宣布，春節疏運期間將加開列車，加開列車車票將於2月1日零時起開放購買。\n"
        "編輯：許芷瑄\n"
        "外交部：台美經濟繁榮夥伴對話 3月在華府舉行\n2025-01-20 12:30\n"
        "外交部今日表示，第5屆台美經濟繁榮夥伴對話將於3月在美國華府舉行，雙方將交換意見。\n"
    )
    arts = Pipeline.default().clean(raw)
    assert [a.title for a in arts] == ["春節連假高鐵加開班次", "外交部：台美經濟繁榮夥伴對話 3月在華府舉行"]
    assert all("編輯" not in a.text for a in arts)


@pytest.mark.parametrize("line", ["编辑：为什么选择这个时候发布？", "編輯：請問您如何看待這次調整？"])
def test_an_interviewers_question_stays(line):
    text = f"{BODY}\n{line}\n{BODY_TW}"
    assert chrome(text).text == text
