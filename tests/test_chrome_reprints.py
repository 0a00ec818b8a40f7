"""The chrome filter: a correction button beside the editor's credit, a reprint's credit
naming no source, app and follow prompts, pager links and tag rows under the text, an
author's biography after the article."""

import pytest

from ._chrome import chrome, splits

BODY = "国家统计局12日发布数据显示，7月份全国居民消费价格同比持平，环比上涨0.4%。"
BODY_TW = "中央氣象署表示，颱風外圍環流影響，北部山區今晚起有局部大雨或豪雨發生的機率。"


# -- a correction button beside the editor's credit ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "【纠错】 【责任编辑：刘洋】",
        "【纠错】【责任编辑:王萌 】",
        "[纠错] [责任编辑：张三]",
        "【糾錯】 【責任編輯：劉洋】",
        "【我要纠错】 【责任编辑：李四】",
    ],
)
def test_correction_button_and_editor_credit_end_the_article(line):
    doc = chrome(f"{BODY}\n{line}\n")
    assert doc.text == f"{BODY}\n"
    assert splits(doc)


def test_editor_credit_glued_to_prose_still_goes_alone():
    doc = chrome(f"{BODY}【责任编辑：刘洋】\n")
    assert doc.text == f"{BODY}\n"


# -- a reprint's credit naming no source --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["本文由合作夥伴授權轉載", "本文由合作伙伴授权转载", "本文经授权转载。", "本文經授權發布", "（本文已獲授權轉載）"],
)
def test_reprint_credit_without_source_goes_after_the_text(line):
    doc = chrome(f"{BODY_TW}\n{line}\n")
    assert doc.text == f"{BODY_TW}\n"


def test_reprint_credit_before_the_text_stays():
    text = f"本文由合作夥伴授權轉載\n{BODY_TW}\n"
    assert chrome(text).text == text


# -- app and follow prompts -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "快科技APP 扫码下载 随时随地看科技新闻",
        "快科技APP 掃碼下載 隨時隨地看科技新聞",
        "新华社客户端 扫码关注",
        "追蹤巴士的報Facebook專頁",
        "追踪巴士的报Facebook专页",
        "華視新聞 Facebook",
        "中央社 Instagram｜YouTube",
        "华视新闻 Facebook",
        "鏡週刊 粉絲專頁",
    ],
)
def test_app_and_follow_prompts_go(line):
    doc = chrome(f"{BODY}\n{line}\n")
    assert doc.text == f"{BODY}\n"


# -- pager links and tag rows -------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["上一篇：人氣男團宣布暫停活動", "下一篇：金鐘獎入圍名單出爐", "熱門標籤：金曲獎 專輯 演唱會"],
        ["上一篇: 人气男团宣布暂停活动", "下一篇: 没有了", "热门标签：金曲奖 专辑 演唱会"],
        ["上一則 颱風來襲 北部停班停課", "下一則：台股收盤漲逾百點？"],
        ["标签：新能源、充电桩、补贴"],
        ["Tags: 台積電 / 半導體 / 2奈米"],
    ],
)
def test_pager_links_and_tag_rows_after_the_text_go(lines):
    doc = chrome(BODY_TW + "\n" + "\n".join(lines) + "\n")
    assert doc.text == f"{BODY_TW}\n"


def test_tag_row_at_the_head_stays():
    text = f"标签：新能源 充电桩\n{BODY}\n"
    assert chrome(text).text == text


# -- an author's biography after the article ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "作者簡介：黃建文，國立大學教育學系教授，研究領域為高等教育政策。",
        "作者简介：黄建文，某大学教育学系教授，研究领域为高等教育政策。",
        "【作者简介】张明，中国社会科学院经济研究所研究员。",
        "（作者介紹：林曉君，執業律師）",
    ],
)
def test_author_biography_after_the_text_goes(line):
    doc = chrome(f"{BODY_TW}\n{line}\n")
    assert doc.text == f"{BODY_TW}\n"
    assert not splits(doc)


# -- prose stays -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prose",
    [
        "下一条地铁线路预计明年通车。",
        "上一篇报道发出后，多位读者来信询问申领流程。",
        "下一篇：我们将介绍新规对租房者的影响。",
        "他说，随时随地都能扫码下载这款APP，非常方便。",
        "華視新聞在Facebook上發起投票，吸引逾萬名網友參與。",
        "该公司在其Facebook专页上发布声明，否认相关传闻。",
        "本文由记者根据公开资料整理，数据截至9月底。",
        "作者在书中回忆了童年时光，文字细腻动人。",
        "标签：这是很多年轻人给自己贴上的，他们说这并不公平。",
        "市场监管部门提醒，商品标签：应当标明产地和生产日期。",
    ],
)
def test_prose_with_these_words_stays(prose):
    text = f"{BODY}\n{prose}\n"
    assert chrome(text).text == text
