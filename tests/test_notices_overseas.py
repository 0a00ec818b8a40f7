"""Notices of overseas and institutional sites: holder + 保留所有权利, a named outlet's
not-our-position line, disclaimers that disown comments, government footers."""

import pytest

from cleanseeds.filters.notices import notice_sentences

from ._notices import notices

BODY = "新加坡交通部周五宣布，明年起将在更多路段试行自动驾驶巴士服务。"
BODY_TW = "民眾黨團今日召開記者會，呼籲行政院盡快提出完整的配套措施。"


@pytest.mark.parametrize(
    "line",
    [
        # copyright lines closed by "all rights reserved" in Chinese, a holder before it
        "8视界新闻 版权所有 © 2025 Mediacorp Pte Ltd. 保留所有权利",
        "© 2025 Mediacorp Pte Ltd. 保留所有权利",
        "Copyright © 2025 Apple Inc. 保留所有權利。",
        "Mediacorp Pte Ltd. 保留所有权利",
        "新传媒私人有限公司 保留所有权利。",
        "星島日報 版權所有 保留一切權利",
        "Sin Chew Media Corporation Berhad. All rights reserved.",
        # a disclaimer heading over what the site does not answer for
        "免责声明：中国报不负责任何读者留言内容，留言者须为其言论负责。",
        "免責聲明：本報概不負責讀者留言內容，留言者須自行負責。",
        # not the outlet's position, the outlet named or as 本台
        "◎本文章內容不代表民報立場",
        "本文观点不代表联合早报立场。",
        "（作者為前立委，本文不代表風傳媒立場）",
        "本文观点不代表本台立场",
        "文章內容不代表本臺立場。",
        # a government site's copyright notice and identifier code
        "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为临泉县融媒体中心版权所有，未经协议授权，禁止下载使用。",
        "本網站所刊登的各種新聞、資訊和各種專題專欄資料，均為本中心版權所有，未經協議授權，禁止下載使用。",
        "网站标识码：3412210001　联系电话：0558-6512345",
        "政府网站标识码bm27000003　京ICP备05070602号",
        "主办：中共临泉县委宣传部　承办：临泉县融媒体中心　网站标识码：3412210001",
        "網站標識碼：4400000001　粵ICP備05070602號",
    ],
)
def test_overseas_and_institutional_notices_go(line):
    doc = notices(f"{BODY}\n{line}\n")
    assert doc.text == f"{BODY}\n", line
    assert notices(doc.text).text == doc.text


@pytest.mark.parametrize(
    "prose",
    [
        "公司表示将保留一切权利追究侵权者的法律责任。",
        "对此，该公司保留一切权利。",
        "他说，我们保留所有权利，包括向法院起诉。",
        "律師指出，依法可保留所有權利，日後再行主張。",
        "外交部发言人强调，这一言论不代表中方立场。",
        "黨團總召表示，個別委員的發言不代表黨團立場。",
        "主办单位：市文化和旅游局",
        "主辦單位：台北市政府文化局　承辦單位：台北市立美術館",
        "该网站称其刊登的内容均为原创，引发读者质疑。",
        "中国报记者昨日走访多个留言者，了解他们对新政的看法。",
        "秋收时节的田野 2025-10-10",
    ],
)
def test_prose_about_rights_positions_and_sponsors_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}\n"
    assert notices(text).text == text


def test_holder_alone_before_a_prose_line_is_not_taken():
    assert notice_sentences("这是一家公司.") is None
    assert notice_sentences("新传媒私人有限公司") is None
