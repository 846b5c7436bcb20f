"""A definition list's group is one entry when two copies of an item are weighed.

An item listed as a ``<dl>`` group (its headline in a ``<dt>``, then ``<dd>`` lines of its
date, its labelled facts and its teaser) and repeated above the list in a featured box
(headline and date only) is one entry: the group, which shows most of its facts, in the
group's place.  The ``<dt>`` holds the headline alone; its ``<dd>`` lines are counted
with it, not left out as though the headline were the whole entry.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.extraction import extract

URL = "https://www.osce.org/es/newsroom"


def _listing(body: str) -> list[dict[str, Any]]:
    page = f"<html lang='es'><head><title>X</title></head><body>{body}</body></html>"
    return extract(page.encode(), URL, "listing").records


def _group(n: int) -> str:
    return (f"<dt><a href='/es/secretariat/82241{n}'>Expertos reunidos en la ciudad {n}</a></dt>"
            f"<dd><time datetime='2016-05-1{n}'>1{n} de mayo de 2016</time></dd>"
            f"<dd><span><span>Tipo de contenido:</span> Noticia</span> "
            f"<span><span>Publicado por:</span> <a href='/es/secretariat'>Secretaría de la "
            f"OSCE</a></span></dd>"
            f"<dd><p>Más de 30 funcionarios intercambiaron buenas prácticas {n}.</p></dd>")


def test_a_featured_copy_gives_way_to_the_items_definition_list_group() -> None:
    featured = ("<div class='destacado'><span>Destacado</span>"
                "<h2><a href='/es/secretariat/822412'>Expertos reunidos en la ciudad 2</a></h2>"
                "<p>12/05/2016</p></div>")
    groups = "".join(_group(n) for n in range(4))
    records = _listing(f"<main><h1>Comunicados</h1>{featured}<dl>{groups}</dl></main>")
    assert [r["url"].rsplit("/", 1)[1] for r in records] == [
        "822410", "822411", "822412", "822413"]
    third = records[2]
    assert third["content_type"] == "Noticia"
    assert third["issued_by"] == ["Secretaría de la OSCE"]
    assert third["summary"] == "Más de 30 funcionarios intercambiaron buenas prácticas 2."
