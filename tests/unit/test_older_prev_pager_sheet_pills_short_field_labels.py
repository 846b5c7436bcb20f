"""An "older" link classed ``prev``, a badge the page's stylesheet draws, a field label
said in one word.

- A blog lists its newest posts first: the link whose words name the older posts
  ("← Communiqués plus anciens") leads to the next page, whatever its class or ``rel``
  say (Octopress classes it ``prev``); a "Previous"/"Newer" link still leads back.
- A status flag inside a link drawn as a pill by a rule of the page's own ``<style>``
  (``.neu { background: #c00; border-radius: 2px }``) is decoration, as one drawn by
  utility classes or an inline style: "Multimedia", not "Multimedia NEU".
- A blog's custom-field line may name the fields of work by the label's first word
  alone ("Obszary: Wybory")."""

from __future__ import annotations

import pytest

from scraper.extract.badges import drawn_as_pill
from scraper.extract.document import Document
from scraper.extract.extraction import extract
from scraper.extract.page_styles import page_pill_classes, parse_sheets
from tests.pages import menu_entries

_BLOG = """<html lang="{lang}"><head><title>t</title></head><body>
<h1>{heading}</h1><ul>
<li><h2><a href="/{lang}/communiques/732946/">Mission opens an office</a></h2></li>
<li><h2><a href="/{lang}/communiques/732919/">Representative condemns an attack</a></h2></li>
</ul><div class="pagination">{pager}</div></body></html>"""


def _next_page(pager: str, url: str, lang: str = "fr") -> str | None:
    page = _BLOG.format(lang=lang, heading="Communiqués", pager=pager)
    return extract(page.encode(), url, "listing").next_page


@pytest.mark.parametrize("attrs", ['class="prev"', 'rel="prev"', 'class="nav-previous"'])
def test_an_older_link_classed_previous_leads_to_the_next_page(attrs: str) -> None:
    pager = f'<a {attrs} href="/fr/communiques/page/2/">&larr; Communiqués plus anciens</a>'
    assert _next_page(pager, "https://www.osce.org/fr/communiques/") == \
        "https://www.osce.org/fr/communiques/page/2/"


def test_a_newer_link_classed_previous_still_leads_back() -> None:
    pager = ('<a class="prev" href="/fr/communiques/page/2/">Communiqués plus récents</a>'
             '<a class="next" href="/fr/communiques/page/4/">Page suivante</a>')
    assert _next_page(pager, "https://www.osce.org/fr/communiques/page/3/") == \
        "https://www.osce.org/fr/communiques/page/4/"


_SHEET = ("<style>#menu a { color: #036 } .neu { background: #c00; color: #fff;"
          " padding: 0 3px; border-radius: 2px; } .plain { color: red }</style>")


def test_a_flag_the_stylesheet_draws_as_a_pill_is_no_part_of_the_name() -> None:
    page = (f"{_SHEET}<nav id='menu'><ul><li><a href='/de/presse'>Presse</a></li>"
            "<li><a href='/de/multimedia'>Multimedia <span class='neu'>NEU</span></a></li>"
            "<li><a href='/de/videos'>Videos <span class='plain'>HD</span></a></li>"
            "</ul></nav>")
    assert [e[0] for e in menu_entries(page)] == ["Presse", "Multimedia", "Videos HD"]


@pytest.mark.parametrize(("sheet", "pills"), [
    (".neu { background: #c00; border-radius: 2px }", {"neu"}),
    ("#nav span.tag-new { background-color: red } .tag-new { border-radius: 8px }",
     {"tag-new"}),
    (".flat { background: #c00; border-radius: 0 }", set()),
    (".ring { border-radius: 50%; background: transparent }", set()),
    ("@media (min-width: 40em) { .wide { background: #c00; border-radius: 3px } }", set()),
    (".hover:hover { background: #c00; border-radius: 3px }", set()),
])
def test_page_pill_classes(sheet: str, pills: set[str]) -> None:
    assert page_pill_classes(parse_sheets((sheet,))) == pills


def test_an_element_of_a_class_the_sheet_draws_as_a_pill_is_drawn_as_one() -> None:
    doc = Document.from_bytes(f"<html><head>{_SHEET}</head><body><span class='neu'>NEU"
                              "</span><span class='plain'>x</span></body></html>".encode(),
                              "https://www.osce.org/")
    assert [drawn_as_pill(s) for s in doc.root.xpath("//span")] == [True, False]


def test_a_field_label_said_in_one_word_gives_the_fields_of_work() -> None:
    page = """<html lang="pl"><head><title>t</title></head><body><h1>Aktualności</h1>
<ul class="items">
<li><article><h2><a href="/pl/aktualnosci/730810">ODIHR otwiera misję obserwacji</a></h2>
<footer>Opublikowano <time datetime="2015-09-17">17 września 2015</time>.
<span>Obszary: Wybory, Edukacja</span></footer></article></li>
<li><article><h2><a href="/pl/aktualnosci/730660">Przedstawiciel potępia atak</a></h2>
<footer>Opublikowano <time datetime="2015-09-16">16 września 2015</time>.
<span>Obszary: Wolność i rozwój mediów</span></footer></article></li>
</ul></body></html>"""
    records = extract(page.encode(), "https://www.osce.org/pl/aktualnosci", "listing").records
    assert [r["fields_of_work"] for r in records] == [
        ["Wybory", "Edukacja"], ["Wolność i rozwój mediów"]]
