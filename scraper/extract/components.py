"""What a client-side framework renders from the markup a server sends for it.

A Vue or Web Components page may send its content as component markup the framework
turns into ordinary HTML in the browser:

- a Vue named slot (``<template slot="contents">``, ``<template v-slot:name>``,
  ``<template #name>``) given to a component is rendered where the component puts it;
  it is no inert ``<template>`` copy (:func:`.visible.is_rendered_slot`): it is read
  as a ``<div>`` box of its content;
- a link component (Vuetify's ``<v-list-item href>``, Ionic's ``<ion-item href>``)
  renders an anchor around its content; when the server sent none, one is made, so the
  link is read like any ``<a href>``.
"""

from __future__ import annotations

from typing import Any

from scraper.extract.visible import is_rendered_slot


def render_components(root: Any) -> None:
    """Render ``root``'s framework slots and link components in place."""
    render_framework_slots(root)
    render_link_components(root)


def render_framework_slots(root: Any) -> None:
    """Each framework slot ``<template>`` becomes the box of content it renders (a
    ``<div>`` keeping the slot's name)."""
    for template in [t for t in root.iter("template") if is_rendered_slot(t)]:
        template.tag = "div"


def is_link_component(el: Any) -> bool:
    """A custom element (a hyphen in its name) with an ``href`` and no anchor in or
    around it: the component renders the anchor."""
    t = el.tag
    if not isinstance(t, str) or "-" not in t or not (el.get("href") or "").strip():
        return False
    return next(el.iter("a"), None) is None \
        and next(el.iterancestors("a"), None) is None


def render_link_components(root: Any) -> None:
    """Each link component's content is wrapped in the ``<a href>`` it renders."""
    for el in [x for x in root.iter() if is_link_component(x)]:
        a = el.makeelement("a", {"href": el.get("href")})
        for name in ("target", "rel", "hreflang", "title"):
            if el.get(name) is not None:
                a.set(name, el.get(name))
        a.text, el.text = el.text, None
        a.extend(list(el))
        el.append(a)


__all__ = ["is_link_component", "render_components", "render_framework_slots",
           "render_link_components"]
