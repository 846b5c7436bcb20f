"""Menus with no hint at all (no ``<nav>``, role or menu class): an older site's layout
table, read by its shape (scraper/extract/pages/navigation/layout.py).

Each page isolates one rule of the link column or the link bar.
"""

from __future__ import annotations

from tests.pages import Entry, menu_entries


def _menu(body: str, url: str = "https://www.osce.org/what") -> list[Entry]:
    return menu_entries(body, url)


def _row(href: str, name: str, lead: str = '<img src="/i/arrow.gif" alt="">&nbsp;') -> str:
    return f'<tr><td class="item">{lead}<a href="{href}">{name}</a></td></tr>'


_TITLE = '<tr><td class="band" bgcolor="#003366"><font color="#fff"><b>{}</b></font></td></tr>'
_SUBTITLE = '<tr><td class="sub">&nbsp;&nbsp;<b>{}</b></td></tr>'
_SPACER = '<tr><td height="6"><img src="/i/pixel.gif" alt=""></td></tr>'


def _page(column: str, content: str = "<h1>Topics</h1><p>Some words of the page.</p>") -> str:
    return (f'<table><tr><td valign="top"><table class="leftcol">{column}</table></td>'
            f'<td>{content}</td></tr></table>')


def test_title_rows_of_a_link_column_label_the_links_below_them() -> None:
    column = "".join([
        _TITLE.format("Topics"), _row("/arms", "Arms control"), _row("/borders", "Borders"),
        _row("/youth", "Youth"), _SPACER,
        _TITLE.format("Structures"), _row("/chair", "Chair"),
        _SUBTITLE.format("Institutions"),
        _row("/odihr", "ODIHR", "&nbsp;&nbsp;&raquo;&nbsp;"),
        _row("/hcnm", "HCNM", "&nbsp;&nbsp;&raquo;&nbsp;"),
        _TITLE.format("Meetings"), _row("/mc", "Ministerial Council")])
    assert _menu(_page(column)) == [
        ("Arms control", "/arms", ["Topics"]),
        ("Borders", "/borders", ["Topics"]),
        ("Youth", "/youth", ["Topics"]),
        ("Chair", "/chair", ["Structures"]),
        ("ODIHR", "/odihr", ["Structures", "Institutions"]),
        ("HCNM", "/hcnm", ["Structures", "Institutions"]),
        # styled like the first title: a group of its own, no subgroup of the one above
        ("Ministerial Council", "/mc", ["Meetings"])]


def test_a_title_straight_after_another_in_another_style_is_its_subgroup() -> None:
    column = "".join([
        _TITLE.format("Field operations"), _SUBTITLE.format("South-eastern Europe"),
        _row("/albania", "Albania"), _row("/kosovo", "Kosovo"), _row("/skopje", "Skopje"),
        _SUBTITLE.format("Central Asia"), _row("/almaty", "Almaty"), _row("/bishkek", "Bishkek")])
    assert [path for _, _, path in _menu(_page(column))] == [
        *[["Field operations", "South-eastern Europe"]] * 3,
        ["Field operations", "Central Asia"], ["Field operations", "Central Asia"]]


def test_a_column_of_links_without_titles_gives_flat_entries() -> None:
    column = "".join(_row(f"/p{i}", f"Page {i}") for i in range(6))
    assert _menu(_page(column)) == [(f"Page {i}", f"/p{i}", []) for i in range(6)]


def test_rows_with_words_beside_their_link_are_a_table_of_items_not_a_menu() -> None:
    rows = "".join(f'<tr><td>12 May 2006</td><td><a href="/item/{i}">Statement {i}</a></td></tr>'
                   for i in range(6))
    assert _menu(f"<h1>News</h1><table>{rows}</table>") == []


def test_too_few_links_or_a_form_in_the_column_make_no_menu() -> None:
    short = "".join(_row(f"/p{i}", f"Page {i}") for i in range(4))
    assert _menu(_page(short)) == []
    form = "".join(_row(f"/p{i}", f"Page {i}") for i in range(6)) + (
        '<tr><td><form action="/search"><input name="q"></form></td></tr>')
    assert _menu(_page(form)) == []


def test_a_row_holding_a_nested_column_is_read_as_a_group_of_its_title() -> None:
    inner = "".join(f'<tr><td>&raquo;</td><td><a href="/w/{i}">Work {i}</a></td></tr>'
                    for i in range(3))
    column = (f'<tr><td class="heading">What we do</td></tr>'
              f'<tr><td><table class="level2">{inner}</table></td></tr>'
              f'<tr><td class="heading">Where we are</td></tr>'
              + "".join(_row(f"/where/{i}", f"Place {i}") for i in range(3)))
    menu = _menu(_page(column))
    assert menu[:3] == [(f"Work {i}", f"/w/{i}", ["What we do"]) for i in range(3)]
    assert menu[3:] == [(f"Place {i}", f"/where/{i}", ["Where we are"]) for i in range(3)]


def test_links_separated_by_pipes_above_the_headline_are_a_menu_bar() -> None:
    bar = ('<td><font size="1"><a href="/who">Who we are</a> <font color="#99c">|</font> '
           '<a href="/newsroom">Newsroom</a> <font color="#99c">|</font> '
           '<a href="/documents">Documents</a></font></td>')
    langs = ('<td><a href="/fr/what">Français</a> | <a href="/ru/what">Русский</a> | '
             '<a href="/de/what">Deutsch</a></td>')
    footer = ('<td>© 2006 OSCE | <a href="/legal">Legal notes</a> | '
              '<a href="/sitemap">Site map</a> | <a href="/webmaster">Webmaster</a></td>')
    own = ('<p><a href="/print">Print</a> | <a href="/send">Send</a> | '
           '<a href="/rss">RSS</a></p>')
    page = (f"<table><tr>{langs}</tr><tr>{bar}</tr><tr><td><h1>Topics</h1>{own}</td></tr>"
            f"<tr>{footer}</tr></table>")
    assert _menu(page) == [("Who we are", "/who", []), ("Newsroom", "/newsroom", []),
                           ("Documents", "/documents", [])]


def test_a_bar_of_links_between_images_is_a_menu_bar() -> None:
    dot = '<img src="/i/dot.gif" alt="">'
    bar = dot.join(f'<a href="/s{i}"><b>Section {i}</b></a>' for i in range(4))
    assert _menu(f"<div>{bar}</div><h1>Home</h1>") == [
        (f"Section {i}", f"/s{i}", []) for i in range(4)]


def test_links_in_running_text_are_no_bar() -> None:
    text = ('<p>See <a href="/a">the report</a>, <a href="/b">the annex</a> and '
            '<a href="/c">the statement</a>.</p>')
    assert _menu(f"{text}<h1>Home</h1>") == []


def test_a_hinted_menu_wins_over_the_shape_of_the_layout() -> None:
    column = "".join(_row(f"/p{i}", f"Page {i}") for i in range(6))
    page = _page(column) + '<div id="navigation"><a href="/one">One</a><a href="/two">Two</a></div>'
    assert _menu(page) == [("One", "/one", []), ("Two", "/two", [])]


def test_a_link_in_a_title_rows_style_heads_a_group_of_its_own() -> None:
    link_title = ('<tr><td class="band" bgcolor="#003366"><font color="#fff"><b>'
                  '<a href="/newsroom">Newsroom</a></b></font></td></tr>')
    column = "".join([
        _TITLE.format("Topics"), _row("/arms", "Arms control"), _row("/borders", "Borders"),
        link_title, _row("/press", "Press releases"), _row("/speeches", "Speeches")])
    assert _menu(_page(column)) == [
        ("Arms control", "/arms", ["Topics"]), ("Borders", "/borders", ["Topics"]),
        ("Newsroom", "/newsroom", []),
        ("Press releases", "/press", ["Newsroom"]), ("Speeches", "/speeches", ["Newsroom"])]


def test_title_rows_label_the_links_of_a_hinted_table_menu_too() -> None:
    column = "".join([_TITLE.format("Topics"), _row("/arms", "Arms control"),
                      _TITLE.format("Newsroom"), _row("/press", "Press releases")])
    page = f'<table id="menu">{column}</table><h1>Topics</h1>'
    assert _menu(page) == [("Arms control", "/arms", ["Topics"]),
                           ("Press releases", "/press", ["Newsroom"])]


def test_a_cell_of_links_on_lines_of_their_own_under_bold_titles_is_a_column() -> None:
    cell = ('<b>Our work</b><br>\n<img src="/i/dot.gif" alt=""> <a href="/arms">Arms control</a>'
            '<br>\n<a href="/elections">Elections</a><br>\n<a href="/borders">Borders</a><br>'
            '<br>\n<b>Newsroom</b><br>\n<a href="/press">Press releases</a><br>\n'
            '<a href="/speeches">Speeches</a><br>')
    page = (f'<table><tr><td valign="top">{cell}</td><td><h1>Home</h1>'
            '<p>Welcome to the pages of the organization.</p></td></tr></table>')
    assert _menu(page) == [
        ("Arms control", "/arms", ["Our work"]), ("Elections", "/elections", ["Our work"]),
        ("Borders", "/borders", ["Our work"]),
        ("Press releases", "/press", ["Newsroom"]), ("Speeches", "/speeches", ["Newsroom"])]


def test_indented_titles_in_a_cell_of_lines_are_subgroups() -> None:
    cell = ('<b>Structures</b><br><a href="/chair">Chair</a><br>'
            '&nbsp;&nbsp;<b>Institutions</b><br>'
            '&nbsp;&nbsp;&nbsp;&raquo; <a href="/odihr">ODIHR</a>'
            '<br>&nbsp;&nbsp;&nbsp;&raquo; <a href="/hcnm">HCNM</a><br>'
            '<b>Meetings</b><br><a href="/mc">Ministerial Council</a><br>'
            '<a href="/forum">Forum</a>')
    assert [(n, p) for n, _, p in _menu(f"<div>{cell}</div><h1>Home</h1>")] == [
        ("Chair", ["Structures"]), ("ODIHR", ["Structures", "Institutions"]),
        ("HCNM", ["Structures", "Institutions"]), ("Ministerial Council", ["Meetings"]),
        ("Forum", ["Meetings"])]


def test_a_box_of_boxes_each_one_link_under_title_boxes_is_a_column() -> None:
    items = "".join(f'<div class="item"><a href="/w/{i}">Work {i}</a></div>' for i in range(3))
    group = ('<div class="group"><div class="title">Newsroom</div><ul>'
             '<li><a href="/press">Press releases</a></li><li><a href="/speeches">Speeches</a></li>'
             '</ul></div>')
    page = (f'<div class="left"><div class="title">Our work</div>{items}{group}</div>'
            '<div><h1>Home</h1><p>Welcome.</p></div>')
    assert _menu(page) == [
        *[(f"Work {i}", f"/w/{i}", ["Our work"]) for i in range(3)],
        ("Press releases", "/press", ["Newsroom"]), ("Speeches", "/speeches", ["Newsroom"])]


def test_a_short_list_of_links_above_the_headline_is_a_menu_row() -> None:
    header = ('<div class="top"><ul><li><a href="/who">Who we are</a></li>'
              '<li><a href="/work">Our work</a></li><li><a href="/newsroom">Newsroom</a></li>'
              '</ul></div>')
    related = ('<ul><li><a href="/r1">Report</a></li><li><a href="/r2">Annex</a></li>'
               '<li><a href="/r3">Statement</a></li></ul>')
    assert _menu(f"{header}<h1>Home</h1><p>Text.</p>{related}") == [
        ("Who we are", "/who", []), ("Our work", "/work", []), ("Newsroom", "/newsroom", [])]


def test_a_cell_of_prose_with_a_few_links_is_no_column() -> None:
    cell = ('The organization works in 57 countries.<br>'
            'Read <a href="/a">the annual report</a> and <a href="/b">the budget</a>.<br>'
            'See also <a href="/c">the statements</a>, <a href="/d">the speeches</a> and '
            '<a href="/e">the reports</a>.')
    assert _menu(f"<h1>Home</h1><div>{cell}</div>") == []


def test_a_column_deep_in_hundreds_of_wrappers_is_read_without_exhausting_the_stack() -> None:
    lines = "".join(f'<a href="/p{i}">Page {i}</a><br>' for i in range(6))
    page = "<div>" * 600 + lines + "</div>" * 600 + "<h1>Home</h1>"
    assert _menu(page) == [(f"Page {i}", f"/p{i}", []) for i in range(6)]


def test_a_row_of_languages_above_a_column_labels_none_of_its_links() -> None:
    langs = ('<tr><td colspan="2"><a href="/">English</a> | <a href="/fr/">Français</a> | '
             '<b>Русский</b></td></tr>')
    rows = [_row(f"/ru/a{i}", f"Раздел {i}") for i in range(5)]
    column = "".join([_TITLE.format("About"), *rows])
    page = (f'<table>{langs}<tr><td><table>{column}</table></td>'
            '<td><h1>Заголовок</h1><p>Текст страницы.</p></td></tr></table>')
    assert [p for _, _, p in _menu(page)] == [["About"]] * 5


def test_a_language_link_in_a_bar_is_no_menu_entry() -> None:
    bar = ('<td><a href="/">HOME</a> | <a href="/about">ABOUT</a> | <a href="/press">PRESS</a> | '
           '<a href="/ru/">РУССКИЙ</a></td>')
    assert _menu(f"<table><tr>{bar}</tr></table><h1>Item</h1>") == [
        ("HOME", "/", []), ("ABOUT", "/about", []), ("PRESS", "/press", [])]


def test_a_cell_of_br_lines_in_a_font_under_a_title_row_is_a_group() -> None:
    links = "<br>".join(f'<a href="/act/{i}.html">Activity {i}</a>' for i in range(6))
    column = (f"{_TITLE.format('What we do')}"
              f'<tr><td><font size="1">{links}</font></td></tr>')
    assert _menu(_page(column)) == [(f"Activity {i}", f"/act/{i}.html", ["What we do"])
                                    for i in range(6)]


def test_headlines_of_items_in_a_sidebar_column_are_no_menu_entries() -> None:
    work = "".join(f'<li><a href="/what/{i}">Field {i}</a></li>' for i in range(5))
    news = "".join(f'<li><a href="/cio/51865{i}">Chairperson visits region {i} and meets the '
                   f'authorities</a></li>' for i in range(3))
    side = (f'<div class="box"><div class="t">What we do</div><ul>{work}</ul></div>'
            f'<div class="box"><div class="t">Latest press releases</div><ul>{news}</ul></div>')
    page = f'<table><tr><td>{side}</td><td><h1>Item</h1><p>Text.</p></td></tr></table>'
    assert _menu(page) == [(f"Field {i}", f"/what/{i}", ["What we do"]) for i in range(5)]


# a word processor's page saved as HTML: paragraphs in one section box, Office's own tags
_WORD_BAR = ('<p class="MsoNormal" align="right"><span style="font-size:8.0pt">'
             '<a href="/">Home</a> | <a href="/press">Press</a> | <a href="/contact">Contact</a>'
             '<o:p></o:p></span></p>')
_WORD_TITLE = ('<p class="MsoNormal" style="margin-top:12.0pt"><a name="_Toc1"></a><b><span>{}'
               '<o:p></o:p></span></b></p>')
_WORD_LINK = ('<p class="MsoNormal" style="margin-left:18.0pt"><span><a href="{}">{}</a>{}'
              '<o:p></o:p></span></p>')


def _word_page(*lines: str) -> str:
    return ('<div class="Section1"><p class="MsoTitle">Site map<o:p></o:p></p>'
            '<p class="MsoNormal">This page lists the sections of the site; some are in '
            '<a href="/languages">other languages</a> only, as marked after their names.</p>'
            f'{"".join(lines)}<p class="MsoNormal">Last updated 12 May 2003</p></div>')


def test_a_bar_of_links_in_a_word_paragraph_with_office_tags_is_a_menu_bar() -> None:
    assert _menu(f'<div class="Section1">{_WORD_BAR}<p class="MsoTitle">Site map</p></div>') == [
        ("Home", "/", []), ("Press", "/press", []), ("Contact", "/contact", [])]


def test_bold_titled_groups_of_link_paragraphs_among_a_pages_text_are_a_column() -> None:
    page = _word_page(
        _WORD_TITLE.format("Who we are"), _WORD_LINK.format("/what", "What is it", ""),
        _WORD_LINK.format("/history", "History", ""), '<p class="MsoNormal">&nbsp;</p>',
        _WORD_TITLE.format("Press"), _WORD_LINK.format("/releases", "Releases", ""),
        _WORD_LINK.format("/speeches", "Speeches", ""), _WORD_LINK.format("/photos", "Photos", ""))
    # the link in the introduction's text is none of the column's
    assert _menu(page) == [
        ("What is it", "/what", ["Who we are"]), ("History", "/history", ["Who we are"]),
        ("Releases", "/releases", ["Press"]), ("Speeches", "/speeches", ["Press"]),
        ("Photos", "/photos", ["Press"])]


def test_a_title_set_apart_by_bold_or_by_its_links_indent_heads_the_link_paragraphs() -> None:
    def page(title: str, style: str) -> str:
        groups = [f"<p>{title.format(name)}</p>" + "".join(
            f'<p style="{style}"><a href="/{name}/{i}">Page {i}</a></p>' for i in range(3))
            for name in ("Topics", "Places")]
        return _word_page(*groups)
    expected = [["Topics"]] * 3 + [["Places"]] * 3
    assert [path for _, _, path in _menu(page("{}", "margin-left: 1.5em"))] == expected
    assert [path for _, _, path in _menu(page("<strong>{}</strong>", ""))] == expected
    # a title line neither bold nor standing out from its links: paragraphs of text
    assert _menu(page("{}", "color: navy")) == []


def test_a_note_in_brackets_beside_a_link_leaves_it_a_line_of_one_link() -> None:
    page = _word_page(
        _WORD_TITLE.format("Institutions"), _WORD_LINK.format("/odihr", "ODIHR", ""),
        _WORD_LINK.format("/pa", "Parliamentary Assembly", "<span lang='en'> (en)</span>"),
        _WORD_TITLE.format("Press"), _WORD_LINK.format("/releases", "Releases", ""),
        _WORD_LINK.format("/newsletter", "Newsletter", " (PDF)"),
        _WORD_LINK.format("/photos", "Photos", ""))
    assert [name for name, _, _ in _menu(page)] == [
        "ODIHR", "Parliamentary Assembly", "Releases", "Newsletter", "Photos"]


def test_a_single_titled_group_of_link_paragraphs_in_a_pages_text_is_no_column() -> None:
    links = "".join(_WORD_LINK.format(f"/doc{i}", f"Document {i}", "") for i in range(6))
    assert _menu(_word_page(_WORD_TITLE.format("Related documents"), links)) == []
