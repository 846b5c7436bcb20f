"""How an older site's own script shows a menu's layer: the handler attributes and
``javascript:`` links that run it, the names its calls quote, an editor's table of
actions, and the words a layer's id adds to the id of the element showing it.  The menu
reader (:mod:`.base`) follows them to the layers they open."""

from __future__ import annotations

import re
from typing import Any

# the handlers by which an older site's script shows a layer (pointer, focus, click)
SHOW_HANDLERS = ("onmouseover", "onmouseenter", "onfocus", "onclick")
# and a link running a script when clicked (``href="javascript:toggleNav('nav1')"``)
_SCRIPT_HREF = ("self::a[starts-with(normalize-space(translate(@href, 'JAVSCRIPT', "
                "'javscript')), 'javascript:')]")
# (and a box holding an inline script that may register it: :mod:`.registered`)
SCRIPT_CONTROLS = "//*[" + " or ".join([*(f"@{h}" for h in SHOW_HANDLERS), _SCRIPT_HREF,
                                        "(@id and script[not(@src)])"]) + "]"
# a quoted name in a handler; a name followed by a "hide" argument is hidden, not shown
SCRIPT_ID = re.compile(r"""['"]([A-Za-z][\w:.-]*)['"]"""
                       r"""(\s*,\s*['"][^'"]*['"]\s*,\s*['"]hide['"])?""")
# an editor's table of actions, filled by the page's own script: a key, then an array of
# the function, the layer it acts on and a state (GoLive's ``CSAct['B1'] = new Array(
# CSSetStyleVis, 'sub3', 1)``, run by the handler ``CSAction(new Array('B1'))``); the key
# a handler names stands for the layers its action names, a last argument 0, false or
# "hide" hiding them
_ACTION_ENTRY = re.compile(r"""\[\s*(?:/\*.*?\*/\s*)?['"]([\w.:-]+)['"]\s*\]\s*=\s*"""
                           r"""(?:new\s+Array\s*\(|\[)([^()\[\]]*)[)\]]""", re.S)
QUOTED_NAME = re.compile(r"""['"]([\w.:-]+)['"]""")
_HIDING_STATE = re.compile(r"""(?:^|,)\s*(?:0|false|['"]hide['"])\s*$""", re.I)
_JS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def script_actions(root: Any) -> dict[str, list[tuple[str, str]]]:
    """Key → (name, "hide" or "") of each layer the page's action table (above) names."""
    out: dict[str, list[tuple[str, str]]] = {}
    for script in root.iter("script"):
        if script.get("src") or "=" not in (script.text or ""):
            continue
        for key, args in _ACTION_ENTRY.findall(script.text or ""):
            args = _JS_COMMENT.sub("", args)
            hides = "hide" if _HIDING_STATE.search(args) else ""
            out.setdefault(key, []).extend((name, hides) for name in QUOTED_NAME.findall(args))
    return out


# a handler handed the element itself (``Menu_HoverStatic(this)``): its script finds the
# layer to show by the element's id (ASP.NET's Menu: item ``…n0``, flyout ``…n0Items``)
SELF_ARGUMENT = re.compile(r"\(\s*this\s*[,)]")
# the word a layer's id adds to the id of the element showing it (``…n0`` + ``Items``,
# ``item-5`` + ``-sub``, ``mainMenu`` + ``Items``)
LAYER_WORD = re.compile(r"[-_]?[A-Za-z]+$")
# the word a layer's id puts before the key its script is handed (``lyr_`` + ``about``)
LAYER_PREFIX = re.compile(r"[A-Za-z]+[-_](?=[A-Za-z0-9])")
