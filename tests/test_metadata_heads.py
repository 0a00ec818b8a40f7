"""Heads of portals the seeds do not show: zones after the time, the clock before the
date, spaced names, role words before a name, outlets in title marks, author-held rights."""

from __future__ import annotations

import pytest

from cleanseeds import Pipeline
from cleanseeds.filters.metadata import Metadata, parse_date, parse_meta_line
from cleanseeds.filters.paragraphs import Paragraphs
from cleanseeds.filters.separators import Separators

BODY = "这是一段足够长的正文内容,讲述了事情的来龙去脉,并且包含完整的句子结构和标点符号。"
BODY_TW = "這是一段足夠長的正文內容,講述了事情的來龍去脈,並且包含完整的句子結構和標點符號。"


def clean(raw: str):
    return Pipeline([Separators(), Metadata(), Paragraphs()]).clean(raw)


def _whole(line: str):
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line), line
    return meta


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2024.05.17 15:20 EST", "2024-05-17T15:20"),
        ("2024/05/17 08:00 GMT", "2024-05-17T08:00"),
        ("2024-05-17 15:20 (UTC+8)", "2024-05-17T15:20"),
        ("2024-05-17 09:30 美東時間", "2024-05-17T09:30"),
        ("2024年5月17日 10:00 北京时间", "2024-05-17T10:00"),
        ("台北時間 2024-05-17 10:00", "2024-05-17T10:00"),
        ("EST 2024-05-17 10:00", "2024-05-17T10:00"),
    ],
)
def test_a_time_zone_by_the_time_is_no_site(line: str, date: str) -> None:
    meta = _whole(line)
    assert meta.sites == [] and meta.dates == [date]


@pytest.mark.parametrize(
    ("line", "date", "authors", "sites"),
    [
        ("16:05 2024/03/08 工商時報 記者王子豪", "2024-03-08T16:05", ["王子豪"], ["工商時報"]),
        ("16:05 2024/03/08", "2024-03-08T16:05", [], []),
        ("10:15am 18/05/2024", "2024-05-18T10:15", [], []),
        ("12:30pm 18/05/2024", "2024-05-18T12:30", [], []),
        ("9:00 2024年5月17日 星期五", "2024-05-17T09:00", [], []),
        ("发布: 10:15am 18/05/2024", "2024-05-18T10:15", [], []),
        ("《星洲网》发布: 10:15am 18/05/2024", "2024-05-18T10:15", [], ["星洲网"]),
        ("《聯合早報》發佈時間：2024-05-17 10:00", "2024-05-17T10:00", [], ["聯合早報"]),
        # day and month could swap: kept as printed
        ("《星洲网》发布: 10:15am 05/06/2024", "10:15am 05/06/2024", [], ["星洲网"]),
    ],
)
def test_the_clock_before_the_date(line: str, date: str, authors: list[str], sites: list[str]) -> None:
    meta = _whole(line)
    assert (meta.dates, meta.authors, meta.sites) == ([date], authors, sites)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("記者：古亭 責編：何平 網編：洪偉", ["古亭"]),
        ("记者：古亭 责编：何平 网编：洪伟", ["古亭"]),
        ("记者 王明 李强 编辑：张三", ["王明", "李强"]),
        ("本报记者 张 艺", ["张艺"]),
        ("本報記者\u3000張\u3000藝", ["張藝"]),
        ("本报记者 刘 军 通讯员 王 伟", ["刘军", "王伟"]),
        ("作者：本报记者 宋喜群 王冰雅", ["宋喜群", "王冰雅"]),
        ("作者：本報記者 張 藝", ["張藝"]),
        ("特约撰稿人 李孟淳", ["李孟淳"]),
        ("特約撰稿人 李孟淳", ["李孟淳"]),
        ("特約撰稿人：李孟淳", ["李孟淳"]),
        ("特約記者 王小明", ["王小明"]),
        ("實習記者 陳曉", ["陳曉"]),
        ("特派員 林明", ["林明"]),
        ("工商時報 記者王子豪", ["王子豪"]),
        ("記者王子豪", ["王子豪"]),
    ],
)
def test_reporter_credits_of_unseen_portals(line: str, authors: list[str]) -> None:
    assert _whole(line).authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "12:30 開會討論",
        "他告诉记者",
        "现场记者来了",
        "《红楼梦》发布：曹雪芹",
        "《人民日报》发表评论员文章：坚持……",
        "特约撰稿人认为这件事还需要更多讨论。",
        "10:15 大家一起出发去了海边。",
        "记者 注意到，现场 人 很多。",
    ],
)
def test_prose_near_these_forms_is_no_metadata(line: str) -> None:
    assert parse_meta_line(line) is None


def test_parse_date_reads_the_zone_and_stays_strict() -> None:
    assert parse_date("2024.05.17 15:20 EST") == "2024-05-17T15:20"
    assert parse_date("2024.05.17 15:20 ESTONIA") is None


@pytest.mark.parametrize(
    ("raw", "title", "authors", "site", "published"),
    [
        (
            f"台股站上新高 外資連三日買超\n16:05 2024/03/08 工商時報 記者王子豪\n{BODY_TW}\n",
            "台股站上新高 外資連三日買超", ["王子豪"], "工商時報", "2024-03-08T16:05",
        ),
        (
            f"柔佛新山关卡周末车龙长达5公里\n《星洲网》发布: 10:15am 18/05/2024\n{BODY}\n",
            "柔佛新山关卡周末车龙长达5公里", [], "星洲网", "2024-05-18T10:15",
        ),
        (
            f"北京維權律師家屬遭警方約談\n記者：古亭 責編：何平 網編：洪偉\n2024.05.17 15:20 EST\n{BODY_TW}\n",
            "北京維權律師家屬遭警方約談", ["古亭"], None, "2024-05-17T15:20",
        ),
        (
            f"深港科创合作区首批项目落地\n本报记者 张 艺\n{BODY}\n",
            "深港科创合作区首批项目落地", ["张艺"], None, None,
        ),
        (
            f"當香港的二次移民成為新常態\n特約撰稿人 李孟淳\n2024-05-16 18:00\n{BODY_TW}\n",
            "當香港的二次移民成為新常態", ["李孟淳"], None, "2024-05-16T18:00",
        ),
    ],
)
def test_heads_of_unseen_portals(raw: str, title: str, authors: list[str], site, published) -> None:
    (a,) = clean(raw)
    assert (a.title, a.authors, a.site, a.published) == (title, authors, site, published)
    assert a.paragraphs[0] == (BODY_TW if BODY_TW in raw else BODY)


@pytest.mark.parametrize(
    ("footer", "holders"),
    [
        ("© 本文版权归作者 影迷阿树 所有，任何形式转载请联系作者。", []),
        ("© 本文版權歸原作者所有，轉載請註明出處。", []),
        ("著作权归作者所有。商业转载请联系作者获得授权。 ©", []),
        ("© 2024 星洲日报 版权所有 Sin Chew Media Corporation Berhad", ["星洲日报"]),
        ("© 2024 自由亞洲電台 版權所有。", ["自由亞洲電台"]),
    ],
)
def test_a_copyright_the_author_holds_names_no_site(footer: str, holders: list[str]) -> None:
    import cleanseeds.filters.metadata as md

    assert md._holders(footer) == holders


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("5月17日 10:32 来自 微博网页版", "5月17日 10:32"),
        ("05-17 21:45 · 来自Android", "05-17 21:45"),
        ("5月17日 10:32 來自 iPhone 客戶端", "5月17日 10:32"),
        ("2024-05-17 10:32 来自 iPhone客户端", "2024-05-17T10:32"),
        ("2024-05-16 11:23·来自雪球", "2024-05-16T11:23"),
    ],
)
def test_a_posts_date_line_with_the_client_it_was_sent_from(line: str, date: str) -> None:
    meta = _whole(line)
    assert (meta.dates, meta.authors, meta.sites) == ([date], [], [])


@pytest.mark.parametrize(
    ("line", "dates", "updates"),
    [
        ("修改于05-18 08:12", [], ["05-18 08:12"]),
        ("發表於2024-05-16 10:21", ["2024-05-16T10:21"], []),
        ("发表于2024年5月16日 10:21", ["2024-05-16T10:21"], []),
        ("發布日期：113年05月17日", ["2024-05-17"], []),
        ("发布日期：民国113年5月17日", ["2024-05-17"], []),
    ],
)
def test_glued_date_labels_and_roc_years(line: str, dates: list[str], updates: list[str]) -> None:
    meta = _whole(line)
    assert (meta.dates, meta.updates) == (dates, updates)


@pytest.mark.parametrize(
    "line",
    [
        "發稿單位：刑事廳",
        "連絡人：黃科長 電話：(02)2361-8577",
        "联系人：张先生 联系电话：010-65369999",
        "序號：113-046",
        "证券代码：600519\u3000\u3000\u3000\u3000证券简称：贵州茅台\u3000\u3000\u3000\u3000公告编号：临2024-018",
        "證券代碼：2330 證券簡稱：台積電",
    ],
)
def test_info_rows_of_a_release_or_filing_head_name_nobody(line: str) -> None:
    meta = _whole(line)
    assert (meta.authors, meta.sites, meta.dates) == ([], [], [])
    assert set(meta.roles) == {"field"}


@pytest.mark.parametrize(
    ("line", "authors", "title", "date"),
    [
        ("作者 mrchen1988 (陳小明)", ["mrchen1988"], None, None),
        ("作者 mrchen1988 (陳小明) 看板 Stock", ["mrchen1988"], None, None),
        ("看板 Gossiping", [], None, None),
        ("標題 [新聞] 台積電4月營收2360億元 年增近六成", [], "[新聞] 台積電4月營收2360億元 年增近六成", None),
        ("标题 [问卦] 有没有周末塞车的八卦", [], "[问卦] 有没有周末塞车的八卦", None),
        ("時間 Fri May 10 14:32:18 2024", [], None, "2024-05-10T14:32:18"),
        ("時間 Sun Jan  7 09:05:00 2024", [], None, "2024-01-07T09:05:00"),
    ],
)
def test_rows_of_a_forum_header(line: str, authors: list[str], title, date) -> None:
    meta = _whole(line)
    assert (meta.authors, meta.title, meta.dates) == (authors, title, [date] if date else [])


@pytest.mark.parametrize(
    "line",
    [
        "5月17日 10:32 来自北京的游客说了很多话。",
        "5月17日来自全国的代表齐聚北京",
        "修改于是成了大家的共识。",
        "发表于2024年的论文引起了广泛关注。",
        "標題是一個很重要的東西。",
        "标题 这是什么意思呢？",
        "看板上写着欢迎光临",
        "时间 Fri 是星期五的意思",
        "联系人说这件事还没定。",
    ],
)
def test_prose_near_the_post_and_forum_forms_is_no_metadata(line: str) -> None:
    assert parse_meta_line(line) is None


def test_a_weibo_post_head_poster_date_line_and_short_heading() -> None:
    raw = f"平安杭州\n5月17日 10:32 来自 微博网页版\n警情通报\n{BODY}\n"
    (a,) = clean(raw)
    assert (a.title, a.authors, a.published) == ("警情通报", ["平安杭州"], "5月17日 10:32")
    assert a.paragraphs == [BODY]


def test_a_forum_header_gives_the_headline_as_printed() -> None:
    raw = (
        "作者 mrchen1988 (陳小明)\n看板 Stock\n標題 [新聞] 台積電4月營收創新高\n"
        f"時間 Fri May 10 14:32:18 2024\n{BODY_TW}\n"
    )
    (a,) = clean(raw)
    assert (a.title, a.authors, a.published) == ("[新聞] 台積電4月營收創新高", ["mrchen1988"], "2024-05-10T14:32:18")
    assert a.paragraphs == [BODY_TW]


@pytest.mark.parametrize(
    ("head", "title", "published"),
    [
        ("發布日期：113年05月17日\n發稿單位：刑事廳\n連絡人：黃科長 電話：(02)2361-8577\n序號：113-046", "國民法官法施行第二年 審結87件", "2024-05-17"),
        ("证券代码：600519　证券简称：贵州茅台　公告编号：临2024-018", "国民法官法施行第二年 审结87件", None),
        ("05-17 21:45 · 来自Android\n修改于05-18 08:12", "國民法官法施行第二年 審結87件", "05-17 21:45"),
    ],
)
def test_the_headline_under_a_block_of_info_rows(head: str, title: str, published) -> None:
    (a,) = clean(f"{head}\n{title}\n{BODY_TW}\n")
    assert (a.title, a.published) == (title, published)
    assert a.paragraphs == [BODY_TW]


@pytest.mark.parametrize(
    "line",
    [
        "（16:05 2024/03/08）",
        "（《星洲网》发布: 10:15am 18/05/2024）",
        "（5月17日 10:32 来自 微博网页版）",
        "（2024年05月17日 星期五 下午 10:32:18 北京时间 · 来自 iPhone客户端）",
        "【修改于05-18 08:12】",
        "（看板 Stock）",
        "（時間 Fri May 10 14:32:18 2024）",
        "（特约撰稿人 李孟淳）",
        "（發稿單位：刑事廳）",
    ],
)
def test_the_gate_lets_these_heads_through_bracketed_too(line: str) -> None:
    import cleanseeds.filters.metadata as md

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(md, "_may_open_with_item", lambda s: True)
        ungated = md.parse_meta_line(line)
    assert ungated is not None
    assert md._may_open_with_item(line.strip())
    assert parse_meta_line(line) == ungated


@pytest.mark.parametrize(
    ("line", "dates", "updates", "authors"),
    [
        # LINE TODAY: update and publication stamps without the year, a reporter, joined by •
        (
            "更新於 05月15日10:32 • 發布於 05月15日10:30 • 記者王姝琇／台北報導",
            ["05月15日10:30"],
            ["05月15日10:32"],
            ["王姝琇"],
        ),
        ("发布于 05月15日 10:30 • 记者王小明／北京报道", ["05月15日 10:30"], [], ["王小明"]),
        ("發布於 5月15日10:30", ["5月15日10:30"], [], []),
        # an update stamp bracketed after the date (Hong Kong portals), with or without blanks
        ("2024年5月21日 12:05 (更新：2024年5月21日 12:30)", ["2024-05-21T12:05"], ["2024-05-21T12:30"], []),
        ("2024年5月21日 12:05（最后更新：2024-05-21 12:30）", ["2024-05-21T12:05"], ["2024-05-21T12:30"], []),
        ("2024-05-21 12:05 （最後更新 2024-05-21 13:00） 記者 陳小明", ["2024-05-21T12:05"], ["2024-05-21T13:00"], ["陳小明"]),
    ],
)
def test_stamps_without_year_and_bracketed_updates(
    line: str, dates: list[str], updates: list[str], authors: list[str]
) -> None:
    meta = _whole(line)
    assert meta.dates == dates
    assert meta.updates == updates
    assert meta.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "發布於 5月15日",  # no time: a date in a sentence as likely as a stamp
        "2024年5月21日 12:05 (发布：2024年5月21日 12:30)",  # only an update is bracketed
        "更新於 05月15日10:32 •",
    ],
)
def test_unread_stamp_shapes(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or meta.end < len(line)


@pytest.mark.parametrize(
    "line",
    [
        "記者會上 • 他說今天的行程很滿。",
        "政府發布於5月15日10時的公告指出，市民應留意天氣變化。",
        "會議於2024年5月21日 12:05（更新時間待定）開始，市民可到場旁聽。",
    ],
)
def test_prose_with_dots_and_stamps_is_no_head(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or meta.end < len(line)


@pytest.mark.parametrize(
    ("head", "title", "published", "authors"),
    [
        (
            "高鐵5月起推「早鳥65折」 端午連假車票下週開賣\n自由時報\n"
            "更新於 05月15日10:32 • 發布於 05月15日10:30 • 記者王姝琇／台北報導",
            "高鐵5月起推「早鳥65折」 端午連假車票下週開賣",
            "05月15日10:30",
            ["王姝琇"],
        ),
        (
            "港府公布新一份施政報告諮詢 市民可於下月底前提交意見\n港聞\n2024年5月21日 12:05 (更新：2024年5月21日 12:30)",
            "港府公布新一份施政報告諮詢 市民可於下月底前提交意見",
            "2024-05-21T12:05",
            [],
        ),
    ],
)
def test_heads_with_stamp_rows_are_read(head: str, title: str, published: str, authors: list[str]) -> None:
    (art,) = clean(f"{head}\n{BODY_TW}\n")
    assert art.title == title
    assert art.published == published
    assert art.authors == authors
    assert art.text == BODY_TW
