"""Unexpected errors in the reader's actions: logged and shown, and the desk goes on.

Textual ends the app on an exception in a handler. For the desk's own actions
and handlers that is the wrong trade: one bad article must not cost the reader
the session. Classes that mix in :class:`Guarded` have every ``action_*`` and
``on_*`` method wrapped so an exception is logged to the state directory's
``readingdesk.log`` and shown as a notification instead.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger("readingdesk")


def report(node: Any, error: BaseException) -> None:
    log.error("unexpected error in the desk", exc_info=error)
    try:
        node.app.notify(
            f"Unexpected error: {error.__class__.__name__}: {error}. The desk goes on; the details are logged.",
            severity="error",
            markup=False,
            timeout=15,
        )
    except Exception:  # pragma: no cover - no app to tell
        log.exception("could not show the error")


def guard(method: Callable[..., Any]) -> Callable[..., Any]:
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def guarded_async(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return await method(self, *args, **kwargs)
            except Exception as error:
                report(self, error)
                return None

        return guarded_async

    @functools.wraps(method)
    def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as error:
            report(self, error)
            return None

    return guarded


class Guarded:
    """Mixin: wrap the class's own ``action_*`` and ``on_*`` methods with :func:`guard`."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if (name.startswith("action_") or name.startswith("on_")) and inspect.isfunction(value):
                setattr(cls, name, guard(value))
