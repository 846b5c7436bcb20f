"""The reader's own dropdown in the menu's landmark, opened by a box with the button
role (``div role="button"``) and offering to sign out, gives no entries; nor does the
link beside it leading where one of its links leads (the reader's name by their
avatar, leading to their dashboard)."""

from __future__ import annotations

from tests.pages import menu_entries

PAGE = "https://www.osce.org/fr/elearning/courses"

NAV = ("<nav aria-label='Principal'><div class='main'>"
       "<div class='item'><a href='/fr/field-operations'>Opérations de terrain</a></div>"
       "<div class='item'><a href='/fr/newsroom'>Salle de presse</a></div></div>"
       "<div class='secondary'>"
       "<div class='item'><a href='/fr/elearning/support'>Aide</a></div>"
       "<div class='item'><a href='/fr/elearning/home'>"
       "<img src='/me.png' alt=''><span>marie.dupont</span></a></div>"
       "<div class='item'>"
       "<div role='button' aria-label='Options' aria-expanded='false' "
       "aria-controls='m1' tabindex='0'></div>"
       "<div class='hidden' role='menu' id='m1' aria-label='Plus'>"
       "<div><a href='/fr/elearning/home'>Accueil</a></div>"
       "<div><a href='/fr/elearning/u/marie.dupont'>Profil</a></div>"
       "<div><a href='/fr/elearning/logout'>Déconnexion</a></div>"
       "</div></div></div></nav>")


def test_the_readers_dropdown_and_its_addresses_give_no_entries() -> None:
    assert menu_entries(NAV, PAGE) == [
        ("Opérations de terrain", "/fr/field-operations", []),
        ("Salle de presse", "/fr/newsroom", []),
        ("Aide", "/fr/elearning/support", [])]
