"""Sending a call through the history from a page's worker thread: journaled before it leaves, recorded
before it is shown; nothing is sent when the history cannot record it (as on the Verify page).

The store (SQLAlchemy, Alembic) is imported here only when a call is made, in the worker: never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..api import FaceIDError
from ..api.errors import ErrorOrigin
from ..lazy_history import LazyHistoryStore
from .pages.verify_page import HISTORY_UNAVAILABLE

if TYPE_CHECKING:
    from ..store.journal import A
else:
    A = TypeVar("A")


def send_with_history(history: LazyHistoryStore, kind: str, *, profile: str, params: Mapping[str, Any],
                      images: Mapping[str, bytes], send: Callable[[], A], base_url: str,
                      policy_level: str, billable: bool) -> A:
    """``send_journaled`` for a ``CallKind`` value (``"get_result"``…) with the window's history; a history
    that cannot be opened stops the call unsent. ``billable``: the profile's ``billed`` (not the built-in engine)."""
    return send_with_history_entry(history, kind, profile=profile, params=params, images=images, send=send,
                                   base_url=base_url, policy_level=policy_level, billable=billable)[1]


def send_with_history_entry(history: LazyHistoryStore, kind: str, *, profile: str, params: Mapping[str, Any],
                            images: Mapping[str, bytes], send: Callable[[], A], base_url: str,
                            policy_level: str, billable: bool) -> tuple[int, A]:
    """``send_with_history``, with the History entry the answer is kept in (to decide on it from the page)."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import CallKind, StoreError
    from ..store.journal import send_journaled

    try:
        store = history.get()
    except (StoreError, OSError, SQLAlchemyError) as exc:
        raise FaceIDError(HISTORY_UNAVAILABLE, origin=ErrorOrigin.INPUT, message=str(exc)) from None
    entry, answer = send_journaled(store.journal, CallKind(kind), profile=profile, params=params, images=images,
                                   send=send, base_url=base_url, policy_level=policy_level, billable=billable)
    return int(entry), answer
