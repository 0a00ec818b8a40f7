"""The body filter on what closes a notice and on heads it used to drop.

A notice's attachment list, its signature (issuing body, then the date) and a data
table under an article (a spec sheet, a shop's details) are short lines under the body
that belong to it. Heads: a headline ending in a quote over a ``date 来源 作者`` row, a
byline row over the headline under a channel label, a breadcrumb over the headline, a
forum thread's spaced title with its poster and floor label, a headline repeated by a
cut ``headline_站名`` title line. Both scripts; ordinary prose stays untouched.
"""

from __future__ import annotations

import pytest

from cleanseeds import clean
from cleanseeds.document import Document
from cleanseeds.filters.body import Body

_MENU = "首页 新闻 政务 民生 教育 视频 专题"
_MENU_TW = "首頁 新聞 政治 社會 生活 國際 財經"
_FOOT = "关于我们 | 联系我们 | 网站地图\n© 2024 版权所有"
_FOOT_TW = "關於我們 | 聯絡我們 | 網站導覽\n© 2024 版權所有"
_PROSE = (
    "根据有关规定，经研究决定，现将本年度考试的有关事项公告如下，请考生认真阅读。\n"
    "一、考生应在开考前二十分钟凭准考证和身份证进入考场，按准考证号对号入座。\n"
    "二、考生只准携带黑色字迹的签字笔、铅笔和橡皮入场，严禁携带各种通讯工具进入考场。"
)
_PROSE_TW = (
    "依據相關規定，經研議決定，現將本年度考試的相關事項公告如下，請考生詳細閱讀。\n"
    "一、考生應於考試開始前二十分鐘憑准考證及身分證進入試場，依准考證號碼入座。\n"
    "二、考生僅可攜帶黑色原子筆、鉛筆及橡皮擦入場，嚴禁攜帶各種通訊器材進入試場。"
)


def run_body(text: str) -> Document:
    doc = Document(text)
    Body()(doc)
    return doc


def kept_lines(doc: Document) -> list[str]:
    return [line.strip() for line in doc.text.split("\n") if line.strip()]


def _page(tail: list[str], tw: bool = False, head: str | None = None) -> str:
    title = head or ("考選部公告本年度考試應考須知" if tw else "关于做好本年度考试工作的公告")
    date = "2024-06-03 來源：考選部" if tw else "2024-06-03 来源：省教育考试院"
    return "\n".join(
        [_MENU_TW if tw else _MENU, title, date, _PROSE_TW if tw else _PROSE, *tail, _FOOT_TW if tw else _FOOT]
    )


# -- what closes a notice ---------------------------------------------------------------


@pytest.mark.parametrize(
    "tail,tw",
    [
        (["附件：", "1.考点名单.xls", "2.考生健康承诺书.doc", "河南省教育考试院", "2024年6月3日"], False),
        (["绍兴市柯桥区人力资源和社会保障局", "2024年5月30日"], False),
        (["东阳市人民政府办公室", "2023年3月13日", "（此件公开发布）"], False),
        (["中共某某县委办公室", "某某县人民政府办公室", "二〇二四年六月三日"], False),
        (["宿迁市人民政府", "二OO八年六月四日"], False),
        (["附件1：招聘计划表.xlsx", "附件2：报名登记表.docx"], False),
        (["附檔下載：", "報名表.odt.pdf", "考選部", "中華民國113年5月30日"], True),
        (["臺北市政府教育局", "113年6月3日", "附件：應考須知.pdf"], True),
        (["相關附件", "1.應考須知", "2.試場配置圖"], True),
    ],
)
def test_attachments_and_signature_stay_with_the_notice(tail, tw):
    got = kept_lines(run_body(_page(tail, tw)))
    assert all(line in got for line in tail), [line for line in tail if line not in got]
    assert (_MENU_TW if tw else _MENU) not in got


@pytest.mark.parametrize(
    "tail,tw",
    [
        (["新车主要参数", "车身尺寸(mm)：4615×1901×1670", "轴距(mm)：2750", "CLTC续航(km)：530/610"], False),
        (["新車主要規格", "車身尺寸（mm）：4615×1901×1670", "軸距（mm）：2750", "最大馬力(hp)：218"], True),
        (["店家資訊", "周氏蝦捲", "地址：台南市安平區安平路408之1號", "營業時間：10:00-22:00"], True),
        (["门店信息", "地址：武汉市江汉区解放大道100号", "电话：027-85779000", "营业时间：9:00-21:00"], False),
    ],
)
def test_data_table_under_the_body_is_kept(tail, tw):
    closing = "更多消息，我們將持續關注。" if tw else "更多消息，我们将持续关注。"
    got = kept_lines(run_body(_page([*tail, closing], tw)))
    assert all(line in got for line in [*tail, closing]), [line for line in tail if line not in got]


@pytest.mark.parametrize(
    "tail",
    [
        ["相关推荐", "某地新开三条公交线路", "2024-06-02"],  # a feed: wall, not a signature
        ["扫码关注官方微信", "2024年6月3日"],  # no issuer's name above the date
        ["热门城市", "北京 上海 广州"],  # no field rows
        ["来源：新华社", "作者：张三"],  # byline fields are no data table
        ["原文链接：https://example.com/a", "转载链接：https://example.com/b"],
        ["标签：华为 手机", "关键词：快充"],  # tag rows hold no numbers
        ["標籤：台積電 半導體", "分類：財經"],
        ["網友留言", "台北網友", "2024年6月3日"],  # a comment's poster is no issuer
    ],
)
def test_furniture_under_the_body_is_still_cut(tail):
    got = kept_lines(run_body(_page(tail)))
    assert not any(line in got for line in tail), got


# -- heads ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head,tw",
    [
        (["武汉新增12条公交微循环线路 打通社区出行“最后一公里”", "2024-05-28 07:05:12  来源：长江日报  作者：记者蔡爽"], False),
        (["华为 nova 13 系列手机入网，支持 100W 快充", "2024/6/3 10:24:15 来源：IT之家 作者：汪淼"], False),
        (["北市推「安心上學」計畫 擴大學童交通補助「一次到位」", "2024-06-03 08:30  來源：北市府  作者：記者林志明"], True),
    ],
)
def test_headline_over_a_dated_field_row_is_kept(head, tw):
    page = "\n".join([_MENU_TW if tw else _MENU, *head, _PROSE_TW if tw else _PROSE, _FOOT_TW if tw else _FOOT])
    got = kept_lines(run_body(page))
    assert all(h in got for h in head)


@pytest.mark.parametrize(
    "label,byline,headline,tw",
    [
        ("iThome Security", "文/林妍溱 | 2024-09-12發表", "微軟修補4個已遭濫用的零時差漏洞", True),
        ("国际新闻", "2024-06-03 10:00 | 作者：王海", "联合国大会通过决议呼吁加强气候合作", False),
    ],
)
def test_byline_over_the_headline_under_a_channel_label(label, byline, headline, tw):
    nav = "\n".join((_MENU_TW if tw else _MENU).split())
    page = "\n".join([nav, label, byline, headline, _PROSE_TW if tw else _PROSE, _FOOT_TW if tw else _FOOT])
    got = kept_lines(run_body(page))
    assert byline in got and headline in got
    assert label not in got


@pytest.mark.parametrize(
    "crumb,headline,date,tw",
    [
        ("自由財經 > 房產資訊", "央行第五波信用管制上路 預售屋交易量月減三成", "2024/09/30 17:45", True),
        ("新闻中心 > 国内新闻", "多地发布高温预警 电网负荷创今夏新高", "2024-07-30 17:45", False),
    ],
)
def test_breadcrumb_over_the_headline_is_no_list_item(crumb, headline, date, tw):
    page = "\n".join(
        [_MENU_TW if tw else _MENU, "登入 | 註冊" if tw else "登录 | 注册", crumb, headline, date,
         _PROSE_TW if tw else _PROSE, _FOOT_TW if tw else _FOOT]
    )
    got = kept_lines(run_body(page))
    assert headline in got and date in got
    assert crumb not in got


@pytest.mark.parametrize(
    "title,poster,floor,tw",
    [
        ("Corolla Cross 油電版 一年兩萬公里 油耗心得分享", "阿明的車庫", "#1", True),
        ("新能源车 冬季续航实测 真实数据分享", "老王开电车", "1楼", False),
    ],
)
def test_forum_thread_title_and_poster_are_no_menu(title, poster, floor, tw):
    nav = "\n".join((_MENU_TW if tw else _MENU).split())
    page = "\n".join(
        [nav, title, poster, "2024-03-15 21:08", floor, _PROSE_TW if tw else _PROSE, _FOOT_TW if tw else _FOOT]
    )
    got = kept_lines(run_body(page))
    assert title in got and poster in got
    assert floor not in got


@pytest.mark.parametrize(
    "headline,site",
    [("新北捷運環狀線北環段工程進度逾五成 預計2030年通車", "快訊新聞網"), ("武汉地铁新线路今日开通运营 沿线居民出行更便利", "快讯新闻网")],
)
def test_headline_repeated_by_a_cut_title_line_is_the_title(headline, site):
    counties = "\n".join("臺北市 新北市 桃園市 臺中市 臺南市 高雄市 基隆市 新竹市 嘉義市".split())
    page = "\n".join(
        [headline, f"{headline}_{site}", "當前位置：首頁 > 地方新聞", counties,
         f"更新时间：2024-05-07 11:30:12 来源：{site}", _PROSE_TW, "上一篇：淡海輕軌藍海線二期動工",
         "下一篇：板橋車站周邊人行道改善完工"]
    )
    arts = clean(page)
    assert [a.title for a in arts] == [headline]


def test_spaced_menu_is_still_a_menu():
    from cleanseeds.filters.body import _menu_items

    assert _menu_items("首页 新闻 体育 财经 娱乐 科技") == 6
    assert _menu_items("首頁 即時新聞 政治 社會 生活 國際") == 6
    assert _menu_items("Corolla Cross 油電版 一年兩萬公里 油耗心得分享") == 0


# -- prose stays ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "市人力资源和社会保障局\n2024年5月30日\n附件：招聘计划表.xlsx",
        "店家資訊\n地址：台南市安平區安平路408之1號\n營業時間：10:00-22:00",
        "武汉新增12条公交微循环线路 打通社区出行“最后一公里”\n2024-05-28 07:05:12  来源：长江日报",
        _PROSE + "\n河南省教育考试院\n2024年6月3日",
        _PROSE_TW,
    ],
)
def test_plain_dump_is_untouched(text):
    doc = run_body(text)
    assert doc.text == text
