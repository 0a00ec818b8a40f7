"""Markup an article shows is content: tags a sentence talks about, and listings of code.
Remnants of a page's markup around them are still cut."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanseeds.document import Document
from cleanseeds.filters.html import Html


def run(text: str) -> str:
    doc = Document(text)
    Html()(doc)
    return doc.text


@pytest.mark.parametrize(
    "text",
    [
        # a tag named by the word after it
        "在HTML中，段落要用<p>標籤包起來。",
        "在HTML中，段落要用<p>标签包起来。",
        "换行可以使用<br>元素，它没有结束标签。",
        "例如 <html> 这样的标签定义了文档的基本框架。",
        "網頁的主體內容都放在<body>標記之中。",
        "The <br> tag inserts a line break.",
        "<p>标签是一个典型的HTML标签。",
        # tags listed together before the word
        "<input>、<img>等标签是单独出现的。",
        "如 <b> 和 </b> 标签成对出现，中间是内容。",
        "<ul>與<ol>標籤都能建立清單。",
        # quoted or in backticks
        "段落要用“<p>”包起来。",
        "換行請用「<br>」，不要連按空白鍵。",
        '段落要用"<p>"包起来。',
        "用 `<br>` 换行即可。",
        '在 `<a href="https://example.com">連結</a>` 中，href 是網址。',
        "攻击者会提交“<script>alert(1)</script>”来测试网站。",
    ],
)
def test_tags_a_sentence_talks_about_are_kept(text: str) -> None:
    assert run(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a listing after a line that introduces it, in either script, indented or not
        "新建 index.html，内容可以非常简单：\n<!DOCTYPE html>\n<html>\n<head><title>我的第一个网站</title></head>\n"
        "<body><h1>Hello, Docker!</h1></body>\n</html>\n第三步：编写Dockerfile\n",
        "範例程式碼如下：\n  <ul>\n    <li>蘋果</li>\n    <li>香蕉</li>\n  </ul>\n這樣就會出現一個清單。\n",
        "示例代码\n<p class=\"intro\">你好</p>\n<!-- 注释 -->\n保存后刷新页面。\n",
        "HTML 部分：\n\n    <div id=\"app\"></div>\n    <script src=\"main.js\"></script>\n\n接着编写脚本。\n",
    ],
)
def test_listings_are_kept(text: str) -> None:
    assert run(text) == text


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        # remnants glued to Chinese text are still repaired
        ("第一段。<br>第二段。", "第一段。\n第二段。"),
        ("…完工。<br>下一段", "…完工。\n下一段"),
        ("第一段。</p><p>標籤與分類仍在調整。", "第一段。\n標籤與分類仍在調整。"),
        ("第一段。<p>元素周期表是化学的基础。", "第一段。\n元素周期表是化学的基础。"),
        ("<p>元素周期表是化学的基础。", "元素周期表是化学的基础。"),
        ("第一段。<p>标签则另行说明。", "第一段。\n标签则另行说明。"),
        ("</p><p>标签：人工智能</p>", "标签：人工智能"),
        ("正文<p>标签 AI 芯片", "正文\n标签 AI 芯片"),
        # tags with attributes and tags around text stay cut, whatever follows them
        ('相关<a href="/tag/ai">标签</a>：AI', "相关标签：AI"),
        ("行<b>粗</b>体标签", "行粗体标签"),
        # straight quotes closing one quotation and opening the next are no pair
        ('他说"好。"<p>"再见。"', '他说"好。"\n"再见。"'),
        ('&quot;x "<p>"包起来', '"x "\n"包起来'),  # the entity counts as a quote mark
        ("&gt;<p>标签是段落", ">标签是段落"),
        # a colon that introduces no code: markup after it is a remnant
        ("记者从现场获悉：\n<p>大会今天开幕。</p>", "记者从现场获悉：\n大会今天开幕。"),
        # a listing ends at the first line of prose
        ("代码如下：\n<b>粗体</b>\n说明到此。<br>下一段", "代码如下：\n<b>粗体</b>\n说明到此。\n下一段"),
    ],
)
def test_remnants_still_cut(dirty: str, clean: str) -> None:
    assert run(dirty) == clean
    assert run(run(dirty)) == run(dirty)


@pytest.mark.parametrize(
    "text",
    [
        "國務院今天召開常務會議，部署下一階段工作。",
        "会议指出：要坚持稳中求进工作总基调。\n各地要抓好落实。",
        "示例：某市今年新增就业岗位十二万个。",
    ],
)
def test_prose_untouched(text: str) -> None:
    assert run(text) == text


@given(st.lists(st.sampled_from(
    ["<p>", "</p>", "<br>", "标签", "元素", "是", "。", "、", "和", '"', "“", "”", "`", "&quot;", "&gt;", "&nbsp;",
     "\n", "代码：", "\n  ", " ", "tag", ":", "a"]
), max_size=24).map("".join))
def test_property_idempotent(text: str) -> None:
    once = run(text)
    assert run(once) == once
