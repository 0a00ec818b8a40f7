"""Head rows of portals that carry more than the reader's own items, both scripts: a CMS's
own labelled fields and page tools after the date, an outlet and its writer unlabelled, a
combined ``发布/更新`` label, English bylines and dates, ``作者：本报记者`` naming nobody."""

from __future__ import annotations

import pytest

from cleanseeds.filters.metadata import parse_meta_line


def _read(line: str) -> tuple[list[str], list[str], list[str]]:
    meta = parse_meta_line(line)
    assert meta is not None and meta.end == len(line), line
    return meta.authors, meta.sites, meta.dates


@pytest.mark.parametrize(
    ("line", "authors", "sites", "dates"),
    [
        # a university's or an agency's own fields after the date (and its view counter)
        ("发布时间：2025-10-14　供稿单位：校团委　浏览次数：2356", [], [], ["2025-10-14"]),
        ("發布時間：2025-10-14　供稿單位：學務處　瀏覽次數：2356", [], [], ["2025-10-14"]),
        ("发布时间：2025-10-13　供稿单位：研究生院", [], [], ["2025-10-13"]),
        ("公开日期：2018-03-05  有效性：有效", [], [], ["2018-03-05"]),
        ("公開日期：2018-03-05  有效性：有效", [], [], ["2018-03-05"]),
        ("发布时间：2025-10-16 17:30　来源：宣传部　点击数：", [], ["宣传部"], ["2025-10-16T17:30"]),
        # the CMS's font-size picker and page buttons closing the row
        (
            "发布时间：2025-10-16 17:30　来源：集团党委宣传部　字号：[大 中 小]　打印本页　关闭窗口",
            [], ["集团党委宣传部"], ["2025-10-16T17:30"],
        ),
        (
            "發佈時間：2025-10-16 17:30　來源：秘書處　【字體：大 中 小】【列印】【關閉】",
            [], ["秘書處"], ["2025-10-16T17:30"],
        ),
        ("2025-10-16 来源：市政府办公室 【打印】【关闭】", [], ["市政府办公室"], ["2025-10-16"]),
        ("日期：2025-10-16　分享到", [], [], ["2025-10-16"]),
        # an outlet and its writer after the date, unlabelled; a site named by its domain
        ("2025-10-12 14:30　乐居财经　徐婷", ["徐婷"], ["乐居财经"], ["2025-10-12T14:30"]),
        ("2025-10-12 14:30　樂居財經　吳佳", ["吳佳"], ["樂居財經"], ["2025-10-12T14:30"]),
        ("2025年10月14日 10:28 cnBeta.COM", [], ["cnBeta.COM"], ["2025-10-14T10:28"]),
        # the combined label of Singapore's and Malaysia's portals
        ("发布/更新: 2025年10月18日 20:10", [], [], ["2025-10-18T20:10"]),
        ("發佈/更新: 2025年10月18日 08:10 PM", [], [], ["2025-10-18T20:10"]),
        # an English byline; a name and ``报道`` after the date
        ("By 李文杰 | 2025年10月18日 8:10pm", ["李文杰"], [], ["2025-10-18T20:10"]),
        ("By 陳偉明 | 2025年10月18日 20:10", ["陳偉明"], [], ["2025-10-18T20:10"]),
        ("2025年10月18日 星期六 | 郭佩欣 报道", ["郭佩欣"], [], ["2025-10-18"]),
        ("2025年10月18日 星期六 | 郭佩欣 報導", ["郭佩欣"], [], ["2025-10-18"]),
        # dates in English
        ("Oct 18, 2025 08:10 PM", [], [], ["2025-10-18T20:10"]),
        ("18 Oct 2025 / 20:10 MYT", [], [], ["2025-10-18T20:10"]),
        ("October 18, 2025", [], [], ["2025-10-18"]),
        ("By 李文杰 | Oct 18, 2025 08:10 PM", ["李文杰"], [], ["2025-10-18T20:10"]),
        # ``本报记者`` / ``本報`` alone as the author: the paper, no author
        ("2025-10-18 20:10  来源：国际日报  作者：本报记者", [], ["国际日报"], ["2025-10-18T20:10"]),
        ("2025-10-18 20:10  來源：國際日報  作者：本報", [], ["國際日報"], ["2025-10-18T20:10"]),
    ],
)
def test_rows_read(line: str, authors: list[str], sites: list[str], dates: list[str]) -> None:
    assert _read(line) == (authors, sites, dates)


@pytest.mark.parametrize(
    "line",
    [
        # prose with a date, a name and a colon is no row
        "2025年10月14日，学校召开会议：全体师生参加。",
        "2025-10-12 14:30 李明表示：我们会继续努力，做好服务。",
        "2025年10月14日 市长强调：要加强管理，确保安全。",
        "發布時間：2025-10-14 會議強調：要加強管理，確保安全。",
        "Oct 18, 2025 was a big day for the city.",
        "By 2025 the project will be finished.",
        "By 李文杰 and his team, the report took a year.",
        "2025年10月18日，郭佩欣报道了这则新闻。",
        "2025年10月18日 星期六 我们一起去分享快乐和收获吧",
        "18 Oct 2025 marked the end of the festival in Penang.",
    ],
)
def test_prose_not_a_row(line: str) -> None:
    assert parse_meta_line(line) is None


def test_pipeline_reads_head_with_cms_fields() -> None:
    """The whole head is read: title, date, site; the row and the title leave the body."""
    from cleanseeds import clean

    for row, title, site in [
        ("发布时间：2025-10-16 17:30　来源：集团党委宣传部　字号：[大 中 小]　打印本页　关闭窗口",
         "集团公司召开2025年第三季度经济运行分析会", "集团党委宣传部"),
        ("發佈時間：2025-10-16 17:30　來源：秘書處　字體：[大 中 小]　列印　關閉視窗",
         "市府召開第三季經濟運行分析會議", "秘書處"),
    ]:
        body = "10月16日，会议在总部召开，全面总结前三季度生产经营情况，分析当前面临的形势，部署第四季度重点工作任务。"
        if "秘書處" in site:
            body = "10月16日，會議在市府召開，全面總結前三季生產經營情況，分析當前面臨的形勢，部署第四季重點工作任務。"
        arts = clean(f"{title}\n{row}\n{body}\n")
        assert len(arts) == 1
        a = arts[0]
        assert a.title == title
        assert str(a.published).startswith("2025-10-16")
        assert a.paragraphs == [body]
