"""The chrome a wiki or CMS prints beside its menu, told by where the links lead: tools
about the page on view (edit, history, what links here, printable version, the talk
page) and the reader's own account (log in, my contributions).  Neither is the site
menu: the first changes with every page, the second with every reader."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from urllib.parse import parse_qsl, unquote_plus

from scraper.extract import urls
from scraper.extract.text import fold

# a path segment naming the page: words, not a number alone or a script (index.php);
# a segment this short ("en", "ru") names a language or a section, not the page
_NAME_MIN_CHARS = 4
# where an address names the account of the one reading it: log in or out, sign up,
# an account or profile, the "my …" pages (MediaWiki's Special:MyTalk, /my/orders)
_ACCOUNT = re.compile(r"(?:^|[^a-z])(?:log-?in|log-?out|log-?on|log-?off|sign-?in|sign-?out|"
                      r"sign-?up|register|registration|account|profile|my)(?:[^a-z]|$)")
# where an address opens or closes the reader's session: log in or out, sign up (a
# guest's "Log in" standing among the menu's links, as BookStack's header prints it),
# also run together with "user" (MediaWiki's and MindTouch's ``Special:Userlogin``)
_SESSION = re.compile(r"(?:^|[^a-z])(?:user)?(?:log-?in|log-?out|log-?on|log-?off|sign-?in|"
                      r"sign-?out|sign-?up)(?:[^a-z]|$)")
# what a reader does to the page on view, as a path segment after the page's own name
# (BookStack's ``/page/<slug>/export/pdf``, ``/page/<slug>/revisions``)
_PAGE_ACTIONS = frozenset({"export", "revisions", "history", "edit", "print", "download",
                           "source", "raw", "diff", "permissions", "delete", "copy", "move"})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _words(value: str) -> str:
    """``Fields_of_work``, ``Fields+of+work``, ``fields-of-work`` → ``fields of work``."""
    return fold(re.sub(r"[_\-\s]+", " ", unquote_plus(value)))


def page_name(address: str) -> str | None:
    """The name the page on view goes by in other addresses: its path's last segment
    (``/wiki/Fields_of_work`` → ``fields of work``); None when it has none of words.

    An address whose query says which page it is (a front controller named without
    an extension: FatWire's ``/cs/Satellite?c=Page&cid=…``, a servlet's
    ``/portal/site?nodeId=12``) ends its path with the script serving every page of
    the site: no name of the page, or every link of the site would be about it."""
    parts = urls.split(address)
    if parts is not None and parts.query:
        return None
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1] if parts else ""
    name = _words(segment)
    if len(name) < _NAME_MIN_CHARS or "." in name or not re.search(r"[^\W\d]", name):
        return None
    return name


def is_page_itself(url: str, page_paths: frozenset[str]) -> bool:
    """``url`` is the page on view, as a menu marks its current item: it says nothing
    of the box it stands in."""
    parts = urls.split(url)
    return parts is not None and parts.path in page_paths and not parts.query


@lru_cache(maxsize=8192)
def about_page(url: str, name: str | None) -> bool:
    """``url`` is a tool about the page on view: an address naming it in its query
    (``?title=Fields_of_work&action=history``, ``?returnto=Fields+of+work``, a share
    link's ``?url=…``) or as the last segment of its path
    (``Special:WhatLinksHere/Fields_of_work``), also in a namespace
    (``Talk:Fields_of_work``), or followed by an action on it (``/page/<name>/export/pdf``,
    ``/page/<name>/revisions``: a wiki's or book platform's page tools)."""
    parts = urls.split(url)
    if parts is None or name is None:
        return False
    segments = [_words(x) for x in parts.path.strip("/").split("/")]
    return _names(parts.query, name) or _is_name(segments[-1], name) or any(
        _is_name(x, name) and after in _PAGE_ACTIONS
        for x, after in pairwise(segments))


# the page's number as its address's last segment (Drupal's ``/odihr/797850``): a node
# id, not a year (``/news/2014`` is an archive, whose number other archives share)
_PAGE_NUMBER = re.compile(r"\d{3,}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def page_number(address: str) -> str | None:
    """The number the page on view goes by in other addresses: its path's last segment
    when that is a number of three digits or more (not a year); None otherwise."""
    parts = urls.split(address)
    if parts is None or parts.query:
        return None
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if not _PAGE_NUMBER.fullmatch(segment) or _YEAR.fullmatch(segment):
        return None
    return segment


def about_numbered_page(url: str, number: str | None) -> bool:
    """``url`` is a tool about the page numbered ``number``: the number is a segment of
    its path (a CMS's node links under the item: Drupal's ``/comment/reply/797850``,
    ``/flag/flag/follow_node/797850``, ``/node/797850/edit``, ``/print/797850``)."""
    parts = urls.split(url)
    if parts is None or number is None:
        return False
    return number in parts.path.strip("/").split("/")


def _names(query: str, name: str) -> bool:
    return any(_is_name(_words(v), name) for _, v in parse_qsl(query))


def _is_name(value: str, name: str) -> bool:
    return value == name or value.endswith((f":{name}", f"/{name}"))


@lru_cache(maxsize=8192)
def is_account_link(url: str) -> bool:
    """``url`` leads to the reader's own account (``Special:UserLogin``, ``/login``,
    ``/my-account``, ``Special:MyContributions``)."""
    parts = urls.split(url)
    if parts is None:
        return False
    return bool(_ACCOUNT.search(_CAMEL.sub(" ", f"{parts.path}?{parts.query}").lower()))


def is_session_link(url: str) -> bool:
    """``url`` logs the reader in or out or signs them up (``/login``,
    ``?do=login``, ``Special:UserLogin``): the reader's session, never a place in the
    site menu, even when the theme prints it among the menu's links."""
    parts = urls.split(url)
    if parts is None:
        return False
    return bool(_SESSION.search(_CAMEL.sub(" ", f"{parts.path}?{parts.query}").lower()))


# signing out: only a signed-in reader is offered it
_SIGN_OUT = re.compile(r"(?:^|[^a-z])(?:log-?out|log-?off|sign-?out)(?:[^a-z]|$)")


def is_sign_out(url: str) -> bool:
    """``url`` signs the reader out (``/signout_confirm``, ``/user/logout``): a
    signed-in reader's own control."""
    parts = urls.split(url)
    return parts is not None and bool(
        _SIGN_OUT.search(_CAMEL.sub(" ", f"{parts.path}?{parts.query}").lower()))


# the signed-in reader's own pages and actions beside the account (:data:`_ACCOUNT`):
# their settings, notifications and messages, the moderators' and administrators'
# control panels (Invision's ``/modcp/``, phpBB's ``ucp.php``, vBulletin's
# ``usercp.php``), a form adding content (``/submit/``), as a path segment, script or not
_MEMBER_SEGMENTS = frozenset({
    "settings", "preferences", "notifications", "messenger", "messages", "inbox",
    "modcp", "admincp", "admin", "submit", "usercp", "ucp", "mcp", "acp", "dashboard",
})
# …or as the action a query asks for (Invision's ``?do=add``, ``?action=post``)
_MEMBER_ACTIONS = frozenset({"add", "new", "post", "submit", "create"})
_ACTION_PARAMS = frozenset({"do", "action", "mode"})


def is_member_link(url: str) -> bool:
    """``url`` leads to the signed-in reader's own pages or actions: their account
    (:func:`is_account_link`), settings, notifications, messages, the moderators' or
    administrators' control panel, a form adding a topic or an image (``?do=add``,
    ``/gallery/submit/``).  Each of them a member's tool, none a place of the site."""
    parts = urls.split(url)
    if parts is None:
        return False
    if is_account_link(url):
        return True
    segments = {fold(x.rsplit(".", 1)[0]) for x in parts.path.strip("/").split("/")}
    return bool(segments & _MEMBER_SEGMENTS) or any(
        name.lower() in _ACTION_PARAMS and value.lower() in _MEMBER_ACTIONS
        for name, value in parse_qsl(parts.query))


# an address opening an editor: a wiki's edit script (TWiki's and Foswiki's
# ``/bin/edit/Web/Topic``, a CMS's ``/node/12/edit``) or an edit action asked in the
# query (MoinMoin's ``?action=edit``, DokuWiki's ``?do=edit``); a wiki's "create this
# topic" link, a missing page's ``?`` or red link, is one; so is a form adding an item
# (a portal module's "Submit news", "Add a download": ``/modules/news/submit.php``)
_EDIT_SEGMENTS = frozenset({"edit"})
_CREATE_SCRIPTS = frozenset({"submit"})
_EDIT_ACTIONS = frozenset({"edit", "create", "new"})
# the form creating one more of a collection, named by the path's last segment after
# the collection's (a Rails or REST application's ``/issues/new``, ``/news/new``: a
# Redmine's "+" menu of "New issue", "New wiki page")
_CREATE_FORMS = frozenset({"new"})
# a CMS's form adding content of a type (Drupal's ``/node/add``, ``/node/add/story``:
# a signed-in reader's "Add entry" in the side menu): the ``add`` segment after ``node``
_ADD_CONTENT = ("node", "add")


def is_edit_action(url: str) -> bool:
    """``url`` opens an editor (writing a page, creating a topic, submitting an item):
    an action, never a place of the site menu."""
    parts = urls.split(url)
    if parts is None:
        return False
    path = [fold(x) for x in parts.path.strip("/").split("/")]
    segments = set(path)
    stems = {x.rsplit(".", 1)[0] for x in segments}
    if len(path) >= 2 and path[-1] in _CREATE_FORMS:
        return True
    if any(tuple(path[i:i + 2]) == _ADD_CONTENT for i in range(len(path) - 1)):
        return True
    return bool(segments & _EDIT_SEGMENTS or stems & _CREATE_SCRIPTS) or any(
        name.lower() in _ACTION_PARAMS and value.lower() in _EDIT_ACTIONS
        for name, value in parse_qsl(parts.query))


# the verb a "create" action's words start with ("Create topic", "Створити тему",
# "Créer un sujet"), or end with in German ("Thema erstellen"): a member's action
# offered in a menu panel, no place of the site (fixtures/README.md, settled cases)
_CREATE_VERBS = frozenset(fold(x) for x in (
    "create", "створити", "создать", "créer", "crear", "crea", "criar", "utwórz",
    "krijo", "erstelle"))
_CREATE_LAST = frozenset({"erstellen", "anlegen"})


def is_create_action(name: str) -> bool:
    """A link's words ask the reader to create something ("Create topic"): an action,
    never a place of the site menu."""
    words = fold(name).split()
    return len(words) > 1 and (words[0] in _CREATE_VERBS or words[-1] in _CREATE_LAST)


# an address editing the page's source in its repository: the "Edit this page" link of a
# static site generator (Antora's ``edit-this-page``, VitePress's ``edit-link``,
# Docusaurus, MkDocs) to GitHub's ``/edit/<branch>/…``, GitLab's ``/-/edit/…``,
# Gitea's ``/_edit/…``, a source file named at its end; or showing that source there
# (DocFX's "Improve this doc" ``contribution-link`` to GitHub's ``/blob/<branch>/….md``)
_SOURCE_EDIT = re.compile(r"/(?:-/)?_?(?:edit|blob)/[^?#]+\.(?:adoc|asciidoc|md|mdx|markdown|rst|"
                          r"txt|html?|ya?ml|ipynb)/?$", re.I)
# hosted platforms and site builders whose home page a site links as its credit
# ("Powered by GitBook", "Працює на GitBook", "Proudly powered by WordPress")
_PLATFORM_HOSTS = frozenset({
    "gitbook.com", "gitbook.io", "wordpress.org", "wordpress.com", "wix.com",
    "squarespace.com", "webflow.com", "ghost.org", "tilda.cc", "weebly.com", "jimdo.com",
    "strikingly.com", "framer.com", "readthedocs.org", "readthedocs.com", "docusaurus.io",
    "vitepress.dev", "vuepress.vuejs.org", "mkdocs.org", "antora.org", "gohugo.io",
    "jekyllrb.com", "sphinx-doc.org", "notion.so", "super.so", "carrd.co", "mintlify.com",
})


def is_page_tool(url: str) -> bool:
    """``url`` edits the source of the page on view (its repository's edit address): a
    tool about the page, which changes with every page, never the site menu."""
    parts = urls.split(url)
    return parts is not None and bool(_SOURCE_EDIT.search(parts.path))


def is_platform_credit(url: str) -> bool:
    """``url`` is the home page of the platform the site is built on (its credit's
    link, however worded in the site's language): the platform, not the site."""
    parts = urls.split(url)
    if parts is None or parts.path.strip("/"):
        return False
    host = (parts.hostname or "").lower().removeprefix("www.")
    return host in _PLATFORM_HOSTS


def prints_page(url: str, page_paths: frozenset[str]) -> bool:
    """``url`` is the printable copy of the page on view: the page's own file in its
    folder, named for printing (a documentation theme's ``/elections/index.print.html``
    of the page ``/elections/``).  A tool about the page, which changes with every
    page, never the site menu; one print page of a whole book, the same from every page
    (mdBook's ``print.html`` beside ``intro.html``) is a place of its menu."""
    parts = urls.split(url)
    if parts is None:
        return False
    folder, _, file = parts.path.rpartition("/")
    if "print" not in re.split(r"[._-]", file.lower()):
        return False
    stem = _PRINT_WORD.sub("", file.lower(), count=1).split(".")[0]
    for path in page_paths:
        page_folder, _, page_file = path.rpartition("/")
        if page_folder != folder:
            continue
        # the page's own name made printable, or a print file in the folder the page is
        # (``/elections/print.html`` of ``/elections/``)
        if (stem and stem == (page_file.split(".")[0] or "index")) or not (stem or page_file):
            return True
    return False


# the word naming a file's printable form in its name (``index.print.html``)
_PRINT_WORD = re.compile(r"[._-]?print(?=[._-]|$)")
