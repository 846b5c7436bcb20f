"""Inline scripts that only write markup, replaced by the markup they write.

An older site's template writes part of its page from a script
(``<script>document.write('<div class="layer">…</div>');</script>``: a rollover
menu's submenu, a table row).  A browser runs the script while parsing and parses
what it writes in its place; a reader sees that markup, never the script.  So a
script made of nothing but ``document.write``/``document.writeln`` calls whose
arguments are string literals (or ``+`` concatenations of literals) is replaced, before
the page is parsed, by the text it writes.  A script with anything else in it (a
variable, a condition, a function) is left alone: what it would write is not known.
"""

from __future__ import annotations

import re

# an inline script (no ``src``) as the HTML tokenizer ends it: at the first ``</script``
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_JS_TYPES = frozenset({"text/javascript", "application/javascript", "text/ecmascript",
                       "application/ecmascript", "text/jscript"})
_CALL = re.compile(r"(?:window\s*\.\s*)?document\s*\.\s*(writeln|write)\s*\(")
_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "v": "\v",
                   "0": "\0"}
_HEX = re.compile(r"[0-9a-fA-F]+")


def render_document_writes(text: str) -> str:
    """``text`` with each inline script made only of literal ``document.write`` calls
    replaced by what it writes; unchanged when there is none."""
    if "document" not in text or ".write" not in text:
        return text

    def replace(m: re.Match[str]) -> str:
        attrs, body = m[1], m[2]
        kind = _TYPE.search(attrs)
        if _SRC.search(attrs) or (kind and kind[1].lower() not in _JS_TYPES):
            return m[0]
        written = written_by(body)
        return m[0] if written is None else written

    return _SCRIPT.sub(replace, text)


def written_by(script: str) -> str | None:
    """What ``script`` writes when it is nothing but ``document.write(…)`` calls of
    string literals (``+``-joined); None for any other script (or one writing nothing)."""
    out: list[str] = []
    i, n = 0, len(script)
    calls = 0
    while True:
        i = _skip_blank(script, i)
        if i >= n:
            break
        m = _CALL.match(script, i)
        if m is None:
            return None
        i = m.end()
        parts: list[str] = []
        while True:
            i = _skip_blank(script, i)
            literal = _string(script, i)
            if literal is None:
                return None
            value, i = literal
            parts.append(value)
            i = _skip_blank(script, i)
            if i < n and script[i] == "+":
                i += 1
                continue
            break
        if i >= n or script[i] != ")":
            return None
        i += 1
        out.append("".join(parts) + ("\n" if m[1] == "writeln" else ""))
        calls += 1
        i = _skip_blank(script, i)
        if i < n and script[i] == ";":
            i += 1
    return "".join(out) if calls else None


def _skip_blank(s: str, i: int) -> int:
    """Past white space and comments: ``//`` and ``/* */``, and the HTML comment marks
    an older script hides itself behind (``<!--`` and ``-->`` open a line comment)."""
    n = len(s)
    while i < n:
        if s[i].isspace():
            i += 1
        elif s.startswith("//", i) or s.startswith("<!--", i) or s.startswith("-->", i):
            end = s.find("\n", i)
            i = n if end < 0 else end + 1
        elif s.startswith("/*", i):
            end = s.find("*/", i + 2)
            if end < 0:
                return n
            i = end + 2
        else:
            break
    return i


def _string(s: str, i: int) -> tuple[str, int] | None:
    """The JavaScript string literal at ``i`` (its value, the index past it)."""
    if i >= len(s) or s[i] not in "'\"":
        return None
    quote, i = s[i], i + 1
    out: list[str] = []
    n = len(s)
    while i < n:
        c = s[i]
        if c == quote:
            return "".join(out), i + 1
        if c in "\r\n":
            return None   # an unterminated literal: no script a browser runs
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            return None
        e = s[i + 1]
        i += 2
        if e in "xu":
            width = 2 if e == "x" else 4
            if e == "u" and i < n and s[i] == "{":
                end = s.find("}", i)
                digits = s[i + 1:end] if end > 0 else ""
                if not digits or not _HEX.fullmatch(digits):
                    return None
                out.append(chr(int(digits, 16)))
                i = end + 1
                continue
            digits = s[i:i + width]
            if len(digits) != width or not _HEX.fullmatch(digits):
                return None
            out.append(chr(int(digits, 16)))
            i += width
        elif e == "\r":
            i += s.startswith("\n", i)   # a line continuation writes nothing
        elif e == "\n":
            pass
        elif e == "0" and i < n and s[i].isdigit():
            return None   # an octal escape: not worth reading
        else:
            out.append(_SIMPLE_ESCAPES.get(e, e))
    return None
