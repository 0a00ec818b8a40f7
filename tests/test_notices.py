"""The notices filter: disclaimers and copyright lines go; prose about them stays."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.document import Document
from cleanseeds.filters.notices import NoticesFilter, notice_sentences

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


def notices(text: str) -> Document:
    doc = Document(text)
    NoticesFilter()(doc)
    return doc


def splits(doc: Document) -> list[int]:
    return [n.pos for n in doc.notes if n.split]


@pytest.mark.parametrize(
    "notice",
    [
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
        "特別聲明:以上內容(如有圖片或視頻亦包括在內)為自媒體平臺“網易號”用戶上傳并發布,本平臺僅提供信息存儲服務。",
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.",
        "免责声明：本文仅代表作者个人观点，与本站无关。",
        "免責聲明：本文僅代表作者個人觀點，不代表本網立場。",
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接及本声明。",
        "新浪声明：新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
        "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。",
        "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",
        "本文来源于网络，如有侵权请联系删除。",
        "图片来源网络，版权归原作者所有，如有侵权请联系删除",
        "版權歸原作者所有，如有侵權請聯繫刪除。",
        "未经授权禁止转载",
        "未經許可，不得轉載。",
        "本文为镜相工作室原创，未经授权禁止转载。",
        "转载请注明出处。",
        "版權所有，未經授權不得轉載。",
        "© 2025 Yahoo. All rights reserved.",
        "Copyright © 2024 Example Media Ltd.",
        "The views expressed in this article are those of the author and do not necessarily reflect the position of this site.",
        "This article is provided for informational purposes only and does not constitute investment advice.",
        "投资有风险，入市需谨慎。",
        "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。",
    ],
)
def test_notice_lines_go(notice):
    text = f"{BODY}\n{notice}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert doc.edits[0].reason.startswith("legal notice: ")
    assert splits(doc) == [len(BODY) + 1]


def test_notice_at_line_end_cut_from_its_sentence():
    doc = notices(f"{BODY}本文为原创内容，未经授权禁止转载。如有侵权，请联系我们删除。")
    assert doc.text == BODY
    assert splits(doc) == [len(BODY)]


def test_notice_block_under_heading():
    text = f"{BODY}\n免责声明\n本文内容仅供参考，不构成投资建议。\n投资有风险，入市需谨慎。\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert len(splits(doc)) == 1


def test_notice_before_body_does_not_split():
    text = f"标题在这里\n本文转载自某某公众号，版权归原作者所有。\n{BODY}"
    doc = notices(text)
    assert doc.text == f"标题在这里\n{BODY}"
    assert not splits(doc)


@pytest.mark.parametrize(
    "prose",
    [
        "但眼尖的媒體發現官網上多了一行小字免責聲明:T1手機和Trump Mobile只是付費授權項目,實際運營和特朗普集團無關。",
        "公司随后发布免责声明，称相关信息不实。",
        "多家媒体未经授权转载了这篇报道，引发争议。",
        "该律师表示，如有侵权行为，权利人可以要求平台删除相关内容。",
        "版权所有者有权要求侵权方赔偿损失。",
        "The views expressed by the minister were widely criticised.",
        "Copyright law in China has changed a great deal since 2010.",
        "声明：公司董事会全体成员保证信息披露的内容真实、准确、完整。",
        "他在声明中表示，本文所述事实均有据可查。",
        "分析师认为，该公司股价仍有上涨空间。",
    ],
)
def test_prose_about_notices_survives(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert notices(text).text == text


def test_notice_sentences_finds_tail_only():
    s = f"{BODY}未經授權，不得轉載。"
    assert notice_sentences(s) == (len(BODY), "no reposting without permission")
    assert notice_sentences(BODY) is None


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([BODY, BODY_TW, "他说：“我们不会放弃。”", "同比增长42%。"]),
                min_size=1, max_size=8))
def test_prose_without_notices_is_untouched(parts):
    text = "\n".join(parts)
    doc = notices(text)
    assert doc.text == text and not doc.edits


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["免责声明：本文仅代表作者个人观点。", "版權歸原作者所有，如有侵權請聯繫刪除。",
                        "All rights reserved."]),
       st.lists(st.sampled_from([BODY, BODY_TW]), min_size=1, max_size=4))
def test_notice_after_any_body_is_cut_and_idempotent(notice, parts):
    text = "\n".join([*parts, notice])
    doc = notices(text)
    assert doc.text == "\n".join(parts) + "\n"
    assert notices(doc.text).text == doc.text


def test_seed_prose_about_a_disclaimer_survives_and_platform_notice_goes():
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    text = (seeds / "002_746ecf598bd6b32b.txt").read_text(encoding="utf-8")
    assert notices(text).text == text
    text = (seeds / "003_1f8fb1813010d0ad.txt").read_text(encoding="utf-8")
    doc = notices(text)
    assert "特別聲明" not in doc.text and "Notice:" not in doc.text
    assert len(doc.edits) == 2


_FRAGMENTS = [  # the shortest wording of each family, both scripts, and plain words
    "版权归原作者", "版權屬於權利人", "未经授权禁止转载", "非經許可不得轉載", "如有侵权请联系删除",
    "若涉及侵權，請來信處理", "投资有风险，入市需谨慎", "市場有風險投資須謹慎", "转载请注明",
    "轉載須保留", "本文仅代表作者观点", "以上內容僅為個人看法", "不代表本站观点", "並不代表本網立場",
    "以上内容仅提供信息存储服务", "本文僅提供資訊儲存服務", "本文不构成投资建议", "資訊不作為投資依據",
    "图片来源于网络", "內容轉自網路", "本文为原创，转载", "本篇系原創，轉載", "© 2024",
    "Copyright 2024", "all rights reserved", "the content above is uploaded",
    "views do not necessarily reflect", "is for reference purposes only",
    "reprint without", "does not constitute investment advice", "他说", "公司", "，", "a", " ",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=10))
def test_every_family_match_holds_a_key_word(parts):
    """The fast skip never hides a notice: any family match contains a key word."""
    from cleanseeds.filters.notices import _FAMILY_RES, _KEYS

    s = "".join(parts)
    for k in range(len(s)):
        if any(rx.match(s, k) for _, rx in _FAMILY_RES):
            assert _KEYS.search(s, k)
            break


@pytest.mark.parametrize("prose", [BODY, BODY_TW, "同比增长42%。", "The minister spoke on Tuesday."])
def test_line_without_key_words_is_skipped_and_kept(prose):
    from cleanseeds.filters.notices import _KEYS

    assert _KEYS.search(prose) is None
    assert notices(f"{prose}\n").text == f"{prose}\n"
