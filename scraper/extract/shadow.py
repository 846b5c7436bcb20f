"""Declarative shadow DOM as a browser renders it.

A ``<template shadowrootmode="open">`` (``shadowroot`` in Chrome's first version) is
no inert template: the browser attaches its content as the shadow root of the element
holding it, and that content is what a reader sees.  The host's own children (its
light DOM) are shown only where the shadow tree puts them: an element with
``slot="x"`` in the first ``<slot name="x">``, every other child and every piece of
text in the first unnamed ``<slot>``; a child whose slot name matches no slot is not
rendered, and a slot nothing is given to shows its own (fallback) content.
"""

from __future__ import annotations

from typing import Any

# a piece of light DOM given to a slot: an element or a run of text
Node = Any


def is_declarative_shadow_root(el: Any) -> bool:
    return el.tag == "template" and (el.get("shadowrootmode") is not None
                                     or el.get("shadowroot") is not None)


def render_shadow_roots(root: Any) -> None:
    """Each declarative shadow root under ``root`` replaces its host's content, its
    slots filled with the host's light DOM (outer hosts first: a host slotted into
    another one is rendered after it is moved)."""
    for template in [t for t in root.iter("template") if is_declarative_shadow_root(t)]:
        host = template.getparent()
        if host is not None:
            _attach(host, template)


def _attach(host: Any, template: Any) -> None:
    named: dict[str, list[Node]] = {}
    default: list[Node] = []
    for node in _content(host, skip=template):
        name = node.get("slot") if not isinstance(node, str) else None
        (named.setdefault(name, []) if name else default).append(node)
    for child in list(host):
        host.remove(child)
    host.text = template.text
    host.extend(list(template))
    taken: set[str] = set()
    for slot in [s for s in host.iter("slot") if _own_slot(s, host)]:
        name = slot.get("name") or ""
        given = [] if name in taken else named.get(name, []) if name else default
        taken.add(name)
        _fill(slot, given or _content(slot))


def _own_slot(slot: Any, host: Any) -> bool:
    """A slot of this shadow tree, not one of a shadow root nested in it (still a
    ``<template>`` until its turn)."""
    for anc in slot.iterancestors():
        if anc is host:
            return True
        if anc.tag == "template":
            return False
    return False


def _content(el: Any, skip: Any = None) -> list[Node]:
    """``el``'s child elements and text in order, each element without its tail
    (comments, processing instructions and ``skip`` are no content; their tails are)."""
    out: list[Node] = [el.text] if el.text else []
    for child in el:
        if isinstance(child.tag, str) and child is not skip:
            out.append(child)
        if child.tail:
            out.append(child.tail)
    return out


def _fill(slot: Any, nodes: list[Node]) -> None:
    """Put ``nodes`` where ``slot`` stands."""
    parent = slot.getparent()
    if parent is None:
        return
    at = parent.index(slot)
    tail = slot.tail
    parent.remove(slot)
    prev = parent[at - 1] if at > 0 else None
    for node in [*nodes, tail or ""]:
        if isinstance(node, str):
            if prev is None:
                parent.text = (parent.text or "") + node
            else:
                prev.tail = (prev.tail or "") + node
            continue
        node.tail = None
        parent.insert(at, node)
        at += 1
        prev = node


__all__ = ["is_declarative_shadow_root", "render_shadow_roots"]
