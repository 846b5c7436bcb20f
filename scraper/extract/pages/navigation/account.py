"""A signed-in reader's own account link standing among the site menu's links (a CMS
printing "My profile" as the menu bar's last item): it changes with every reader and
leads to no place of the site, so it is no entry, wherever it stands.  Told by where it
leads (the account's address) or by its words in the site's languages."""

from __future__ import annotations

import re

from scraper.extract import urls
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


def is_own_account(url: str, name: str, icon: bool = False) -> bool:
    """``url`` (named ``name``) leads to the signed-in reader's own account: an
    address of the account's shape (``/user/51734``, ``/account``, ``/de/profile``),
    words saying it is theirs ("My profile", "Mon compte", "Личный кабинет") or, for an
    ``icon`` named by its accessible name, that it sets their preferences (a gear
    "Customize tag priority")."""
    folded = fold(name)
    if folded in ACCOUNT_NAMES or (icon and SETTINGS_WORDS & set(folded.split())):
        return True
    parts = urls.split(url)
    return parts is not None and bool(_ACCOUNT_PATH.match(parts.path))
