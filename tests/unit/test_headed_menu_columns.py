"""A headed column of the menu's columns is a column of the menu, whatever its class
says (scraper/extract/pages/navigation/__init__.py ``headed_column``)."""

from __future__ import annotations

from tests.pages import menu_entries

SITE_MAP = """<header><a class="logo" href="/es/"><img src="/logo.svg" alt="OSCE"></a></header>
<main><h1>Archivo</h1><p>Texto.</p></main>
<footer><nav class="footer-sitemap" aria-label="Mapa del sitio"><div class="grid">
<div class="cell footer-col"><h2>Organización</h2><ul class="menu">
<li><a href="/es/whatistheosce">¿Qué es la OSCE?</a></li>
<li><a href="/es/participating-states">Estados participantes</a></li>
<li><a href="/es/contacts">Contacto</a></li></ul></div>
<div class="cell footer-col"><h2>Nuestro trabajo</h2><ul class="menu">
<li><a href="/es/elections">Elecciones</a></li>
<li><a href="/es/policing">Actividades policiales</a></li>
<li><a href="/es/youth">Juventud</a></li></ul></div>
<div class="cell footer-col"><h2>Síguenos</h2><ul class="menu social-links">
<li><a href="https://x.com/OSCE" aria-label="X"><svg aria-hidden="true"></svg></a></li>
<li><a href="https://www.youtube.com/user/osce" aria-label="YouTube"><svg aria-hidden="true">
</svg></a></li></ul></div></div></nav></footer>"""


def test_a_social_column_of_a_site_map_is_a_column_of_the_map() -> None:
    entries = menu_entries(SITE_MAP, url="https://www.osce.org/es/archivo")
    assert ("X", "https://x.com/OSCE", ["Síguenos"]) in entries
    assert ("¿Qué es la OSCE?", "/es/whatistheosce", ["Organización"]) in entries


BESIDE = """<header><nav aria-label="Main"><ul class="menu">
<li><a href="/about">About</a></li><li><a href="/news">News</a></li></ul>
<ul class="social-links"><li><a href="https://x.com/OSCE" aria-label="X">x</a></li></ul>
</nav></header><main><h1>News</h1></main>"""


def test_social_icons_beside_the_menu_list_stay_out() -> None:
    assert [e[1] for e in menu_entries(BESIDE)] == ["/about", "/news"]
