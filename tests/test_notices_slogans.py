"""An outlet's public-service slogan under its reminder heading (``●東森新聞關心您，喝酒不開車，
開車不喝酒，安全有保障。``, ``★中时新闻网关心您:喝酒过量,有碍健康!``): furniture after the
story. Prose about the slogan, a source's advice and an outlet closing its own report with a
reminder stay."""

import pytest

from cleanseeds.filters.notices import notice_sentences

from ._notices import notices

BODY = "公司表示，今年将继续扩大在华投资，并加快新产品的研发进度。"
BODY_TW = "業內人士指出，這項政策將對整個產業鏈產生深遠影響。"


@pytest.mark.parametrize(
    "slogan",
    [
        "●東森新聞關心您，喝酒不開車，開車不喝酒，安全有保障。",
        "●東森新聞關心您，消費前請審慎評估自身需求。",
        "★中时新闻网关心您:喝酒过量,有碍健康!",
        "★中時新聞網關心您：喝酒過量，有礙健康！",
        "★中时新闻网提醒您:酒后不开车,安全有保障",
        "三立新聞網關心您：飲酒過量，有害健康。",
        "台視關心您，喝酒不開車",
    ],
)
def test_outlet_slogan_after_the_story_goes(slogan):
    assert notice_sentences(slogan) is not None
    assert notices(f"{BODY_TW}\n{slogan}\n").text == f"{BODY_TW}\n"


@pytest.mark.parametrize(
    "prose",
    [
        "东森新闻关心您的健康，这是他们多年来的口号。",
        "他說東森新聞關心您，喝酒不開車。",
        "本报提醒您：出行前请查询天气。",
        "医生提醒您：少喝酒，多运动。",
        "記者觀察到，不少民眾關心您所說的問題，希望政府盡快回應。",
        "東森新聞關心您，喝酒不開車。開車不喝酒，安全有保障。警方今天再次呼籲民眾遵守規定，切勿心存僥倖。",
    ],
)
def test_prose_about_a_slogan_stays(prose):
    text = f"{BODY}\n{prose}\n"
    assert notices(text).text == text
