"""Listing entries of hold-out sets 104-106: items named by an ASP.NET ``<kind>ID``
parameter, screen-reader-only ``<dt>`` labels between visible values, a labelled
relative date with the real one beside it, a label line sharing its inline box with the
title, and a row of action links under the teaser."""

from __future__ import annotations

from typing import Any

import pytest

from scraper.extract import urls
from scraper.extract.extraction import extract

TEASER = ("The Mission trained forty police officers from every district of the country "
          "in identifying victims of trafficking.")


def _entries(body: str, url: str = "https://www.osce.org/newsroom",
             lang: str = "en") -> list[dict[str, Any]]:
    page = f"<html lang='{lang}'><head><title>News</title></head><body>{body}</body></html>"
    return extract(page.encode(), url, "listing").records


@pytest.mark.parametrize(("url", "expected"), [
    ("https://x.org/CivicAlerts.aspx?AID=4131", "4131"),        # an article's id
    ("https://x.org/news.aspx?ArticleID=512", "512"),
    ("https://x.org/default.aspx?NewsID=77&lang=en", "77"),
    ("https://x.org/view.aspx?PostID=1234", "1234"),
    ("https://x.org/CivicAlerts.aspx?CID=4", None),             # a category's list
    ("https://x.org/CivicAlerts.aspx?CID=4&page=2", None),      # and its pager
    ("https://x.org/RSSFeed.aspx?ModID=1&CID=4", None),         # a module's feed
    ("https://x.org/Archive.aspx?AMID=41", None),               # an archive module
    # the kind after "id": Contenido's article and category, SPIP's article
    ("https://x.org/de/front_content.php?idcat=14&idart=768121", "768121"),
    ("https://x.org/de/front_content.php?idcat=14&page=2", None),
    ("https://x.org/spip.php?id_article=512", "512"),
])
def test_an_asp_net_kind_id_parameter_names_an_item(url: str, expected: str | None) -> None:
    assert urls.item_number(url) == expected


def _card(node: int, issuer: str, fields: str) -> str:
    return (
        f"<article><h2><a href='/es/odihr/{node}'>La OIDDH publica su informe final "
        "sobre las elecciones</a></h2><dl>"
        "<dt class='sr-only'>Fecha de publicación</dt><dd>24 de noviembre de 2022</dd>"
        f"<dt class='sr-only'>Publicado por</dt><dd>{issuer}</dd>"
        f"<dt class='sr-only'>Ámbitos de trabajo</dt><dd><ul><li><a href='/es/elecciones'>"
        f"{fields}</a></li></ul></dd></dl><p>{TEASER}</p></article>")


def test_a_screen_reader_only_dt_ends_the_value_before_it() -> None:
    entries = _entries(_card(598111, "Presidencia de la OSCE, Secretaría de la OSCE",
                             "Elecciones") + _card(598112, "Secretaría de la OSCE",
                                                   "Elecciones"),
                       url="https://www.osce.org/es/newsroom", lang="es")
    assert entries[0]["issued_by"] == ["Presidencia de la OSCE", "Secretaría de la OSCE"]
    assert entries[0]["fields_of_work"] == ["Elecciones"]


def _alert(aid: int, date: str) -> str:
    return (
        f"<div class='item'><h3><a href='/uk/CivicAlerts.aspx?AID={aid}'>Місія ОБСЄ в "
        f"Молдові провела навчання для суддів</a></h3><span>Опубліковано: {date}</span>"
        "<p><span>Категорія:</span> Новина<br><span>Структура ОБСЄ:</span> Місія ОБСЄ в "
        f"Молдові</p><div>{TEASER}</div></div>")


def test_a_labelled_relative_day_gives_the_date_written_beside_it() -> None:
    entries = _entries(_alert(4131, "<span title='24.03.2021'>3 дні тому</span> "
                                    "(24.03.2021)") + _alert(4128, "19.03.2021"),
                       url="https://www.osce.org/uk/CivicAlerts.aspx?CID=4", lang="uk")
    assert [e["issued_on"] for e in entries] == ["2021-03-24", "2021-03-19"]


def test_osce_structure_labels_the_issuer() -> None:
    entries = _entries(_alert(4131, "24.03.2021") + _alert(4128, "19.03.2021"),
                       url="https://www.osce.org/uk/CivicAlerts.aspx?CID=4", lang="uk")
    assert entries[0]["issued_by"] == ["Місія ОБСЄ в Молдові"]


def _release(path: str, issuer: str) -> str:
    return (
        f"<tr><td>9 novembre 1998</td><td><font>Dichiarazione</font><br><font>"
        f"<a href='{path}'><b>Il Consiglio permanente accoglie la missione di verifica"
        f"</b></a><br><i>Pubblicato da:</i> {issuer}</font><p><font>{TEASER}</font></td>"
        "</tr>")


def test_a_label_line_sharing_its_inline_box_with_the_title_is_no_teaser() -> None:
    entries = _entries("<table>" + _release("11/2226_it.html", "Consiglio permanente OSCE")
                       + _release("11/2231_it.html", "Segretariato OSCE") + "</table>",
                       url="http://www.osce.org/it/press_rel/1998/index.html", lang="it")
    assert entries[0]["summary"] == TEASER


def _post(node: int) -> str:
    return (
        f"<div class='entry'><h2><a href='/cio/{node}'>Chairperson-in-Office welcomes the "
        f"agreement</a></h2><p>{TEASER}</p><div><a href='/cio/{node}'>Permalink</a> | "
        f"<a href='/cio/{node}#comments'><span>Comments (3)</span></a></div></div>")


def test_a_row_of_action_links_is_no_teaser() -> None:
    entries = _entries(_post(597749) + _post(597750))
    assert entries[0]["summary"] == TEASER


def test_a_teaser_sentence_with_a_link_is_kept() -> None:
    teaser = ("The Chairperson <a href='/cio'>said</a> the agreement was an important step "
              "for people on both sides.")
    entries = _entries(
        "<div><h2><a href='/cio/597749'>Chairperson-in-Office welcomes the agreement</a>"
        f"</h2><p>{teaser}</p></div><div><h2><a href='/cio/597750'>Another item of the "
        f"listing here</a></h2><p>{TEASER}</p></div>")
    assert entries[0]["summary"] == ("The Chairperson said the agreement was an important "
                                     "step for people on both sides.")
