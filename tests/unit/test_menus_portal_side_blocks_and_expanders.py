"""Menu designs (a 2000s portal's side blocks, e107 style): a left column "Main Menu"
block of ``<br>``-separated links whose groups open under an expander image ("+")
standing before the group's own link; side blocks of the same menu-named kind holding
a login form, a poll or the latest headlines with their dates, which are no menu."""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.osce.org/page.php?24") -> list[Entry]:
    return menu_entries(body, url)


def _block(caption: str, inner: str) -> str:
    """A portal's side block: a caption row over a body cell (the block's class calls
    it a menu, as every side block of such a theme is)."""
    return (f"<table class='menuTable'><tr><td class='caption'>{caption}</td></tr>"
            f"<tr><td class='menuBody'>{inner}</td></tr></table>")


def _line(url: str, name: str) -> str:
    return f"<img src='/bullet.gif' alt='' /> <a href='{url}'>{name}</a><br />"


def _group(ident: str, url: str, name: str, subs: list[tuple[str, str]],
           shown: bool = False) -> str:
    """A group's link behind a "+" image whose click shows the group's box below it;
    the sub-items indented by non-breaking spaces and an arrow image."""
    items = "".join(f"&nbsp;&nbsp;<img src='/arrow.gif' alt='' />&nbsp;<a href='{u}'>{n}</a>"
                    "<br />" for u, n in subs)
    style = "display:" if shown else "display:none"
    return (f"<img src='/plus.gif' alt='+' title='Expand' onclick=\"expandit('{ident}')\" /> "
            f"<a href='{url}'>{name}</a><br /><div id='{ident}' style='{style}'>{items}</div>")


_FIELDS = [("/page.php?48", "Anti-terrorism"), ("/page.php?31", "Arms control")]
_MISSIONS = [("/page.php?71", "Presence in Albania"), ("/page.php?72", "Mission to Croatia")]
_STATES = [("/page.php?100", "Albania"), ("/page.php?101", "Andorra")]


# ------------------------------------------------------------------ expander images
def test_a_group_opened_by_an_image_before_its_link_is_labelled_by_that_link() -> None:
    menu = _block("Main Menu", _line("/index.php", "Home")
                  + _group("sub_10", "/page.php?10", "Fields of work", _FIELDS))
    assert _menu(menu) == [
        ("Home", "/index.php", []), ("Fields of work", "/page.php?10", []),
        *((n, u, ["Fields of work"]) for u, n in _FIELDS)]


def test_an_open_group_above_an_expander_is_no_label_of_the_next_group() -> None:
    # the expander's previous sibling is the open box of the group before it: a box of
    # links is no label, the link after the expander is
    menu = _block("Main Menu", _group("sub_24", "/page.php?24", "Field operations", _MISSIONS,
                                      shown=True)
                  + _group("sub_99", "/page.php?99", "Participating States", _STATES))
    assert _menu(menu) == [
        ("Field operations", "/page.php?24", []),
        *((n, u, ["Field operations"]) for u, n in _MISSIONS),
        ("Participating States", "/page.php?99", []),
        *((n, u, ["Participating States"]) for u, n in _STATES)]


# ------------------------------------------------------------------ side blocks
def test_a_side_block_s_caption_over_all_its_links_names_the_menu_no_group() -> None:
    # the caption row over one cell of <br>-separated links (a row of links to the
    # column reader) is the block's name, as a nav's own heading is
    menu = _block("Main Menu", _line("/index.php", "Home") + _line("/news.php", "News"))
    assert _menu(menu) == [("Home", "/index.php", []), ("News", "/news.php", [])]


_MAIN = _block("Main Menu", "".join(_line(u, n) for u, n in
                                    [("/index.php", "Home"), ("/news.php", "News"),
                                     ("/contact.php", "Contact")]))


def test_a_side_block_whose_links_stand_in_its_login_form_is_no_menu() -> None:
    login = _block("Login", "<form method='post' action='/page.php?24'>Username:<br />"
                   "<input type='text' name='username' /><br />Password:<br />"
                   "<input type='password' name='userpass' /><br />"
                   "<input type='submit' value='Login' /><br />"
                   "[ <a href='/signup.php'>Signup</a> ]<br />"
                   "[ <a href='/fpw.php'>Forgot password?</a> ]</form>")
    assert [n for n, _, _ in _menu(_MAIN + login)] == ["Home", "News", "Contact"]


def test_a_side_block_whose_link_stands_in_its_poll_form_is_no_menu() -> None:
    poll = _block("Poll", "<form method='post' action='/page.php?24'><b>Which part?</b><br />"
                  "<input type='radio' name='v' value='1' /> News<br />"
                  "<input type='radio' name='v' value='2' /> Documents<br />"
                  "<input type='submit' value='Vote' /><br />"
                  "<a href='/poll/oldpolls.php'>Old polls</a> | Votes: 1,209</form>")
    assert [n for n, _, _ in _menu(_MAIN + poll)] == ["Home", "News", "Contact"]


def test_a_menu_inside_a_form_wrapping_the_whole_page_is_still_a_menu() -> None:
    # ASP.NET wraps the page in one form: the form holds the menu, not the reverse
    page = (f"<form method='post' action='/default.aspx'><input type='text' name='q' />"
            f"{_MAIN}</form>")
    assert [n for n, _, _ in _menu(page)] == ["Home", "News", "Contact"]


def test_a_side_block_of_dated_headlines_and_a_more_link_is_no_menu() -> None:
    # the item addresses name no number a reader of addresses knows (news.php?item.2211);
    # each headline's date under it, and a "More news" link to their listing, say it
    news = _block("Latest news", "".join(
        f"<a href='/news.php?item.{n}'>{title}</a><br /><span class='smalltext'>{day}</span>"
        "<br /><br />" for n, title, day in [
            (2211, "Chairman-in-Office visits Central Asia on a three-day trip",
             "Monday 11 April 2005"),
            (2208, "ODIHR publishes final report on Kyrgyz parliamentary elections",
             "Friday 08 April 2005"),
            (2203, "Border guards from the South Caucasus meet in Tbilisi",
             "Wednesday 06 April 2005")])
        + "<a href='/news.php'>More news ...</a>")
    assert [n for n, _, _ in _menu(_MAIN.replace("/news.php", "/press.php") + news)] == [
        "Home", "News", "Contact"]


def test_a_side_block_of_dated_short_names_is_still_a_menu() -> None:
    # a menu of events named by a few words, each with its date, is no list of headlines
    events = _block("Events", "".join(
        f"<a href='/page.php?{n}'>{name}</a><br /><span>{day}</span><br />"
        for n, name, day in [(7, "Ministerial Council", "1 December 2005"),
                             (8, "Annual Review", "21 June 2005")]))
    assert [n for n, _, _ in _menu(events)] == ["Ministerial Council", "Annual Review"]
