"""A short sentence closing an entry's teaser ("<p>…</p><p>Recorded in Vienna.</p>")
is the teaser's, not a fact too short to read; a short line standing alone is not."""

from __future__ import annotations

from scraper.extract.document import Document
from scraper.extract.pages.listing import ListingPage

_LEAD = ("A video journalist and a media lawyer discuss protective equipment and what "
         "newsrooms owe their freelancers.")


def _summaries(description: str) -> list[object]:
    cards = "".join(
        f"<article class='card'><h3><a href='https://www.osce.org/secretariat/82069{i}'>"
        f"Episode {i}: Reporting safely</a></h3><div class='meta'><time "
        f"datetime='2022-03-0{i}'>March {i}, 2022</time> · <span>24:03</span></div>"
        f"<div class='description'>{description}</div></article>" for i in (1, 2))
    html = f"<html lang='en'><body><main>{cards}</main></body></html>"
    entries = ListingPage(Document(url="https://www.osce.org/podcast", text=html)).entries()
    return [e["summary"] for e in entries]


def test_a_short_sentence_after_the_teaser_is_teaser() -> None:
    assert _summaries(f"<p>{_LEAD}</p><p>Recorded in Vienna.</p>") == \
        [f"{_LEAD} Recorded in Vienna."] * 2


def test_a_short_line_without_a_stop_is_no_teaser() -> None:
    assert _summaries(f"<p>{_LEAD}</p><p>Vienna studio</p>") == [_LEAD] * 2


def test_a_short_sentence_alone_is_no_teaser() -> None:
    assert _summaries("<p>Recorded in Vienna.</p>") == [None] * 2
