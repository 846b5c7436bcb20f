"""Pure URL helpers: absolute and canonical forms, node ids, documents."""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import SplitResult, parse_qs, parse_qsl, unquote, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

# /node/N, /secretariat/N, /ru/odihr/N, /fr/mission-to-serbia/N,
# /odihr/elections/montenegro/N (an institution's page of a country's elections: three
# sections deep, a node's number of five figures or more, no year or month: /label/PRESSE/2023,
# /news/archive/200804), and the
# id-then-title permalinks CMSs write (Textpattern's section/id/title,
# /it/odihr/498127/elezioni-…): a last segment of several words after the number is the
# title, not another page (one word is: /p/561940/comments, /556102/amp); the title may
# be a file's name with a page suffix, as the PHP and static-HTML CMSs of government
# portals write it (/serbia/vest/en/449812/<slug>.php, /ru/news/512345/<slug>.html)
_NODE_PATH = re.compile(
    r"^/(?:[a-z]{2}(?:-[a-z]{2,4})?/)?(?:(?:[a-z][a-z0-9_-]*/){1,2}?(\d{2,9})"
    r"|(?:[a-z][a-z0-9_-]*/){3}"
    r"(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:\d\d)?/?$)(\d{5,9}))"
    r"(?:/[a-z][\w%]*[-_][\w%-]*(?:\.(?:s?html?|php|aspx?|jsp))?)?/?$", re.I)
# a wiki's numbered page: XWiki's view action names a nested page by its space path, each
# space a folder (/xwiki/bin/view/Blog/593500/ is the page Blog.593500.WebHome), so a
# newsroom filing its posts as numbered pages under a blog or news space ends the path in
# the node id and a trailing slash; a download or an export action names a file, no page
_WIKI_VIEW_PAGE = re.compile(r"/bin/view/(?:[^/]+/)+?(\d{2,9})/$", re.I)
_FOLDER_INDEX = re.compile(r"/index\.s?html?$", re.I)
# /news/2021/some-title is a date archive's path: a year before a title names no item
_YEAR_THEN_TITLE = re.compile(r"/(?:19|20)\d\d/[^/]+/?$")
# /es/prensa/2022: a section's archive of a year, no node (/node/2022 is one); a
# sub-site's blog puts its archive one level deeper (Hexo's and Jekyll's year page under
# the site's root, /mission-to-moldova/archives/2024/)
_YEAR_ARCHIVE = re.compile(r"^/(?:[a-z]{2}(?:-[a-z]{2,4})?/)?(?!node/)(?:[a-z][\w-]*/){1,2}"
                           r"(?:19[89]\d|20[0-3]\d)/?$", re.I)
# a day's archive named by its date written as one number (a weblog calendar's day links,
# Apache Roller's /blog/date/20120604): a date, no node
_DAY_ARCHIVE = re.compile(r"/(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/?$")
# a static page of the older sites, named by its number: /fr/item/19872.html,
# /press_rel/2005/06/15432_fr.html, /news.php?id=123 is not one (a query names no page);
# the number may carry a part's after a hyphen (/press_rel/1999/11/4127-1.html, then
# 4127-2.html: two pages, so the part is kept in the number)
_NUMBERED_PAGE = re.compile(r"/(\d{3,9}(?:-\d{1,3})?)(?:_[a-z]{2})?"
                            r"\.(?:html?|shtml|php|aspx?|jsp)$", re.I)
# Vignette StoryServer's addresses: 0,<template>,<content id>,00.html (a section's
# page leaves the id empty: 0,1354,,00.html)
_STORYSERVER_PAGE = re.compile(r"/\d+,\d+,(\d{2,9}),\d+\.html?$", re.I)
# an id-then-alias last segment (Joomla's and K2's SEF addresses: item/8712-odihr-otwiera…,
# news/45-title), not under a list's own path (K2's itemlist/category/12-news, a tag's,
# an author's or a date's page); a year is no id (/events/2024-ministerial-council).
# The segment may end in a page suffix: DataLife Engine's and InstantCMS's SEO addresses
# are <category>/<id>-<alt-name>.html (/ru/elections/593847-missiya-obse….html)
_ID_ALIAS = re.compile(r"/(?!(?:19|20)\d\d-)(\d{3,9})-[a-z][\w%]*(?:-[\w%]+)*"
                       r"(?:/|\.s?html?|\.php)?$", re.I)
# a forum's topic: Discourse's /t/<slug>/<id> (a post inside it /t/<slug>/<id>/<post
# number>), under whatever folder the forum is installed in (/community/t/slug/5102)
_FORUM_TOPIC = re.compile(r"/t/[^/]+/(\d{1,9})(?:/\d{1,6})?/?$", re.I)
# a record's detail view named by a verb segment before its number, however deep the
# section (React/Next.js portals: /entities/astana/press/news/details/647912?lang=ru)
_DETAIL_PATH = re.compile(r"/(?:details?|view|show)/(\d{3,9})/?$", re.I)
# a news app's dated permalink: the item's number after the day it was published
# (aldryn-newsblog's /pl/aktualnosci/2019/05/14/761043/); a day's archive
# (/news/2019/05/14/) ends in the day
_DATED_ITEM = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(\d{2,9})/?$")
# a bulletin board's topic script (phpBB's viewtopic.php, vBulletin's showthread.php):
# its topic parameter names the item, a post parameter one post inside a topic (the
# "last post" link of a topic's row: viewtopic.php?p=1204#p1204), no item
# (PunBB's and FluxBB's topic parameter is ``id``: viewtopic.php?id=12, its posts ?pid=)
_TOPIC_SCRIPT = re.compile(r"/(?:viewtopic|showthread|viewthread)\.php$", re.I)
_TOPIC_PARAMS = frozenset({"t", "topic", "tid", "threadid", "id"})
# a bulletin board's board script lists topics: whatever number it asks for (the
# board's ``id``, the pager's ``p``) names no item
_BOARD_SCRIPT = re.compile(r"/(?:viewforum|forumdisplay)\.php$", re.I)
# the same views asked of one front script by a query's value (Discuz!'s
# ``forum.php?mod=viewthread&tid=828850``, ``forum.php?mod=forumdisplay&fid=12``)
_TOPIC_VIEW = re.compile(r"^(?:viewtopic|showthread|viewthread)$", re.I)
_BOARD_VIEW = re.compile(r"^(?:viewforum|forumdisplay)$", re.I)
# a query naming the kind of thing its number is (Discuz!'s "add to favourites"
# ``home.php?mod=spacecp&ac=favorite&type=forum&id=12``): a board's or a category's
# number names a list, no item
_KIND_PARAMS = frozenset({"type", "idtype", "kind"})
_LIST_KINDS = frozenset({"forum", "fid", "board", "category", "categories", "section",
                         "tag", "group", "gid"})
# (a forum's topic, singular, is one thread: Invision's /topic/590112-slug/ an item)
_LIST_SEGMENTS = frozenset({"itemlist", "category", "categories", "tag", "tags", "user",
                            "users", "author", "authors", "date", "section", "topics"})
# one comment's own address: a number right after a "comment" segment
_COMMENT_PATH = re.compile(r"/comments?/\d+/?$", re.I)
# query parameters naming an item (a page number, ?page= or ?start=, names none);
# PHP-Nuke's and PostNuke's story is ``sid``; an ASP.NET CMS's item (Ektron's QuickLink
# ``linkit.aspx?LinkIdentifier=id&ItemID=99287``, DotNetNuke's modules) is ``ItemID``;
# PHP-Fusion's news script opens one item with ``news.php?readmore=118`` (its title cell
# is no link, so the "read more" and comments links are the item's only addresses).
# A blog script names its post ``post`` (Pluck's ``index.php?module=blog&page=viewpost&post=41``).
_ITEM_PARAMS = frozenset({"id", "nid", "p", "item", "article", "story", "sid", "doc",
                          "readmore", "post"})
# an ASP.NET-style ``<kind>ID`` parameter whose kind is an item's (``ArticleID``,
# ``NewsID``, ``ItemID``, ``PostID``, ``entry_id``), or its one-letter form ``AID`` (an
# article: CivicPlus's ``CivicAlerts.aspx?AID=4131``), or written the other way round
# (Contenido's ``front_content.php?idcat=14&idart=768121``, SPIP's ``id_article``); a
# category's, module's, page's or archive's id (``CID``, ``ModID``, ``PageID``,
# ``AMID``, Contenido's ``idcat``) names a list, not an item
_ITEM_KINDS = "|".join(("article", "art", "news", "newsitem", "item", "story", "post", "entry",
                        "doc", "document", "alert", "release", "pressrelease", "blogpost"))
_ITEM_ID_PARAM = re.compile(rf"^(?:(?:a|{_ITEM_KINDS})_?id|id_?(?:{_ITEM_KINDS}))$", re.I)
# a script's verb joined to an item's kind (Invision Power Board's
# ``index.php?showtopic=6808``, ``?readarticle=``): the parameter opens that one item;
# a verb joined to a list's or a person's kind (``showforum``, ``showuser``) opens none
_VERB_ITEM_PARAM = re.compile(r"^(?:show|view|read)_?(?:topic|thread|article|story|news|"
                              r"item|entry)$", re.I)
# Joomla's and Mambo's ``Itemid`` (that spelling: PHP reads parameters case-sensitively)
# names the menu entry a page is shown under (every page of a section carries it), no
# item; so does any ``itemid`` beside their component parameter (``option=com_poll``)
_JOOMLA_MENU_PARAM = "Itemid"
_JOOMLA_COMPONENT = re.compile(r"^com_\w+$", re.I)
# a query asking for a list names no item, whatever id it carries: a pager's offset
# (Joomla's ``limitstart``, PostNuke's ``startnum``) or a script's listing task or view
# (Joomla/Mambo ``task=blogsection&id=2``, ``view=category``; PHP-Nuke ``file=categories``);
# PHP-Fusion's makepagenav() counts items in ``rowstart``
OFFSET_PARAMS = frozenset({"start", "startnum", "offset", "limitstart", "from", "skip",
                           "rowstart"})
_LIST_VERBS = frozenset({"task", "view", "layout", "op", "file", "func", "action", "sa",
                         "mode"})
_LIST_VALUES = frozenset({"section", "category", "categories", "blogsection", "blogcategory",
                          "archive", "archivesection", "archivecategory", "search", "list",
                          "listing", "index", "newindex", "topics", "featured", "frontpage"})
_CATEGORY_VALUES = frozenset({"category", "categories", "blogcategory"})
# a blog engine's category archive: ``/category/<slug>/`` as the path's last part
_CATEGORY_PATH = re.compile(r"/(?:category|categories)/[^/]+/?$", re.I)
# Drupal's pages of other entities, numbered like nodes: a taxonomy term (an issuer's or
# a field's page), a user, a comment, a file
_NOT_NODE = re.compile(r"^/(?:[a-z]{2}(?:-[a-z]{2,4})?/)?(?:taxonomy/term|user|comment|file)/",
                       re.I)
# a topic's or tag's own page numbered like a node, its number straight after the
# segment naming the vocabulary (an item's theme tags: /de/themen/34, /topics/12,
# /ru/темы/7, /tags/5, an issuer's /de/structures/11, a category's /categories/10 as
# Drupal's feed aggregator numbers them): a taxonomy term's listing under a readable
# alias, no item
_TERM_PAGE = re.compile(r"/(?:tags?|topics?|themes?|thema|themen|temas?|temi|sujets?|"
                        r"thèmes?|schlagworte?|теги?|темы?|теми|structures?|issuers?|"
                        r"categor(?:y|ies)|kategorien?|catégories?|categorías?|categorie|"
                        r"categorias?|категори[яи])/\d+/?$", re.I)
# an item parameter's value: the number, maybe with Joomla's ``:alias`` (``id=45:slug``),
# or pMachine's id string ``<entry>_<page>_<weblog>_<x>_<view>`` (``more.php?id=61_0_1_0_M``);
# its ``C`` view is the entry's comments page (``comments.php?id=61_0_1_0_C``), no item,
# and a ``C``-prefixed string (``weblog.php?id=C1_0_1_0``) is a category's list
_ITEM_VALUE = re.compile(r"^(\d{2,9})(?::[\w-]*|(?:_\d+){3}_(?![Cc]$)[A-Za-z])?$")
# ``pg`` numbers a pager's pages (Textpattern's ``?q=…&pg=2``) or, in a portal script,
# names its item (GuppY's ``news.php?lng=fr&pg=828331``): a page number is short, an
# item's number of four digits or more names the item
_PAGE_OR_ITEM_PARAM = "pg"
_LONG_ITEM_VALUE = re.compile(r"^(\d{4,9})$")


def names_item_not_page(name: str, value: str) -> bool:
    """``pg=<four digits or more>``: the parameter a pager numbers pages by names an item
    (GuppY's ``news.php?pg=828331``); asked by :func:`item_number` and by the pagers."""
    return name.lower() == _PAGE_OR_ITEM_PARAM and bool(_LONG_ITEM_VALUE.match(value.strip()))

_PICTURE_EXT = re.compile(r"\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$", re.I)
_DOC_EXT = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|zip|txt|csv|epub)$", re.I)
# a document library's address: the file's name, then one segment of the stored
# version's id (Liferay's ``/documents/20142/0/report.pdf/3f1c2d8e-5a7b-…``, a number or
# a UUID), the file served under its own name
_DOC_THEN_ID = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|zip|epub)"
                          r"/(?:\d+|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})/?$", re.I)
# a script's parameter naming the file it hands out (``download.do?file=programma.doc``,
# ``get.php?name=report.pdf``): a file's name or path, nothing but name characters
_FILE_VALUE = re.compile(r"^[\w.~%/-]+$")
# parameters whose value is words typed or a page to go on to, never the file served:
# a search (``search?q=report.pdf``) or a return address (``login?next=/files/a.pdf``)
_NOT_FILE_PARAMS = frozenset({
    "q", "query", "search", "s", "k", "keys", "keyword", "keywords", "term", "terms",
    "text", "searchword", "search_api_fulltext", "next", "return", "returnto", "returnurl",
    "return_url", "destination", "redirect", "redirect_to", "redirect_uri", "ref",
    "referer", "referrer", "back", "backurl", "came_from", "continue", "url"})
_LANG_PREFIX = re.compile(r"^/([a-z]{2})(?:/|$)")
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#")


def absolute(base: str, href: str | None) -> str | None:
    """``href`` resolved against ``base``; None for what is no web link (``#``,
    ``javascript:``, a mangled scheme…).  The page's own scheme (``file:`` for a saved
    page) is allowed beside http(s)."""
    if href is None:
        return None
    # plain str keys: an lxml attribute string would keep its whole document alive
    return _absolute(str(base), str(href))


# a page resolves the same links several times (listings, attachments, hreflang)
@lru_cache(maxsize=4096)
def _absolute(base: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.lower().startswith(_SKIP_SCHEMES):
        return None
    try:
        url = urljoin(base, href)
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https", urlsplit(base).scheme.lower()):
            return None
        return canonical(url)
    except ValueError:
        return None


_HOST = re.compile(r"^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)*[a-z0-9_-]+\.?$")


def canonical(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, safe characters.

    Raises ValueError for what cannot be a URL (a host with spaces or commas…).
    """
    return _canonical(str(url))


# every page of a site links the same menus and footers: most URLs come back
@lru_cache(maxsize=4096)
def _canonical(url: str) -> str:
    parts = urlsplit(safe_url_string(url.strip()))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme in ("http", "https") and not (host and (_HOST.match(host) or _is_ip(host))):
        raise ValueError(f"not a valid host in {url!r}")
    port = parts.port
    netloc = f"[{host}]" if ":" in host else host
    if parts.username:
        netloc = f"{parts.username}@{host}"
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc += f":{port}"
    path = parts.path or ("/" if netloc else "")
    return urlunsplit((scheme, netloc, path, parts.query, ""))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def split(url: str | None) -> SplitResult | None:
    """``urlsplit``, or None for what cannot be split (``http://[oops/``)."""
    if url is None:
        return None
    try:
        return urlsplit(url)
    except ValueError:
        return None


def query(href: str | None) -> str:
    parts = split(href)
    return parts.query if parts else ""


def node_id(url: str | None) -> str | None:
    """``https://www.osce.org/ru/secretariat/499851`` → ``"499851"``."""
    parts = split(url) if url else None
    if parts is None:
        return None
    # a folder's static index file names the folder: /serbia/595874/index.html is the
    # page /serbia/595874/ (a static site generator writes each page as its folder's
    # index); a script after the number (…/412345/index.php) is a page of its own
    path = _FOLDER_INDEX.sub("/", parts.path)
    wiki = _WIKI_VIEW_PAGE.search(path)
    if wiki:
        return wiki[1]
    m = _NODE_PATH.match(path)
    if not m or path.lower().startswith(("/files/", "/sites/")) or _NOT_NODE.match(path) \
            or _TERM_PAGE.search(unquote(path)) or _YEAR_THEN_TITLE.search(path) \
            or _YEAR_ARCHIVE.search(path) or _DAY_ARCHIVE.search(path):
        return None
    return m[1] or m[2]


# WordPress's shortlink is the site's (or a language sub-site's) root asking for one post:
# /?p=734562, /de/?p=734562; the post id is the item's number (the canonical may be a slug)
_SHORTLINK_ROOT = re.compile(r"^/(?:[a-z]{2}(?:-[a-z]{2,4})?/)?$", re.I)


def shortlink_node_id(url: str | None) -> str | None:
    """The node id a ``rel=shortlink`` names: a node address, or WordPress's ``/?p=N``."""
    found = node_id(url)
    parts = split(url) if url and found is None else None
    if parts is None or not _SHORTLINK_ROOT.match(parts.path):
        return found
    values = parse_qs(parts.query).get("p", [])
    return values[0] if len(values) == 1 and re.fullmatch(r"\d{2,9}", values[0]) else None


def item_number(url: str | None) -> str | None:
    """The number an item's address names: its node id, the number a static page of
    the older sites is named by (``/fr/item/19872.html`` → ``"19872"``, a part's number
    kept: ``/press_rel/1999/11/4127-1.html`` → ``"4127-1"``), or a script's
    item parameter (``news.php?id=512``, WordPress's ``?p=570114``, Joomla's
    ``id=45:slug``), a forum's topic (phpBB's ``viewtopic.php?t=97``, Discourse's
    ``/t/<slug>/5102``), a detail view's number (``…/news/details/647912``), a dated
    permalink's (``…/2019/05/14/761043/``).  A site
    user's page (a forum profile ``/profile/397-mkeller/``) and one comment's address
    (Vanilla's ``/discussion/comment/71823/``, Drupal's ``/comment/12``: the last post
    of a topic's row) name no item, whatever number they hold."""
    return _item_number(str(url)) if url else None


# a page's menus and listings link the same items again and again
@lru_cache(maxsize=8192)
def _item_number(url: str) -> str | None:
    parts = split(url) if url else None
    if parts is None or is_user_page(url) or _COMMENT_PATH.search(parts.path):
        return None
    found = node_id(url)
    if found is not None:
        return found
    m = _NUMBERED_PAGE.search(parts.path) or _STORYSERVER_PAGE.search(parts.path) \
        or _FORUM_TOPIC.search(parts.path) or _DETAIL_PATH.search(parts.path) \
        or _DATED_ITEM.search(parts.path)
    if m:
        return m[1]
    m = _ID_ALIAS.search(parts.path)
    if m and not _LIST_SEGMENTS & {seg.lower() for seg in parts.path.split("/")[:-1]}:
        return m[1]
    params = parse_qs(parts.query)
    if _asks_for_list(params):
        return None
    views = {values[0].strip() for values in params.values()}
    if _BOARD_SCRIPT.search(parts.path) or any(_BOARD_VIEW.match(v) for v in views):
        return None
    if _TOPIC_SCRIPT.search(parts.path) or any(_TOPIC_VIEW.match(v) for v in views):
        topic = next((m[1] for name, values in params.items() if name.lower() in _TOPIC_PARAMS
                      for m in [_ITEM_VALUE.match(values[0])] if m), None)
        return topic
    for name, values in params.items():
        if name.lower() == "itemid" and _joomla_menu_entry(name, params):
            continue
        named = name.lower() in _ITEM_PARAMS or _ITEM_ID_PARAM.match(name) \
            or _VERB_ITEM_PARAM.match(name)
        m = _ITEM_VALUE.match(values[0]) if named else None
        if m:
            return m[1]
    value = params.get(_PAGE_OR_ITEM_PARAM, [""])[0]
    return value.strip() if names_item_not_page(_PAGE_OR_ITEM_PARAM, value) else None


def _joomla_menu_entry(name: str, params: dict[str, list[str]]) -> bool:
    """``name`` (an ``itemid``) is Joomla's or Mambo's menu entry, not an item."""
    component = params.get("option", [""])[0].strip()
    return name == _JOOMLA_MENU_PARAM or bool(_JOOMLA_COMPONENT.match(component))


# a site user's page: a poster's name links there (XOOPS userinfo.php?uid=9, Drupal
# /user/12, WordPress /author/admin, forum profiles); a community site translates its
# members' folder (BuddyPress's /pl/czlonkowie/redakcja/, /de/mitglieder/…)
_USER_PATH = re.compile(r"/(?:userinfo\.php|users?|members?|profiles?|authors?|"
                        r"memberlist\.php|profile\.php|czlonkowie|mitglieder|membres|"
                        r"miembros|membri)(?:/|$|\.)", re.I)
_USER_PARAMS = frozenset({"uid", "userid", "user_id", "user", "author"})


def is_user_page(url: str | None) -> bool:
    """The page of one of the site's users (a poster, an editor), no structure's."""
    parts = split(url) if url else None
    if parts is None:
        return False
    params = {k.lower() for k in parse_qs(parts.query)}
    return bool(_USER_PATH.search(parts.path)) or bool(params & _USER_PARAMS)


# a tag's folder (/tag/…), a list's parameter in its path (Grav's /news/tag:youth), or
# a script's tag query (BlogEngine.NET's /?tag=/training, Serendipity's ?tag=…)
_TAG_PATH = re.compile(r"/(?:tags?|tagged|etiquetas?|schlagworte?|tegi?|теги?|метки)(?:/|:\w)"
                       r"|[?&](?:tags?|tagged)=", re.I)


def is_tag_page(url: str | None) -> bool:
    """A tag's listing (/tagged/odihr, /ru/теги/…, Grav's /noticias/tag:juventud,
    BlogEngine's /?tag=/formation): a topic an item is filed under."""
    return bool(url) and bool(_TAG_PATH.search(url or ""))


def is_document_name(name: str) -> bool:
    """A file name of a document ("Final_report_2012.pdf")."""
    return bool(_DOC_EXT.search(name.strip()))


def _asks_for_list(params: dict[str, list[str]]) -> bool:
    """A pager's offset or a listing task among a script's query parameters."""
    names = {name.lower(): values[0].strip().lower() for name, values in params.items()}
    return any(names[name].isdigit() for name in OFFSET_PARAMS & names.keys()) or any(
        names.get(verb) in _LIST_VALUES for verb in _LIST_VERBS) or any(
        names.get(kind) in _LIST_KINDS for kind in _KIND_PARAMS)


def is_category_page(url: str | None) -> bool:
    """A script's list of one category's items (Joomla/Mambo ``task=category``,
    ``view=category``, PHP-Nuke ``file=categories&catid=2``)."""
    parts = split(url)
    params = parse_qs(parts.query) if parts else {}
    return any(params.get(verb, [""])[0].strip().lower() in _CATEGORY_VALUES
               for verb in _LIST_VERBS)


def is_category_archive(url: str | None) -> bool:
    """A category's list by a script's query (:func:`is_category_page`, or a category
    named in the query, WebSite X5's ``blog/index.php?category=Comunicati_stampa``) or
    a blog engine's path (WordPress's ``/category/press-release/``, Mezzanine's
    ``/blog/category/news-item/``)."""
    parts = split(url)
    named = parts is not None and any(
        k.lower() in _CATEGORY_PARAMS and v[0].strip() and not v[0].strip().isdigit()
        for k, v in parse_qs(parts.query).items())
    return is_category_page(url) or named or bool(parts and _CATEGORY_PATH.search(parts.path))


# a query parameter whose value is a category's name (no number of it)
_CATEGORY_PARAMS = frozenset({"category", "categoria", "kategorie", "categorie"})


def is_document(url: str) -> bool:
    parts = split(url)
    if parts is None:
        return False
    # under /files/ any file is one, save a picture (a gallery links its photos there)
    return bool(_DOC_EXT.search(parts.path) or _DOC_THEN_ID.search(parts.path)) \
        or "download=true" in parts.query.lower() or (
        "/files/" in parts.path and bool(re.search(r"\.\w{2,4}$", parts.path))
        and not _PICTURE_EXT.search(parts.path)
    ) or (_serves_file(parts.query) and not _EDITS_FILE.search(parts.path))


# a script that edits what it names, or tells about it, no download of it (a wiki's
# ``/bin/attach/Web/Topic?filename=x.pdf`` "manage" link, ``upload.php?file=…``,
# ``/edit?file=…``, JSPWiki's ``PageInfo.jsp?page=Topic/x.pdf`` info icon, a history
# or diff of the attachment)
_EDITS_FILE = re.compile(r"/(?:attach|upload|edit|manage|delete|rename|move|remove"
                         r"|(?:page)?info|history|diff)(?:\.\w+)?(?:/|$)", re.I)


def _serves_file(query: str) -> bool:
    """A script's query names the document it serves: a parameter whose whole value is a
    document's file name or path (``?file=x.doc``, ``?f=docs/report.pdf``), not words
    searched for nor a page to return to.  Phorum parts its parameters by commas
    (``file.php?3,file=412,filename=report.pdf``)."""
    pairs = parse_qsl(query)
    if "," in query:
        pairs += parse_qsl(query.replace(",", "&"))
    return any(name.lower() not in _NOT_FILE_PARAMS and _FILE_VALUE.match(value)
               and _DOC_EXT.search(value) for name, value in pairs)


def language_prefix(url: str) -> str | None:
    parts = split(url)
    m = _LANG_PREFIX.match(parts.path) if parts else None
    return m[1].lower() if m else None


def host(url: str) -> str:
    parts = split(url)
    return (parts.hostname or "").lower() if parts else ""


def same_site(a: str, b: str) -> bool:
    """Hosts equal, ignoring a leading ``www.``."""
    return host(a).removeprefix("www.") == host(b).removeprefix("www.")
