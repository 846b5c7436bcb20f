"""A style utility class's value (Tailwind's ``font-brandUI``) says nothing of what the
element is (scraper/extract/classes.py ``role_tokens``)."""

from __future__ import annotations

from lxml import html

from scraper.extract.classes import role_tokens
from tests.pages import menu_entries


def test_role_tokens_leave_out_typeface_and_colour_utilities() -> None:
    el = html.fragment_fromstring(
        '<a class="navbar-brand font-brandUI md:hover:bg-brand-600">x</a>')
    assert role_tokens(el) == {"navbar", "brand"}
    plain = html.fragment_fromstring('<a class="font-brandUI text-l">x</a>')
    assert "brand" not in role_tokens(plain)


MENU = """<header><a href="/" class="logo"><img src="/logo.svg" alt="OSCE"></a>
<nav aria-label="Main"><ul>
<li><button>Our work</button><div><ul><li><a href="/elections">Elections</a></li>
<li><a href="/policing">Policing</a></li></ul>
<div class="promo"><a href="/annual-report-2020" class="font-brandUI font-bold">Annual
report 2020</a></div></div></li>
<li><a href="/contacts">Contacts</a></li></ul></nav></header>"""


def test_a_promo_link_set_in_the_brand_typeface_is_an_entry_not_the_logo() -> None:
    assert ("Annual report 2020", "/annual-report-2020", ["Our work"]) in menu_entries(MENU)
