"""Menu designs of hold-out sets 116 and 117: declarative shadow DOM composed with its
slotted light DOM, a mega column's plain link before the link heading its list, and a
collapsed twisty whose hidden panel is wrapped in a box of its own."""

from __future__ import annotations

from scraper.extract.document import Document
from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.example.org/section") -> list[Entry]:
    return menu_entries(body, url, main="<h1>Title</h1><p>Body text of the page.</p>")


def _text(body: str) -> str:
    doc = Document(url="https://www.example.org/x",
                   text=f"<html><body>{body}</body></html>")
    return doc.element_text(doc.root)


# ------------------------------------------------------------------ shadow DOM
def test_unslotted_light_text_after_a_comment_fills_the_default_slot() -> None:
    got = _text("<x-link><template shadowrootmode='open'><a href='/n'><slot></slot></a>"
                "</template><!--r.1-->Newsroom</x-link>")
    assert got == "Newsroom"


def test_a_named_child_goes_into_its_named_slot() -> None:
    got = _text("<x-card><template shadowrootmode='open'><h3><slot name='title'></slot>"
                "</h3><p><slot></slot></p></template>Body <b slot='title'>Head</b></x-card>")
    assert got.index("Head") < got.index("Body")


def test_a_child_naming_no_slot_is_not_rendered() -> None:
    got = _text("<x-card><template shadowrootmode='open'><slot></slot></template>"
                "Shown<i slot='beta'>Dropped</i></x-card>")
    assert "Dropped" not in got


def test_an_empty_slot_shows_its_fallback_content() -> None:
    got = _text("<x-card><template shadowrootmode='open'><slot name='x'>Fallback</slot>"
                "</template></x-card>")
    assert got == "Fallback"


def test_shadow_link_named_by_slotted_text_is_a_top_level_entry() -> None:
    host = ("<x-link href='/{0}'><template shadowrootmode='open'><li><a href='/{0}'>"
            "<slot></slot></a></li></template><!--c-->{1}</x-link>")
    body = ("<x-nav><template shadowrootmode='open'><nav aria-label='Main'><ul><slot></slot>"
            "</ul></nav></template>" + "".join(host.format(u, n) for u, n in (
                ("what", "What we do"), ("news", "Newsroom"), ("about", "About us"))) +
            "</x-nav>")
    assert ("Newsroom", "/news", []) in _menu(body)


# ------------------------------------------------------------------ mega column
def test_a_plain_link_before_a_link_heading_a_list_is_no_label_of_it() -> None:
    body = ("<nav><ul><li><button aria-expanded='false' aria-controls='p'>Structures</button>"
            "<div id='p' hidden><div class='col'><a href='/chair'>Chairpersonship</a>"
            "<a class='head' href='/sec'>Secretariat</a><ul><li><a href='/sg'>Secretary "
            "General</a></li><li><a href='/cpc'>Conflict Prevention</a></li></ul></div>"
            "</div></li><li><a href='/about'>About</a></li></ul></nav>")
    assert ("Secretary General", "/sg", ["Structures", "Secretariat"]) in _menu(body)


# ------------------------------------------------------------------ twisty
def test_a_twisty_panel_wrapped_in_a_box_is_a_collapsed_submenu() -> None:
    body = ("<ul role='navigation'><li><strong>About</strong><ul>"
            "<li><a href='/mandate'>Mandate</a></li>"
            "<li><div><span><a href='#'>Offices</a></span></div><div>"
            "<div style='display:none'><ul><li><a href='/hq'>Headquarters</a></li>"
            "<li><a href='/field'>Field office</a></li></ul></div></div></li>"
            "</ul></li><li><a href='/news'>News</a></li></ul>")
    assert ("Headquarters", "/hq", ["About", "Offices"]) in _menu(body)


def test_words_a_page_style_never_shows_are_no_part_of_a_menu_label() -> None:
    body = ("<style>.hid { display:none; }</style><ul role='navigation'><li>"
            "<a href='#'>Offices<span class='hid'> – show submenu</span></a>"
            "<ul><li><a href='/hq'>Headquarters</a></li><li><a href='/field'>Field</a></li>"
            "</ul></li><li><a href='/news'>News</a></li></ul>")
    assert ("Headquarters", "/hq", ["Offices"]) in _menu(body)
