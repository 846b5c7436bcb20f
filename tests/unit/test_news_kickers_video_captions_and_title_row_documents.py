"""News mechanisms: a type label printed as the headline's kicker; a video player's
caption; a related list's title; a teaser's microdata date; a dated meta line above
the type's badge; a table layout's title row over the item's documents."""
from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_URL = "https://www.osce.org/secretariat/591777"
_HEADLINE = "Secretary General opens the annual conference of border focal points"
_P1 = ("The OSCE Secretary General today opened the annual conference of the national "
       "focal points for border security and management in Vienna, calling for closer "
       "co-operation along the external borders of Central Asia.")
_P2 = ("Participants discussed risk analysis, the exchange of information between border "
       "agencies and the training of border guards in the detection of forged documents.")


def _record(article: str, head: str = "", url: str = _URL) -> dict[str, Any]:
    page = (f"<html lang='en'><head><title>{_HEADLINE} | OSCE</title>{head}</head><body>"
            f"<main>{article}</main></body></html>")
    return extract(page.encode(), url, "news").records[0]


def _blocks(rec: dict[str, Any]) -> list[str]:
    return [b["text"] for b in rec["body_blocks"]]


# ---------------------------------------------------------------- the headline's kicker
def test_a_known_type_printed_as_the_headlines_kicker_is_the_type() -> None:
    h1 = (f"<h1><span class='seitenkopf__topline'>Speech</span> <span>{_HEADLINE}</span>"
          "</h1>")
    rec = _record(f"<article>{h1}<div class='text'><p>{_P1}</p><p>{_P2}</p></div></article>")
    assert rec["title"] == _HEADLINE
    assert (rec["content_type"], rec["content_type_id"]) == ("Speech", "speech")


def test_a_kicker_that_names_no_type_gives_none() -> None:
    h1 = (f"<h1><span class='seitenkopf__topline'>Annual conference</span> "
          f"<span>{_HEADLINE}</span></h1>")
    rec = _record(f"<article>{h1}<div class='text'><p>{_P1}</p><p>{_P2}</p></div></article>")
    assert rec["title"] == _HEADLINE
    assert rec["content_type"] is None


# ---------------------------------------------------------------- a video's caption
def test_a_video_players_caption_and_credit_are_no_body() -> None:
    video = ("<div class='copytext__video'><div class='ts-mediaplayer'><button>"
             "<span class='hidden'>Play video</span></button></div>"
             "<p class='copytext__video__subtitle'>Opening in Vienna, 11.09.2023 "
             "<span class='copytext__video__copyright'>Video: OSCE</span></p></div>")
    rec = _record(f"<article><h1>{_HEADLINE}</h1><div class='text'><p>{_P1}</p>{video}"
                  f"<p>{_P2}</p></div></article>")
    assert _blocks(rec) == [_P1, _P2]


# ---------------------------------------------------------------- a related list's title
def test_the_title_of_a_related_list_between_the_paragraphs_is_no_heading() -> None:
    box = ("<div class='teaser-xs'><h3><span>More on this topic</span></h3><ul>"
           "<li><a href='/oceea/764355'>Preparatory meeting in Vienna</a></li>"
           "<li><a href='/oceea/764317'>Digital customs procedures</a></li></ul></div>")
    rec = _record(f"<article><h1>{_HEADLINE}</h1><div class='text'><p>{_P1}</p>{box}"
                  f"<h2>Next steps</h2><p>{_P2}</p></div></article>")
    assert _blocks(rec) == [_P1, "Next steps", _P2]


# ---------------------------------------------------------------- a teaser's microdata date
def test_a_datepublished_in_another_items_card_is_not_the_items_date() -> None:
    side = ("<aside-col><div class='sppb-addon-articles'><h3>More news</h3>"
            "<div><h3><a href='/secretariat/765402' itemprop='url'>Youth project</a></h3>"
            "<span itemprop='datePublished'>28 September 2020</span></div></div></aside-col>")
    rec = _record(f"<div class='col'><article><h1>{_HEADLINE}</h1>"
                  "<p><strong>Published:</strong> 9 October 2020</p>"
                  f"<div class='text'><p>{_P1}</p><p>{_P2}</p></div></article></div>"
                  f"<div class='col'>{side}</div>")
    assert rec["issued_on"] == "2020-10-09"


# ---------------------------------------------------------------- a dated meta line
def test_the_types_badge_under_a_dated_meta_line_is_the_type() -> None:
    meta = ("<div class='flex'><time datetime='2024-03-14'>14 March 2024</time>"
            "<span>·</span><span>Updated: 18 March 2024</span><span>·</span>"
            "<span>3 min</span></div><div class='flex'><span class='rounded-md'>News item"
            "</span></div>")
    rec = _record(f"<article><h1>{_HEADLINE}</h1>{meta}"
                  f"<div class='text'><p>{_P1}</p><p>{_P2}</p></div></article>")
    assert rec["content_type"] == "News item"


# ---------------------------------------------------------------- a title row over files
_LAYOUT = """<table><tr><td class="main"><span class="titular">{headline}</span>
<p>{p1}</p><p>{p2}</p></td>
<td class="side"><table>
<tr><td class="boxtitle"><font size="1"><b>{title}</b></font></td></tr>
<tr><td><a href="/NR/rdonlyres/A5C1/0/report_2003.pdf">Report on border management</a></td></tr>
<tr><td><img src="/images/spacer.gif"></td></tr>
<tr><td class="boxtitle"><font size="1"><b>Contact</b></font></td></tr>
<tr><td>OSCE Presence in Albania</td></tr>
</table></td></tr></table>"""


@pytest.mark.parametrize(("title", "expected"), [
    ("Related documents", ["https://www.osce.org/NR/rdonlyres/A5C1/0/report_2003.pdf"]),
    ("Other languages", []),
])
def test_documents_under_a_table_layouts_title_row_are_attachments(
        title: str, expected: list[str]) -> None:
    rec = _record(_LAYOUT.format(headline=_HEADLINE, p1=_P1, p2=_P2, title=title),
                  url="https://www.osce.org/item/8497.html")
    assert [a["url"] for a in rec["attachments"]] == expected
