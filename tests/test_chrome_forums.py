"""The chrome filter on bulletin boards and forums: a post's furniture and readers'
comments go (PTT, Discuz! boards, Dcard, Baidu Tieba), prose that looks alike stays."""

import pytest

from ._chrome import chrome, reasons

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


# -- a board's signature and its lines ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.160.22.33 (臺灣)",
        "※ 文章網址: https://www.ptt.cc/bbs/Stock/M.1715322741.A.3F2.html",
        "※ 編輯: mrchen1988 (1.160.22.33 臺灣), 05/10/2024 14:40:00",
        "※ [本文轉錄自 Gossiping 看板 #1abcDEF]",
        "※ 发信站: 水木社区(mysmth.net)",
        "※ 修改:·zhangsan 于 2024-05-10 14:40:00 修改本文·[FROM: 1.2.3.*]",
        "◆ From: 140.112.1.1",
    ],
)
def test_board_signature_lines_go(line):
    text = f"{BODY_TW}\n{BODY_TW}\n--\n{line}\n"
    doc = chrome(text)
    assert doc.text == f"{BODY_TW}\n{BODY_TW}\n"
    assert reasons(doc) == ["signature separator", "bulletin board signature"]


def test_signature_dash_at_the_end_goes():
    doc = chrome(f"{BODY}\n{BODY}\n--\n")
    assert doc.text == f"{BODY}\n{BODY}\n"


@pytest.mark.parametrize(
    "text",
    [
        # a dash between paragraphs, and a quote's header, are the post's own
        f"{BODY}\n--\n{BODY}\n",
        f"{BODY_TW}\n※ 引述《stocklover (股市新手)》之銘言：\n: 台積電會漲嗎\n{BODY_TW}\n",
        # prose with a reference mark
        f"{BODY_TW}\n※本報訊：市府今日宣布，明年起調整公車票價。\n{BODY_TW}\n",
    ],
)
def test_dashes_and_marks_in_prose_stay(text):
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "推 abcd1234: 航母要起飛了 05/10 14:33",
        "噓 bearking: 高點了 05/10 14:40",
        "→ kimo99: 還沒上車的哭哭 05/10 14:36",
        "推 Stock_Fan: 好文 05/10",
    ],
)
def test_board_pushes_go(line):
    doc = chrome(f"{BODY_TW}\n{line}\n")
    assert doc.text == f"{BODY_TW}\n"
    assert reasons(doc) == ["bulletin board push comment"]


@pytest.mark.parametrize(
    "line",
    [
        "推 abcd1234: 這篇寫得真好",  # a push quoted in an article: no date
        "推动高质量发展：2024年工作要点",
        "→ 下一站：台北 10/05",
    ],
)
def test_quoted_pushes_and_prose_stay(line):
    text = f"{BODY_TW}\n{line}\n{BODY_TW}\n"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "本帖最后由 股海老王 于 2024-5-10 14:32 编辑",
        "本帖最後由 阿明 於 2024/05/10 14:32:08 編輯",
    ],
)
def test_forum_edit_notes_go(line):
    doc = chrome(f"{line}\n{BODY}\n")
    assert doc.text == f"{BODY}\n"
    assert reasons(doc) == ["forum edit note"]


def test_edit_note_in_prose_stays():
    text = f"{BODY}\n本帖最后由版主整理，欢迎大家补充。\n"
    assert chrome(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "返回看板", "返回列表", "只看该作者", "只看該作者", "电梯直达", "電梯直達", "只看楼主 倒序浏览",
        "回复 引用 举报", "回覆 引用 舉報",
    ],
)
def test_forum_buttons_go(line):
    doc = chrome(f"{line}\n{BODY}\n")
    assert doc.text == f"{BODY}\n"


@pytest.mark.parametrize(
    "line",
    ["批踢踢實業坊 › 看板 Stock", "天涯论坛 > 股市论坛", "南方周末 > 经济", "即時財經 > 股市", "香港01 › 港聞"],
)
def test_two_item_trails_go(line):
    doc = chrome(f"{line}\n{BODY}\n")
    assert doc.text == f"{BODY}\n"
    assert reasons(doc) == ["breadcrumb"]


@pytest.mark.parametrize(
    "line",
    ["营收 > 成本", "他说增长 > 预期", "第一季 > 第二季 > 全年目标的三成以上，这是公司多年来最好成绩"],
)
def test_comparisons_stay(line):
    text = f"{BODY}\n{line}\n{BODY}\n"
    assert chrome(text).text == text


# -- readers' comments by floor after the article ---------------------------------------


@pytest.mark.parametrize(
    "comments",
    [
        ["B1 匿名 國立中興大學 恭喜原PO！請問自學是看哪些資源？ 5月15日 22:31", "B2 原PO 回B1 主要是Coursera跟YouTube"],
        ["1楼 股友a 分析得很到位 2024-05-17 14:41", "2楼 老韭菜 回复 1楼 同意"],
        ["2F 網友甲：說得好 05-17 22:03"],
        ["#1 路人：好文推一個 3小時前"],
        ["3# 某网友：支持一下 2024-5-10 14:35"],
        ["第5楼 张三：学习了 5分钟前"],
    ],
)
def test_floor_comments_after_the_article_go(comments):
    text = f"{BODY}\n{BODY}\n" + "".join(c + "\n" for c in comments)
    doc = chrome(text)
    assert doc.text == f"{BODY}\n{BODY}\n"
    assert set(reasons(doc)) == {"floor comment"}


@pytest.mark.parametrize(
    "lines",
    [
        # a storey guide and a numbered list hold no comment's date, reply or poster
        ["B1 美食街", "B2 停車場", "1F 化妝品 精品"],
        ["#1 台積電 市值第一", "#2 聯發科 市值第二"],
        ["1楼 大厅 设有咨询台", "2楼 展厅"],
    ],
)
def test_storey_guides_and_lists_stay(lines):
    text = f"{BODY_TW}\n" + "".join(s + "\n" for s in lines) + f"{BODY_TW}\n"
    assert chrome(text).text == text


def test_floor_comment_at_the_head_stays():
    """Before any prose a floor label is no reader's comment (a forum post's own first floor)."""
    text = f"1楼 楼主 2024-05-10 14:32\n{BODY}\n"
    assert chrome(text).text == text


# -- editors' credits ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "网络编辑：马肃平", "網路編輯：陳怡君", "新媒体编辑：王小明", "新媒體編輯：林小華", "值班编辑：刘洋",
        "审核：张三", "審核：李四 王五", "校对：刘军 审核：张三", "网编：洪伟", "終審：陳大文",
    ],
)
def test_editor_credits_end_the_article(line):
    doc = chrome(f"{BODY}\n{line}\n")
    assert doc.text == f"{BODY}\n"
    assert reasons(doc) == ["end-of-article marker: editor credit"]


@pytest.mark.parametrize(
    "line",
    ["审核：由市场监管部门负责，企业需提前申报。", "審核：各區公所須於五月底前完成初審工作", "审核通过的企业名单将于下周公布。"],
)
def test_review_in_prose_stays(line):
    text = f"{BODY}\n{line}\n{BODY}\n"
    assert chrome(text).text == text


def test_web_editor_beside_the_reporter_goes_alone():
    """``記者：古亭 責編：何平 網編：洪偉``: the editors go, the reporter stays for metadata."""
    doc = chrome(f"記者：古亭 責編：何平 網編：洪偉\n{BODY_TW}\n")
    assert doc.text.startswith("記者：古亭\n")
