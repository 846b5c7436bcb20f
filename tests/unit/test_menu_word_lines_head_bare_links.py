"""A sidebar of bare links split by lines of words (``<p>`` separators holding no
link): each line heads the links after it up to the next line, and a folded group in
the column (a box holding its ``aria-expanded`` toggle and the panel it opens) stands
under the line before it, its own label below that one."""

from __future__ import annotations

from tests.pages import menu_entries

_SIDEBAR = (
    "<aside><nav aria-label='Fields of work'><div>"
    "<a href='/what-we-do'>Overview</a>"
    "<p>Politico-military dimension</p>"
    "<a href='/arms-control'>Arms control</a>"
    "<a href='/border-management'>Border management</a>"
    "<p>Human dimension</p>"
    "<div><div><a href='/human-rights'>Human rights</a>"
    "<button aria-controls='p1' aria-expanded='true' aria-label='Toggle'>"
    "<svg viewBox='0 0 24 24'><path d='m6 9 6 6 6-6'></path></svg></button></div>"
    "<div id='p1'><div><a href='/human-rights/assembly'>Freedom of assembly</a>"
    "<a href='/human-rights/torture'>Torture prevention</a></div></div></div>"
    "<a href='/elections'>Elections</a>"
    "</div></nav></aside>")


def test_word_lines_head_the_links_below_them() -> None:
    entries = menu_entries(_SIDEBAR, "https://www.osce.org/elections",
                           main="<main><h1>Elections</h1><p>Text.</p></main>")
    assert entries == [
        ("Overview", "/what-we-do", []),
        ("Arms control", "/arms-control", ["Politico-military dimension"]),
        ("Border management", "/border-management", ["Politico-military dimension"]),
        ("Human rights", "/human-rights", ["Human dimension"]),
        ("Freedom of assembly", "/human-rights/assembly", ["Human dimension", "Human rights"]),
        ("Torture prevention", "/human-rights/torture", ["Human dimension", "Human rights"]),
        ("Elections", "/elections", ["Human dimension"]),
    ]


def test_a_trigger_drawn_as_an_item_heads_no_links_after_it() -> None:
    # a submenu's trigger among the items (``role=menuitem aria-haspopup``) labels the
    # panel it opens, not the links standing after that panel
    menu = ("<nav aria-label='Main'><div>"
            "<a href='/chairpersonship'>Chairpersonship</a><a href='/secretariat'>Secretariat</a>"
            "<div role='menuitem' aria-haspopup='menu'>Institutions</div>"
            "<a href='https://www.oscepa.org/'>Parliamentary Assembly</a>"
            "</div></nav>")
    entries = menu_entries(menu, main="<main><h1>Secretariat</h1><p>Text.</p></main>")
    assert ("Parliamentary Assembly", "https://www.oscepa.org/", []) in entries


# an older site's ``<br>`` column: its lines are told apart by their look (a bold
# title line, a link drawn in the title's look heading a group of its own), no line of
# words runs on over the link that titles the next group
_BR_COLUMN = (
    "<table><tr><td>"
    "<span style='font-weight: bold'>Institutions</span><br>"
    "<a href='/chairmanship'>Chairmanship</a><br>"
    "<a href='/secretariat'>Secretariat</a><br>"
    "<a href='/odihr'>ODIHR</a><br><br>"
    "<a href='/field'><span style='font-weight: bold'>Field operations</span></a><br>"
    "&nbsp;&nbsp;<a href='/field/south-east-europe'>South-eastern Europe</a><br>"
    "&nbsp;&nbsp;<a href='/field/caucasus'>Caucasus</a><br><br>"
    "<span style='font-weight: bold'>Newsroom</span><br>"
    "<a href='/press-releases'>Press releases</a><br>"
    "<a href='/speeches'>Speeches</a><br>"
    "</td><td><h1>Combating trafficking</h1><p>Text of the page.</p></td></tr></table>")


def test_a_br_columns_bold_lines_are_read_by_their_look() -> None:
    entries = menu_entries(_BR_COLUMN, "https://www.osce.org/trafficking")
    assert ("Field operations", "/field", []) in entries
    assert ("Caucasus", "/field/caucasus", ["Field operations"]) in entries
    assert ("ODIHR", "/odihr", ["Institutions"]) in entries
