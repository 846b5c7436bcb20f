"""Pages as the Wayback Machine plays them back, made from our own pages.

Used by the local archive (:mod:`scraper.devsite.archive`) and to make the Wayback
fixtures (``python -m scraper.devsite.wayback NAME TIMESTAMP``): the page's URLs
rewritten into the archive (absolute URLs to ``<origin>/web/<ts><modifier>/<URL>``,
relative ones root-relative ``/web/<ts><modifier>/<absolute URL>``, as Wayback writes
them), its scripts and stylesheet injected at the top of ``<head>``, its toolbar at the
top of ``<body>`` and its closing comment at the end.  Deterministic: the same page and
timestamp give the same bytes.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path
from urllib.parse import urljoin

from scraper.devsite.fixtures import FIXTURES_DIR, load
from scraper.extract.archive import WAYBACK_HOST, timestamp_iso

WAYBACK = f"https://{WAYBACK_HOST}"
# which modifier Wayback gives a URL, by the attribute's element
_MODIFIERS = {"img": "im_", "script": "js_", "iframe": "if_", "source": "im_"}
_ATTRIBUTE = re.compile(r"""(<(\w+)\b[^>]*?\s(?:href|src|action|poster)\s*=\s*)(["'])(.*?)\3""",
                        re.S | re.I)
_BASE = re.compile(r"""<base\b[^>]*?\shref\s*=\s*(["'])(.*?)\1""", re.S | re.I)
_CSS_URL = re.compile(r"""url\((["']?)([^)"']+)\1\)""", re.I)
_SKIP = ("#", "mailto:", "javascript:", "data:", "tel:", "about:")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def archived(url: str, page_url: str, ts: str, modifier: str = "",
             origin: str = WAYBACK) -> str:
    """One URL of the page as Wayback rewrites it."""
    value = url.strip()
    if not value or value.lower().startswith(_SKIP):
        return url
    absolute = urljoin(page_url, value)
    if not absolute.startswith(("http://", "https://")):
        return url
    prefix = f"/web/{ts}{modifier}/"
    # an address written absolute stays absolute, a relative one becomes root-relative
    return (origin + prefix if value.startswith(("http:", "https:", "//")) else prefix) + absolute


def rewrite(text: str, page_url: str, ts: str, origin: str = WAYBACK) -> str:
    """Every link, source and CSS ``url()`` of ``text`` pointed into the archive;
    relative ones resolved as the page resolves them, against its ``<base>``."""
    base = _BASE.search(text)
    base_url = urljoin(page_url, html.unescape(base[2])) if base else page_url

    def attribute(m: re.Match[str]) -> str:
        tag = m[2].lower()
        modifier = _MODIFIERS.get(tag, "")
        if tag == "link" and "stylesheet" in m[0].lower():
            modifier = "cs_"
        against = page_url if tag == "base" else base_url
        return f"{m[1]}{m[3]}{archived(m[4], against, ts, modifier, origin)}{m[3]}"

    text = _ATTRIBUTE.sub(attribute, text)
    return _CSS_URL.sub(lambda m: f"url({m[1]}{archived(m[2], base_url, ts, 'im_', origin)}"
                                  f"{m[1]})", text)


def head_insert(ts: str, page_url: str) -> str:
    return (
        '<script src="//archive.org/includes/athena.js" type="text/javascript"></script>\n'
        '<script type="text/javascript">window.addEventListener("DOMContentLoaded",'
        'function(){var v=archive_analytics.values;v.service="wb";v.server_name="wwwb-app";'
        '});</script>\n'
        '<script type="text/javascript" src="/_static/js/bundle-playback.js?v=1B2M2Y8A">'
        '</script>\n'
        '<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC"></script>\n'
        '<script>window.RufflePlayer=window.RufflePlayer||{};</script>\n'
        f'<script type="text/javascript">__wm.init("{WAYBACK}/web");\n'
        f'  __wm.wombat("{page_url}","{ts}","{WAYBACK}/","web","/_static/",'
        '"1633076015");</script>\n'
        '<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt"'
        ' />\n'
        '<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv" />\n'
        '<!-- End Wayback Rewrite JS Include -->\n')


def toolbar(ts: str, page_url: str) -> str:
    iso = timestamp_iso(ts) or ""
    return (
        '<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n'
        '<script>__wm.rw(0);</script>\n'
        '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">'
        '<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">'
        '<div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/">Wayback Machine</a></div>'
        f'<form id="wm-ipp-form" action="/web/"><input id="wmtbURL" type="text" name="url"'
        f' value="{page_url}"/></form>'
        '<table><tr><td class="c" id="wm-nav-captures"><a class="t" href="/web/*/'
        f'{page_url}" title="See a list of every capture for this URL">12 captures</a>'
        f'<div class="r">{iso[:10]}</div></td>'
        '<td class="f" id="wm-graph-anchor"><div id="wm-ipp-sparkline" title="Explore captures'
        ' for this URL"></div></td></tr></table>'
        '<a id="wm-btn-close" href="#close"><span class="iconochive-remove-circle">'
        'Close</span></a><p>Help About this capture COLLECTED BY Organization: Internet'
        ' Archive</p></div></div></div>\n'
        '<div id="wm-ipp-print">The Wayback Machine - '
        f'{WAYBACK}/web/{ts}/{page_url}</div>\n'
        "<script type=\"text/javascript\">__wm.bt(700,27,25,2,\"web\",\"Oct\",\"2021\",\"\","
        "\"\",\"\",{\"svgPath\":\"/_static/images/\"});</script>\n"
        '<!-- END WAYBACK TOOLBAR INSERT -->\n')


def closing_comment(ts: str) -> str:
    year, month, day = ts[:4], _MONTHS[int(ts[4:6]) - 1], int(ts[6:8])
    clock = f"{ts[8:10]}:{ts[10:12]}:{ts[12:14]}"
    return (f"\n<!--\n     FILE ARCHIVED ON {clock} {month} {day:02d}, {year} AND RETRIEVED FROM"
            " THE\n     INTERNET ARCHIVE ON 00:00:00 Jan 01, 2026.\n     JAVASCRIPT APPENDED"
            " BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n-->\n")


_HEAD_OPEN = re.compile(r"<head\b[^>]*>", re.I)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.I)


def playback(body: bytes, page_url: str, ts: str, origin: str = WAYBACK) -> bytes:
    """``body`` as the archive at ``origin`` plays back its capture of ``page_url``."""
    # latin-1 maps every byte to one character and back: the page's own encoding is
    # kept, and every rewritten part is ASCII
    text = rewrite(body.decode("latin-1"), page_url, ts, origin)
    head = _HEAD_OPEN.search(text)
    at = head.end() if head else 0
    text = text[:at] + "\n" + head_insert(ts, page_url) + text[at:]
    opening = _BODY_OPEN.search(text)
    at = opening.end() if opening else len(text)
    text = text[:at] + "\n" + toolbar(ts, page_url) + text[at:]
    return (text + closing_comment(ts)).encode("latin-1")


def make_fixture(source: str, ts: str, name: str | None = None,
                 root: Path = FIXTURES_DIR) -> Path:
    """``fixtures/news/<name>.html``: the capture of news fixture ``source`` at ``ts``,
    and its ``.json`` with the capture's address (expected record left for
    ``osce-scraper fixtures update`` to fill, and for a person to review)."""
    fx = load("news", source, root)
    name = name or f"wayback-{source}"
    page = playback(fx.html_path.read_bytes(), fx.url, ts)
    out = root / "news" / f"{name}.html"
    out.write_bytes(page)
    meta = {
        "url": f"{WAYBACK}/web/{ts}/{fx.url}",
        "captured_on": fx.meta.get("captured_on"),
        "design": "wayback",
        "notes": (f"Made by `python -m scraper.devsite.wayback {source} {ts}` from the fixture "
                  f"{source}: the Wayback Machine's playback of it (head scripts, toolbar, "
                  "closing comment, every URL rewritten into the archive, relative ones "
                  "root-relative). The record is the original's, with the original URLs, "
                  "plus source, archived_at and archive_url."),
    }
    if fx.meta.get("headers"):
        meta["headers"] = fx.meta["headers"]
    out.with_suffix(".json").write_text(
        json.dumps({"fixture": meta, "expected": {}}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="a news fixture's name")
    parser.add_argument("timestamp", help="the capture time, YYYYMMDDhhmmss")
    parser.add_argument("--name", help="the new fixture's name (default wayback-SOURCE)")
    args = parser.parse_args(argv)
    if not re.fullmatch(r"\d{14}", args.timestamp) or timestamp_iso(args.timestamp) is None:
        print(f"timestamp: {args.timestamp!r} is not YYYYMMDDhhmmss", file=sys.stderr)
        return 2
    print(make_fixture(args.source, args.timestamp, args.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
