"""A DocFX side TOC hidden only while search results show (``hide-when-search``) is the
menu; its "Improve this doc" link to the page's source (``/blob/<branch>/….md``) is a
page tool; a folder's index file (``…/595874/index.html``) names the item the folder
names."""

from __future__ import annotations

import pytest
from lxml import html

from scraper.extract import urls
from scraper.extract.extraction import extract
from scraper.extract.pages.navigation.chrome import is_page_tool
from scraper.extract.structure import class_tokens

PAGE = "https://www.osce.org/ru/structures/secretariat.html"


def _menu(body: str, url: str = PAGE) -> list[tuple[str, list[str]]]:
    page = f"<!DOCTYPE html><html lang='ru'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), url, "navigation").records
    return [(r["url"].removeprefix("https://www.osce.org/ru/"), r["path"]) for r in records]


TOC = """<div class="sidenav {cls}"><div class="sidetoc"><div class="toc" id="toc">
<ul class="nav level1">
<li><a class="expand-stub">1. Работа</a><ul class="nav level2">
<li><a href="../our-work/arms.html">1.1. Оружие</a></li>
<li><a href="../our-work/borders.html">1.2. Границы</a></li></ul></li>
<li><a href="../structures/index.html">2. Структуры</a><ul class="nav level2">
<li><a href="../structures/chair.html">2.1. Председательство</a></li>
<li><a href="../structures/secretariat.html">2.2. Секретариат</a></li></ul></li>
</ul></div></div></div>"""


@pytest.mark.unit
def test_a_side_toc_hidden_only_while_searching_is_the_menu() -> None:
    found = _menu(TOC.format(cls="hide-when-search"))
    assert ("our-work/arms.html", ["1. Работа"]) in found
    assert ("structures/secretariat.html", ["2. Структуры"]) in found


@pytest.mark.unit
def test_a_state_class_names_no_region() -> None:
    assert "search" not in class_tokens(html.fromstring("<div class='sidenav hide-when-search'/>"))
    assert "search" in class_tokens(html.fromstring("<div class='sidenav search'/>"))


@pytest.mark.unit
def test_a_box_named_for_search_is_still_no_menu() -> None:
    assert _menu(TOC.format(cls="search")) == []


@pytest.mark.unit
def test_the_link_to_the_pages_source_in_its_repository_is_a_page_tool() -> None:
    assert is_page_tool("https://github.com/osce/site-ru/blob/main/structures/secretariat.md")
    assert is_page_tool("https://github.com/osce/site-ru/blob/main/structures/secretariat.md/")
    assert is_page_tool("https://gitlab.com/osce/site/-/blob/main/docs/index.rst")
    assert not is_page_tool("https://github.com/osce/site-ru/blob/main/scripts/build.py")
    assert not is_page_tool("https://github.com/osce/site-ru")


@pytest.mark.unit
def test_a_folders_index_file_names_the_item_the_folder_names() -> None:
    assert urls.item_number("https://www.osce.org/it/serbia/595874/index.html") == "595874"
    assert urls.item_number("https://www.osce.org/it/serbia/595874/index.htm") == "595874"
    assert urls.item_number("https://www.osce.org/it/serbia/595874/index.php") is None
    assert urls.item_number("https://www.osce.org/it/newsroom/index.html") is None
    assert urls.item_number("https://www.osce.org/it/archive/2024/index.html") is None


@pytest.mark.unit
def test_a_table_listing_linking_items_by_their_folders_index_lists_them() -> None:
    rows = "".join(
        f"<tr><td><span class='listing-date'>{d}/11/2024</span></td>"
        f"<td><a href='../serbia/{n}/index.html' class='title'>"
        f"Notizia numero {n} della missione</a>"
        f"</td><td><span class='listing-tipo'>Notizia</span></td></tr>"
        for n, d in ((595874, 28), (595803, 21), (595760, 14)))
    body = (f"<main><h1>Sala stampa</h1><table class='quarto-listing-table'><thead><tr>"
            f"<th>Data</th><th>Titolo</th><th>Tipo</th></tr></thead><tbody>{rows}</tbody>"
            f"</table></main>")
    page = f"<!DOCTYPE html><html lang='it'><head><title>t</title></head><body>{body}</body></html>"
    records = extract(page.encode(), "https://www.osce.org/it/newsroom/index.html",
                      "listing").records
    assert [r["url"] for r in records] == [
        f"https://www.osce.org/it/serbia/{n}/index.html" for n in (595874, 595803, 595760)]
    assert records[0]["issued_on"] == "2024-11-28"
