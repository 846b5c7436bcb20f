"""Remembering a menu judge's answer for the life of the page.  The menu reader asks
the same question of the same element from many places (is it hidden, how many links
does it hold, what does it say); these decorators keep each answer once.  Kept apart
from :mod:`.base` because they know nothing of menus: any page method whose answer
depends only on its arguments can use them."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

Judge = TypeVar("Judge", bound=Callable[..., Any])


def per_element(judge: Judge) -> Judge:
    """Remember a page method's answer for each element it is asked about (its first
    argument; lxml elements are keys by identity), for the life of the page."""
    memo_name = f"_memo_{judge.__name__}"

    @wraps(judge)
    def remembered(self: Any, el: Any, *rest: Any) -> Any:
        memo = self.__dict__.setdefault(memo_name, {})
        if el not in memo:
            memo[el] = judge(self, el, *rest)
        return memo[el]

    return cast(Judge, remembered)


def per_call(judge: Judge) -> Judge:
    """Remember a page method's answer for each tuple of positional arguments it is
    asked about (elements are keys by identity), for the life of the page: for a pure
    judge of several elements (a link and the menu it is read in)."""
    memo_name = f"_memo_{judge.__name__}"

    @wraps(judge)
    def remembered(self: Any, *args: Any) -> Any:
        memo = self.__dict__.setdefault(memo_name, {})
        if args not in memo:
            memo[args] = judge(self, *args)
        return memo[args]

    return cast(Judge, remembered)
