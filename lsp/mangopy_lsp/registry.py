"""How a feature module hands its handlers to the server without importing it.

Each feature module (completion, navigation, actions, formatting, objc) fills a :class:`Features` at
import time; the server imports the modules and installs what they list, wrapping each handler
(a failing request is answered with an error, a failing notification is logged).  So the server
is the one module that knows pygls, and the import graph has no circle (import-linter checks it).

A handler refuses a request by raising :class:`Refusal` (the server answers it as a JSON-RPC
error with that code and message); anything else it raises is an internal failure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# JSON-RPC and LSP error codes a handler may refuse with.
INVALID_PARAMS = -32602
REQUEST_FAILED = -32803


class Refusal(Exception):
    """A request the server declines, with the reason the user sees."""

    def __init__(self, message: str, code: int = REQUEST_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Handler:
    method: str
    fn: Callable[[Any, Any], Any]
    options: Any = None
    request: bool = True  # False: a notification (nothing to answer)
    command: bool = False  # a `workspace/executeCommand` command (``method`` is its name)


@dataclass
class Features:
    """The handlers one module provides, in the order it declares them."""

    handlers: list[Handler] = field(default_factory=list)

    def request(
        self, method: str, options: Any = None
    ) -> Callable[[Callable[[Any, Any], Any]], Callable[[Any, Any], Any]]:
        def add(fn: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
            self.handlers.append(Handler(method, fn, options, request=True))
            return fn

        return add

    def command(self, name: str) -> Callable[[Callable[[Any, Any], Any]], Callable[[Any, Any], Any]]:
        """A ``workspace/executeCommand`` command: the handler gets the command's arguments (a list)."""

        def add(fn: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
            self.handlers.append(Handler(name, fn, None, request=True, command=True))
            return fn

        return add

    def notification(self, method: str) -> Callable[[Callable[[Any, Any], Any]], Callable[[Any, Any], Any]]:
        def add(fn: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
            self.handlers.append(Handler(method, fn, None, request=False))
            return fn

        return add
