"""What the chrome filter's tests share: run the filter alone on a text, and read what
it recorded."""

from cleanseeds import clean
from cleanseeds.document import Document
from cleanseeds.filters.chrome import ChromeFilter


def chrome(text: str) -> Document:
    """``text`` after the chrome filter alone."""
    doc = Document(text)
    ChromeFilter()(doc)
    return doc


def reasons(doc: Document) -> list[str]:
    return [e.reason for e in doc.edits]


def splits(doc: Document) -> list[int]:
    """Where the filter marked article boundaries (raw offsets)."""
    return [n.pos for n in doc.notes if n.split]


#: a news article's head and two paragraphs, for a line of furniture to be set among
ARTICLE_HEAD = "市政府出台新政支持中小企业发展\n2025-10-14 10:20 来源：本报\n"
P1 = "本报讯 市政府昨日出台新政，从融资、用地和人才等方面支持中小企业发展，预计全年惠及企业三千余家。"
P2 = "业内人士表示，新政落地后，企业的融资成本有望进一步下降，市场信心也将随之回升。"


def paragraphs_around(line: str, mid: bool) -> list[str]:
    """The paragraphs the whole pipeline keeps of the article with ``line`` between its two
    paragraphs (``mid``) or after them; it must stay one article."""
    text = ARTICLE_HEAD + (f"{P1}\n{line}\n{P2}\n" if mid else f"{P1}\n{P2}\n{line}\n")
    arts = clean(text)
    assert len(arts) == 1
    return arts[0].paragraphs
