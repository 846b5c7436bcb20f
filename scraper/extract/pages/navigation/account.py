"""A signed-in reader's own account link standing among the site menu's links (a CMS
printing "My profile" as the menu bar's last item): it changes with every reader and
leads to no place of the site, so it is no entry, wherever it stands.  Told by where it
leads (the account's address) or by its words in the site's languages.

A shop's cart (basket) link is the reader's own in the same way (a publications shop's
header cart showing its total, "0,00 €", in a ``ul.menu``): told by where it leads
(``/cart``, ``/fr/panier``), by cart words in its class or its own box's (``cart-contents``,
``li.menu-cart``), in its name, label or tooltip ("Afficher votre panier"), or by words
that are nothing but an amount of money."""

from __future__ import annotations

import re
from typing import Any

from scraper.extract import urls
from scraper.extract.structure import class_tokens
from scraper.extract.text import fold

# the path of the reader's own account, after a language prefix (``/ru``, ``/pt-br``):
# Drupal's ``/user``, ``/user/<uid>`` (and its ``/edit``), ``/user/login``, ``/user/register``,
# ``/users/<id>``; ``/account``, ``/my-account``, ``/profile``, ``/my-profile`` and what
# they hold (``/account/settings``).  A section's page named "profile" deeper in the
# site (``/odihr/profile``) is no account.
_ACCOUNT_PATH = re.compile(
    r"^(?:/[a-z]{2}(?:[-_][a-z]{2,4})?)?"
    r"/(?:users?(?:/(?:\d+|login|logout|register|password|me)(?:/[^/]+)?)?"
    r"|(?:my[-_]?)?(?:account|profile)(?:/[^/]+)*)/?$", re.I)

# "My profile", "My account" in the site's languages (six, and Ukrainian, Polish and
# Albanian where pages show them); a bare "Profile" may name a page about the
# organisation, a possessive never does
ACCOUNT_NAMES = frozenset(fold(x) for x in (
    "my profile", "my account", "your account", "your profile", "my page",
    "mein profil", "mein konto", "mein benutzerkonto", "meine seite",
    "mon profil", "mon compte", "mon espace", "votre compte",
    "мой профиль", "мой аккаунт", "моя учетная запись", "личный кабинет", "моя страница",
    "mi perfil", "mi cuenta", "su cuenta",
    "il mio profilo", "il mio account", "profilo personale", "area personale",
    "мій профіль", "мій акаунт", "особистий кабінет", "моя сторінка",
    "mój profil", "moje konto",
    "profili im", "llogaria ime",
))

# words of an icon control setting the reader's own preferences (a gear named
# "Customize tag priority", "Einstellungen"): the signed-in reader's settings, no place
# of the site.  Only an icon's accessible name says so: a worded link "Settings and
# options" in a site's admin menu is a place of its own (smf-ru-2024-board-index)
SETTINGS_WORDS = frozenset(fold(x) for x in (
    "customize", "customise", "personalize", "personalise", "settings", "preferences",
    "anpassen", "einstellungen", "personnaliser", "parametres", "preferences",
    "настроить", "настройки", "personalizar", "configuracion", "preferencias",
    "personalizza", "impostazioni", "preferenze", "налаштування", "ustawienia",
))

# a shop's cart: its address after a language prefix (``/cart``, ``/shop/basket``,
# ``/fr/panier``), its class words, and the words naming it in the six languages
_CART_WORDS = ("cart", "basket", "shopping bag", "warenkorb", "einkaufswagen", "panier",
               "корзина", "carrito", "cesta", "carrello")
_CART_PATH = re.compile(
    r"^(?:/[a-z]{2}(?:[-_][a-z]{2,4})?)?/(?:(?:shops?|store|boutique)/)?"
    r"(?:cart|basket|warenkorb|panier|korzina|carrito|carrello|cesta)/?$", re.I)
CART_TOKENS = frozenset({"cart", "minicart", "shoppingcart", "basket", "minibasket",
                         "warenkorb", "panier", "carrito", "carrello", "korzina"})
_CART_NAME = re.compile(r"(?:^|[^\w])(?:" + "|".join(_CART_WORDS) + r")(?:[^\w]|$)")
# words that are only an amount of money: "0,00€", "$ 12.50", "1 250,00 руб."
_CURRENCY = r"(?:[€$£¥₽₴₸]|zł|chf|eur|usd|gbp|rub|uah|pln|руб\.?|грн\.?)"
_HAS_CURRENCY = re.compile(_CURRENCY, re.I)
_AMOUNT = re.compile(rf"^(?:{_CURRENCY}\s?)?\d{{1,3}}(?:[ .,\u00a0\u202f']?\d{{3}})*"
                     rf"(?:[.,]\d{{1,2}})?(?:\s?{_CURRENCY})?$", re.I)


def is_own_account(url: str, name: str, icon: bool = False, link: Any = None,
                   box: Any = None) -> bool:
    """``url`` (named ``name``) leads to the signed-in reader's own account: an
    address of the account's shape (``/user/51734``, ``/account``, ``/de/profile``),
    words saying it is theirs ("My profile", "Mon compte", "Личный кабинет") or, for an
    ``icon`` named by its accessible name, that it sets their preferences (a gear
    "Customize tag priority"); or to their shop cart (:func:`is_cart`)."""
    folded = fold(name)
    if folded in ACCOUNT_NAMES or (icon and SETTINGS_WORDS & set(folded.split())):
        return True
    parts = urls.split(url)
    if parts is not None and (_ACCOUNT_PATH.match(parts.path) or _CART_PATH.match(parts.path)):
        return True
    return is_cart(name, link, box)


def names_account(label: str) -> bool:
    """A group's title saying the group is the reader's own account ("My account",
    "Личный кабинет"): the links under it are theirs (their data, their
    registrations), no places of the site, whatever each is named."""
    return fold(label) in ACCOUNT_NAMES


def is_cart(name: str, link: Any = None, box: Any = None) -> bool:
    """A shop's cart link: its words only an amount of money ("0,00€"), or cart words
    in its name, label or tooltip, or in the class of the link or of a box around it
    that holds no other link, inside the menu's ``box`` (``li.menu-cart``)."""
    words = fold(name)
    if _HAS_CURRENCY.search(words) and _AMOUNT.match(words.replace(" ", "")) is not None:
        return True
    said = [words] if link is None else [
        words, fold(link.get("aria-label") or ""), fold(link.get("title") or "")]
    if _CART_NAME.search(" ".join(said)):
        return True
    node = link
    while node is not None and node is not box:
        if class_tokens(node) & CART_TOKENS:
            return True
        node = node.getparent()
        if node is None or len(node.xpath(".//a[@href]")) > 1:
            return False
    return False
