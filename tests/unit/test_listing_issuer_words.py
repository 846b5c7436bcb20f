"""Issuers a listing entry writes in words: after a byline's agent word ("von …", "by …";
scraper/extract/pages/tags.py ``_unagented``) or as a group of structures (a blog's category
"Operaciones sobre el terreno"; scraper/extract/identities ``names_issuer``)."""

from __future__ import annotations

from scraper.extract.extraction import extract

PAGE = """<html lang="de"><head><title>Pressemitteilungen</title></head><body><main>
<h1>Pressemitteilungen</h1><ul class="results">
<li><div><a href="/de/presence-in-albania/788601">OSZE-Präsenz in Albanien unterstützt
Jugendparlament</a></div>
<div>von OSZE-Präsenz in Albanien <span class="published">· Veröffentlicht: 08.03.2021</span></div>
<div class="result-summary">Vierzig Schülerinnen und Schüler debattierten zwei Tage lang.</div></li>
<li><div><a href="/de/programme-office-in-bishkek/788608">Workshop in Bischkek zur
Cybersicherheit</a></div>
<div>von <a href="/de/Author/Home?author=A">OSZE-Programmbüro in Bischkek</a>,
<a href="/de/Author/Home?author=B">Abteilung Grenzüberschreitende Bedrohungen</a>
<span class="published">· Veröffentlicht: 12.03.2021</span></div>
<div class="result-summary">Vertreter von Energieversorgern übten in einem Planspiel.</div></li>
</ul></main></body></html>"""


def test_issuers_after_von_are_read_plain_or_linked_in_page_order() -> None:
    entries = extract(PAGE.encode(), "https://www.osce.org/de/search?page=3",
                      "listing").records
    assert [e["issued_by"] for e in entries] == [
        ["OSZE-Präsenz in Albanien"],
        ["OSZE-Programmbüro in Bischkek", "Abteilung Grenzüberschreitende Bedrohungen"]]


BLOG = """<html lang="es"><head><title>Blog</title></head><body><main><h1>Blog</h1>
<div class="entryBox"><p class="entryTitle">Curso en Bishkek sobre pruebas digitales</p>
<p class="entryContent">Veinticuatro investigadores participaron en un curso práctico.</p>
<p class="entryInfo">Publicado a las <a href="/es/centre-in-bishkek/769701">04:40 p.m. jun 8,
2012</a> por oscees en <span class="category">Operaciones sobre el terreno</span></p></div>
<div class="entryBox"><p class="entryTitle">El Secretario General visita Tayikistán</p>
<p class="entryContent">Durante su visita de tres días, el Secretario General se reunió.</p>
<p class="entryInfo">Publicado a las <a href="/es/secretary-general/769709">09:15 a.m. jun 12,
2012</a> por oscees en <span class="category">Secretaría</span></p></div>
</main></body></html>"""


def test_a_blog_category_naming_a_group_of_structures_is_its_issuer_not_its_type() -> None:
    entries = extract(BLOG.encode(), "https://www.osce.org/es/blog/", "listing").records
    assert [(e["content_type"], e["issued_by"]) for e in entries] == [
        (None, ["Operaciones sobre el terreno"]), (None, ["Secretaría"])]
