"""Furniture written with Hong Kong forms (``延伸閲讀``, ``責任編輯``, ``爲``) goes as the Taiwan form does."""

import pytest

from cleanseeds.document import Document
from cleanseeds.filters.chrome import ChromeFilter
from cleanseeds.filters.notices import NoticesFilter

#: Taiwan form -> the form Hong Kong sites and s2hk / s2t converters write
HK = str.maketrans("閱說線衛裡為眾產啟錄稅戶著", "閲説綫衞裏爲衆産啓録税户着")

PROSE = "香港特區政府今日公布新一輪防疫措施，市民須於公共場所佩戴口罩，違者最高罰款五千元。"


def _cut(flt, line: str) -> str:
    doc = Document(f"{PROSE}\n{line}\n{PROSE}\n")
    flt()(doc)
    return doc.text


@pytest.mark.parametrize(
    "line",
    ["點擊閱讀全文", "閱讀 1.2萬", "閱讀數 3521", "責任編輯：李小明　校對：衛小為", "點擊展開閱讀全文"],
)
def test_chrome_cuts_hk_forms_as_taiwan_forms(line):
    assert line.translate(HK) != line
    taiwan, hk = _cut(ChromeFilter, line), _cut(ChromeFilter, line.translate(HK))
    assert line not in taiwan
    assert hk == taiwan.translate(HK)


@pytest.mark.parametrize(
    "line",
    ["本文僅為作者個人觀點，不代表本網立場。", "版權所有，未經授權不得轉載，違者必究。"],
)
def test_notices_cut_hk_forms_as_taiwan_forms(line):
    taiwan, hk = _cut(NoticesFilter, line), _cut(NoticesFilter, line.translate(HK))
    assert hk == taiwan.translate(HK)


@pytest.mark.parametrize(
    "prose",
    ["他説這條綫路的閲讀量很高，爲此衆人都很高興。", "衞生署表示，市民應在家裏多休息。"],
)
def test_hk_form_prose_stays(prose):
    for flt in (ChromeFilter, NoticesFilter):
        assert prose in _cut(flt, prose)
