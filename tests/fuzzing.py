"""Random and mutated pages for the fuzz tests (seeded, reproducible)."""

from __future__ import annotations

import random
from pathlib import Path

from lxml import etree, html

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "fixtures").glob("*/*.html"))
_TAGS = ["div", "p", "span", "h1", "h2", "ul", "li", "dl", "dt", "dd", "table", "tr", "td",
         "a", "time", "article", "nav", "header", "main", "strong", "br", "script"]
_TEXTS = ["Issued on:", "Issued by:", "Fields of work:", "Publishing date", "Где мы работаем",
          "31 February 2021", "TBC", "VIENNA, 20 January 2020 –", "News Item", "", " ",
          "\u00a0", "<>&", "\ufffd", "x" * 300, "Publié le 12 février 2025", "12.02.2025"]


def _elements(root: etree._Element) -> list[etree._Element]:
    return [el for el in root.iter() if isinstance(el.tag, str) and el.getparent() is not None]


def mutate_tree(data: bytes, rng: random.Random) -> bytes:
    """Drop, duplicate, swap, move and retag elements; scramble text and attributes."""
    try:
        root = html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return data
    for _ in range(rng.randint(1, 12)):
        els = _elements(root)
        if not els:
            break
        el = rng.choice(els)
        op = rng.randrange(8)
        parent = el.getparent()
        if parent is None:
            continue
        if op == 0:
            parent.remove(el)
        elif op == 1:
            parent.insert(parent.index(el), html.fromstring(etree.tostring(el)))
        elif op == 2:
            other = rng.choice(els)
            unrelated = el not in other.iterancestors() and other not in el.iterancestors()
            if other is not el and other.getparent() is not None and unrelated:
                a, b = el.getparent(), other.getparent()
                ia, ib = a.index(el), b.index(other)
                a.remove(el)
                b.remove(other)
                a.insert(min(ia, len(a)), other)
                b.insert(min(ib, len(b)), el)
        elif op == 3:
            target = rng.choice(els)
            if el not in target.iterancestors() and target is not el:
                parent.remove(el)
                target.append(el)
        elif op == 4:
            el.tag = rng.choice(_TAGS)
        elif op == 5:
            el.text = rng.choice(_TEXTS)
        elif op == 6:
            el.attrib.clear()
        else:
            el.tail = rng.choice(_TEXTS)
    return etree.tostring(root, encoding="utf-8", method="html")


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """Truncate, splice random bytes, or repeat a slice."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(4)
        if not data:
            break
        pos = rng.randrange(len(data))
        if op == 0:
            del data[pos:]
        elif op == 1:
            data[pos:pos] = rng.randbytes(rng.randint(1, 64))
        elif op == 2:
            end = min(len(data), pos + rng.randint(1, 2000))
            data[pos:pos] = data[pos:end] * rng.randint(1, 3)
        else:
            del data[pos:pos + rng.randint(1, 500)]
    return bytes(data)


def random_page(rng: random.Random) -> bytes:
    """A page built from random tags and site-like texts."""
    parts = []
    for _ in range(rng.randint(0, 60)):
        t = rng.choice(_TAGS)
        parts.append(f"<{t}>{rng.choice(_TEXTS)}")
        if rng.random() < 0.6:
            parts.append(f"</{t}>")
    return "".join(parts).encode()


def case(i: int, seed: int = 2026) -> tuple[str, bytes]:
    """Fuzz case number ``i``: (description, page bytes)."""
    rng = random.Random(seed * 1_000_003 + i)
    kind = rng.randrange(10)
    if kind == 0:
        return "random", random_page(rng)
    page = rng.choice(PAGES)
    data = page.read_bytes()
    if kind <= 6:
        return f"tree:{page.name}", mutate_tree(data, rng)
    if kind <= 8:
        return f"bytes:{page.name}", mutate_bytes(data, rng)
    return f"both:{page.name}", mutate_bytes(mutate_tree(data, rng), rng)
