"""Listing, news and menu rules:

- a listing card's categories line of bare names parted by commas ("Notizia, Presidenza
  OSCE, Elezioni": a Jekyll theme's ``span.categories``) gives the entry's type, issuer
  and field of work, and is no teaser;
- a news item's type from a category link on the dated line under the headline
  ("<time>…</time> en <a href=/category/discurso/>Discurso</a>"), no ``rel`` said;
- the organisation's name leading where the logo leads (a small screen's top bar) is
  the logo again, no menu entry."""

from __future__ import annotations

from scraper.extract.extraction import extract
from tests.pages import menu_entries

CARD = """<article class="card"><a href="/it/odihr/79642{i}" class="post-preview">
<h1 class="card-title">L'ODIHR apre una missione di osservazione {i}</h1>
<div class="card-text"><p>La missione seguirà la preparazione delle elezioni parlamentari
anticipate del 3 aprile.</p></div>
<div class="post-meta"><time>Mar 1{i}, 2022</time>
<span class="categories">
  Comunicato stampa,
  ODIHR,
  Elezioni
</span></div></a></article>"""


def test_a_categories_line_of_known_names_gives_type_issuer_and_field() -> None:
    page = ("<html lang='it'><body><main><div id='post-list'>"
            + "".join(CARD.format(i=i) for i in range(1, 4))
            + "</div></main></body></html>").encode()
    entries = extract(page, "https://www.osce.org/it/press-releases/page2/", "listing").records
    assert len(entries) == 3
    for e in entries:
        assert e["content_type"] == "Comunicato stampa"
        assert e["issued_by"] == ["ODIHR"]
        assert e["fields_of_work"] == ["Elezioni"]
        assert e["summary"] == ("La missione seguirà la preparazione delle elezioni "
                                "parlamentari anticipate del 3 aprile.")


NEWS = """<html lang="es"><body><main><article><header>
<h1 class="post-title">Intervención del Secretario General en la Conferencia</h1>
<p class="lead">El Secretario General pidió una cooperación más estrecha entre los
servicios de fronteras de las dos orillas del Mediterráneo.</p>
<p class="post-date"><time datetime="2019-06-04">4 de junio de 2019</time> en
<a href="/es/category/discurso/">Discurso</a></p></header>
<p>Intervención del Secretario General de la OSCE en la sesión inaugural de la
Conferencia sobre Seguridad Fronteriza y Movilidad en el Mediterráneo.</p>
<p>Excelencias, señoras y señores, es un honor dirigirme a ustedes hoy en esta sala.</p>
</article></main></body></html>"""


def test_a_category_link_on_the_dated_line_under_the_headline_is_the_type() -> None:
    record = extract(NEWS.encode(), "https://www.osce.org/es/secretary-general/796107",
                     "news").records[0]
    assert record["content_type"] == "Discurso"
    assert record["content_type_id"] == "speech"


def test_the_organisation_name_leading_where_the_logo_leads_is_no_entry() -> None:
    body = ("<nav class='side'><a href='/ru/' class='icon-home'> ОБСЕ "
            "<img src='/_static/osce-logo-white.png' alt='Логотип'></a>"
            "<ul><li><a href='/ru/arms-control/'>Контроль над вооружениями</a></li>"
            "<li><a href='/ru/elections/'>Выборы</a></li></ul></nav>"
            "<nav class='top' aria-label='Navigation menu'><i class='fa fa-bars'></i>"
            "<a href='/ru/'>ОБСЕ</a></nav>")
    names = [name for name, _, _ in menu_entries(body, "https://www.osce.org/ru/secretariat/1/")]
    assert "ОБСЕ" not in names
    assert "Выборы" in names
