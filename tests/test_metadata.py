"""The metadata filter: bylines, credits, sources, dates, titles, implicit boundaries."""

from __future__ import annotations

from pathlib import Path

import re
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanseeds
from cleanseeds import Change, Filter, Pipeline, lines
from cleanseeds.filters.metadata import Metadata, is_title_shaped, parse_date, parse_meta_line
from cleanseeds.filters.paragraphs import Paragraphs
from cleanseeds.filters.separators import Separators

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "这是一段足够长的正文内容,讲述了事情的来龙去脉,并且包含完整的句子结构和标点符号。"
BODY2 = "第二段同样是正文,它继续交代背景,补充细节,让读者了解事件的后续进展和各方的反应。"
BODY_TW = "這是一段足夠長的正文內容,講述了事情的來龍去脈,並且包含完整的句子結構和標點符號。"


def clean(raw: str) -> list[cleanseeds.Article]:
    return Pipeline([Separators(), Metadata(), Paragraphs()]).clean(raw)


# -- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-07-15 19:50", "2025-07-15T19:50"),
        ("2025-07-15", "2025-07-15"),
        ("2023-09-11 08:30:05", "2023-09-11T08:30:05"),
        ("2020/3/6 14:41", "2020-03-06T14:41"),
        ("2025.07.15", "2025-07-15"),
        ("2025年7月15日 19:50", "2025-07-15T19:50"),
        ("2025年07月15日", "2025-07-15"),
        ("2025年7月15日19时50分", "2025-07-15T19:50"),
        ("2025-07-15T19:50:00+08:00", "2025-07-15T19:50:00+08:00"),
        ("2025-07-15T19:50:00+0800", "2025-07-15T19:50:00+08:00"),
    ],
)
def test_complete_dates_become_iso(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text", ["2025年12月", "7月15日", "2025-13-01", "2025-02-30", "2025-07-15 25:00", "1090306", "二〇二二年十一月"]
)
def test_incomplete_or_invalid_dates_are_not_normalised(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2025-07-15 19:50", "2025-07-15T19:50"),
        ("发布时间:2024-05-12 10:23:45", "2024-05-12T10:23:45"),
        ("發佈時間:2023年5月4日 星期四", "2023-05-04"),
        ("时间:2014-09-23 00:41 来源:cnblogs.com 作者:小蝶惊鸿", "2014-09-23T00:41"),
        ("刊登於 2018-05-13", "2018-05-13"),  # a date label set off by a blank
        ("刊登於 5月13日", None),  # ... before a complete date only
        ("刊登於:2018-05-13", "2018-05-13"),
        ("2020/3/6 14:41(3/6 17:01 更新)", "2020-03-06T14:41"),
        ("发布时间:7月15日 19:50", "7月15日 19:50"),
    ],
)
def test_date_lines(line: str, published: str | None) -> None:
    meta = parse_meta_line(line)
    if published is None:
        assert meta is None
    else:
        assert meta is not None and meta.dates[0] == published


def test_date_in_prose_is_text() -> None:
    raw = "2025年12月,英伟达CEO黄仁勋此行怀揣着明确的目标,游说政府放宽出口管制,为自家产品争取机会。\n" + BODY
    art = clean(raw)[0]
    assert art.published is None
    assert art.paragraphs[0].startswith("2025年12月")


# -- bylines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "site"),
    [
        ("文 | 镜相工作室,作者 | 黄依婷,编辑 | 卢枕", ["黄依婷"], "镜相工作室"),
        ("文 | 大V商业,作者 | 庄莉", ["庄莉"], "大V商业"),
        ("文/张三", ["张三"], None),
        ("文|李四", ["李四"], None),
        ("作者:小蝶惊鸿", ["小蝶惊鸿"], None),
        ("作者：王五、赵六", ["王五", "赵六"], None),
        ("作者:张三 李四", ["张三", "李四"], None),
        ("撰文:早起", ["早起"], None),
        ("记者 黄依婷", ["黄依婷"], None),
        ("本报记者 韩钟昆", ["韩钟昆"], None),
        ("記者 張茗喧、陳至中", ["張茗喧", "陳至中"], None),
        ("端傳媒記者 吳婧 陳倩兒 發自香港、成都", ["吳婧", "陳倩兒"], "端傳媒"),
        ("新华社记者 张三 李四 报道", ["张三", "李四"], "新华社"),
        ("作者:張三 來源:中央社", ["張三"], "中央社"),
        ("(来源:华山穹剑)", [], "华山穹剑"),
        ("(來源:華山穹劍)", [], "華山穹劍"),
        ("【来源:澎湃新闻】", [], "澎湃新闻"),
        ("来源:cnblogs.com", [], "cnblogs.com"),
        ("通訊員 林小明", ["林小明"], None),
    ],
)
def test_byline_forms(line: str, authors: list[str], site: str | None) -> None:
    meta = parse_meta_line(line)
    assert meta is not None
    assert meta.end == len(line)
    assert meta.authors == authors
    assert (meta.sites[0] if meta.sites else None) == site


@pytest.mark.parametrize(
    "line",
    ["编辑:江江&面线", "美编:焕妍", "责任编辑:张三", "責任編輯:李明宗", "(編輯:李明宗)1090306", "校对 | 王五", "圖:周煊惠/攝"],
)
def test_editor_credits_are_not_authors(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.authors == [] and meta.credits


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "记者:目前情况如何?",  # an interview question
        "据本报记者了解,该项目已经启动。",
        "记者今天从有关部门获悉,新政策将于下月实施。",
        "作者认为,这种做法值得商榷,理由有三点。",
        "文中提到的数据来源于公开资料。",
        "来源于生活,高于生活。",
        "国内EDA行业格局。资料来源:赛迪智库",
        "时间过得真快,转眼又是一年。",
        "许多记者 纷纷前往现场采访报道。",
        "2025年上半年,美国半导体设备供应商应用材料的在华营收同比暴跌25%。",
    ],
)
def test_prose_is_not_metadata(line: str) -> None:
    assert parse_meta_line(line) is None


def test_glued_byline_is_cut_before_the_body() -> None:
    raw = "文 | 镜相工作室,作者 | 黄依婷,编辑 | 卢枕 " + BODY
    art = clean(raw)[0]
    assert art.authors == ["黄依婷"] and art.site == "镜相工作室"
    assert art.paragraphs == [BODY]


def test_repeated_glued_byline_is_cut_whole() -> None:
    byline = "文 | 大V商业,作者 | 庄莉"
    art = clean(f"{byline} {byline} {BODY}")[0]
    assert art.paragraphs == [BODY] and art.authors == ["庄莉"]


def test_credits_block_at_the_end() -> None:
    raw = f"{BODY}\n\n{BODY2}\n\n撰文:早起\n\n编辑:江江&面线\n\n美编:焕妍\n\n图片、资料来源\n"
    art = clean(raw)[0]
    assert art.authors == ["早起"]
    assert art.paragraphs == [BODY, BODY2, "图片、资料来源"]
    reasons = [e.reason for e in art.edits if e.filter == "metadata"]
    assert any("editor credit" in r for r in reasons)


def test_caption_between_body_lines_is_kept() -> None:
    raw = f"{BODY}\n圖 | 質譜集群\n{BODY2}\n來源:Wind\n{BODY}"
    art = clean(raw)[0]
    assert "圖 | 質譜集群" in art.paragraphs and "來源:Wind" in art.paragraphs
    assert art.site is None


def test_feed_timestamp_at_the_end_is_not_published() -> None:
    raw = f"{BODY}\n{BODY2}\n带你逛体坛\n2025-12-31 08:03:04\n"
    art = clean(raw)[0]
    assert art.published is None
    assert "2025-12-31 08:03:04" in art.paragraphs


def test_header_date_and_source_traditional() -> None:
    raw = f"2025-07-15 19:50\n(來源:華山穹劍)\n{BODY_TW}\n"
    art = clean(raw)[0]
    assert (art.published, art.site, art.title) == ("2025-07-15T19:50", "華山穹劍", None)
    assert art.paragraphs == [BODY_TW]


# -- boundaries ------------------------------------------------------------------------------


def test_new_byline_after_body_starts_an_article() -> None:
    raw = f"{BODY}\n{BODY2}\n文 | 大V商业,作者 | 庄莉 {BODY_TW}"
    arts = clean(raw)
    assert [a.paragraphs for a in arts] == [[BODY, BODY2], [BODY_TW]]
    assert arts[1].authors == ["庄莉"] and arts[0].authors == []


def test_standalone_byline_then_body_starts_an_article_with_its_title() -> None:
    raw = f"{BODY}\n{BODY2}\n英伟达回归遇阻,谁能替代H20?\n作者:张三\n{BODY_TW}\n"
    arts = clean(raw)
    assert len(arts) == 2
    assert arts[1].title == "英伟达回归遇阻,谁能替代H20?" and arts[1].authors == ["张三"]
    assert arts[0].paragraphs == [BODY, BODY2]


def test_reporter_before_prose_in_the_middle_does_not_split() -> None:
    raw = f"{BODY}\n记者 您好 {BODY2}\n"
    assert len(clean(raw)) == 1


def test_end_marker_then_title_then_body() -> None:
    raw = f"{BODY}(完)\n荷兰光刻机巨头公布新路线图\n{BODY2}\n"
    arts = clean(raw)
    assert len(arts) == 2
    assert arts[0].paragraphs == [BODY]
    assert arts[1].title == "荷兰光刻机巨头公布新路线图" and arts[1].paragraphs == [BODY2]


def test_editor_in_charge_ends_the_article() -> None:
    raw = f"{BODY}\n责任编辑:王五\n{BODY2}\n"
    arts = clean(raw)
    assert [a.paragraphs for a in arts] == [[BODY], [BODY2]]


def test_end_marker_at_the_very_end_is_cut() -> None:
    arts = clean(f"{BODY}\n（全文完）\n")
    assert len(arts) == 1 and arts[0].paragraphs == [BODY]


# -- titles ----------------------------------------------------------------------------------


class FakeChrome(Filter):
    """Cuts lines given by text, as the chrome filter would."""

    name = "chrome"
    description = "test stand-in"

    def __init__(self, *junk: str) -> None:
        self.junk = set(junk)

    def find(self, doc):
        for line in lines(doc.text):
            if line.stripped in self.junk:
                yield line.cut("test chrome")


def test_title_between_chrome() -> None:
    raw = f"网易首页 > 网易号 > 正文\n\n英伟达清仓大甩卖,但我却笑不太出来。\n\n分享至\n\n{BODY}\n"
    arts = Pipeline([FakeChrome("网易首页 > 网易号 > 正文", "分享至"), Metadata()]).clean(raw)
    assert arts[0].title == "英伟达清仓大甩卖,但我却笑不太出来。"
    assert arts[0].paragraphs == [BODY]


def test_title_with_prefixed_copy() -> None:
    raw = f"英伟达回归遇阻,谁能替代H20?\n吃瓜电子官网最新热点:英伟达回归遇阻,谁能替代H20?\n{BODY}\n"
    assert clean(raw)[0].title == "英伟达回归遇阻,谁能替代H20?"


def test_site_prefix_is_not_part_of_the_title() -> None:
    raw = f"吃瓜电子官网最新热点:英伟达回归遇阻,谁能替代H20?\n作者:张三\n{BODY}\n"
    assert clean(raw)[0].title == "英伟达回归遇阻,谁能替代H20?"


@pytest.mark.parametrize(
    "first",
    ["最近,國內半導體產業又傳出好消息。", "消息一出,直接冲上微博热搜。", "小经销商还怎么玩。", "中美关系迎来新变化"],
)
def test_first_paragraph_is_not_a_title(first: str) -> None:
    art = clean(f"{first}\n{BODY}\n{BODY2}\n")[0]
    assert art.title is None and art.paragraphs[0] == first


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("英伟达回归遇阻,谁能替代H20?", True),
        ("熱門資訊> 正文", False),
        ("如今的我們,早已練就「三重護體神功」:", False),
        ("第一句。第二句。", False),
        ("OK", False),
        (BODY * 2, False),
    ],
)
def test_title_shape(text: str, ok: bool) -> None:
    assert is_title_shaped(text) is ok


# -- seeds and invariants ----------------------------------------------------------------------


def seed(name: str) -> str:
    return next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def test_seed_000_in_isolation() -> None:
    arts = clean(seed("000"))
    assert len(arts) == 2
    assert arts[0].title == "英伟达回归遇阻,谁能替代H20?"
    assert (arts[0].authors, arts[0].site) == (["黄依婷"], "镜相工作室")
    assert (arts[1].title, arts[1].authors, arts[1].site) == (None, ["庄莉"], "大V商业")


def test_seed_004_in_isolation() -> None:
    (art,) = clean(seed("004"))
    assert (art.title, art.site, art.published) == (None, "華山穹劍", "2025-07-15T19:50")


def test_seed_003_has_no_title() -> None:
    (art,) = clean(seed("003"))
    assert art.title is None and art.authors == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("000", [("英伟达回归遇阻,谁能替代H20?", ["黄依婷"], "镜相工作室", None), (None, ["庄莉"], "大V商业", None)]),
        ("001", [("英伟达清仓大甩卖,但我却笑不太出来。", ["早起"], None, None)]),
        ("003", [(None, [], None, None)]),
        ("004", [(None, [], "華山穹劍", "2025-07-15T19:50")]),
    ],
)
def test_seeds_default_pipeline(name: str, expected: list[tuple]) -> None:
    arts = cleanseeds.clean(seed(name))
    assert [(a.title, a.authors, a.site, a.published) for a in arts] == expected


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_cleaning_an_article_again_finds_nothing_new(name: str) -> None:
    for art in cleanseeds.clean(seed(name)):
        again = cleanseeds.clean(art.text)
        assert len(again) == 1
        assert again[0].paragraphs == art.paragraphs
        assert (again[0].title, again[0].authors, again[0].site, again[0].published) == (None, [], None, None)


_han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_prose = st.lists(st.text(_han, min_size=3, max_size=12), min_size=3, max_size=8).map(lambda ws: ",".join(ws) + "。")


@settings(max_examples=100, deadline=None)
@given(st.lists(_prose, min_size=1, max_size=6, unique=True))
def test_clean_prose_is_untouched(paragraphs: list[str]) -> None:
    arts = clean("\n".join(paragraphs))
    assert [a.paragraphs for a in arts] == [paragraphs]
    assert not any(e.filter == "metadata" for e in arts[0].edits)


def test_changes_carry_meta_on_cuts() -> None:
    from cleanseeds.document import Document

    doc = Document(f"作者:张三\n{BODY}")
    changes = list(Metadata().find(doc))
    assert changes == [Change(0, 6, "", "byline line", meta={"authors": ["张三"]})]


def test_glued_byline_before_a_short_first_paragraph() -> None:
    raw = f"文 | 镜相工作室,作者 | 黄依婷,编辑 | 卢枕 9月,国内入秋,气温骤降。\n{BODY}"
    art = clean(raw)[0]
    assert (art.authors, art.site) == (["黄依婷"], "镜相工作室")
    assert art.paragraphs == ["9月,国内入秋,气温骤降。", BODY]


@pytest.mark.parametrize(
    "line, authors, sites",
    [
        ("記者張三／台北報導", ["張三"], []),
        ("记者 张三 北京报道", ["张三"], []),
        ("記者 王小明 李四/高雄報導", ["王小明", "李四"], []),
        ("2025/03/06 14:41 中央社", [], ["中央社"]),
    ],
)
def test_reporter_datelines_and_outlet_after_date(line, authors, sites):
    from cleanseeds.filters.metadata import parse_meta_line

    got = parse_meta_line(line)
    assert got is not None and got.authors == authors and got.sites == sites


@pytest.mark.parametrize("line", ["记者了解到这件事。", "2025-07-15 19:50 据报道这件事很重要"])
def test_prose_after_reporter_or_date_is_not_metadata(line):
    from cleanseeds.filters.metadata import parse_meta_line

    assert parse_meta_line(line) is None


# -- header lines of other portals -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published", "site"),
    [
        ("2024-05-22 14:31:08\u3000来源: 第一财经", "2024-05-22T14:31:08", "第一财经"),  # ideographic blank
        ("2024年07月08日 10:15:32 来源：凤凰网科技", "2024-07-08T10:15:32", "凤凰网科技"),
        ("2023-09-08 来源：澎湃新闻", "2023-09-08", "澎湃新闻"),
        ("2024年04月16日 10:51 来源于 财新网", "2024-04-16T10:51", "财新网"),
        ("发布/2024年5月28日 14:23", "2024-05-28T14:23", None),
        ("更新/2024年5月28日 18:01", "2024-05-28T18:01", None),
        ("出版：2024-09-03 11:23", "2024-09-03T11:23", None),
        ("發布：2024/07/15 06:30", "2024-07-15T06:30", None),
        ("最後更新時間：2024/08/12 21:30", "2024-08-12T21:30", None),
        ("最后更新：2024-08-12 21:30", "2024-08-12T21:30", None),
        ("港聞 | 發布時間：2024/07/15 06:30 | 最後更新：2024/07/15 08:12", "2024-07-15T06:30", None),
        ("国际 | 发布时间：2024-07-15 06:30", "2024-07-15T06:30", None),
        ("腾讯新闻 2024-06-14 17:05 发布于北京 财经头条官方账号", "2024-06-14T17:05", "腾讯新闻"),
        ("網易新聞 2024-06-14 17:05 發布於臺灣", "2024-06-14T17:05", "網易新聞"),
        ("風傳媒 / 風傳媒評論 2024-05-07 06:00", "2024-05-07T06:00", "風傳媒"),
        ("2024-05-28 18:02 聯合報／ 記者林大明、陳小芬／台北即時報導", "2024-05-28T18:02", "聯合報"),
    ],
)
def test_header_date_and_source_forms(line: str, published: str, site: str | None) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert meta.meta().get("published") == published and meta.meta().get("site") == site


def test_reporters_after_outlet_and_date() -> None:
    meta = parse_meta_line("2024-05-28 18:02 聯合報／ 記者林大明、陳小芬／台北即時報導")
    assert meta is not None and meta.authors == ["林大明", "陳小芬"]


@pytest.mark.parametrize("line", ["发布于：浙江省", "IP属地：北京", "發布於：臺灣", "IP屬地：香港"])
def test_poster_location_is_a_header_line_without_metadata(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line) and meta.meta() == {}
    art = clean(f"火炬传递今日启动\n2023-09-08 09:12 来源: 潮新闻\n{line}\n{BODY}\n")[0]
    assert art.paragraphs == [BODY] and art.published == "2023-09-08T09:12"


@pytest.mark.parametrize(
    "line",
    [
        "发布于北京的新规定引发关注。",
        "发布于：北京市人民政府网站的一份通知显示，新规将于下月实施。",
        "更新：系统已完成升级",
        "出版：人民文学出版社",
        "刊登於 2018-05-13 的報導指出，該公司營收創新高。",
        "港聞 | 今日天氣晴朗",
        "新华社 2024年5月1日 据报道这件事很重要",
        "首批试点 2024年5月20日 正式启动了",
        "首批试点 2024年5月20日 10:00 正式启动",
    ],
)
def test_header_words_in_prose_are_not_metadata(line: str) -> None:
    assert parse_meta_line(line) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("澎湃新闻记者 赵雪 实习生 韩宇", ["赵雪", "韩宇"]),
        ("记者 周婷 实习生 马一鸣", ["周婷", "马一鸣"]),
        ("記者 王小明 實習生 李大同", ["王小明", "李大同"]),
    ],
)
def test_job_titles_among_reporters_are_not_names(line: str, authors: list[str]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.authors == authors


@pytest.mark.parametrize(("line", "desk"), [("生活中心 / 綜合報導", True), ("政治中心／綜合報導", True), ("国际部/综合报道", True)])
def test_desk_credit_is_a_header_line(line: str, desk: bool) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.meta() == {} and "desk" in meta.roles


# -- reporter credits in the lede ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lede", "authors", "site"),
    [
        ("新京报讯（记者 周婷 实习生 马一鸣）6月2日，", ["周婷", "马一鸣"], None),
        ("人民网北京6月7日电 （记者 杜燕飞）据海关总署6月7日消息，", ["杜燕飞"], None),
        ("中新网东京6月12日电 (记者 吕少威)日本银行12日公布的数据显示，", ["吕少威"], None),
        ("新华社北京6月12日电（记者 魏玉坤、王悦阳）国家统计局12日发布数据，", ["魏玉坤", "王悦阳"], None),
        ("【财新网】（记者 王力为）国家统计局4月16日公布数据显示，", ["王力为"], None),
        ("本报北京5月1日电（记者 张三 北京报道）", ["张三"], None),
        ("〔記者林志豪／台北報導〕今年第3號颱風凱米持續增強，", ["林志豪"], None),
        ("（中央社記者曾智怡台北20日電）經濟部今天公布7月外銷訂單，", ["曾智怡"], "中央社"),
        ("(中央社記者楊堯茹台北10日電)行政院長赴日觀看經典賽，", ["楊堯茹"], "中央社"),
        ("（中央社記者王承中、林育立柏林20日專電）德國政府今天表示，", ["王承中", "林育立"], "中央社"),
    ],
)
def test_reporters_in_the_lede_are_read_not_cut(lede: str, authors: list[str], site: str | None) -> None:
    first = lede + "相关部门表示将进一步加强监管，确保各项措施落实到位。"
    art = clean(f"{first}\n{BODY}\n")[0]
    assert art.authors == authors and art.site == site
    assert art.paragraphs == [first, BODY]
    assert not any(e.filter == "metadata" for e in art.edits)


@pytest.mark.parametrize(
    "lede",
    [
        "（吉隆坡21日讯）大马统计局今日公布，今年5月消费者价格指数按年上涨2%。",
        "（中央社東京23日綜合外電報導）日本央行總裁今天在國會表示，不會升息。",
        "〔即時新聞/綜合報導〕日本《產經新聞》今日刊登3篇介紹台灣的文章。",
        "他对记者说（记者 问）这件事情还没有最后的结论，需要进一步调查。",
        "（记者手记）那天的雨下得很大，我们在路边等了整整一个下午才见到他。",
    ],
)
def test_lede_without_reporter_names_gives_no_authors(lede: str) -> None:
    art = clean(f"{lede}\n{BODY}\n")[0]
    assert art.authors == [] and art.paragraphs == [lede, BODY]


# -- menus, breadcrumbs, info boxes, article heads -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "nav"),
    [
        ("中央社 CNA 即時 政治 國際 兩岸 產經 證券 科技", True),
        ("联合早报 即时 新闻 财经 言论 副刊 视频", True),
        ("星洲网 首页 国内 国际 言路 财经 娱乐", True),
        ("首頁 / 國際", True),
        ("聯合新聞網 / 要聞 / 政治", True),
        ("社会新闻 | 国际新闻 | 财经新闻", True),
        ("TVBS新聞網 > 社會", True),
        ("經典賽／韓澳大戰今晚開打！中華隊能否前進邁阿密", False),
        ("专访｜张三：我们还会回来", False),
        ("多地启动夏粮收购 今年小麦收购价每斤上调两分钱", False),
        ("立院三讀通過《國會職權修法》 藍白：落實國會監督 綠：恐擴權違憲", False),
    ],
)
def test_menus_and_breadcrumbs_are_never_titles(text: str, nav: bool) -> None:
    from cleanseeds.filters.metadata import is_nav_line

    assert is_nav_line(text) is nav
    if nav:
        assert not is_title_shaped(text)


@pytest.mark.parametrize(
    "menu", ["联合早报 即时 新闻 财经 言论 副刊 视频 互动 电子报", "中央社 CNA 即時 政治 國際 兩岸 產經 證券", "首頁 / 國際"]
)
def test_title_under_a_menu(menu: str) -> None:
    art = clean(f"{menu}\n中国多地出台购房新政 一线城市仍持观望\n发布/2024年5月28日 14:23\n{BODY}\n")[0]
    assert art.title == "中国多地出台购房新政 一线城市仍持观望" and art.published == "2024-05-28T14:23"
    assert art.paragraphs == [menu, BODY]


@pytest.mark.parametrize(
    "box",
    [
        ["书名：《烟火漫卷》", "作者：迟子建", "出版社：人民文学出版社", "出版时间：2024年4月"],
        ["書名：《單車失竊記》", "作者：吳明益", "出版社：麥田", "定價：420元"],
        ["作者：刘慈欣", "ISBN：9787536692930"],
    ],
)
def test_author_in_an_info_box_after_the_body_is_content(box: list[str]) -> None:
    arts = clean("\n".join(["迟子建新作出版", "作者:李永博", BODY, *box, BODY2]) + "\n")
    assert len(arts) == 1
    assert arts[0].authors == ["李永博"]
    assert arts[0].paragraphs == [BODY, *box, BODY2]


def test_credits_at_the_end_beside_a_sentence_still_count() -> None:
    raw = f"{BODY}\n聲明：本報所有數據均以中選會公布為準。\n記者林美玲／台北報導\n{BODY_TW}\n"
    arts = clean(raw)
    assert len(arts) == 2 and arts[1].authors == ["林美玲"]


@pytest.mark.parametrize(
    ("crumb", "head", "date", "lede"),
    [
        ("首頁 / 國際", "日本央行維持利率不變 植田和男：將審慎觀察市場", "2024/08/23 10:05", BODY_TW),
        ("首頁 / 生活", "中秋連假國道估湧車潮 高公局：9時段開放路肩", "2024/09/12 14:30", "（中央社記者汪淑芬台北12日電）" + BODY_TW),
        ("", "台積電股價再創新高 市值突破25兆元", "2024/07/22 13:45", "〔記者洪友芳／新竹報導〕" + BODY_TW),
        ("", "日本5月企业物价指数同比上涨2.4%", "2024年06月12日 10:21 来源：中国新闻网", BODY2),
    ],
)
def test_headline_and_date_after_body_start_an_article(crumb: str, head: str, date: str, lede: str) -> None:
    lines_ = [BODY, BODY2, *([crumb] if crumb else []), head, date, lede]
    arts = clean("\n".join(lines_) + "\n")
    assert len(arts) == 2
    assert arts[0].paragraphs == [BODY, BODY2]
    assert arts[1].title == head and arts[1].published is not None
    assert arts[1].paragraphs == [*([crumb] if crumb else []), lede]


def test_subheading_and_time_inside_a_live_report_do_not_split() -> None:
    raw = f"{BODY}\n開票最新進度\n2024/01/13 16:05\n{BODY_TW}\n{BODY2}\n"
    assert len(clean(raw)) == 1


def test_headline_after_cut_junk_starts_an_article() -> None:
    raw = f"{BODY}\n{BODY2}\n首頁 > 財經\n台積電股價再創新高 市值突破25兆元\n2024/07/22 13:45\n{BODY_TW}\n"
    arts = Pipeline([Separators(), FakeChrome("首頁 > 財經"), Metadata()]).clean(raw)
    assert [a.title for a in arts] == [None, "台積電股價再創新高 市值突破25兆元"]
    assert arts[1].published == "2024-07-22T13:45"


@pytest.mark.parametrize("credit", ["（作者：边万莉 编辑：包芳鸣）", "(作者：李四 编辑：王五)", "（作者：陳大文 編輯：林小明）"])
def test_a_bracketed_closing_credit_gives_authors_to_the_article_above(credit):
    import cleanseeds

    body = "记者从多家车企获悉，今年前八个月新能源汽车出口量同比增长超过三成，欧洲市场增速最快。"
    (art,) = cleanseeds.clean(f"{body}\n{credit}\n第一财经\n一财网\n")
    assert art.paragraphs == [body]
    assert len(art.authors) == 1 and art.authors[0] in credit


@pytest.mark.parametrize(
    "name, site",
    [("观察者网", "观察者网"), ("天下雜誌", "天下雜誌"), ("国际观察", None)],
)
def test_a_site_or_column_name_over_the_headline_is_not_the_title(name, site):
    import cleanseeds

    title = "美欧钢铁关税谈判再陷僵局 双方分歧仍大"
    body = "据路透社11日报道，美国与欧盟围绕钢铝关税的谈判在布鲁塞尔再度陷入僵局，双方均未让步。"
    (art,) = cleanseeds.clean(f"{name}\n{title}\n2024-03-12 07:55 来源：新华网\n{body}\n")
    assert art.title == title
    assert art.paragraphs == [body]
    if site:
        assert art.site in (site, "新华网")


def test_an_unread_byline_above_the_date_is_never_taken_for_the_headline():
    import cleanseeds

    body = "9月10日，中国人民银行发布8月金融统计数据，广义货币余额同比增长6.3%，增速与上月持平。"
    dump = f"21世纪经济报道\n央行：保持流动性合理充裕\n某某报记者 张三 北京报道\n2024-09-10 20:15:02\n{body}\n"
    (art,) = cleanseeds.clean(dump)
    assert art.title != "某某报记者 张三 北京报道"


@pytest.mark.parametrize(
    "line, author, site",
    [("21世纪经济报道记者 边万莉 北京报道", "边万莉", "21世纪经济报道"), ("南方周末记者 孙晨", "孙晨", "南方周末")],
)
def test_an_outlet_glued_to_the_reporter_credit(line, author, site):
    from cleanseeds.filters.metadata import parse_meta_line

    m = parse_meta_line(line)
    assert m is not None and m.authors == [author] and m.sites == [site] and m.end == len(line)


def test_prose_about_a_reporting_journalist_is_no_credit():
    from cleanseeds.filters.metadata import parse_meta_line

    assert parse_meta_line("他在接受报道记者采访时说") is None


def test_a_title_has_two_letters():
    # found by the idempotence property: a line taken as the title reappeared below it as
    # the next "title" when the article was cleaned again
    assert not is_title_shaped("000㐀")
    assert is_title_shaped("台風襲台 2024")
    text = "000㐀\n000㐀\n000㐀"
    first = cleanseeds.clean(text)
    again = cleanseeds.clean("\n".join(p for a in first for p in a.paragraphs))
    assert [a.paragraphs for a in first] == [a.paragraphs for a in again]


# -- unusual date forms, update stamps ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("15/07/2024 10:20", "2024-07-15T10:20"),  # day first: 15 is no month
        ("07/15/2024", "2024-07-15"),  # month first: 15 is no month either way
        ("18-04-2024", "2024-04-18"),
        ("2024年4月18日 週四 下午 2:23", "2024-04-18T14:23"),
        ("2024年4月18日（星期四）上午 9:05", "2024-04-18T09:05"),
        ("2024年4月18日 下午2時23分", "2024-04-18T14:23"),
        ("2024/04/18 2:23 PM", "2024-04-18T14:23"),
        ("2024/04/18 上午 12:05", "2024-04-18T00:05"),
        ("2024.04.18 14:23 臺北時間", "2024-04-18T14:23"),
        ("2024-07-15 10:20 北京时间", "2024-07-15T10:20"),
        ("2024-08-05 HKT 14:36", "2024-08-05T14:36"),
        ("2024-08-05 14:36 HKT", "2024-08-05T14:36"),
        ("2024-07-15 10:20 (GMT+8)", "2024-07-15T10:20"),
        ("2024-07-15 10:20 UTC+08:00", "2024-07-15T10:20"),
    ],
)
def test_unusual_complete_dates_become_iso(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["01/07/2024", "31/02/2024", "15/15/2024", "15/07-2024", "2024-04-18 下午 25:00"])
def test_ambiguous_or_impossible_day_month_dates_are_not_normalised(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("發表時間： 01/07/2024 - 09:12", "01/07/2024 - 09:12"),  # day or month first: kept as shown
        ("发表时间：15/07/2024 - 09:12", "2024-07-15T09:12"),
        ("刊登於 2024-07-15", "2024-07-15"),
        ("刊登于 2024年7月15日", "2024-07-15"),
        ("出版日期 2024/07/15", "2024-07-15"),
        ("發佈日期：2024年4月18日 週四 下午 2:23", "2024-04-18T14:23"),
        ("2024.04.18 14:23 臺北時間", "2024-04-18T14:23"),
        ("2024-08-05 HKT 14:36", "2024-08-05T14:36"),
        ("2024年4月18日 週四 下午 2:23", "2024-04-18T14:23"),
        ("15/07/2024 10:20", "2024-07-15T10:20"),
        ("2024年4月18日（週四）", "2024-04-18"),
        ("2024年4月18日(星期四) 14:23", "2024-04-18T14:23"),
        ("更新時間：2024/04/18 14:23", "2024-04-18T14:23"),  # only an update stamp: it is the date
        ("發布時間：2024/04/18 10:00 更新時間：2024/04/18 14:23", "2024-04-18T10:00"),
        ("更新时间：2024-04-18 14:23 发布时间：2024-04-18 10:00", "2024-04-18T10:00"),
        ("最後更新日期 2024/04/18 14:23 | 發佈日期 2024/04/18 10:00", "2024-04-18T10:00"),
    ],
)
def test_unusual_date_lines(line: str, published: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert meta.meta().get("published") == published


@pytest.mark.parametrize(("line", "site"), [("2024.04.18 14:23 臺北時間", None), ("2024-07-15 10:20 北京时间", None)])
def test_a_time_zone_is_no_outlet(line: str, site: str | None) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.sites == []


@pytest.mark.parametrize(
    "line",
    [
        "2024年4月18日 週四 下午 2:23，台北股市開盤後一路走高，加權指數上漲逾百點。",
        "01/07/2024 起實施新規定，民眾需注意相關事項並配合政府宣導。",
        "2024-08-05 HKT 14:36 香港天文台發出八號風球，市民應留在安全地方。",
        "据北京时间2024年7月15日10:20消息，比赛结束。",
        "发布 2024年度报告",
        "更新 2024 版本",
        "15/07/2024 - 比赛开始",
    ],
)
def test_dates_in_prose_stay_prose(line: str) -> None:
    assert parse_meta_line(line) is None
    arts = clean(f"{BODY}\n{line}\n{BODY2}\n")
    assert len(arts) == 1 and arts[0].paragraphs == [BODY, line, BODY2]


def test_update_stamp_above_the_publication_date_is_not_published() -> None:
    raw = f"颱風凱米逼近 北部今明兩天嚴防豪雨\n更新時間：2024/04/18 14:23\n發布時間：2024/04/18 10:00\n{BODY_TW}\n"
    art = clean(raw)[0]
    assert art.published == "2024-04-18T10:00" and art.paragraphs == [BODY_TW]


def test_update_stamp_alone_is_the_date() -> None:
    art = clean(f"多地启动夏粮收购 今年小麦收购价上调\n最后更新：2024-06-12 10:21\n{BODY}\n")[0]
    assert art.published == "2024-06-12T10:21"


# -- unlabelled bylines, text and photo credits, interns ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "site"),
    [
        ("工商時報 魏喬怡", ["魏喬怡"], "工商時報"),
        ("工商时报 魏乔怡", ["魏乔怡"], "工商时报"),
        ("經濟日報 記者 林佳慧", ["林佳慧"], "經濟日報"),
        ("中央社／張三、李四", ["張三", "李四"], "中央社"),
        ("联合早报 欧阳晓明", ["欧阳晓明"], "联合早报"),
        ("文字 林佳慧 攝影 陳建宏", ["林佳慧"], None),  # a photographer is credited, not an author
        ("文字 林佳慧", ["林佳慧"], None),
        ("撰文 张晓明 摄影 王强", ["张晓明"], None),
        ("文／林佳慧 攝影／陳建宏", ["林佳慧"], None),
        ("文/林佳慧 摄影/陈建宏", ["林佳慧"], None),
        ("南方周末实习生 何佳", ["何佳"], "南方周末"),
        ("南方週末實習生 何佳", ["何佳"], "南方週末"),
        ("南方周末记者 张三 实习生 何佳", ["张三", "何佳"], "南方周末"),
        ("实习生 何佳", ["何佳"], None),
    ],
)
def test_unlabelled_and_credit_bylines(line: str, authors: list[str], site: str | None) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert meta.authors == authors
    assert (meta.sites[0] if meta.sites else None) == site


def test_photographer_alone_is_a_credit_not_an_author() -> None:
    meta = parse_meta_line("攝影 陳建宏")
    assert meta is not None and meta.authors == [] and meta.credits


@pytest.mark.parametrize(
    "line",
    [
        "新华社 高清组图",  # 高 is a surname, 高清组图 no name
        "经济日报 高雄报导",
        "人民日报 评论员",
        "联合报 社论",
        "民進黨 林佳龍",  # a party is no outlet
        "工商時報 魏喬怡報導指出，台積電將擴大在美投資。",
        "工商時報記者魏喬怡今天報導指出，台積電將擴大在美投資。",
        "文字 林佳慧 的散文集近日出版，收录了她近十年来的五十余篇作品，广受好评。",
        "摄影 王强 的作品在展览中获得好评，吸引了大批观众驻足欣赏。",
        "文字 记录",
        "南方周末实习生何佳在采访中发现，这一现象十分普遍。",
        "实习生 们都很努力",
    ],
)
def test_names_in_prose_are_no_bylines(line: str) -> None:
    assert parse_meta_line(line) is None
    arts = clean(f"{BODY}\n{line}\n{BODY2}\n")
    assert len(arts) == 1 and arts[0].paragraphs == [BODY, line, BODY2]


# -- concatenated articles with these heads ------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "title", "authors", "site", "published"),
    [
        (["發表時間： 15/07/2024 - 09:12", "工商時報 魏喬怡"], "颱風凱米逼近 北部今明兩天嚴防豪雨", ["魏喬怡"], "工商時報", "2024-07-15T09:12"),
        (["刊登於 2024-07-15", "文字 林佳慧 攝影 陳建宏"], "颱風凱米逼近 北部今明兩天嚴防豪雨", ["林佳慧"], None, "2024-07-15"),
        (["2024.04.18 14:23 臺北時間", "文／林佳慧 攝影／陳建宏"], "颱風凱米逼近 北部今明兩天嚴防豪雨", ["林佳慧"], None, "2024-04-18T14:23"),
        (["2024-08-05 HKT 14:36", "來源：香港電台"], "港府公布新一份施政報告 聚焦房屋土地", [], "香港電台", "2024-08-05T14:36"),
        (["2024年4月18日 週四 下午 2:23", "中央社記者 王小明"], "颱風凱米逼近 北部今明兩天嚴防豪雨", ["王小明"], "中央社", "2024-04-18T14:23"),
        (["更新時間：2024/04/18 14:23", "發布時間：2024/04/18 10:00"], "颱風凱米逼近 北部今明兩天嚴防豪雨", [], None, "2024-04-18T10:00"),
        (["南方周末实习生 何佳", "2024-07-15 10:20 北京时间"], "多地启动夏粮收购 今年小麦收购价上调", ["何佳"], "南方周末", "2024-07-15T10:20"),
        (["工商时报 魏乔怡"], "多地启动夏粮收购 今年小麦收购价上调", ["魏乔怡"], "工商时报", None),
    ],
)
def test_unusual_heads_after_body_start_an_article(head, title, authors, site, published) -> None:
    arts = clean("\n".join([BODY, BODY2, title, *head, BODY_TW]) + "\n")
    assert [a.paragraphs for a in arts] == [[BODY, BODY2], [BODY_TW]]
    assert (arts[1].title, arts[1].authors, arts[1].site, arts[1].published) == (title, authors, site, published)


# -- a date printed above the headline -------------------------------------------------------------------

HEAD_TW = "颱風凱米逼近 北部今明兩天嚴防豪雨"
HEAD_CN = "多地启动夏粮收购 今年小麦收购价上调"


@pytest.mark.parametrize(
    ("above", "title", "body"),
    [
        (["2024-07-15 10:20", "來源：東網"], HEAD_TW, BODY_TW),
        (["首頁 / 港聞", "2024年07月15日 10:20"], HEAD_TW, BODY_TW),
        (["2024-07-15 10:20 来源：中国新闻网"], HEAD_CN, BODY2),
        (["2024/07/15 10:20"], HEAD_TW, "〔記者洪友芳／新竹報導〕" + BODY_TW),
    ],
)
def test_date_above_the_headline_after_body_starts_an_article(above, title, body) -> None:
    arts = clean("\n".join([BODY, BODY2, *above, title, body]) + "\n")
    assert len(arts) == 2 and arts[0].paragraphs == [BODY, BODY2]
    assert arts[1].title == title and arts[1].published is not None
    assert arts[1].paragraphs[-1] == body


def test_date_above_the_headline_after_cut_junk_starts_an_article() -> None:
    raw = f"{BODY}\n{BODY2}\n分享到\n2024-07-15 10:20\n{HEAD_TW}\n{BODY_TW}\n"
    arts = Pipeline([Separators(), FakeChrome("分享到"), Metadata()]).clean(raw)
    assert [a.title for a in arts] == [None, HEAD_TW] and arts[1].published == "2024-07-15T10:20"


def test_date_above_the_headline_at_the_start() -> None:
    (art,) = clean(f"2024-07-15 10:20\n{HEAD_CN}\n{BODY}\n")
    assert (art.title, art.published, art.paragraphs) == (HEAD_CN, "2024-07-15T10:20", [BODY])


@pytest.mark.parametrize(
    "middle",
    [
        ["2024/01/13 16:05", "開票最新進度"],  # a live report's entry: no sign of a page boundary
        ["2024-07-15 10:20", "新华社北京7月15日电"],  # a dateline on its own line is no headline
    ],
)
def test_time_and_subheading_inside_an_article_do_not_split(middle) -> None:
    arts = clean("\n".join([BODY, *middle, BODY_TW, BODY2]) + "\n")
    assert len(arts) == 1 and arts[0].paragraphs == [BODY, *middle, BODY_TW, BODY2]


def test_dateline_under_a_date_at_the_start_is_no_title() -> None:
    (art,) = clean(f"2024-07-15 10:20\n新华社北京7月15日电\n{BODY}\n")
    assert art.title is None and art.paragraphs == ["新华社北京7月15日电", BODY]


# -- the parser's cues: cheap scans that only skip what cannot parse ----------------------------


#: forms whose cue ends at the edge of its reach, both scripts: the longest label and four
#: blanks before its colon (or before its year), an outlet of 8 letters and 8 + 3 Han
#: characters, a lead of 16 letters, a reporter's title after the longest outlet, a slash
#: between blanks and a rank
_AT_REACH = [
    "最后更新时间    :2024-07-15 10:20",
    "最後更新時間\u3000\u3000\u3000\u3000：2024-07-15 10:20",
    "最後更新時間    2024-07-15",
    "最后更新时间\u3000\u3000\u3000\u30002024-07-15 10:20",
    "（最后更新时间    :2024-07-15 10:20）",
    "1234一二三四五六报道  /  特约记者 张三",
    "0101聯合新聞網週末  ／  特約記者 張三",
    "1234一二三四五六报道  /  特约通讯员 张三",
    "ABCDEFGH一二三四五六七八電視台 張三",
    "【ABCDEFGH一二三四五六七八电视台 张三】",
    "ABCDEFGHIJKLMNOP 2024-06-14 10:20",
    "TheNewsLensChina 2024-06-14 10:20",
    "（原创 陈晓 晚点LatePost 2024-05-16 07:30 北京）",
    "ABCDEFGHIJKLMNOP  ·  2024-06-14 10:20",
    "（ABCDEFGHIJKLMNOP  ·  2024-06-14 10:20）",
    "（最後更新時間    30.04.2024）",
]


@pytest.mark.parametrize("line", _AT_REACH)
def test_items_at_the_edge_of_their_cues_reach_are_read(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)


def _parse_without_cues(line: str) -> object:
    """``parse_meta_line`` with every cue test passing: each regex of the items is tried."""
    import re

    import cleanseeds.filters.metadata as md

    everywhere = re.compile("")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(md, "_may_open_with_item", lambda s: True)
        for name in ("_SEP_CUE", "_YEAR_CUE", "_ROLE_CUE", "_OUTLET_CUE", "_LEAD_BREAK", "_DOT_CUE"):
            mp.setattr(md, name, everywhere)
        mp.setattr(md, "_OPENING_BRACKETS", ("",))
        return _meta_fields(md.parse_meta_line(line))


def _meta_fields(meta: object) -> object:
    from dataclasses import astuple

    return None if meta is None else astuple(meta)  # type: ignore[arg-type]


def _seed_lines() -> list[str]:
    out: list[str] = []
    for p in sorted(SEEDS.glob("*.txt")):
        out += [ln for ln in p.read_text(encoding="utf-8").split("\n") if ln.strip()]
    return out


def test_the_cues_skip_no_line_of_the_seeds_that_parses() -> None:
    for line in [*_seed_lines(), *_AT_REACH, BODY, BODY_TW]:
        assert _meta_fields(parse_meta_line(line)) == _parse_without_cues(line), line


#: pieces of metadata lines and of prose, both scripts, to assemble into lines
_PIECES = [
    "作者", "撰文", "記者", "记者", "本报记者", "中央社記者", "实习生", "實習生", "通讯员", "特約記者", "文", "文字", "攝影",
    "编辑", "責任編輯", "来源", "來源", "發布時間", "发布于", "IP属地", "最后更新时间", "刊登於", "更新",
    "工商時報", "联合早报", "新华社", "風傳媒", "電視台", "CNA", "TheNewsLensChina", "港聞", "生活中心",
    "张三", "魏喬怡", "林佳慧", "欧阳晓明", "北京", "台北報導", "北京报道", "綜合報導", "發自香港",
    "2024-07-15", "2025-07-15 19:50", "2024年7月15日", "15/07/2024", "01/07/2024", "7月15日", "下午 2:23", "週四",
    " ", "  ", "    ", "\u3000", "\xa0", "|", "｜", "丨", "/", "／", ":", "：", "、", ",", "，", "（", "）", "【", "】",
    "这是一段正文", "這是一段正文", "。", "1", "20", "19",
    "原创", "原創", "晚点LatePost", "·", "•", "日期", "作者", "Jing Lin", "30.04.2024", "5/6/2024", "記者陳心怡", "36氪的朋友们",
    "发布于北京央视新闻官方账号", "東方財富Android版", "iPhone客戶端", "商周頭條", "今日要闻", "南都记者", "央視記者", "环球网报道",
    "撰文者", "（台灣大學經濟系教授）", "2024-05-16 11:23", "2025年12月", "2024年初", "1981 年",
    "16:05", "10:15am", "EST", "台北時間", "《星洲网》", "《红楼梦》", "发布", "特约撰稿人", "特約記者", "张 艺", "網編",
    "記者王子豪", "本报记者", "2024/03/08", "18/05/2024", "5月17日 10:32", "05-17 21:45", "来自", "來自", "微博网页版",
    "Android", "修改于", "發表於", "發布日期", "113年05月17日", "發稿單位", "連絡人", "電話", "(02)2361-8577", "证券代码",
    "600519", "看板", "Stock", "標題", "[新聞]", "時間", "Fri May 10 14:32:18 2024", "mrchen1988", "(陳小明)",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_the_cues_skip_nothing_that_parses(pieces: list[str]) -> None:
    line = "".join(pieces)
    assert _meta_fields(parse_meta_line(line)) == _parse_without_cues(line)


# -- heads of unseen portals: WeChat, 36氪, DW, ETtoday, 風傳媒 -------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "site", "published"),
    [
        ("原创 陈晓 晚点LatePost 2024-05-16 07:30 北京", ["陈晓"], "晚点LatePost", "2024-05-16T07:30"),
        ("原创 晚点团队 晚点LatePost 2024年05月16日 07:30", ["晚点团队"], "晚点LatePost", "2024-05-16T07:30"),
        ("原創 端傳媒 2024年5月16日 07:30 香港", [], "端傳媒", "2024-05-16T07:30"),
        ("原创： 刘远举 秦朔朋友圈 5月16日", ["刘远举"], "秦朔朋友圈", "5月16日"),
        ("36氪的朋友们·2024年05月16日 08:02", [], "36氪的朋友们", "2024-05-16T08:02"),
        ("虎嗅APP • 2024-05-16 08:02", [], "虎嗅APP", "2024-05-16T08:02"),
        ("日期 30.04.2024", [], None, "2024-04-30"),
        ("發布日期 17/05/2024", [], None, "2024-05-17"),
        ("作者 Jing Lin", ["Jing Lin"], None, None),
        ("作者 林靜怡", ["林靜怡"], None, None),
        ("記者陳心怡／綜合報導", ["陳心怡"], None, None),
        ("实习记者 王小明／综合报道", ["王小明"], None, None),
    ],
)
def test_head_lines_of_platforms_and_overseas_portals(
    line: str, authors: list[str], site: str | None, published: str | None
) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert meta.authors == authors
    assert meta.meta().get("site") == site
    assert meta.meta().get("published") == published


@pytest.mark.parametrize(
    "line",
    [
        "原创 2024年的故事",
        "原创作品大赛2024年5月16日开幕",
        "原创音乐人 小李 2024年发行了第一张专辑。",
        "马克·吐温2024年的纪念活动在美国举行。",
        "陈晓·2024年05月16日 08:02 阅读 1.2万 这是一段正文。",
        "作者 Jing Lin 表示",
        "作者 在书中写道,这件事情值得深思。",
        "日期 30.04.2024 之前提交申请的市民可以获得补贴。",
        "時間 12 點整,活動正式開始。",
        "更新 3 次以后,系统终于稳定了。",
    ],
)
def test_platform_words_in_prose_are_not_metadata(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or not (meta.authors or meta.sites or meta.dates)


def test_wechat_head_line_is_no_title() -> None:
    raw = f"一座县城的奶茶战争\n原创 陈晓 晚点LatePost 2024-05-16 07:30 北京\n{BODY}\n{BODY2}\n"
    (a,) = clean(raw)
    assert (a.title, a.authors, a.site, a.published) == ("一座县城的奶茶战争", ["陈晓"], "晚点LatePost", "2024-05-16T07:30")
    assert a.paragraphs == [BODY, BODY2]


def test_credits_under_the_lead_belong_to_the_article() -> None:
    raw = f"德國經濟第一季度勉強避免衰退\n{BODY_TW}\n日期 30.04.2024\n作者 Jing Lin\n{BODY_TW}\n"
    (a,) = clean(raw)
    assert (a.title, a.authors, a.published) == ("德國經濟第一季度勉強避免衰退", ["Jing Lin"], "2024-04-30")
    assert a.paragraphs == [BODY_TW, BODY_TW]


def test_byline_after_several_paragraphs_still_starts_an_article() -> None:
    raw = f"第一篇文章的标题在这里\n{BODY}\n{BODY2}\n日期 30.04.2024\n作者 Jing Lin\n{BODY}\n"
    assert len(clean(raw)) == 2


def test_bare_name_between_headline_and_date_is_the_author() -> None:
    raw = f"央行意外升息半碼 楊金龍：抑制通膨預期\n吳靜君\n2024-03-21 16:12\n{BODY_TW}\n"
    (a,) = clean(raw)
    assert a.authors == ["吳靜君"] and a.paragraphs == [BODY_TW]


@pytest.mark.parametrize("line", ["金融", "黃金", "高雄市", "國際新聞"])
def test_section_between_headline_and_date_is_no_author(line: str) -> None:
    raw = f"央行意外升息半碼 楊金龍：抑制通膨預期\n{line}\n2024-03-21 16:12\n{BODY_TW}\n"
    (a,) = clean(raw)
    # a section label: cut with the head or left, never the author nor the title
    assert a.authors == [] and a.title == "央行意外升息半碼 楊金龍：抑制通膨預期"
    assert a.paragraphs[-1] == BODY_TW


def test_date_above_headline_with_byline_under_it_starts_an_article() -> None:
    raw = (
        f"台積電熊本二廠確定動工\n記者陳心怡／綜合報導\n{BODY_TW}\n{BODY_TW}\n熱門快報\n"
        f"2024年05月17日 11:02\n大谷翔平單場雙響砲 道奇擊敗紅人\n記者游郁香／綜合報導\n{BODY_TW}\n"
    )
    a, b = clean(raw)
    assert a.authors == ["陳心怡"]
    assert (b.title, b.authors, b.published) == ("大谷翔平單場雙響砲 道奇擊敗紅人", ["游郁香"], "2024-05-17T11:02")


@pytest.mark.parametrize(
    ("footer", "site"),
    [
        ("© 2024 BBC. BBC對外部網站內容不負責任。", "BBC"),
        ("Copyright © 2024 東網 All rights reserved.", "東網"),
        ("東網版權所有，不得轉載 © 2024 on.cc (HK) Limited. All rights reserved.", "東網"),
        ("自由時報版權所有不得轉載 © 2024 The Liberty Times. All Rights Reserved.", "自由時報"),
        ("風傳媒 © 2024 All Rights Reserved.", "風傳媒"),
        ("明報網站 · 版權所有 · 不得轉載", "明報"),
        ("© 2024 德國之聲 版權所有 不得轉載", "德國之聲"),
        ("人民网版权所有，未经书面授权禁止使用", "人民网"),
        ("© 2024 udn.com. All Rights Reserved.", "udn.com"),
        ("Copyright © 2024 HK01 Company Limited. All rights reserved.", None),
        ("© 2011~2024 北京多氪信息科技有限公司 | 京公网安备11010502036099号", None),
        ("Copyright © 1997-2024 by www.people.com.cn. all rights reserved", None),
    ],
)
def test_site_from_the_copyright_line(footer: str, site: str | None) -> None:
    raw = f"港澳 國際 財經 體育 娛樂\n海關破獲走私案 檢獲值3000萬元電子產品\n2024-05-17 15:42\n{BODY_TW}\n{footer}\n"
    (a,) = cleanseeds.clean(raw)
    assert a.site == site


@pytest.mark.parametrize(
    "sentence",
    [
        "本书版权所有者为出版社，任何人未经许可不得复制，违者将被追究法律责任。",
        "法院認定，該影片版權所有人為製片公司，被告須賠償新台幣三百萬元。",
        "© 符号在这里只是一个例子，文章讨论的是版权保护的历史和现状。",
    ],
)
def test_copyright_words_in_the_body_give_no_site(sentence: str) -> None:
    raw = f"海關破獲走私案 檢獲值3000萬元電子產品\n2024-05-17 15:42\n{BODY_TW}\n{sentence}\n"
    (a,) = cleanseeds.clean(raw)
    assert a.site is None


def test_source_line_wins_over_the_copyright_line() -> None:
    raw = f"华为发布新款折叠屏手机\n2024-05-15 21:10 来源：中国经营报\n{BODY}\n网易版权所有 ©1997-2024\n"
    (a,) = clean(raw)
    assert a.site == "中国经营报"


@pytest.mark.parametrize(
    ("first", "site"),
    [
        ("北捷輕軌延伸線動工 - 自由時報電子報", "自由時報電子報"),
        ("北捷輕軌延伸線動工 | 聯合新聞網", "聯合新聞網"),
        ("北捷輕軌延伸線動工_新闻_腾讯网", "腾讯网"),
        ("DW 中文 - 德國之聲", None),  # a channel's name, not the headline
    ],
)
def test_site_from_the_page_title(first: str, site: str | None) -> None:
    raw = (
        f"{first}\n首頁 新聞 政治 國際 財經 生活\n北捷輕軌延伸線動工\n2024-05-17 10:25\n{BODY_TW}\n{BODY_TW}\n"
        "相關新聞\n首頁 | 關於我們 | 聯絡我們\n"
    )
    (a,) = cleanseeds.clean(raw)
    assert (a.title, a.site) == ("北捷輕軌延伸線動工", site)


_TW1 = "台積電日本子公司JASM宣布，熊本第二座晶圓廠將於今年底前動工，預計2027年底量產，生產6奈米至7奈米製程晶片。"
_TW2 = "日本經濟新聞報導，日本政府將為二廠提供最高7320億日圓補貼，加上一廠的4760億日圓，補貼總額超過1.2兆日圓。"
_CN1 = "5月15日晚，华为在深圳举行新品发布会，正式推出新一代折叠屏手机，起售价为12999元。"
_CN2 = "业内人士表示，折叠屏手机市场正处于快速增长期，2024年一季度中国折叠屏手机出货量约185万台，同比增长83%。"


def test_date_line_cut_above_the_headline_is_read() -> None:
    raw = (
        "東森新聞雲\n新聞 生活 社會 地方 政治 國際 大陸 財經 健康 運動\n2024年05月17日 10:25\n"
        f"台積電熊本二廠確定動工 日媒：年底前開始建設\n記者陳心怡／綜合報導\n{_TW1}\n{_TW2}\n"
        "東森新聞雲 版權所有，不得轉載 © 2024 ETtoday All Rights Reserved.\n"
    )
    (a,) = cleanseeds.clean(raw)
    assert (a.authors, a.site, a.published) == (["陳心怡"], "東森新聞雲", "2024-05-17T10:25")
    assert a.paragraphs == [_TW1, _TW2]


def test_credit_line_cut_under_the_body_is_read() -> None:
    raw = (
        "网易首页 应用 网易新闻 网易公开课 网易严选 支付 邮箱\n网易 > 科技 > 正文\n华为发布新款折叠屏手机 起售价12999元\n"
        f"2024-05-15 21:10:32　来源: 中国经营报\n{_CN1}\n{_CN2}\n本文来源：中国经营报 作者：秦枭\n责任编辑：\n"
        "王凤枝_NT2541\n网易公司版权所有 ©1997-2024\n"
    )
    (a,) = cleanseeds.clean(raw)
    assert (a.authors, a.site) == (["秦枭"], "中国经营报")
    assert a.paragraphs == [_CN1, _CN2]


@pytest.mark.parametrize(
    ("first", "site"),
    [
        ("港鐵新車站下月啟用 沿線居民料節省半小時車程｜香港01｜港聞", "香港01"),
        ("夏季腸胃炎病例增加 醫師提醒注意飲食衛生 - 生活 - 自由時報電子報", "自由時報電子報"),
        ("港铁新车站下月启用 沿线居民料节省半小时车程 | 国际 | 联合新闻网", "联合新闻网"),
    ],
)
def test_a_section_beside_the_site_in_the_page_title_is_no_site(first, site):
    from cleanseeds.filters.metadata import _page_site

    headline = re.split(r"[｜|]| - ", first)[0].strip()
    assert _page_site(first + "\n正文。\n", 0, headline) == site


# -- head forms of a second set of portals ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "date", "roles"),
    [
        ("2024-05-20 09:15发布于北京央视新闻官方账号", "2024-05-20T09:15", ["date", "place", "account"]),
        ("2024-05-20 09:15發布於臺灣中央社官方帳號", "2024-05-20T09:15", ["date", "place", "account"]),
        ("2024-05-20 09:15 发布于广东 南方日报官方账号", "2024-05-20T09:15", ["date", "place", "account"]),
        ("发表于 2024-05-16 10:21 东方财富Android版", "2024-05-16T10:21", ["date", "client"]),
        ("發表於 2024-05-16 10:21 來自 iPhone 客戶端", "2024-05-16T10:21", ["date", "client"]),
        ("发布于 2024-05-16 10:21 雪球iOS版", "2024-05-16T10:21", ["date", "client"]),
        ("商周頭條 2024.05.16", "2024-05-16", ["section", "date"]),
        ("今日要闻 2024-05-16", "2024-05-16", ["section", "date"]),
    ],
)
def test_date_lines_with_a_place_an_account_an_app_or_a_column(line: str, date: str, roles: list[str]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert meta.dates == [date] and meta.roles == roles and not meta.authors


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("2024-05-16 11:23·科技小新说", "科技小新说"),
        ("2024/05/16 11:23 · 財經小編阿明", "財經小編阿明"),
    ],
)
def test_a_posters_name_after_a_date_and_a_dot_is_the_author(line: str, author: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line) and meta.authors == [author] and meta.dates


def test_day_first_date_is_kept_as_printed() -> None:
    meta = parse_meta_line("發表時間： 12/06/2024 - 19:35")
    assert meta is not None and meta.dates == ["12/06/2024 - 19:35"]


@pytest.mark.parametrize(
    ("line", "authors", "sites"),
    [
        ("撰文者：吳中傑", ["吳中傑"], []),
        ("撰稿人：张明", ["张明"], []),
        ("作者：林明仁（台灣大學經濟系教授）", ["林明仁"], []),
        ("作者：王小明(北京大学光华管理学院副教授)", ["王小明"], []),
        ("南都记者 李玲 发自广州", ["李玲"], []),
        ("南都記者 李玲、陳明 台北報導", ["李玲", "陳明"], []),
        ("【环球网报道 记者 王逸】", ["王逸"], ["环球网"]),
        ("【環球網報導 記者 王逸】", ["王逸"], ["環球網"]),
        ("21世纪经济报道记者 边万莉 北京报道", ["边万莉"], ["21世纪经济报道"]),
    ],
)
def test_more_byline_forms(line: str, authors: list[str], sites: list[str]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert meta.authors == authors and meta.sites == sites


@pytest.mark.parametrize(
    "line",
    [
        "多名记者 在现场采访了多位市民",
        "现场记者 看到，消防车已经抵达。",
        "南都记者 李玲 发自广州市天河区的一份报告称",
        "今日头条 2024年5月16日发布了新功能",
        "2024-05-20 09:15发布于北京的公告称，全市停水。",
        "2024年5月16日·周四，天气晴。",
        "作者：林明仁（台灣大學經濟系教授）指出，晶片法案影響深遠。",
        "发布于北京时间昨晚的消息显示，股市大涨。",
        "2024年用户在Android版上的活跃度大幅提升。",
    ],
)
def test_prose_with_these_cues_is_no_metadata(line: str) -> None:
    assert parse_meta_line(line) is None


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("【环球网报道 记者 王逸】中国海警局新闻发言人刘德军17日表示，当日菲律宾海警船闯入仁爱礁邻近海域。", "环球网"),
        ("【環球網報導 記者 王逸】中國海警局新聞發言人17日表示，當日菲律賓海警船闖入仁愛礁鄰近海域。", "環球網"),
    ],
)
def test_an_outlet_reports_before_the_reporter_in_a_lede(text: str, org: str) -> None:
    from cleanseeds.filters.metadata import lede_credit

    assert lede_credit(text) == (("王逸",), org)


# -- labels in the head: site, source and section lines, a label over each head ----------


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("hket 香港經濟日報\n即時財經 > 股市\n{t}\n即時財經\n2024年5月17日 16:25", "【港股收市】恒指收升232點 成交額逾1,400億元"),
        ("{t}\n南都N视频\n2024-05-17 12:00", "广州地铁11号线年内开通 串联起11个换乘站"),
        ("{t}\n要闻\n2024-05-17 12:00 来源：新华网", "国务院常务会议部署稳就业政策措施"),
        ("新浪财经\n{t}\n国际 观察\n2024年05月17日 08:30", "美联储官员释放鹰派信号 美股三大指数收跌"),
        ("{t}\n國際\n2024/05/17 10:05", "美國4月通膨降溫 市場押注9月降息"),
    ],
)
def test_a_section_or_source_label_under_the_headline_is_no_title(head: str, title: str) -> None:
    body = "记者从多家车企获悉，今年前八个月新能源汽车出口量同比增长超过三成，欧洲市场增速最快。"
    (art,) = cleanseeds.clean(head.format(t=title) + "\n" + body + "\n")
    assert art.title == title
    assert art.paragraphs[-1] == body
    assert title not in art.text


@pytest.mark.parametrize(
    ("site", "title", "date"),
    [
        ("南都N视频", "广州地铁11号线年内开通 串联起11个换乘站", "2024-05-17 12:00"),
        ("壹蘋新聞網", "颱風凱米明晨登陸 北部山區豪雨特報", "2024/07/24 08:30"),
    ],
)
def test_the_headline_cut_with_the_page_head_is_read_not_the_source_line_under_it(site, title, date) -> None:
    body = "5月16日，广州市交通运输局透露，地铁11号线已完成全部车站主体结构施工，计划今年年内开通运营。"
    dump = f"{site}\n首页 湾区 社会 财经 教育 健康 体育\n{title}\n{site}\n{date}\n{body}\n编辑：刘媛\n下载{site}APP，看更多新闻\n"
    (art,) = cleanseeds.clean(dump)
    assert art.title != site
    assert art.paragraphs == [body]


@pytest.mark.parametrize(
    ("label", "heads", "dates", "bodies"),
    [
        (
            "即時 港聞",
            ["屯門公路貨車翻側 兩人受傷送院", "天文台：明日有雷暴 周末氣溫高見31度"],
            ["發佈時間：2024-05-17 08:32", "發佈時間：2024-05-17 11:45"],
            ["屯門公路今早發生交通意外，一輛貨車在往九龍方向近青山灣段翻側，兩名男子受傷送院。",
             "天文台預測，一道低壓槽會在明日為華南沿岸帶來驟雨及狂風雷暴，周末天氣轉晴，氣溫最高約31度。"],
        ),
        (
            "滚动 社会",
            ["京港澳高速货车侧翻 两人受伤送医", "气象台：明天有雷阵雨 周末最高气温31度"],
            ["发布时间：2024-05-17 08:32", "发布时间：2024-05-17 11:45"],
            ["今天上午，京港澳高速一辆货车在北京方向侧翻，车上两名男子受伤，已被送往医院救治。",
             "气象台预计，受低压槽影响，明天本市将有雷阵雨并伴有短时大风，周末天气转晴，最高气温约31度。"],
        ),
    ],
)
def test_a_section_label_over_each_head_does_not_hide_the_boundary(label, heads, dates, bodies) -> None:
    dump = "".join(f"{label}\n{h}\n{d}\n{b}\n" for h, d, b in zip(heads, dates, bodies))
    arts = cleanseeds.clean(dump)
    assert [a.title for a in arts] == heads
    assert [a.paragraphs for a in arts] == [[b] for b in bodies]


def test_a_short_line_between_paragraphs_and_a_subheading_does_not_split() -> None:
    """A short line, a subheading and a time inside an article (no label repeats, nothing
    cut above): no new article."""
    dump = f"市场观察\n2024-05-17 08:30\n{BODY}\n相关数据\n外资持续流入A股 北向资金单周净买入\n10:25\n{BODY2}\n"
    arts = cleanseeds.clean(dump)
    assert len(arts) == 1


@pytest.mark.parametrize(
    ("name", "author"),
    [("KEITH BRADSHER", "KEITH BRADSHER"), ("AMY CHANG CHIEN", "AMY CHANG CHIEN"), ("BREAKING NEWS", None)],
)
def test_a_latin_capitals_name_under_the_headline_is_the_author(name, author) -> None:
    title = "中國工廠產能過剩，令全球貿易夥伴不安"
    body = "北京——在中國各地，新建的工廠正以前所未有的速度生產電動汽車、太陽能電池板和鋼鐵，遠遠超出國內市場。"
    (art,) = cleanseeds.clean(f"{title}\n{name}\n2024年5月17日\n{body}\n")
    assert art.title == title
    assert art.authors == ([author] if author else [])


@pytest.mark.parametrize(
    "prose",
    [
        "央视新闻\n国家医保局今年将重点推进门诊慢特病相关治疗费用跨省直接结算，目前已实现全覆盖。",
        "即時財經\n恒指今日高開後反覆向上，收市升232點或1.2%，報19,553點；國企指數升95點。",
    ],
)
def test_a_label_over_prose_alone_is_left(prose) -> None:
    (art,) = cleanseeds.clean(f"{BODY}\n{prose}\n{BODY2}\n")
    assert art.title is None
    for line in prose.split("\n")[1:]:
        assert line in art.paragraphs


# -- reporter credits: role words and reporting verbs are no names --------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("（記者 李明 報道）", ["李明"]),
        ("（记者 李明 报道）", ["李明"]),
        ("本報記者 張三 報道", ["張三"]),
        ("本报记者 张三 李四 报道", ["张三", "李四"]),
        ("本報記者 張三 李四 報導", ["張三", "李四"]),
        ("文／記者張三", ["張三"]),
        ("文/记者张三", ["张三"]),
        ("文/记者 张三", ["张三"]),
        ("文／記者 張三", ["張三"]),
        ("特派員 王小明／東京報導", ["王小明"]),
        ("特派员 王小明／东京报道", ["王小明"]),
        ("採訪、撰文／王五", ["王五"]),
        ("采访、撰文／王五", ["王五"]),
        ("采访、撰文：王五", ["王五"]),
        ("文、攝影／記者張三", ["張三"]),
        ("文、摄影／记者张三", ["张三"]),
        ("作者：記者張三", ["張三"]),
    ],
)
def test_reporter_credit_names(line: str, authors: list[str]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)
    assert meta.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "（記者 李明 報道）",
        "本报记者 张三 李四 报道",
        "文／記者張三",
        "特派員 王小明／東京報導",
        "采访、撰文／王五",
        "文、攝影／記者張三",
    ],
)
def test_reporter_credit_line_under_headline(line: str) -> None:
    art = clean(f"标题文字在这里\n{line}\n{BODY}\n")[0]
    assert all(w not in a for a in art.authors for w in ("记者", "記者", "报道", "報道", "報導"))
    assert art.authors and art.paragraphs == [BODY]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("（記者 李明 報道）今天上午，市政府召開記者會。", ("李明",)),
        ("（记者 李明 报道）今天上午，市政府召开新闻发布会。", ("李明",)),
        ("（记者 李明 北京报道）今天上午，市政府召开新闻发布会。", ("李明",)),
    ],
)
def test_lede_credit_with_verb_alone(text: str, names: tuple[str, ...]) -> None:
    from cleanseeds.filters.metadata import lede_credit

    got = lede_credit(text)
    assert got is not None and got[0] == names


@pytest.mark.parametrize(
    "line",
    [
        "记者李明报道了这起事件的经过，引起广泛关注。",
        "採訪、撰文是記者的日常工作，需要耐心與細心。",
        "文、攝影等各類作品都可以參加本次比賽。",
        "特派員王小明昨天抵達東京，隨即展開採訪工作。",
    ],
)
def test_reporter_words_in_prose_are_not_credits(line: str) -> None:
    assert parse_meta_line(line) is None


@pytest.mark.parametrize("reading", ["2 分鐘", "阅读时间 3 分钟", "5分鐘閱讀"])
def test_headline_date_and_reading_time_after_prose_start_an_article(reading) -> None:
    head = "法國總統訪問新喀里多尼亞 呼籲恢復平靜"
    raw = f"{BODY}\n{BODY2}\n廣告\n{head}\n發表時間： 23/05/2024 - 08:10\n{reading}\n{BODY_TW}\n"
    arts = Pipeline([Separators(), FakeChrome("廣告"), Metadata()]).clean(raw)
    assert [a.title for a in arts] == [None, head]
    assert arts[1].paragraphs == [BODY_TW]


@pytest.mark.parametrize(
    "items",
    [
        [("輕軌石排灣站下月啟用", "【本報消息】交通事務局表示，輕軌石排灣站預計下月中旬投入服務，屆時居民可直接乘搭輕軌往來氹仔。"),
         ("市政署推夏日泳池開放安排", "【本報消息】市政署轄下六個公共泳池將於六月一日起延長開放時間至晚上九時，並增設救生員巡邏。")],
        [("城市更新项目全面启动", "本报讯 市住建委昨日宣布，今年将启动二十个老旧小区改造项目，涉及居民一万余户，年底前全部开工。"),
         ("地铁新线开通试运营", "本报讯 记者从市交通委获悉，地铁十九号线北段将于本月底开通试运营，沿线设站八座，方便市民出行。")],
    ],
)
def test_headlines_over_dateline_ledes_are_articles(items) -> None:
    first = items[0][1]
    raw = first + "\n" + "".join(f"{h}\n{b}\n" for h, b in items[1:]) + f"{items[0][0]}\n{first}\n"
    arts = clean(raw)
    assert [a.title for a in arts] == [None, *(h for h, _ in items[1:]), items[0][0]]


def test_a_subheading_over_plain_prose_does_not_split() -> None:
    raw = f"【本報消息】{BODY_TW}\n市民反應熱烈\n{BODY_TW}\n"
    assert len(clean(raw)) == 1


FLASH = [
    ("10:02", "国家统计局：4月份规模以上工业增加值同比增长6.7%", "国家统计局数据显示，4月份规模以上工业增加值同比实际增长6.7%，比3月份加快2.2个百分点。"),
    ("09:30", "滬指高開0.12% 房地產板塊領漲", "A股三大股指集體高開，滬指漲0.12%，深成指漲0.2%，創業板指漲0.15%。房地產、建材板塊漲幅居前。"),
    ("09:15", "人民币中间价报7.1030 上调12个基点", "中国外汇交易中心数据显示，人民币对美元中间价报7.1030，较上一交易日上调12个基点。"),
]


def test_a_flash_news_list_is_a_list_of_articles() -> None:
    raw = f"{BODY}\n" + "".join(f"{t}\n{h}\n{b}\n" for t, h, b in FLASH)
    arts = clean(raw)
    assert [a.title for a in arts] == [None, *(h for _, h, _ in FLASH)]
    assert [a.paragraphs for a in arts[1:]] == [[b] for _, _, b in FLASH]


def test_timed_entries_under_a_dated_live_report_head_do_not_split() -> None:
    raw = "立法會選舉開票直播\n2024/01/13 16:05\n" + f"{BODY}\n" + "".join(f"{t}\n{h}\n{b}\n" for t, h, b in FLASH)
    assert len(clean(raw)) == 1


@pytest.mark.parametrize(
    ("line", "author", "site"),
    [
        ("中央社記者王小明台北20日電", "王小明", "中央社"),
        ("新华社记者王小明北京20日电", "王小明", "新华社"),
        ("中央社記者陳曉宜華盛頓5日專電", "陳曉宜", "中央社"),
        ("记者张伟上海5日电", "张伟", None),
    ],
)
def test_a_glued_dateline_credit_on_its_own_line_is_a_byline(line, author, site) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.end == len(line)
    assert m.authors == [author]
    assert m.sites == ([site] if site else [])


@pytest.mark.parametrize("line", ["記者們在台北20日電視台前集合", "中央社記者王小明台北20日電 今天天氣晴"])
def test_prose_with_a_reporter_and_a_day_is_no_glued_byline(line) -> None:
    m = parse_meta_line(line)
    assert m is None or m.end < len(line)


@pytest.mark.parametrize("fmt", ["{t} {h}", "{t}\u3000{h}", "【{t}】{h}", "【{t}】 {h}"])
@pytest.mark.parametrize("colon", [":", "："])
def test_a_flash_list_with_the_time_glued_to_the_title_is_a_list_of_articles(fmt, colon) -> None:
    raw = f"{BODY}\n" + "".join(fmt.format(t=t.replace(":", colon), h=h) + f"\n{b}\n" for t, h, b in FLASH)
    arts = clean(raw)
    assert [a.title for a in arts] == [None, *(h for _, h, _ in FLASH)]
    assert [a.paragraphs for a in arts[1:]] == [[b] for _, _, b in FLASH]
    assert [a.text for a in arts[1:]] == [b for _, _, b in FLASH]


def test_glued_timed_entries_under_a_dated_live_report_head_do_not_split() -> None:
    raw = "立法會選舉開票直播\n2024/01/13 16:05\n" + f"{BODY}\n" + "".join(f"{t} {h}\n{b}\n" for t, h, b in FLASH)
    assert len(clean(raw)) == 1


def test_a_single_glued_flash_item_splits_nothing() -> None:
    t, h, b = FLASH[0]
    assert len(clean(f"{BODY}\n{t} {h}\n{b}\n")) == 1


@pytest.mark.parametrize(
    "lines",
    [
        ["10:25 记者在现场看到，数千名市民排队等候入场，秩序井然。", "10:40 发布会正式开始，市长首先介绍了今年的城市更新计划。"],
        ["10：25 記者在現場看到，數千名市民排隊等候入場，秩序井然。", "10：40 發布會正式開始，市長首先介紹了今年的城市更新計劃。"],
    ],
)
def test_paragraphs_that_open_with_a_time_are_prose(lines) -> None:
    raw = f"{BODY}\n" + "".join(f"{ln}\n{BODY}\n" for ln in lines) + f"{lines[0]}\n{BODY}\n"
    arts = clean(raw)
    assert len(arts) == 1 and arts[0].title is None
    assert all(ln in arts[0].text for ln in lines)


# -- the cheap gates before costlier tests ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "2025年12月,英伟达的CEO黄仁勋走出白宫,手中拿着看似重要的“胜利果实”。",
        "2025年12月,英偉達的CEO黃仁勛走出白宮,手中拿著看似重要的“勝利果實”。",
        "2024年初,它高调宣布向汽车领域注入人工智能能力。",
        "1981 年,求伯君做出了 WPS 3.0,隨後在雷軍的管理下,WPS 的市場占有率甚至超過了 80%。",
        "(2024年起,該公司每年公布一次財報。)",
    ],
)
def test_prose_opening_with_a_year_goes_no_further_than_the_gate(line: str) -> None:
    import cleanseeds.filters.metadata as md

    assert not md._may_open_with_item(line.strip())
    assert parse_meta_line(line) is None


@pytest.mark.parametrize(
    "line", ["2024-07-15 10:20", "2024年7月15日 10:20 來源:中央社", "（2024/07/15 19:50）", "2025-07-15 19:50·科技小新说"]
)
def test_lines_opening_with_a_date_still_reach_the_parser(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line)


#: pieces of flash-item time lines, datelines and prose, both scripts
_GATE_PIECES = [
    "10:25", "9：05", "23:59", "24:00", "7:5", "【", "】", "[", "]", "〔", "〕", "（", "(", " ", "  ", "\u3000", "\t",
    "央行宣布降息", "滬指高開", "本报讯", "本報訊", "本報消息", "本台", "本刊", "本网", "本網", "綜合報導", "综合报道",
    "新华社", "中央社", "联合早报", "電視台", "記者", "记者", "北京", "台北", "6月", "12日", "17日", "电", "電", "专电", "專電",
    ":", "：", "。", "1", "20",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GATE_PIECES), min_size=1, max_size=7))
def test_the_flash_and_dateline_gates_pass_whatever_their_patterns_match(pieces: list[str]) -> None:
    import cleanseeds.filters.metadata as md

    line = "".join(pieces)
    s = line.strip()
    if md._CLOCK_LINE.fullmatch(s) or md._CLOCK_HEAD.match(s):
        assert md._may_open_flash(line)
    lede = line.lstrip()
    if md._DATELINE_LEDE.match(lede):
        assert md._DATELINE_OUTLET.search(lede, 0, md._DATELINE_OUTLET_REACH)


# -- lines shaped as headlines that are none -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "TNL 編輯",
        "CNA 记者",
        "本报记者",
        "读者热线：4008890008",
        "新聞熱線：(02)2345-6789",
        "爆料热线 0531-85193700",
        "客服電話：0800-123-456",
    ],
)
def test_never_a_headline(line: str) -> None:
    """A credit, a hotline or a sentence of clauses is never the title (nor cut as one)."""
    arts = clean(f"{line}\n2024年5月18日 16:22\n{BODY}\n{BODY2}")
    assert all(a.title != line for a in arts)
    assert any(line in a.text for a in arts)


@pytest.mark.parametrize("number", ["1", "2", "步骤3", "步驟4", "第5步"])
@pytest.mark.parametrize("step", ["五花肉切成2厘米见方的块，冷水下锅焯水，撇去浮沫后捞出沥干。", "將雞腿洗淨，以醬油、米酒醃漬二十分鐘"])
def test_numbered_step_is_no_headline(number: str, step: str) -> None:
    """A recipe's step under its number is body text, not the title."""
    arts = clean(f"{number}\n{step}\n2024年5月18日 16:22\n{BODY}")
    assert all(a.title != step for a in arts)
    assert any(step in a.text for a in arts)


@pytest.mark.parametrize(
    "title",
    [
        "台积电第二季营收创新高",
        "高鐵端午連假疏運 5月15日開放購買",
        "专访编辑部：我们如何做新闻",
        "疫情下的快递员",
        "英伟达清仓大甩卖,但我却笑不太出来。",
        "颱風過後，菜價漲了三成。",
    ],
)
def test_real_headlines_still_read(title: str) -> None:
    """Negatives: ordinary headlines stay titles."""
    arts = clean(f"{title}\n2024年5月18日 16:22\n{BODY}\n{BODY2}")
    assert arts[0].title == title
