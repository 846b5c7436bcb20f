"""The HTML of the offline copy's own pages: newsroom pages, home, sections, robots.txt.

Newsroom pages in the two listing markups the site has used (the older Drupal 7
views with ``li.pager-next``, the current cards with a ``rel=next`` pager), and the
home and section pages in the current design with the seed's site menu.  Page
skeletons are in ``scraper/devsite/templates/``; what goes in them is written here.
"""

from __future__ import annotations

import html
import re
import string
from functools import cache
from pathlib import Path

from scraper.devsite.fixtures import FIXTURES_DIR, load
from scraper.devsite.sitegen.listings import PER_PAGE, Entry, page_url

SECTION_PAGES = {
    "/border-management": "Border management",
    "/countering-terrorism": "Countering terrorism",
    "/cyber-ict-security": "Cyber/ICT Security",
    "/tolerance-and-nondiscrimination": "Tolerance and non-discrimination",
}
# The local menu of /border-management (the only section page with one), as a crawl
# of the navigation must report it.
SECTION_SUBMENU = {
    "/border-management": [
        ("/border-management/focal-points", "National Focal Points Network"),
        ("/border-management/publications", "Border management publications"),
    ],
}
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@cache
def template(name: str) -> string.Template:
    """A page skeleton from ``scraper/devsite/templates/`` (``$name`` placeholders)."""
    return string.Template((TEMPLATES / name).read_text(encoding="utf-8"))


def _esc(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _en_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {_EN_MONTHS[m - 1]} {y}"


def _ru_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {_RU_MONTHS[m - 1]} {y} г."


def _d7_field(cls: str, label: str, value: str) -> str:
    return (f'      <div class="views-field views-field-{cls}">    '
            f'<span class="views-label views-label-{cls}">{label}: </span>    {value}  </div>\n')


def _d7_row(n: int, count: int, e: Entry) -> str:
    fields = []
    if e.issued_on:
        fields.append(_d7_field("ds-date", "Publishing date",
                                f'<span class="field-content">{_en_date(e.issued_on)}</span>'))
    if e.content_type:
        fields.append(_d7_field("type", "Content type",
                                f'<span class="field-content">{_esc(e.content_type)}</span>'))
    if e.issued_by:
        fields.append(_d7_field("im-taxonomy-vid-1", "Where we are",
                                f'<div class="field-content">{_esc(", ".join(e.issued_by))}'
                                '</div>'))
    if e.fields_of_work:
        links = ", ".join(f'<a href="/what/{_esc(slug)}">{_esc(name)}</a>'
                          for name, slug in e.fields_of_work)
        fields.append(_d7_field("im-taxonomy-vid-3", "What we do",
                                f'<div class="field-content">{links}</div>'))
    if e.summary:
        fields.append('      <div class="views-field views-field-teaser">        '
                      f'<div class="field-content"><p>{_esc(e.summary)}</p></div>  </div>\n')
    edge = (" views-row-first" if n == 1 else "") + (" views-row-last" if n == count else "")
    parity = "odd" if n % 2 else "even"
    return (f'    <div class="views-row views-row-{n} views-row-{parity}{edge}">\n'
            '      <div class="views-field views-field-title">        <span class="field-content">'
            f'<a href="{_esc(e.path)}">{_esc(e.title)}</a></span>  </div>\n'
            + "".join(fields) + "    </div>\n")


def _d7_pager(page: int, last: int, base: str) -> str:
    if last == 0:
        return ""
    out = []
    if page > 0:
        out.append(f'      <li class="pager-first first"><a title="Go to first page" '
                   f'href="{base}">« first</a></li>\n')
        out.append(f'      <li class="pager-previous"><a title="Go to previous page" '
                   f'href="{page_url(base, page - 1)}">‹ previous</a></li>\n')
    for p in range(max(0, page - 4), min(last, page + 4) + 1):
        if p == page:
            out.append(f'      <li class="pager-current">{p + 1}</li>\n')
        else:
            out.append(f'      <li class="pager-item"><a title="Go to page {p + 1}" '
                       f'href="{page_url(base, p)}">{p + 1}</a></li>\n')
    if page < last:
        out.append(f'      <li class="pager-next"><a title="Go to next page" '
                   f'href="{page_url(base, page + 1)}">next ›</a></li>\n')
        out.append(f'      <li class="pager-last last"><a title="Go to last page" '
                   f'href="{page_url(base, last)}">last »</a></li>\n')
    return "".join(out)


def d7_listing_page(entries: list[Entry], page: int, last: int, total: int,
                    most_read: list[Entry]) -> str:
    """A page of the English newsroom in the older Drupal 7 markup."""
    first = page * PER_PAGE + 1
    side = "".join(
        f'              <div class="views-row views-row-{n}">\n'
        '                <div class="views-field views-field-title"><span class="field-content">'
        f'<a href="{_esc(e.path)}">{_esc(e.title)}</a></span></div>\n'
        '              </div>\n' for n, e in enumerate(most_read, 1))
    return template("listing-drupal7.html").substitute(
        first=first, last=first + len(entries) - 1, total=f"{total:,}",
        rows="".join(_d7_row(n, len(entries), e) for n, e in enumerate(entries, 1)),
        pager=_d7_pager(page, last, "/press-releases"), most_read=side)


def _ru_card(e: Entry) -> str:
    out = ['    <article class="card card--news">\n      <div class="card__body">\n']
    if e.content_type:
        out.append(f'        <span class="card__type">{_esc(e.content_type)}</span>\n')
    out.append(f'        <h3 class="card__title"><a href="{_esc(e.path)}">{_esc(e.title)}'
               '</a></h3>\n')
    if e.issued_on:
        out.append(f'        <time class="card__date" datetime="{e.issued_on}">'
                   f'{_ru_date(e.issued_on)}</time>\n')
    if e.summary:
        out.append(f'        <p class="card__teaser">{_esc(e.summary)}</p>\n')
    out.append("      </div>\n    </article>\n")
    return "".join(out)


def ru_listing_page(entries: list[Entry], page: int, last: int) -> str:
    """A page of the Russian newsroom in the current card markup, ``rel=next`` pager."""
    base = "/ru/press-releases"
    rel = ""
    if page > 0:
        rel += f'<link rel="prev" href="{page_url(base, page - 1)}">\n'
    if page < last:
        rel += f'<link rel="next" href="{page_url(base, page + 1)}">\n'
    pager = []
    if page > 0:
        pager.append('      <li class="pager__item pager__item--previous"><a href="'
                     f'{page_url(base, page - 1)}" rel="prev">‹ предыдущая</a></li>\n')
    pager.append(f'      <li class="pager__item is-active"><a href="{page_url(base, page)}" '
                 f'aria-current="page">{page + 1}</a></li>\n')
    if page < last:
        pager.append('      <li class="pager__item pager__item--next"><a href="'
                     f'{page_url(base, page + 1)}" rel="next">следующая ›</a></li>\n')
    return template("listing-cards-ru.html").substitute(
        canonical=page_url(base, page), rel_links=rel,
        cards="".join(_ru_card(e) for e in entries), pager="".join(pager))


_MENU = re.compile(r'[ \t]*<nav id="main-menu".*?</nav>', re.S)
_ABSOLUTE_SITE_HREF = re.compile(r'href="(?:https?:)?//(?:www\.)?osce\.org(/[^"]*)"')


def site_menu(root: Path = FIXTURES_DIR) -> str:
    """The seed's site menu (fixtures/navigation/current-seed-menu.html), pointed at this
    site (absolute www.osce.org links made relative), with a "Search" entry that robots.txt
    disallows."""
    text = load("navigation", "current-seed-menu", root).html_path.read_text(encoding="utf-8")
    m = _MENU.search(text)
    if not m:
        raise ValueError("navigation/current-seed-menu.html has no <nav id=\"main-menu\">")
    menu = _ABSOLUTE_SITE_HREF.sub(r'href="\1"', m[0])
    search = '      <li class="main-menu__item"><a href="/search">Search</a></li>\n    </ul>'
    at = menu.rfind("</ul>")
    return menu[:at].rstrip(" ") + search + menu[at + len("</ul>"):]


def menu_paths(menu: str) -> list[str]:
    """The site's own paths the menu links to, in menu order, each once."""
    out: list[str] = []
    for href in re.findall(r'href="([^"]*)"', menu):
        if href.startswith("/") and not href.startswith("//") and href not in out:
            out.append(href)
    return out


def _current_page(path: str, title: str, main: str, menu: str, body_class: str,
                  breadcrumb: bool = True) -> str:
    crumbs = ""
    if breadcrumb:
        crumbs = ('<nav class="breadcrumb" aria-label="Breadcrumb">\n  <ol>\n'
                  '    <li><a href="/">Home</a></li>\n'
                  f'    <li aria-current="page">{_esc(title)}</li>\n  </ol>\n</nav>\n')
    return template("page-current.html").substitute(
        title=_esc(f"{title} | OSCE"), path=_esc(path), path_ru=_esc(path if path != "/" else ""),
        body_class=body_class, menu=menu, breadcrumb=crumbs, main=main)


def home_page(menu: str, latest: list[Entry]) -> str:
    news = "".join(f'      <li><a href="{_esc(e.path)}">{_esc(e.title)}</a></li>\n'
                   for e in latest)
    main = ('  <h1 class="page-title">Organization for Security and Co-operation in Europe'
            '</h1>\n'
            '  <p class="intro">The offline copy of the site osce-scraper is tested against: '
            'the newsroom, the site menu and a few section pages.</p>\n'
            '  <section class="latest-news">\n    <h2>Latest news</h2>\n    <ul>\n'
            f'{news}    </ul>\n'
            '    <p><a href="/press-releases">All news and press releases</a></p>\n'
            '  </section>')
    return _current_page("/", "Home", main, menu, "path-frontpage", breadcrumb=False)


def section_page(path: str, title: str, menu: str) -> str:
    main = (f'  <h1 class="page-title">{_esc(title)}</h1>\n'
            f'  <p class="intro">What the OSCE does on {_esc(title.lower())}: projects, '
            'meetings and the latest news, in one place.</p>\n')
    sub = SECTION_SUBMENU.get(path)
    if sub:
        links = "".join(f'      <li><a href="{_esc(p)}">{_esc(name)}</a></li>\n'
                        for p, name in sub)
        main += ('  <nav class="section-menu" aria-label="Section">\n'
                 '    <h2>In this section</h2>\n'
                 f'    <ul>\n{links}    </ul>\n  </nav>\n')
    return _current_page(path, title, main, menu, "path-section")


def generic_section_page(menu: str) -> str:
    main = ('  <h1 class="page-title">OSCE</h1>\n'
            '  <p class="intro">This page stands for one of the site\'s section pages in '
            'the offline copy; every menu link without a page of its own shows it.</p>\n')
    return _current_page("/", "OSCE", main, menu, "path-section")


ROBOTS_TXT = """# The offline copy of www.osce.org (scraper/devsite/sitegen/).
User-agent: *
# Search results are not for robots; pages link to them (the menu, the newsroom).
Disallow: /search
# Staff-only pages; the newsroom lists one of them.
Disallow: /internal/
"""
