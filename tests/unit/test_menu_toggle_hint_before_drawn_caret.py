"""A submenu toggle's spoken hint followed by its drawn caret (an ``aria-hidden`` icon
with no words) is still the hint closing the toggle's words: no part of the label."""

from __future__ import annotations

from tests.pages import menu_entries

PAGE = "https://www.osce.org/fr/elearning/courses"


def test_the_hint_before_a_caret_is_no_part_of_the_label() -> None:
    body = ("<nav aria-label='Principal'><div class='item'>"
            "<button type='button' aria-expanded='false' aria-controls='p1'>"
            "Domaines d'activité<span class='x-hint'>, ouvrir le sous-menu</span> "
            "<span class='fa fa-caret-down' aria-hidden='true'></span></button>"
            "<div id='p1'><ul><li><a href='/fr/elections'>Élections</a></li>"
            "<li><a href='/fr/education'>Éducation</a></li></ul></div></div>"
            "<div class='item'><a href='/fr/newsroom'>Salle de presse</a></div></nav>")
    assert menu_entries(body, PAGE) == [
        ("Élections", "/fr/elections", ["Domaines d'activité"]),
        ("Éducation", "/fr/education", ["Domaines d'activité"]),
        ("Salle de presse", "/fr/newsroom", [])]
