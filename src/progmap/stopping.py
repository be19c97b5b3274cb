"""A stop that a signal asked for, remembered until the build acts on it.

The command line turns SIGTERM and SIGHUP into :class:`Stopped`, and SIGINT
into :class:`Interrupted` (a :class:`KeyboardInterrupt` too), raised
wherever the main thread is. Raised inside some C code (a pandas or numpy
call that clears the errors of what it calls), the exception can be lost;
so the request is also remembered, and :func:`check` raises it again where
losing it would matter: before a new set of outputs replaces the old one.
"""

from __future__ import annotations

import signal

__all__ = ["Interrupted", "Stopped", "check", "clear", "request"]

_requested: int | None = None


class Stopped(BaseException):
    """A signal asked the command to stop; raised where the main process is, so cleanups run."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class Interrupted(Stopped, KeyboardInterrupt):
    """Ctrl-C (SIGINT): a :class:`Stopped` that code written for Ctrl-C also knows."""


def _stop(signum: int) -> Stopped:
    return Interrupted(signum) if signum == signal.SIGINT else Stopped(signum)


def request(signum: int) -> None:
    """Remember that signal ``signum`` asked to stop, and raise :class:`Stopped`."""
    global _requested
    _requested = signum
    raise _stop(signum)


def check() -> None:
    """Raise :class:`Stopped` again if a stop was asked for (and perhaps lost)."""
    if _requested is not None:
        raise _stop(_requested)


def clear() -> None:
    """Forget a stop request (a new command in the same process)."""
    global _requested
    _requested = None
