"""Sending a call through the history from a page's worker thread: journaled before it leaves, recorded
before it is shown; nothing is sent when the history cannot record it (as on the Verify page).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from ..api import FaceIDError
from ..api.errors import ErrorOrigin
from ..store import CallKind, StoreError
from ..store.journal import A, send_journaled
from ..store.lazy import LazyHistoryStore
from .pages.verify_page import HISTORY_UNAVAILABLE


def send_with_history(history: LazyHistoryStore, kind: CallKind, *, profile: str, params: Mapping[str, Any],
                      images: Mapping[str, bytes], send: Callable[[], A], base_url: str) -> A:
    """``send_journaled`` with the window's history; a history that cannot be opened stops the call unsent."""
    try:
        store = history.get()
    except (StoreError, OSError, SQLAlchemyError) as exc:
        raise FaceIDError(HISTORY_UNAVAILABLE, origin=ErrorOrigin.INPUT, message=str(exc)) from None
    _entry, answer = send_journaled(store.journal, kind, profile=profile, params=params, images=images, send=send,
                                    base_url=base_url)
    return answer
