"""Mechanisms that blog-script menus showed.

An older blog's sidebar of titled blocks (b2evolution's widget boxes, an ``<h3>`` over
a list; Nucleus's ``<dl>`` with a ``<dt>`` over each ``<dd><ul>``) beside a weak hint (a
top bar of a few links) is the rest of the site menu, each block labelled by its title;
a block holding a form, lines of several links or no list gives nothing.  A category's
post count beside its name is no part of the label over its sub-categories.  A pager
numbering its pages in a parameter of its own (``paged=2``, ``startpos=10``) is a
pager, however its box is classed."""

from __future__ import annotations

from typing import Any

from tests.pages import menu_records

URL = "http://www.osce.org/blog/index.php"


def _menu(body: str, url: str = URL) -> list[dict[str, Any]]:
    return menu_records(body, url)


TOP = ("<div class='topnav'><a href='index.php'>Home</a> | "
       "<a href='index.php?itemid=3'>About</a> | <a href='index.php?itemid=4'>Mandate</a></div>"
       "<div class='content'><h2>News</h2><p>Text of the page.</p></div>")


def test_dl_sidebar_blocks_beside_a_top_bar_are_menu_groups() -> None:
    body = TOP + (
        "<div class='sidebar'><dl>"
        "<dt>Pages</dt><dd><ul><li><a href='index.php?archivelist=1'>Archives</a></li>"
        "<li><a href='index.php?itemid=9'>Gallery</a></li></ul></dd>"
        "<dt>Topics</dt><dd><ul><li><a href='index.php?catid=1'>Press</a></li>"
        "<li><a href='index.php?catid=2'>Statements</a></li>"
        "<li><a href='index.php?catid=3'>Reports</a></li></ul></dd>"
        "<dt>Login</dt><dd><form action='index.php'><input name='login'/></form>"
        "<a href='index.php?action=forgotpassword'>Lost your password?</a></dd>"
        "<dt>Feeds</dt><dd><a href='rss.php'>RSS</a> <a href='atom.php'>Atom</a></dd>"
        "</dl></div>")
    entries = _menu(body)
    assert [e["name"] for e in entries] == [
        "Home", "About", "Mandate", "Archives", "Gallery", "Press", "Statements", "Reports"]
    by_name = {e["name"]: e["path"] for e in entries}
    assert by_name["Mandate"] == []
    assert by_name["Gallery"] == ["Pages"]
    assert by_name["Reports"] == ["Topics"]


def test_widget_boxes_with_nested_categories_and_counts() -> None:
    body = TOP + (
        "<div class='side'>"
        "<div class='widget'><h3>Search</h3><form><input name='s'/></form></div>"
        "<div class='widget'><h3>Categories</h3><ul>"
        "<li><a href='index.php?cat=10'>Security</a> <span class='notes'>(14)</span><ul>"
        "<li><a href='index.php?cat=11'>Arms control</a> <span class='notes'>(4)</span></li>"
        "<li><a href='index.php?cat=12'>Borders</a> <span class='notes'>(6)</span></li>"
        "</ul></li></ul></div>"
        "<div class='widget'><h3>Feeds</h3><ul>"
        "<li>RSS: <a href='index.php?tempskin=rss'>Posts</a>, "
        "<a href='index.php?tempskin=rss&amp;disp=comments'>Comments</a></li></ul></div>"
        "<div class='widget'><h3>Browse</h3><ul>"
        "<li><a href='index.php?disp=arcdir'>Archives</a></li>"
        "<li><a href='index.php?disp=catdir'>Blog map</a></li></ul></div>"
        "</div>")
    entries = _menu(body)
    by_name = {e["name"]: e["path"] for e in entries}
    assert by_name["Security"] == ["Categories"]
    assert by_name["Borders"] == ["Categories", "Security"]
    assert by_name["Blog map"] == ["Browse"]
    assert "Posts" not in by_name
    assert "Comments" not in by_name


def test_sidebar_blocks_give_nothing_beside_a_full_menu() -> None:
    nav = "<nav><ul>" + "".join(
        f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12)) + "</ul></nav>"
    body = nav + (
        "<div class='side'>"
        "<div><h3>Topics</h3><ul><li><a href='/t1'>One</a></li>"
        "<li><a href='/t2'>Two</a></li></ul></div>"
        "<div><h3>Links</h3><ul><li><a href='/l1'>Three</a></li>"
        "<li><a href='/l2'>Four</a></li></ul></div></div>")
    names = [e["name"] for e in _menu(body)]
    assert names == [f"Section {i}" for i in range(12)]


def test_pager_numbered_by_its_own_parameter_is_no_menu() -> None:
    body = ("<div class='top_menu'><ul><li><a href='index.php?blog=2'>News</a></li>"
            "<li><a href='index.php?blog=3'>Media</a></li></ul></div>"
            "<div class='navigation'><strong>Pages:</strong> <strong>1</strong> "
            "<a href='index.php?blog=2&amp;paged=2'>2</a> "
            "<a href='index.php?blog=2&amp;paged=3'>3</a> "
            "<a href='index.php?blog=2&amp;paged=2'>&gt;&gt;</a></div>")
    assert [e["name"] for e in _menu(body)] == ["News", "Media"]
