"""The notices filter: disclaimers and copyright lines go; prose about them stays."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanseeds.filters.notices import notice_sentences

from ._notices import notices, splits

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


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
        # a heading, then notice wording to the end of the line, whatever its last sentence
        "免责声明：本文内容与数据仅供参考，不构成投资建议，使用前请核实。据此操作，风险自负。",
        "免責聲明：本文內容僅供參考，不構成投資建議。據此操作，風險自負。",
        "特别声明：以上文章内容仅代表作者本人观点，不代表本网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与本网联系。",
        "特別聲明：以上文章內容僅代表作者本人觀點，不代表本網觀點或立場。如有關於作品內容、版權或其它問題請與本網聯繫。",
        "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        "平台聲明：該文觀點僅代表作者本人，本平台僅提供資訊儲存空間服務。",
        # what the site prints: not its view, its intellectual property, reposting terms
        "本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。",
        "本網站所刊載資訊，不代表本網觀點。轉載本網站稿件，須經書面授權。",
        "财新网所刊载内容之知识产权为财新传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。",
        "本網站所刊載內容之智慧財產權均屬本公司所有，未經同意不得轉載。",
        "如有意愿转载，请发邮件至editor@example.com，获得书面授权方可转载。",
        "如需轉載，請來信取得授權。",
        "中時新聞網對留言系統使用者發布的文字、圖片或檔案保有片面修改或移除的權利。當使用者使用本網站留言服務時，表示已詳細閱讀並同意遵守以下規範。",
        "本站保留删除违规留言的权利。",
        # an outlet's claim on every work credited to it
        "凡注明“来源：参考消息网”的所有作品，版权均属于参考消息网，未经授权不得转载。",
        "凡本网注明“来源：某某网”的所有作品，均为本网合法拥有版权或有权使用的作品，欢迎转载，注明出处。",
        "凡註明「來源：中央社」之作品，版權均屬中央社所有，未經授權不得轉載。",
        # registration numbers, on their own line, wherever the line stands
        "京ICP证060535号 京公网安备11000002000015号 网络视听许可证0102004号",
        "沪ICP备12345678号-1",
        "粤公网安备 44030002000001号",
        "备案号：京ICP备05070021号-1 | 互联网新闻信息服务许可证：10120170004",
        "Copyright © 2023 Example Inc. 京ICP证030367号",
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


@pytest.mark.parametrize("prose", [
    "业内人士指出，磷酸铁锂电池的低温性能仍是短板，这也是消费者购车时最关心的问题之一。",
    "業內人士指出，磷酸鐵鋰電池的低溫性能仍是短板，這也是消費者購車時最關心的問題之一。",
])
@pytest.mark.parametrize("heading", ["风险提示：", "風險提示：", "免责声明", "【特别声明】"])
def test_lone_heading_above_prose_is_neither_cut_nor_split(heading, prose):
    text = f"{BODY}\n{heading}\n{prose}\n{BODY_TW}\n"
    doc = notices(text)
    assert doc.text == text and not splits(doc)


def test_lone_heading_above_notice_wording_goes_with_it():
    text = f"{BODY}\n風險提示：\n本文不構成投資建議，據此操作，風險自負。\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert splits(doc) == [len(BODY) + 1]


def test_heading_over_prose_on_its_line_stays():
    text = f"{BODY}\n免责声明：{BODY}\n{BODY_TW}"
    assert notices(text).text == text


def test_notice_heading_mid_line_cut_to_line_end():
    doc = notices(f"{BODY}免责声明：本文内容仅供参考，不构成投资建议。据此操作，风险自负。\n")
    assert doc.text == f"{BODY}\n"


@pytest.mark.parametrize(
    "block",
    [
        # TVBS: a reminder heading, advice, hotline lines
        "《TVBS》提醒您：\n因為自殺未必能解決事情，也會造成家人朋友的傷痛。\n自殺防治諮詢安心專線：1925（24小時）"
        "\n生命線協談專線：1995\n張老師專線：1980",
        # udn: an advice line that says to dial, then one line of entries
        "★珍惜生命，若您或身邊的人有心理困擾，可撥打\n安心專線：1925｜生命線協談專線：1995｜張老師專線：1980",
        # mainland
        "如果你或身边的人正在经历心理困扰，请拨打以下热线寻求帮助：\n全国心理援助热线：400-161-9995"
        "\n北京心理危机研究与干预中心热线：010-82951332",
        "希望24热线：400-161-9995",
    ],
)
def test_helpline_notice_goes_without_ending_the_article(block):
    text = f"{BODY}\n{block}\n{BODY_TW}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n{BODY_TW}\n"
    assert all(e.reason == "legal notice: helpline notice" for e in doc.edits)
    assert not splits(doc)
    assert notices(doc.text).text == doc.text


def test_prose_above_a_hotline_line_stays():
    advice = "衛福部呼籲，有自殺念頭者可撥打安心專線尋求協助。"
    text = f"{BODY_TW}\n{advice}\n自殺防治諮詢安心專線：1925（24小時）\n"
    assert notices(text).text == f"{BODY_TW}\n{advice}\n"
    text = f"{BODY_TW}\n{advice}\n消費者服務專線：0800-211-511\n"
    assert notices(text).text == text


def test_outlet_reminder_above_notice_wording_goes():
    text = f"{BODY_TW}\n★ 三立新聞網提醒您：\n內容未經查證，請勿轉傳或分享\n"
    assert notices(text).text == f"{BODY_TW}\n"


@pytest.mark.parametrize(
    "prose",
    [
        # a court report quoting the law on copyright
        "法院认为，著作权法规定，未经著作权人许可，不得复制、发行、通过信息网络向公众传播其作品。"
        "被告的行为构成侵权，判决被告赔偿原告经济损失及合理开支共计86万元。",
        "法院认为，未经著作权人许可，不得复制、发行其作品。",
        "根據著作權法，未經著作權人同意，不得重製他人作品。",
        "法院判定，涉案作品的著作权归原告所有。",
        "國家版權局版權管理司負責人表示，下一步將加強對短視頻的版權監管。",
        # a paper's own news, reposting customs, rules discussed
        "日前，本报刊登了《乡村振兴的新路径》一文，引起读者强烈反响。",
        "转载须经作者授权，这是业界的基本规范，但仍有自媒体违规操作。",
        "网友留言称，平台保留了修改规则的权利。",
        "公司表示，将保留追究相关方法律责任的权利。",
        "凡是署名的作品，版权都归作者所有，这是著作权法的基本原则。",
        "律师说，凡注明来源的作品，版权归属一般不会有争议。",
        # a source's advice, hotlines in prose, a service number
        "医生提醒您：\n夏季天气炎热，要多喝水，避免长时间在户外活动。",
        "警方提醒您：\n網路訊息未經查證，請勿轉傳。",
        "衛福部表示，安心專線1925提供24小時免費心理諮詢服務，去年進線超過7萬人次。",
        "市民如有疑问，可拨打服务热线：12345。",
        "消费者投诉热线：12315",
        "该公司已取得增值电信业务经营许可证，并于去年完成ICP备案。",
    ],
)
def test_prose_about_copyright_reposting_and_hotlines_survives(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert notices(text).text == text


def test_registration_line_before_body_goes_without_split():
    text = f"京ICP备12345678号-1\n{BODY}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n" and not splits(doc)


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
    "reprint without", "does not constitute investment advice", "本网站所刊载信息不代表本网观点",
    "本網站刊載內容之智慧財產權屬本公司所有", "刊用本网站稿件，务经书面授权", "如需轉載",
    "获得授权方可转载", "留言系統保有修改或移除的權利", "本站保留删除留言的权利",
    "以上内容只提供信息存储空间服务", "此内容为某某原创", "本內容為作者獨立觀點", "版权均属于某某集团，",
    "如需获得授权请联系", "授權事宜請聯絡", "本文依 CC", "本站采用知识共享", "licensed under CC BY",
    "经济日报提醒您：投资有风险", "他说", "公司", "，", "a", " ",
    "屬作者個人意見，並不代表", "为作者个人观点，不代表", "著作權歸作者", "文章謹代表作者觀點",
    "(c) 2024", "Copyright ? 2024", "版權所有不得轉載", "版权所有?2024", "本文版权归某某所有",
    "网友评论仅供其表达个人看法", "網民留言只代表網民個人意見", "張貼文章不得有違法言論，違者",
    "留言不得谩骂，否则删除", "留言前請先詳閱規則", "发表评论请遵守规定",
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


@pytest.mark.parametrize(
    "line",
    [
        "人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
        "本 網 站 版 權 所 有 ， 未 經 授 權 不 得 轉 載",
    ],
)
def test_a_notice_in_spaced_out_type_goes(line):
    assert notices(f"{BODY}\n{line}\n").text == f"{BODY}\n"


@pytest.mark.parametrize("line", ["他 说 这 是 一 个 好 消 息 。", "春 夏 秋 冬"])
def test_spaced_out_prose_stays(line):
    text = f"{BODY}\n{line}\n"
    assert notices(text).text == text


@pytest.mark.parametrize(
    "notice",
    [
        # an outlet's own-content notice closed by "reserves the right to pursue liability"
        "此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面授权，不得以任何方式加以使用，"
        "包括转载、摘编、复制或建立镜像。第一财经保留追究侵权者法律责任的权利。",
        "此內容為中央社原創，著作權歸中央社所有。未經中央社書面授權，不得以任何方式加以使用，"
        "包括轉載、摘編、複製或建立鏡像。中央社保留追究侵權者法律責任的權利。",
        # copyright belongs to the outlet's group, named after what it prints
        "21世纪经济报道及其客户端所刊载的所有内容，版权均属于南方财经全媒体集团，未经授权不得转载。",
        "本報及其網站所刊載的所有內容，版權均屬於星島新聞集團，未經授權不得轉載。",
        # licensing contacts
        "如需获得授权请联系第一财经版权部：banquan@yicai.com",
        "如需獲得授權請聯繫本報版權部：copyright@example.com",
        "授权事宜请联系 hezuo@example.com",
        "授權事宜請聯絡 service@example.com",
        # the author's own view, no reposting without leave
        "本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系 hezuo@huxiu.com",
        "本內容為作者獨立觀點，不代表本網立場。未經允許不得轉載。",
        # a follow prompt closing the notice line goes with it
        "本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，"
        "否则将追究法律责任。关注观察者网微信guanchacn，每日阅读趣味文章。",
        "本文为澎湃号原创，未经授权不得转载。欢迎关注我们的微信公众号。",
        "本文為獨家稿件，未經授權不得轉載。關注我們的臉書粉絲團，每日閱讀精選文章。",
        # under a heading, "not the site's view" and "at your own risk" wording
        "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
        "鄭重聲明：本網發布此內容旨在傳播更多信息，與本站立場無關，不構成投資建議。據此操作，風險自擔。",
        # Creative Commons licence lines
        "本文依 CC 創用姓名標示-非商業性-禁止改作 3.0 台灣授權條款釋出",
        "本文采用知识共享署名-非商业性使用-禁止演绎 4.0 国际许可协议进行许可。",
        "This article is licensed under CC BY-NC-ND 4.0.",
        "This work is licensed under a Creative Commons Attribution 4.0 International License.",
        # an outlet's reminder heading over investment-risk wording
        "經濟日報提醒您：投資有風險，本資料僅供參考，投資人應審慎評估。",
        "证券时报提醒您：投资有风险，本资料仅供参考，投资者应审慎评估。",
    ],
)
def test_outlet_notices_go(notice):
    text = f"{BODY}\n{notice}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert splits(doc) == [len(BODY) + 1]
    assert notices(doc.text).text == doc.text


@pytest.mark.parametrize(
    "line",
    [
        "‧ 鏡週刊關心您：珍惜生命，如有煩惱可撥打1925安心專線",
        "《TVBS》關心您：珍惜生命，如有煩惱可撥打安心專線1925",
        "澎湃新闻提醒您：珍爱生命，如需帮助请拨打心理援助热线400-161-9995",
    ],
)
def test_one_line_helpline_notice_goes_without_ending_the_article(line):
    text = f"{BODY_TW}\n{line}\n{BODY}\n"
    doc = notices(text)
    assert doc.text == f"{BODY_TW}\n{BODY}\n"
    assert not splits(doc)


@pytest.mark.parametrize(
    "prose",
    [
        # court reports and company statements quoting the same words
        "法院认为，被告未经授权转载原告文章，应依法承担法律责任。",
        "法院認為，被告未經授權轉載原告文章，應依法追究其法律責任。",
        "公司表示，将保留追究相关方法律责任的权利。",
        "公司表示，將保留追究侵權者法律責任的權利。",
        # sources on investment risk, helplines, licences
        "分析師提醒，投資有風險。",
        "分析师提醒，投资有风险，投资者应审慎评估。",
        "醫師提醒您：如有煩惱可撥打1925安心專線。",
        "該平台的作品大多採用創用CC授權，允許他人自由使用。",
        "维基百科的内容采用知识共享许可协议发布。",
        "律师建议，如需获得授权，应当直接联系著作权人。",
        "他強調，這只是個人觀點，不代表政府立場。",
        "该网站回应称，相关言论与本站立场无关。",
        "记者关注到，该公司的微信公众号已停止更新。",
    ],
)
def test_prose_quoting_outlet_notice_wording_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert notices(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        # a © that a legacy codec could not write shows as "?"
        "版權所有 ? 2024 某某新聞網",
        "版权所有 ? 2024 某某网",
        "版权所有?2023 某某日报社",
        "Copyright ? 2009-2013 某某公司版权所有 网站备案号：京ICP备12345678号",
        "Copyright ? 2014 All Rights Reserved",
        "? 2024 中央通訊社 版權所有",
        "? 2025 The Liberty Times. All Rights Reserved.",
        # the © as written, in any case
        "版权所有 (C) 2024 某某网",
        "版權所有(c) 2023 聯合報",
        "版权所有© 2024 新华网",
        "Copyright (C) 2024 Sina Corporation, All Rights Reserved",
        "COPYRIGHT(C) 2024 Central News Agency. All Rights Reserved.",
        "COPYRIGHT © 2024 ETtoday",
        "(c) 2023 某某新聞網",
    ],
)
def test_copyright_lines_with_a_lost_or_odd_sign_go(line):
    doc = notices(f"{BODY}\n{line}\n")
    assert doc.text == f"{BODY}\n"
    assert notices(doc.text).text == doc.text


@pytest.mark.parametrize(
    "line",
    [
        "DisClaimer: The views expressed here are the author's own.",
        "DISCLAIMER: This content is for reference only.",
        "Disclaimer：本文內容僅供參考，不構成投資建議。",
        "NOTICE: The views expressed do not necessarily reflect those of this site.",
        "CopyRight © 2024 某某网",
        "ALL RIGHTS RESERVED.",
    ],
)
def test_latin_notice_words_in_any_casing_go(line):
    assert notices(f"{BODY}\n{line}\n").text == f"{BODY}\n"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["disclaimer", "copyright", "all rights reserved", "notice", "icp", "(c)"]),
       st.lists(st.booleans(), min_size=20, max_size=20))
def test_text_scan_finds_latin_key_words_in_any_casing(word, upper):
    """The one pass over a text finds a Latin key word however it is cased."""
    from cleanseeds.filters.notices import _scan

    cased = "".join(c.upper() if u else c for c, u in zip(word, upper))
    keys, _, _ = _scan(f"{BODY}\n{cased}：\n")
    assert any(k > len(BODY) for k in keys)


def _lines_holding(words: list[str], text: str, *, fold: bool) -> set[int]:
    """The lines of ``text`` that hold one of ``words`` (Latin ones in any casing with
    ``fold``), found the slow way."""
    import re

    found = set()
    for k, line in enumerate(text.split("\n")):
        for w in words:
            latin = re.search("[A-Za-z]", w) is not None
            if re.search(re.escape(w), line, re.IGNORECASE if fold and latin else 0):
                found.add(k)
    return found


#: pieces of scan texts: word stems and tails that run into the words, odd casings (``ſ``
#: is a case-blind ``s``, ``\u212a`` a ``k``), prose, and the characters the words start with
_SCAN_PIECES = [
    "版", "权", "版权", "版權", "不", "不代表", "不代", "有风", "有风险", "如有", "如", "©", "©2024", "互联网",
    "专线", "熱線", "1925", "提醒您", "icp", "ICP", "iCp", "ic", "cp", "(c)", "(C)", "(c", "c)", "cc", "CC",
    "disclaimer", "DISCLAIMER", "DiſClaimer", "diſclaimer", "notice", "Notice", "noti", "ce",
    "all rights reserved", "All Rights Reserved", "all rights reſerved", "necessarily",
    "NECESSARILY", "Creative Commons", "creative", "licensed under", "constitute",
    "reproduction", "reprint", "REPRINT", "republication", "redistribution", "purposes only",
    "the content above", "copyright", "COPYRIGHT", "copy", "right", "\u212a", "ſ", "ı", "İ",
    BODY, BODY_TW, "The minister spoke on Tuesday.", " ", "\n", "\n", "p", "P", "y", "e", "U",
    "cookie", "Cookies", "COOKIE", "coo\u212aie", "cookİe", "cookıE", "coo", "kie", "k", "ie", "i",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), min_size=1, max_size=24))
def test_text_scan_marks_each_line_holding_a_word(pieces):
    """The one pass over a text has a match on each line that holds a key word in any
    casing, and on no other, and likewise for helpline words and the cookie word (as the
    cookie cue finds it)."""
    from cleanseeds.filters.notices import _COOKIE_CUE, _COOKIE_WORD, _HELPLINE_GATE_WORDS, _SCAN_WORDS, _scan

    text = "".join(pieces)
    keys, helplines, cookies = _scan(text)
    starts = [0] + [k + 1 for k, c in enumerate(text) if c == "\n"]

    def lines_of(positions: list[int]) -> set[int]:
        return {sum(1 for a in starts if a <= k) - 1 for k in positions}

    key_words = [w for w in _SCAN_WORDS if w not in _HELPLINE_GATE_WORDS and w != _COOKIE_WORD]
    assert lines_of(keys) == _lines_holding(key_words, text, fold=True)
    assert lines_of(helplines) == _lines_holding(list(_HELPLINE_GATE_WORDS), text, fold=False)
    assert lines_of(cookies) == _lines_holding([_COOKIE_WORD], text, fold=True)
    assert lines_of(cookies) == {k for k, ln in enumerate(text.split("\n")) if _COOKIE_CUE.search(ln)}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), min_size=1, max_size=16))
def test_latin_word_scan_finds_exactly_the_words(pieces):
    """The lower-cased scan for Latin notice words finds one iff the text holds one."""
    from cleanseeds.filters.notices import _LATIN_LOWER, _LATIN_WORDS

    text = "".join(pieces).lower()
    assert (_LATIN_LOWER.search(text) is not None) == bool(_lines_holding(_LATIN_WORDS, text, fold=False))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES + _FRAGMENTS), min_size=1, max_size=16))
def test_key_word_finder_finds_what_the_key_words_find(pieces):
    """The faster finder of key words finds the same words, left to right, as they do."""
    from cleanseeds.filters.notices import _KEY_WORDS, _KEYS

    text = "".join(pieces)
    assert _KEY_WORDS.findall(text) == _KEYS.found(text)


# notices as portals print them (mainland, Taiwanese, Hong Kong, overseas Chinese sites,
# WeChat accounts), gathered from their page footers and scrapers' junk lists
_PORTAL_NOTICES = [
    "沪ICP备05036189 ©2013-2014某某银行版权所有 未经许可不得转载",
    "Copy Right © 2004-2018 www.example.com.cn All Rights Reserved",
    "[某某社区版权所有 未经许可不得转载 ]",
    "Copyright©2007-2015 example.com All Rights Reserved 京ICP证090267号",
    "人民在线版权所有 未经许可不得转载",
    "《經濟通》所刊的署名及/或不署名文章，相關內容屬作者個人意見，並不代表《經濟通》立場。",
    "本網頁內容版權所有，未經授權不得轉載。",
    "互联网违法和不良信息举报电话：0571-81683755 jubao@example.com",
    "违法和不良信息举报电话：4006561155 Copyright © 2004-2015 某某商城 版权所有",
    "E-mail: 2406436@qq.com　|　互联网违法和不良信息举报　|　经营许可证编号：浙B2-20100285",
    "违法和不良信息举报电话：0717-6449287 举报邮箱：jubao@example.com",
    "互聯網違法和不良資訊舉報電話：12377",
    "本文僅代表作者個人觀點。",
    "本網站內容受著作權法保護，未經授權不得轉載或商業使用。",
    "某某天然氣股份有限公司 版權所有 翻印必究",
    "© 2026 Aura Steps. All rights reserved. 版權所有 翻印必究.",
    "著作權歸作者所有。商業轉載請聯絡作者獲得授權，非商業轉載請註明出處。",
    "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
    "版權所有．轉載請註明出處",
    "網站內容版權所有，轉載請註明出處",
    "本文首發於某某公眾號，轉載請註明出處。",
    "【某某版權所有｜轉載請註明出處】",
    "以上言論不代表本網立場。",
    "來源：美國之音, 文章內容並不代表本網立場和觀點。",
    "作者：古莉來源：RFI法廣，文章謹供參考，內容並不代表本網立場和觀點。",
    "文章內容謹代表作者個人觀點。",
    "免责声明：本文仅为国际农业宏观数据周度复盘，不构成任何投资建议。商品期货交易风险极高，入市需谨慎。",
    "免責聲明：本文僅為市場資訊整理，不構成任何投資建議。投資有風險，入市需謹慎。",
    "免责声明：本文内容仅供参考，不构成医学建议。如有疑问，请咨询专业医生。",
    "自由時報版權所有不得轉載",
    "自由時報版權所有不得轉載 © 2024 The Liberty Times. All Rights Reserved.",
    "海外网版权所有，未经书面授权禁止使用",
    "Copyright 2011-2014 by www.example.cn all rights reserved",
    "深圳报业集团版权所有，未经书面授权禁止使用 Copyright©2006 by www.sznews.com. all rights reserved.",
    "中新经纬版权所有，未经书面授权，任何单位及个人不得转载、摘编或以其他方式使用。",
    "三峡宜昌网版权所有，未经书面授权禁止使用 Copyright @ 2006-2022 www.cn3x.com.cn All Rights Reserved.",
    "肇庆高新网版权所有，未经书面授权禁止使用。粤ICP备09172506",
    "Copyright © 1998 - 2025 Tencent. All Rights Reserved.",
    "Copyright © 1998 - 2018 Tencent. All Rights Reserved.某某公司 版權所有",
    "本公众号原创文章仅代表作者观点，不代表某某科技立场。所有原创内容版权均属某某科技研究通讯。"
    "未经授权，严禁任何媒体以及微信公众号复制、转载、摘编或以其他方式使用，转载须注明来自某某科技研究通讯并附上本文链接。",
    "文章仅代表作者观点，与某某宝典立场无关。",
    "本文版权归某某编辑部所有，任何形式转载请联系作者。",
    "本文版權歸某某編輯部所有，任何形式轉載請聯繫作者。",
    "中央社版權所有，非經同意，不得轉載。",
    "本網站之所有內容，非經同意，禁止轉載。",
    "Copyright © 2024 聯合線上公司 版權所有",
    "香港01版權所有，未經許可，不得轉載。",
    "© 2024 星島日報 版權所有",
    "版權所有 © 香港明報",
    "新华网版权所有，未经协议授权，禁止下载使用或建立镜像。",
    "人民网股份有限公司版权所有，未经书面授权禁止使用",
    "本文来源：某某日报 版权归原作者所有，如有侵权请联系删除",
    "文章来源于网络，如有侵权请联系我们删除",
    # a quoted name before the wording, an outlet's own reminder
    "“某某号”原创文章，未经授权禁止转载。",
    "「某某新聞網」版權所有，未經授權不得轉載。",
    "本站郑重提醒，未经授权不得转载。",
    "本站声明：「未經授權，不得轉載」",
    "“某某号”原创，未经授权禁止转载。",
]


@pytest.mark.parametrize("notice", _PORTAL_NOTICES)
def test_portal_notices_go(notice):
    text = f"{BODY}\n{notice}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert splits(doc) == [len(BODY) + 1]
    assert notices(doc.text).text == doc.text


# news sentences about copyright, lawsuits and disclaimers (after court and media reports
# on both sides of the strait)
_COPYRIGHT_NEWS = [
    "2018年7月6日，《新京报》发布了第49期反侵权公告，指出8家网站未经授权转载新京报发布的稿件，"
    "要求相关主体立即停止侵权行为并与《新京报》版权部门联系。",
    "市第一人民法院近日作出一审判决，判被告停止侵权行为并向中山日报报业集团赔偿损失9000元。",
    "代理律师呼吁各方共建版权合作秩序，应“先授权后转载”，尊重原创内容。",
    "传统媒体的新闻稿件未经许可便被各类网络平台转载，一度成为“行业惯例”。",
    "双方还约定，未经作者许可，报社不得许可其它媒体转载、复制、上载该文。",
    "雙方還約定，未經作者許可，報社不得許可其他媒體轉載、複製該文。",
    "该报在署名作者的同时作了“未经本刊允许，本刊文章拒绝转载，违者必究”的声明。",
    "法院判决该公司在其网站主页登载赔礼道歉声明，赔偿经济损失、合理费用支出共计3500元。",
    "法院认为，涉案文章体现了作者的独创性，腾讯公司经合法授权，获得了涉案文章的独家信息网络传播权。",
    "被告称，网页底部有声明“转载目的在于传递更多信息”，属于合理的、非营利性的使用。",
    "这些作品的著作权属福建日报社所有，该公司未经授权擅自使用上述作品，已构成侵权。",
    "智慧財產法院判決，被告自由時報企業股份有限公司應與被告連帶給付原告新臺幣27萬元。",
    "原告主張，被告未經原告同意及授權，擅自重製其新聞著作並公開傳輸。",
    "法官認為，新聞照片屬攝影著作，媒體未經授權使用，構成侵害著作權。",
    "國家版權局表示，將持續打擊網路侵權盜版行為，維護著作權人的合法權益。",
    "律師提醒，網友轉貼新聞全文可能觸法，引用時應註明出處並限於合理範圍。",
    "美国版权局去年拒绝为AI生成的图像登记版权，理由是作品缺乏人类作者。",
    "Copyright law experts say the ruling could reshape how news is licensed to AI firms.",
    "谁拥有这些照片的版权？ 2024年这一问题再次引发争论。",
    "该报社长表示，所有原创内容的版权均属报社所有，这是报社的核心资产。",
    "“本文仅代表作者观点”这类免责声明在自媒体文章中十分常见。",
    "「本文僅代表作者觀點」這類免責聲明在網路文章中十分常見。",
    "(c) 2024年度报告显示，公司营收增长12%。",
    "Disclaimers are a word that lawyers love, he joked.",
    # a real question mark before a year, a list item, a court report's "约定"
    "真的吗? 2024 年的数据显示，情况并非如此。",
    "(c) 2019 amendments to the act took effect in March.",
    "該報聲明稿指出，相關評論文章刊出後引發讀者熱議。",
    # a lead with no comma before the wording, a quotation inside the sentence
    "根据协议，双方约定未经对方书面同意不得转载对方发布的内容。",
    "他表示：“版权所有，侵权必究”这八个字不应只是一句口号。",
    "張先生指出，網站聲明「未經授權不得轉載」，但仍有多家媒體直接轉貼其報導。",
    "不少网站都标注“未经许可不得转载”，但执行起来并不容易。",
]


@pytest.mark.parametrize("prose", _COPYRIGHT_NEWS)
def test_news_about_copyright_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert notices(text).text == text


# what portals print under their comment boards and in their service footers (after 163,
# ifeng, udn, Hong Kong boards and the mainland reporting lines), both scripts
_BOARD_AND_SERVICE_NOTICES = [
    "网友评论仅供其表达个人看法，并不表明某某网立场。",
    "网友评论仅供网友表达个人看法，并不表明本网同意其观点或证实其描述。",
    "所有评论仅代表网友意见，某某网保持中立。",
    "以上网友发言只代表其个人观点，不代表本站的观点或立场。",
    "網友留言僅代表個人意見，與本網站立場無關。",
    "網民留言只代表網民個人意見。",
    "張貼文章或下標籤，不得有違法或侵害他人權益之言論，違者應自負法律責任。對於明知不實或過度情緒謾罵之言論，"
    "經網友檢舉或本網站發現，某某新聞網有權逕予刪除文章、停權或解除會員資格。",
    "评论不得含有人身攻击、谩骂等内容，否则将被删除。",
    "※留言請勿涉及人身攻擊或不實指控，違者刪除。",
    "发表评论请遵守《互联网跟帖评论服务管理规定》，文明上网，理性发言。",
    "留言前請先詳閱本站留言規則。",
    "留言規則：請勿人身攻擊、謾罵，違者刪除留言並停權。",
    "发言规范：文明上网，理性发言，请勿发布违法信息。",
    # a service desk beside the reporting line, under the outlet's name or not
    "某某网服务邮箱：kf@example.cn 违法和不良信息举报电话：010-12345678 举报邮箱：jubao@example.cn",
    "某某日报违法和不良信息举报电话：010-12345678 举报邮箱：jubao@example.cn",
    "某某網違法和不良資訊舉報電話：(010)1234-5678｜客服信箱：service@example.com",
]


@pytest.mark.parametrize("notice", _BOARD_AND_SERVICE_NOTICES)
def test_comment_board_rules_and_service_lines_go(notice):
    text = f"{BODY}\n{notice}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert doc.edits[0].reason.startswith("legal notice: ")
    assert notices(doc.text).text == doc.text


# news about comment rules and hotlines for readers: reported, led in, or mid-line
_BOARD_NEWS = [
    "公司回应称，网友评论仅代表个人观点，不代表公司立场。",
    "该员工的言论仅代表其个人观点。",
    "新规明确，网络用户发表评论不得含有违法内容，违者将被依法处理。",
    "PTT八卦板公告新板規，推文不得有人身攻擊，違者水桶一個月。",
    "討論區規則經修訂後，會員發文不得有人身攻擊，違者將被停權。",
    "會員張貼文章不得有人身攻擊，違者將被停權。管理員表示，新規則上路後檢舉數量已明顯下降。",
    "網友留言湧入，不少人批評市府處理太慢。",
    "网友评论区里，不少人表示支持这一做法。",
    "市民如发现违法行为，可拨打举报电话：010-12345678，或发送邮件至jubao@example.cn。",
    "消費者如有疑問，可撥打客服專線：(02)2345-6789。",
    "举报电话：12345",
    "网民可拨打中央网信办违法和不良信息举报电话：12377",
]


@pytest.mark.parametrize("prose", _BOARD_NEWS)
def test_news_about_comment_rules_and_hotlines_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert notices(text).text == text


@pytest.mark.parametrize(
    "line",
    [
        "客服信箱：service@example.com｜客服專線：(02)8692-5588",
        "服務電話：+886-2-5555-6366 | 客服信箱：service@example.com.tw",
        "新闻热线：010-12345678  广告热线：010-87654321  E-mail: news@example.cn",
        "某某网服务邮箱：kf@example.cn 违法和不良信息举报电话：010-12345678",
        "客服電話：(02)2345-6789 © 2024 Example Media. All Rights Reserved.",
    ],
)
def test_service_desk_lines_are_told(line):
    from cleanseeds.filters.notices import service_line

    assert service_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "市民如有疑问，可拨打服务热线：12345。",
        "警方呼籲，民眾如有線索請撥打專線：(02)2345-6789，將予以保密。",
        "记者从市场监管局获悉，今年以来共受理投诉1.2万件。",
    ],
)
def test_prose_with_a_hotline_is_no_service_line(line):
    from cleanseeds.filters.notices import service_line

    assert not service_line(line)


# -- paywalled stories: who may read them, and the lawsuit a repost risks ------------------


@pytest.mark.parametrize(
    "notice",
    [
        "本新聞文字、照片、影片專供鏡週刊會員閱覽，未經鏡週刊授權，任何媒體、社群網站、論壇等均不得引用、改寫、轉貼，以免訟累。",
        "本新聞文字、照片、影片專供蘋果會員閱覽，未經授權，不得轉載。",
        "本新闻文字、图片、视频专供本网会员阅览，未经授权不得转载。",
        "本文为付费会员专享内容。",
        "本文章內容僅供VIP會員閱覽。",
        "本文僅供訂閱會員閱讀，請勿轉寄。",
        "本篇报道仅供订阅用户阅读",
        "任何媒體、網站均不得轉載本報內容，以免訟累。",
        "任何单位和个人不得转载、摘编本网内容，以免讼累。",
    ],
)
def test_members_only_notices_go(notice):
    text = f"{BODY}\n{notice}\n{BODY_TW}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n{BODY_TW}\n"
    assert notices(doc.text).text == doc.text


@pytest.mark.parametrize(
    "prose",
    [
        # reports about members, paywalls and lawsuits: someone else's content, advice to someone
        "该平台的影片仅供会员观看，引发不少网友不满。",
        "這些影片僅供會員觀看，引發網友不滿。",
        "会员们表示，俱乐部的场地专供会员使用，收费合理。",
        "本次活动专供会员参加，名额有限。",
        "律師提醒網友勿隨意轉貼他人照片，以免訟累。",
        "律师表示，任何人不得擅自转载他人作品，以免讼累。",
        "他說，本文所述的會員制度僅供會員使用。",
        "付费会员专享的内容越来越多，读者对此褒贬不一。",
    ],
)
def test_prose_about_members_and_lawsuits_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}\n"
    assert notices(text).text == text
    assert notice_sentences(prose) is None


@pytest.mark.parametrize(
    "notice",
    [
        "本文系作者 林志佳 授权钛媒体发表，并经钛媒体编辑，转载请注明出处、作者和本文链接",
        "本文經作者授權轉載，原文刊載於作者臉書。",
        "本文已获作者授权转载，如需转载请联系原作者。",
        "本篇由作者授權刊登。",
    ],
)
def test_author_leave_notice_goes(notice):
    text = f"{BODY}\n{notice}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert doc.edits[0].reason == "legal notice: published by the author's leave"


@pytest.mark.parametrize(
    "prose",
    [
        "作者林某指控该平台未经授权发表其文章，双方对簿公堂。",
        "本文作者表示，他从未授权任何媒体发表这篇文章。",
        "本文作者強調，她並未授權該出版社轉載相關作品。",
        "法院认为，作者授权出版社发表作品后，不得再授权他人转载。",
    ],
)
def test_prose_about_author_leave_survives(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert notices(text).text == text


@pytest.mark.parametrize(
    "notice",
    [
        # a heading in the brackets it stands in, no colon after it
        "【版權聲明】凡註明「文匯網」或「文匯報」的所有作品，版權均屬文匯報有限公司所有，未經書面授權，不得轉載。",
        "【版权声明】凡本网注明“来源：某某网”的所有作品，版权均属本网所有，未经授权不得转载。",
        "【免责声明】本文仅代表作者个人观点，与本站无关。",
        "[免責聲明] 本文內容僅供參考，不構成投資建議。",
        # a platform's notice on the advertising links in its articles
        "广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，节省甄选时间，结果仅供参考，IT之家所有文章均包含本声明。",
        "廣告聲明：文內含有的對外跳轉連結，用於傳遞更多資訊，結果僅供參考。",
    ],
)
def test_bracketed_and_advertising_headings_go(notice):
    text = f"{BODY}\n{notice}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert doc.edits[0].reason.endswith(" heading")
    assert splits(doc) == [len(BODY) + 1]


@pytest.mark.parametrize(
    "prose",
    [
        # a bare 【声明】 is a headline's tag too; a heading over prose stays
        "【声明】某公司：从未授权任何机构代理销售，相关产品系假冒。",
        "【版权声明】的写法各不相同，记者走访了多家网站。",
        "【廣告聲明】一詞近年頻繁出現在科技網站上，消費者多半略過不看。",
        "广告声明：公司昨日宣布新品上市，售价3999元起。",
    ],
)
def test_bracketed_headings_over_prose_stay(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}\n"
    assert notices(text).text == text


# -- a heading that names the outlet first --------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，"
        "其他任何网站或单位未经允许禁止转载、使用，违者必究。",
        "中國日報網版權說明：凡註明來源為「中國日報網」的作品，未經允許禁止轉載、使用，違者必究。",
        "人民网免责声明：本网转载的文章仅代表作者个人观点，与本网无关。",
        "聯合新聞網版權聲明：本網站所刊載之文章，未經授權不得轉載。",
    ],
)
def test_heading_naming_the_outlet_goes(notice):
    doc = notices(f"{BODY}\n{notice}\n")
    assert doc.text == f"{BODY}\n"
    assert "heading" in doc.edits[0].reason
    assert splits(doc) == [len(BODY) + 1]


@pytest.mark.parametrize(
    "prose",
    [
        "新华社声明：美方的相关指责毫无根据，我们保留追究其法律责任的权利，未经授权不得转载的说法不实。",
        "该报社声明：此前流传的所谓内部文件纯属捏造，不得转载。",
        "人民网声明：从未授权任何机构以本网名义转载或发布相关信息，已向警方报案。",
        "記者查閱該報版權聲明發現，相關條款早在十年前已經公布。",
    ],
)
def test_an_outlets_statement_in_the_news_stays(prose):
    text = f"{BODY}\n{prose}"
    assert notices(text).text == text


# -- a health story's note that it is for reference only; a joint copyright and disclaimer
# heading naming the outlet


@pytest.mark.parametrize(
    "notice",
    [
        "本文僅供參考，不能取代專業醫療建議，如有身體不適請就醫。",
        "本文仅供参考，不能取代专业医疗建议，如有身体不适请就医。",
        "本文內容僅供參考，如有疑問請諮詢專業醫師。",
        "以上资讯仅供参考。",
        "中国经济网版权及免责声明：凡本网注明“来源：中国经济网”的所有作品，版权均属于中国经济网，未经授权不得转载。",
        "中國經濟網版權及免責聲明：凡本網註明「來源：中國經濟網」的所有作品，版權均屬於中國經濟網。",
        "版权与免责声明：本网所有内容，转载请注明出处。",
    ],
)
def test_reference_notes_and_joint_headings_go(notice):
    text = f"{BODY}\n{notice}\n"
    doc = notices(text)
    assert doc.text == f"{BODY}\n"
    assert doc.edits[0].reason.startswith("legal notice: ")


@pytest.mark.parametrize(
    "prose",
    [
        "专家指出，该机构发布的数据仅供参考，投资者应结合自身情况判断。",
        "衛福部表示，這份指引僅供參考，醫師仍應依病人狀況調整用藥。",
        "他表示，这些数字只能作为参考，不能取代专业医疗建议。",
        "该公司发布版权及免责声明的做法，引发业内讨论。",
    ],
)
def test_reference_wording_in_reports_stays(prose):
    text = f"{BODY}\n{prose}\n{BODY_TW}"
    assert notices(text).text == text


# -- cookie banners ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "banner",
    [
        "我們使用cookie來改善您的使用體驗，繼續使用本網站即表示您同意我們的隱私權政策。 同意",
        "我們使用 cookie 以提升您的瀏覽體驗，請點選同意以繼續。 同意",
        "本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们使用Cookie。",
        "为了给您提供更好的服务，我们使用Cookie。了解更多请查看Cookie说明 接受",
        "本網站使用cookies，詳細說明請參閱隱私權政策。",
        "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. Accept",
        "This website uses cookies. OK",
        # the button left on the line under the banner
        "我们使用Cookie来改善您的浏览体验，继续浏览即视为同意。\n我知道了",
    ],
)
@pytest.mark.parametrize("where", ["top", "middle"])
def test_cookie_banner_goes_without_ending_the_article(banner, where):
    text = f"{banner}\n{BODY}\n" if where == "top" else f"{BODY}\n{banner}\n{BODY_TW}\n"
    doc = notices(text)
    assert doc.text == (f"{BODY}\n" if where == "top" else f"{BODY}\n{BODY_TW}\n")
    assert {e.reason for e in doc.edits} == {"legal notice: cookie banner"}
    assert not splits(doc)
    assert notices(doc.text).text == doc.text


@pytest.mark.parametrize(
    "prose",
    [
        "歐盟要求網站使用cookie前須取得用戶同意。",
        "「我們使用cookie來追蹤用戶，」該公司發言人說，用戶可隨時撤回同意。",
        "谷歌宣布将在Chrome中逐步淘汰第三方Cookie，广告主需要寻找替代方案。",
        "我们使用Cookie的方式正在改变，业内人士认为隐私保护将成为主流。",
        "多数网站使用Cookie记录用户偏好，专家建议定期清除。",
        "Regulators said many websites use cookies without asking for consent.",
    ],
)
def test_prose_about_cookies_stays(prose):
    text = f"{BODY}\n{prose}\n"
    assert notices(text).text == text
