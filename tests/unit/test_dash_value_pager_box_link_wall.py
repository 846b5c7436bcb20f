"""Mechanisms that hold-out sets 160 and 163 showed: a dash standing for none in a
table's labelled column is no value ("—" under "Type"); the mark of a pager's current
page on the box around its number (``<li class="active"><span>2</span></li>``) names
the current page, the next one is the number after it; a box of links after the
text's container (a related box) closes the article, so a line past it (a blog's
word-count footnote) does not widen the text's container to the page's section."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract.extraction import extract

pytestmark = pytest.mark.unit

_TITLES = ("Border officers trained in risk analysis", "Journalists discuss safety online",
           "Election officials meet in Vienna")


def _listing(body: str, url: str) -> Any:
    page = f"<html lang='en'><head><title>News</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing")


def test_a_dash_in_a_labelled_column_is_no_value() -> None:
    types = ("Press release", "&mdash;", "News item")
    rows = "".join(
        f"<tr><td>1{i} Dec 2017</td><td><a href='/secretariat/70728{i}'>{title}</a></td>"
        f"<td><span class='muted'>{kind}</span></td></tr>"
        for i, (title, kind) in enumerate(zip(_TITLES, types, strict=True)))
    table = (f"<table><thead><tr><th>Date</th><th>Title</th><th>Type</th></tr></thead>"
             f"<tbody>{rows}</tbody></table>")
    records = _listing(table, "https://www.osce.org/press-releases").records
    assert [r["content_type"] for r in records] == ["Press release", None, "News item"]


def test_the_number_after_the_marked_box_is_the_next_page() -> None:
    items = "".join(f"<article><h2><a href='/odihr/70800{i}'>{title}</a></h2></article>"
                    for i, title in enumerate(_TITLES))
    # no next arrow, the current number in a plain span inside the marked item, and
    # the template's unclosed <li> (each link's item followed by an empty one)
    pager = ("<ul class='pagination'><li><a href='/odihr/news'>1</a><li>"
             "<li class='active'><span>2</span></li>"
             "<li><a href='/odihr/news/page/3'>3</a><li>"
             "<li><a href='/odihr/news/page/4'>4</a><li>"
             "<li><span>...</span></li><li><a href='/odihr/news/page/57'>57</a></li></ul>")
    found = _listing(f"<main>{items}{pager}</main>", "https://www.osce.org/odihr/news/page/2")
    assert found.next_page == "https://www.osce.org/odihr/news/page/3"


_TEXT = (("The OSCE Representative on Freedom of the Media presented a practical guide on "
          "the safety of journalists working in crisis areas to editors in Vienna today."),
         ("The guide gathers recommendations for newsrooms, freelance journalists and "
          "national authorities, on preventing attacks and protecting sources."),
         ("It is the result of a year of consultations with reporters and photographers "
          "who covered conflicts and street protests across the OSCE area."))


def test_a_line_past_a_box_of_links_does_not_widen_the_text() -> None:
    article = "".join(f"<p>{p}</p>" for p in _TEXT)
    page = f"""<html lang="en"><head><title>Guide | OSCE</title></head><body>
<section class="content">
<h1>Media freedom representative presents a guide on the safety of journalists</h1>
<p class="lead">A practical guide on the safety of journalists working in crisis areas was
presented in Vienna today by the OSCE Representative on Freedom of the Media.</p>
<ul class="meta"><li>Published: 11 April 2016</li></ul>
<article>{article}</article>
<section class="related"><h2>Related articles</h2><ul>
<li><a href="/fom/710058">Regional media conference in South-Eastern Europe</a></li>
<li><a href="/fom/710442">Freedom of expression online discussed in Tirana</a></li>
</ul></section>
<section class="footnote"><p>This article is the 214th in the category News. It is 402
words long and has 1 comment.</p></section>
</section></body></html>"""
    record = extract(page.encode(), "https://www.osce.org/fom/710623").records[0]
    assert [b["text"] for b in record["body_blocks"]] == list(_TEXT)
