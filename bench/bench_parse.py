"""Throughput benchmark for the mangopy lexer and parser.

Generates a large, realistic MangoFix 1.5.5 hot-fix script (view controllers, table-view code,
blocks, GCD calls, collection and struct literals, comments), checks that mangopy parses it without
errors, and then measures, best of R runs:

* lexing only (``mangopy.syntax.lexer.tokenize``),
* full parsing (``mangopy.syntax.parse``, which includes lexing),
* CPython's ``compile()`` on a generated Python module with the same number of lines and a similar
  shape, as a familiar yardstick,

plus the peak traced memory of one parse and the process's maximum resident set size.

Usage::

    python bench/bench_parse.py [--lines N] [--repeat R] [--seed S] [--json]

See bench/README.md for what each figure means.  :func:`generate_script` and
:func:`generate_python` can be imported (``from bench.bench_parse import generate_script``) by
tests that need a big valid script.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import platform
import random
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

TARGET_LINES_PER_SECOND = 50_000
DEFAULT_LINES = 20_000
DEFAULT_REPEAT = 5

_REPO_ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------------------------
# Small output helper shared by both generators
# --------------------------------------------------------------------------------------------


class _Out:
    """Collects indented lines."""

    def __init__(self, unit: str = "    ") -> None:
        self.lines: list[str] = []
        self.depth = 0
        self.unit = unit

    def emit(self, text: str) -> None:
        self.lines.append(f"{self.unit * self.depth}{text}")

    def blank(self) -> None:
        self.lines.append("")


# --------------------------------------------------------------------------------------------
# Name pools
# --------------------------------------------------------------------------------------------

_DOMAINS: tuple[str, ...] = (
    "Order",
    "Cart",
    "Profile",
    "Feed",
    "Inbox",
    "Checkout",
    "Settings",
    "Search",
    "Payment",
    "Coupon",
    "Review",
    "Wallet",
    "Ticket",
    "Media",
    "Chat",
    "Friend",
    "Banner",
    "Product",
    "Address",
    "Delivery",
    "Invoice",
    "Story",
    "Notification",
    "Membership",
)

# (class-name suffix, superclass, protocols, kind)
_CLASS_KINDS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("ListViewController", "UIViewController", ("UITableViewDataSource", "UITableViewDelegate"), "list"),
    ("TableViewController", "UITableViewController", (), "list"),
    ("ViewController", "UIViewController", (), "controller"),
    ("DetailViewController", "UIViewController", ("UIScrollViewDelegate",), "controller"),
    ("Cell", "UITableViewCell", (), "view"),
    ("HeaderView", "UIView", (), "view"),
    ("BadgeView", "UIView", (), "view"),
    ("Manager", "NSObject", (), "service"),
    ("DataSource", "NSObject", ("UITableViewDataSource",), "list"),
    ("Service", "NSObject", (), "service"),
)

_TITLES: tuple[str, ...] = (
    "Home",
    "Orders",
    "Favorites",
    "Recently viewed",
    "Messages",
    "Coupons",
    "Addresses",
    "Help",
    "Settings",
    "Wallet",
    "Track package",
    "Returns",
    "Reviews",
    "Saved for later",
)

_KEYS: tuple[str, ...] = (
    "page",
    "size",
    "source",
    "userId",
    "orderId",
    "sku",
    "channel",
    "from",
    "index",
    "scene",
    "version",
    "token",
    "count",
    "offset",
)

_COMMENTS: tuple[str, ...] = (
    "Fix crash when the list is empty (JIRA-{n})",
    "The original implementation forgets to reload on the main queue",
    "Guard against nil coming back from the server",
    "Keep the behaviour of version 4.{n} until the backend is fixed",
    "TODO: remove this patch after the {n}th release",
    "Recompute the layout, the cached height is stale",
    "Workaround for a race between refresh and pagination",
    "Log for the crash dashboard",
    "Avoid retaining self inside the completion block",
    "Clamp the index, see crash report #{n}",
    "Old devices report a zero width here",
    "Tracking parameters requested by the analytics team",
    "Do not animate when the view is not visible",
    "Reset state before loading the next page",
)

_INT_PROPS: tuple[str, ...] = ("pageIndex", "selectedIndex", "retryCount", "badgeCount", "totalCount")
_BOOL_PROPS: tuple[str, ...] = ("loading", "expanded", "hasMore", "editingMode", "needsRefresh")
_FLOAT_PROPS: tuple[str, ...] = ("rowHeight", "headerHeight", "contentInset", "progress")
_OBJ_PROPS: tuple[tuple[str, str, str], ...] = (
    ("strong", "NSMutableArray", "items"),
    ("copy", "NSString", "titleText"),
    ("strong", "NSMutableDictionary", "cache"),
    ("strong", "UILabel", "titleLabel"),
    ("strong", "UIButton", "actionButton"),
    ("weak", "id", "delegate"),
    ("strong", "UIImageView", "iconView"),
    ("copy", "NSString", "reuseKey"),
    ("strong", "NSDate", "lastRefresh"),
)


# --------------------------------------------------------------------------------------------
# MangoFix generator
# --------------------------------------------------------------------------------------------


class _Scope:
    """Variables visible at one point of a method body, by kind (expressions, not only names)."""

    def __init__(self) -> None:
        self.ints: list[str] = []
        self.floats: list[str] = []
        self.bools: list[str] = []
        self.objs: list[str] = []
        self.int_vars: list[str] = []
        self.strs: list[str] = []
        self.views: list[str] = []
        self.colls: list[str] = []
        self.blocks: list[str] = []
        self.structs: list[str] = []
        self.used: set[str] = set()

    def mark(self) -> tuple[int, ...]:
        return (
            len(self.ints),
            len(self.floats),
            len(self.bools),
            len(self.objs),
            len(self.int_vars),
            len(self.strs),
            len(self.views),
            len(self.colls),
            len(self.blocks),
            len(self.structs),
        )

    def reset(self, mark: tuple[int, ...]) -> None:
        lists = (
            self.ints,
            self.floats,
            self.bools,
            self.objs,
            self.int_vars,
            self.strs,
            self.views,
            self.colls,
            self.blocks,
            self.structs,
        )
        for lst, n in zip(lists, mark, strict=True):
            del lst[n:]


class _MangoGenerator:
    """Emits valid MangoFix 1.5.5 source (see docs: "Pitfalls at a glance")."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.out = _Out()
        self.scope = _Scope()
        self.class_names: set[str] = set()
        self.typedefs: list[tuple[str, str]] = []  # (name, kind) kind in int/float/obj
        self.structs: list[tuple[str, tuple[str, ...]]] = []
        self.counter = 0
        self.in_class = ""
        self.uses_self = True

    # -- helpers ------------------------------------------------------------------------------

    def _n(self) -> int:
        self.counter += 1
        return self.counter

    def _fresh(self, base: str) -> str:
        name = base
        i = 2
        while name in self.scope.used:
            name = f"{base}{i}"
            i += 1
        self.scope.used.add(name)
        return name

    def _pick(self, seq: Sequence[str]) -> str:
        return seq[self.rng.randrange(len(seq))]

    def _chance(self, p: float) -> bool:
        return self.rng.random() < p

    def _comment(self) -> str:
        return self._pick(_COMMENTS).format(n=self.rng.randint(2, 900))

    def _maybe_comment(self, p: float) -> None:
        if self._chance(p):
            self.out.emit(f"// {self._comment()}")

    def _title(self) -> str:
        return self._pick(_TITLES)

    def _open(self, header: str) -> None:
        self.out.emit(f"{header}{'' if header.endswith('^') else ' '}{{")
        self.out.depth += 1

    def _close(self, tail: str = "") -> None:
        self.out.depth -= 1
        self.out.emit("}" + tail)

    # -- expressions --------------------------------------------------------------------------
    # Every helper returns an expression that is valid in any assign-level position.  None of
    # them is ever put directly before a ':' unless it ends in a literal, a name or ')'
    # (pitfall 1: a member access followed by ':' starts a selector).

    def int_atom(self) -> str:
        r = self.rng.random()
        s = self.scope
        if s.ints and r < 0.55:
            return self._pick(s.ints)
        if self.uses_self and r < 0.75:
            return self._pick(("self.items.count()", "self.pageIndex", "self.selectedIndex", "self.retryCount()"))
        return str(self.rng.choice((0, 1, 2, 3, 10, 20, 44, 100)))

    def int_expr(self) -> str:
        r = self.rng.random()
        a = self.int_atom()
        if r < 0.45:
            return a
        if r < 0.65:
            return f"{a} + {self.rng.randint(1, 9)}"
        if r < 0.75:
            return f"{a} - 1"
        if r < 0.85:
            return f"({a} + {self.int_atom()}) * 2"
        if r < 0.93:
            return f"{a} % {self.rng.randint(2, 7)}"
        return f"{a} / 2"

    def float_atom(self) -> str:
        s = self.scope
        r = self.rng.random()
        if s.floats and r < 0.5:
            return self._pick(s.floats)
        if self.uses_self and r < 0.8:
            return self._pick(
                (
                    "self.view.bounds.size.width",
                    "self.rowHeight",
                    "self.view.frame.size.height",
                    "UIScreen.mainScreen().scale()",
                )
            )
        return self._pick(("44.0", "16.0", "0.5", "8.0", "375.0", "1.0"))

    def float_expr(self) -> str:
        r = self.rng.random()
        a = self.float_atom()
        if r < 0.5:
            return a
        if r < 0.7:
            return f"{a} * {self._pick(('0.5', '2.0', '0.75'))}"
        if r < 0.85:
            return f"{a} - {self._pick(('16.0', '8.0', '24.0'))}"
        return f"({a} + {self.float_atom()}) / 2.0"

    def obj_atom(self) -> str:
        s = self.scope
        r = self.rng.random()
        if s.objs and r < 0.5:
            return self._pick(s.objs)
        if self.uses_self and r < 0.8:
            return self._pick(
                (
                    "self.items",
                    "self.titleText",
                    "self.cache",
                    "self.delegate",
                    "self.items.firstObject()",
                    "self.cache.allKeys()",
                )
            )
        return f'@"{self._title()}"'

    def coll_atom(self) -> str:
        s = self.scope
        if s.colls and self._chance(0.5):
            return self._pick(s.colls)
        if self.uses_self:
            return self._pick(
                ("self.items", "self.cache.allKeys()", "self.items.copy()", "self.tableView.visibleCells()")
            )
        return f'@[@"{self._title()}", @"{self._title()}"]'

    def view_atom(self) -> str | None:
        s = self.scope
        if s.views and (self._chance(0.6) or not self.uses_self):
            return self._pick(s.views)
        if self.uses_self:
            return self._pick(("self.titleLabel", "self.iconView", "self.actionButton"))
        return None

    def bool_expr(self) -> str:
        s = self.scope
        r = self.rng.random()
        if r < 0.18:
            return f"{self.int_atom()} > {self.rng.choice((0, 1, 3))}"
        if r < 0.3:
            return f"{self.obj_atom()} == nil"
        if r < 0.42:
            return f"{self.obj_atom()} != nil"
        if r < 0.52 and s.bools:
            return self._pick(s.bools)
        if r < 0.6 and self.uses_self:
            return self._pick(("!self.loading", "self.hasMore", "!self.isViewLoaded()", "self.editingMode"))
        if r < 0.7:
            return f"{self.int_expr()} < {self.int_atom()}"
        if r < 0.78:
            return f"{self.int_atom()} % 2 == 0"
        if r < 0.86:
            recv = self._pick(s.objs) if s.objs else "self.delegate" if self.uses_self else "patchTitle"
            return f"{recv}.isKindOfClass:(NSString.class())"
        if r < 0.93:
            return f"{self.bool_simple()} && {self.bool_simple()}"
        return f"{self.bool_simple()} || {self.int_atom()} == 0"

    def bool_simple(self) -> str:
        if self.scope.bools and self._chance(0.4):
            return self._pick(self.scope.bools)
        return f"{self.int_atom()} >= {self.rng.randint(0, 5)}"

    def string_expr(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return f'@"{self._title()}"'
        if r < 0.7:
            return f'@"{self._title()} " + {self.int_atom()}'
        if r < 0.85 and self.scope.objs:
            return f"{self._pick(self.scope.objs)}.description()"
        return f'fmt_num(@"%ld", @({self.int_expr()}))'

    def dict_literal(self) -> str:
        n = self.rng.randint(1, 4)
        keys = self.rng.sample(_KEYS, n)
        entries = []
        for k in keys:
            r = self.rng.random()
            if r < 0.35:
                v = f"@({self.int_expr()})"
            elif r < 0.55:
                v = f'@"{self._title()}"'
            elif r < 0.7:
                v = f"@{self.rng.randint(1, 50)}"
            elif r < 0.85:
                v = self.obj_atom()
            else:
                v = "@(YES)" if self._chance(0.5) else "@ NO"
            entries.append(f'@"{k}": {v}')
        return "@{" + ", ".join(entries) + "}"

    def array_literal(self) -> str:
        n = self.rng.randint(0, 4)
        items = []
        for _ in range(n):
            r = self.rng.random()
            if r < 0.5:
                items.append(f'@"{self._title()}"')
            elif r < 0.75:
                items.append(f"@({self.int_expr()})")
            else:
                items.append(self.obj_atom())
        return "@[" + ", ".join(items) + "]"

    # -- statements ---------------------------------------------------------------------------

    def declare_int(self) -> None:
        t = self._pick(("NSInteger", "NSInteger", "int", "NSUInteger"))
        td = [name for name, kind in self.typedefs if kind == "int"]
        if td and self._chance(0.2):
            t = self._pick(td)
        name = self._fresh(self._pick(("count", "index", "offset", "row", "total", "limit", "page")))
        self.out.emit(f"{t} {name} = {self.int_expr()};")
        self.scope.ints.append(name)
        self.scope.int_vars.append(name)

    def declare_float(self) -> None:
        name = self._fresh(self._pick(("height", "width", "ratio", "inset", "alpha", "scale")))
        t = self._pick(("CGFloat", "CGFloat", "double"))
        if self._chance(0.3):
            cond = self.bool_expr()
            a = self._pick(("88.0", "44.0", "0.0", "1.0"))
            self.out.emit(f"{t} {name} = {cond} ? {a} : {self.float_expr()};")
        else:
            self.out.emit(f"{t} {name} = {self.float_expr()};")
        self.scope.floats.append(name)

    def declare_bool(self) -> None:
        name = self._fresh(self._pick(("visible", "shouldReload", "isEmpty", "animated", "ok")))
        self.out.emit(f"BOOL {name} = {self.bool_expr()};")
        self.scope.bools.append(name)

    def declare_obj(self) -> None:
        r = self.rng.random()
        s = self.scope
        if r < 0.2:
            name = self._fresh(self._pick(("title", "text", "message", "key")))
            self.out.emit(f"NSString *{name} = {self.string_expr()};")
            s.strs.append(name)
        elif r < 0.35:
            name = self._fresh(self._pick(("params", "info", "payload", "extra")))
            self.out.emit(f"NSDictionary *{name} = {self.dict_literal()};")
        elif r < 0.47:
            name = self._fresh(self._pick(("titles", "list", "values", "sections")))
            self.out.emit(f"NSArray *{name} = {self.array_literal()};")
            s.colls.append(name)
        elif r < 0.6:
            name = self._fresh(self._pick(("result", "buffer", "pending")))
            self.out.emit(f"NSMutableArray *{name} = NSMutableArray.array();")
            s.colls.append(name)
        elif r < 0.75:
            name = self._fresh(self._pick(("item", "model", "entry", "record")))
            self.out.emit(f"id {name} = {self.coll_atom()}.objectAtIndex:({self.int_expr()});")
        elif r < 0.87:
            name = self._fresh(self._pick(("label", "badge", "hint")))
            self.out.emit(
                f"UILabel *{name} = UILabel.alloc().initWithFrame:(CGRectMake(0, 0, {self.float_atom()}, 20));"
            )
            s.views.append(name)
        else:
            name = self._fresh(self._pick(("view", "container", "overlay")))
            self.out.emit(f"UIView *{name} = UIView.alloc().init();")
            s.views.append(name)
        s.objs.append(name)

    def declare_struct(self) -> None:
        s = self.scope
        if self.structs and self._chance(0.25):
            sname, keys = self.rng.choice(self.structs)
            name = self._fresh("range")
            vals = ", ".join(f"{k}: {self._pick(('0.0', '1.0', '9.5'))}" for k in keys)
            self.out.emit(f"struct {sname} {name} = {{{vals}}};")
            return
        name = self._fresh(self._pick(("frame", "rect", "bounds")))
        w = self._pick(s.floats) if s.floats else self._pick(("320", "375.0"))
        h = self._pick(s.floats) if s.floats else self._pick(("44", "64.0"))
        if self._chance(0.6):
            self.out.emit(f"struct CGRect {name} = {{origin: {{x: 0, y: 0}}, size: {{width: {w}, height: {h}}}}};")
        else:
            self.out.emit(f"struct CGRect {name} = CGRectMake(16, 8, {w}, {h});")
        if self._chance(0.5):
            self.out.emit(f"{name}.origin.y = {self.float_expr()};")
        if self.uses_self and self._chance(0.5):
            self.out.emit(f"self.view.frame = {name};")
        s.structs.append(name)

    def assignment(self) -> None:
        s = self.scope
        r = self.rng.random()
        if r < 0.25 and s.int_vars:
            v = self._pick(s.int_vars)
            op = self._pick(("+=", "-=", "=", "="))
            self.out.emit(f"{v} {op} {self.int_expr()};")
        elif r < 0.35 and s.int_vars:
            self.out.emit(f"{self._pick(s.int_vars)}++;")
        elif r < 0.6 and self.uses_self:
            prop = self._pick(("loading", "hasMore", "needsRefresh", "expanded"))
            self.out.emit(f"self.{prop} = {self._pick(('YES', 'NO', self.bool_simple()))};")
        elif r < 0.8 and self.uses_self:
            self.out.emit(f"self.{self._pick(('pageIndex', 'selectedIndex', 'badgeCount'))} = {self.int_expr()};")
        elif r < 0.9 and (view := self.view_atom()) is not None:
            self.out.emit(f"{view}.hidden = {self._pick(('YES', 'NO'))};")
        else:
            target = "self.titleText" if self.uses_self else self._pick(s.strs or ["patchTitle"])
            self.out.emit(f"{target} = {self.string_expr()};")

    def send(self) -> None:
        s = self.scope
        r = self.rng.random()
        if r < 0.15 and self.uses_self:
            self.out.emit("self.tableView.reloadData();")
        elif r < 0.27 and self.uses_self:
            self.out.emit(f'self.cache.setObject:forKey:({self.obj_atom()}, @"{self._pick(_KEYS)}");')
        elif r < 0.37 and self.uses_self:
            self.out.emit("self.view.setNeedsLayout();")
        elif r < 0.47 and s.views:
            self.out.emit(f"{self._pick(s.views)}.removeFromSuperview();")
        elif r < 0.57 and self.uses_self:
            self.out.emit(f"self.items.addObject:({self.obj_atom()});")
        elif r < 0.67:
            self.out.emit(f"NSLog({self.string_expr()});")
        elif r < 0.75 and self.uses_self:
            self.out.emit(f'self.actionButton.setTitle:forState:(@"{self._title()}", UIControlStateNormal);')
        elif r < 0.82 and self.uses_self:
            self.out.emit(
                "self.actionButton.addTarget:action:forControlEvents:(self, "
                "@selector(handleTap:), UIControlEventTouchUpInside);"
            )
        elif r < 0.9 and s.blocks:
            self.out.emit(f"{self._pick(s.blocks)}({self._pick(('YES', 'NO'))});")
        elif self.uses_self:
            self.out.emit(
                f"self.tableView.scrollToRowAtIndexPath:atScrollPosition:animated:("
                f"NSIndexPath.indexPathForRow:inSection:({self.int_expr()}, 0), 0, YES);"
            )
        else:
            self.out.emit(f'NSLog(@"{self._title()}");')

    def simple_statement(self) -> None:
        r = self.rng.random()
        if r < 0.16:
            self.declare_int()
        elif r < 0.26:
            self.declare_float()
        elif r < 0.31:
            self.declare_bool()
        elif r < 0.5:
            self.declare_obj()
        elif r < 0.54:
            self.declare_struct()
        elif r < 0.72:
            self.assignment()
        else:
            self.send()

    def body(self, n: int, depth: int) -> None:
        mark = self.scope.mark()
        for _ in range(n):
            self._maybe_comment(0.09)
            if depth < 3 and self._chance(0.3 if depth == 0 else 0.15):
                self.compound(depth)
            else:
                self.simple_statement()
        self.scope.reset(mark)

    def compound(self, depth: int) -> None:
        r = self.rng.random()
        inner = self.rng.randint(1, 3)
        if r < 0.3:
            self._open(f"if ({self.bool_expr()})")
            self.body(inner, depth + 1)
            if self._chance(0.25):
                self._close(f" else if ({self.bool_expr()}) {{")
                self.out.depth += 1
                self.body(self.rng.randint(1, 2), depth + 1)
            if self._chance(0.4):
                self._close(" else {")
                self.out.depth += 1
                self.body(self.rng.randint(1, 2), depth + 1)
            self._close()
        elif r < 0.42:
            i = self._fresh("i")
            self._open(f"for (NSInteger {i} = 0; {i} < {self.int_atom()}; {i}++)")
            mark = self.scope.mark()
            self.scope.ints.append(i)
            self.body(inner, depth + 1)
            self.scope.reset(mark)
            self._close()
        elif r < 0.56:
            v = self._fresh(self._pick(("item", "obj", "entry", "model")))
            t = self._pick(("id", "id", "NSDictionary *", "NSString *"))
            src = self.coll_atom()
            self._open(f"for ({t}{'' if t.endswith('*') else ' '}{v} in {src})")
            mark = self.scope.mark()
            self.scope.objs.append(v)
            self.body(inner, depth + 1)
            if self._chance(0.2):
                self._open(f"if ({v} == nil)")
                self.out.emit(self._pick(("continue;", "break;")))
                self._close()
            self.scope.reset(mark)
            self._close()
        elif r < 0.66:
            self.switch(depth)
        elif r < 0.76:
            self.dispatch(depth)
        elif r < 0.84:
            self.block_decl(depth)
        elif r < 0.9:
            self.completion_send(depth)
        elif r < 0.95 and self.scope.int_vars:
            v = self._pick(self.scope.int_vars)
            self._open(f"while ({v} < {self.rng.randint(3, 30)})")
            self.body(max(1, inner - 1), depth + 1)
            self.out.emit(f"{v}++;")
            self._close()
        elif self.scope.int_vars:
            v = self._pick(self.scope.int_vars)
            self._open("do")
            self.body(max(1, inner - 1), depth + 1)
            self.out.emit(f"{v} -= 1;")
            self._close(f" while ({v} > 0);")
        else:
            self.simple_statement()

    def switch(self, depth: int) -> None:
        s = self.scope
        subject = self._pick(s.int_vars) if s.int_vars else ("self.selectedIndex" if self.uses_self else "patchLoads")
        self._open(f"switch ({subject})")
        for c in range(self.rng.randint(1, 4)):
            self._open(f"case {c}:")
            self.body(self.rng.randint(1, 2), depth + 2)
            self.out.emit("break;")
            self._close()
        if self._chance(0.6):
            self._open("default:")
            self.body(1, depth + 2)
            self._close()
        self._close()

    def dispatch(self, depth: int) -> None:
        if self._chance(0.7):
            self._open("dispatch_async(dispatch_get_main_queue(), ^")
        else:
            self._open(
                "dispatch_after(dispatch_time(DISPATCH_TIME_NOW, 0.3 * NSEC_PER_SEC), dispatch_get_main_queue(), ^"
            )
        self.body(self.rng.randint(1, 3), depth + 1)
        self._close(");")

    def block_decl(self, depth: int) -> None:
        name = self._fresh(self._pick(("completion", "onFinish", "handler", "done")))
        param = self._fresh(self._pick(("ok", "success", "finished")))
        self._open(f"Block {name} = ^(BOOL {param})")
        mark = self.scope.mark()
        self.scope.bools.append(param)
        self.body(self.rng.randint(1, 3), depth + 1)
        self.scope.reset(mark)
        self._close(";")
        self.scope.blocks.append(name)

    def completion_send(self, depth: int) -> None:
        if self.uses_self and self._chance(0.7):
            if "weakSelf" not in self.scope.used:
                self.scope.used.add("weakSelf")
                self.out.emit("__weak id weakSelf = self;")
            recv = self._pick(("self.dataService", "self.loader", "CartStore.shared()"))
            self._open(f"{recv}.fetchPage:size:completion:({self.int_expr()}, 20, ^(NSArray *list, NSError *error)")
            mark = self.scope.mark()
            self.scope.objs.extend(("list", "error"))
            self.scope.colls.append("list")
            self._open("if (error != nil)")
            self.out.emit('NSLog(@"fetch failed: " + error.localizedDescription());')
            self.out.emit("return;")
            self._close()
            self.out.emit("weakSelf.items.addObjectsFromArray:(list);")
            self.body(self.rng.randint(0, 2), depth + 1)
            self.out.emit("weakSelf.tableView.reloadData();")
            self.scope.reset(mark)
            self._close(");")
        else:
            self._open("UIView.animateWithDuration:animations:(0.25, ^")
            self.body(self.rng.randint(1, 2), depth + 1)
            self._close(");")

    def ret(self, kind: str) -> None:
        if kind == "void":
            return
        if kind == "int":
            self.out.emit(f"return {self.int_expr()};")
        elif kind == "float":
            self.out.emit(f"return {self.float_expr()};")
        elif kind == "bool":
            self.out.emit(f"return {self.bool_expr()};")
        elif kind == "rect":
            rect = (
                self._pick(self.scope.structs) if self.scope.structs else (f"CGRectMake(0, 0, {self.float_atom()}, 44)")
            )
            self.out.emit(f"return {rect};")
        elif kind == "cell":
            self.out.emit("return cell;")
        elif kind == "shared":
            self.out.emit("return sharedObject;")
        elif kind == "dict":
            self.out.emit(f"return {self.dict_literal()};")
        else:
            self.out.emit(f"return {self.obj_atom()};")

    # -- methods ------------------------------------------------------------------------------

    def method(
        self,
        sig: str,
        ret: str,
        params: dict[str, str],
        prologue: Sequence[str],
        size: int,
        annotation: str = "",
        local: dict[str, str] | None = None,
    ) -> None:
        """Emit one method; ``params`` and the prologue's ``local`` variables are put in scope."""
        self.scope = _Scope()
        for p, kind in {**params, **(local or {})}.items():
            self.scope.used.add(p)
            if kind:
                {
                    "int": self.scope.ints,
                    "float": self.scope.floats,
                    "bool": self.scope.bools,
                    "obj": self.scope.objs,
                    "rect": self.scope.structs,
                    "str": self.scope.strs,
                    "view": self.scope.views,
                }[kind].append(p)
            if kind in ("str", "view"):
                self.scope.objs.append(p)
            if kind == "int":
                self.scope.int_vars.append(p)
        if self._chance(0.25):
            self.out.emit(f"// {self._comment()}")
        if annotation:
            self.out.emit(annotation)
        self._open(sig)
        for line in prologue:
            self.out.emit(line)
        self.body(size, 0)
        self.ret(ret)
        self._close()

    def method_pool(self, kind: str) -> list[Callable[[int], None]]:
        def view_did_load(size: int) -> None:
            self.method(
                "- (void)viewDidLoad",
                "void",
                {},
                ["self.ORGviewDidLoad();", f'self.title = @"{self._title()}";', "self.tableView.rowHeight = 64.0;"],
                size,
            )

        def view_will_appear(size: int) -> None:
            self.method(
                "- (void)viewWillAppear:(BOOL)animated",
                "void",
                {"animated": "bool"},
                ["self.ORGviewWillAppear:(animated);"],
                size,
            )

        def rows(size: int) -> None:
            self.method(
                "- (NSInteger)tableView:(UITableView *)tableView numberOfRowsInSection:(NSInteger)section",
                "int",
                {"tableView": "obj", "section": "int"},
                ["NSInteger count = self.items.count();"],
                size,
                local={"count": "int"},
            )

        def cell(size: int) -> None:
            self.method(
                "- (UITableViewCell *)tableView:(UITableView *)tableView "
                "cellForRowAtIndexPath:(NSIndexPath *)indexPath",
                "cell",
                {"tableView": "obj", "indexPath": "obj"},
                [
                    (
                        "UITableViewCell *cell = tableView.dequeueReusableCellWithIdentifier:"
                        'forIndexPath:(@"Cell", indexPath);'
                    ),
                    "id item = self.items.objectAtIndex:(indexPath.row);",
                    "cell.textLabel.text = item.title();",
                ],
                size,
                local={"cell": "view", "item": "obj"},
            )

        def did_select(size: int) -> None:
            self.method(
                "- (void)tableView:(UITableView *)tableView didSelectRowAtIndexPath:(NSIndexPath *)indexPath",
                "void",
                {"tableView": "obj", "indexPath": "obj"},
                [
                    "tableView.deselectRowAtIndexPath:animated:(indexPath, YES);",
                    "NSInteger row = indexPath.row;",
                    "if (row >= self.items.count()) {",
                    "    return;",
                    "}",
                ],
                size,
                local={"row": "int"},
            )

        def height(size: int) -> None:
            self.method(
                "- (CGFloat)tableView:(UITableView *)tableView heightForRowAtIndexPath:(NSIndexPath *)indexPath",
                "float",
                {"tableView": "obj", "indexPath": "obj"},
                [],
                size,
            )

        def reload(size: int) -> None:
            self.method(f"- (void)reloadDataAnimated{self._n()}:(BOOL)animated", "void", {"animated": "bool"}, [], size)

        def load_page(size: int) -> None:
            self.method(
                f"- (void)loadPage:(NSInteger)page completion{self._n()}:(Block)completion",
                "void",
                {"page": "int", "completion": "obj"},
                ["self.loading = YES;"],
                size,
            )

        def configure(size: int) -> None:
            self.method(
                f"- (void)configureWithItem{self._n()}:(id)item",
                "void",
                {"item": "obj"},
                ["if (item == nil) {", "    return;", "}"],
                size,
            )

        def frame_for(size: int) -> None:
            self.method(
                f"- (struct CGRect)frameForIndex{self._n()}:(NSInteger)index width:(CGFloat)width",
                "rect",
                {"index": "int", "width": "float"},
                [],
                size,
            )

        def reuse_id(size: int) -> None:
            self.uses_self = False
            self.method(f"+ (NSString *)reuseIdentifier{self._n()}", "obj", {}, [], max(1, size // 3))
            self.uses_self = True

        def shared(size: int) -> None:
            self.uses_self = False
            self.method(
                f"+ (id)sharedInstance{self._n()}",
                "shared",
                {},
                [
                    "static id sharedObject = nil;",
                    "static dispatch_once_t onceToken;",
                    "dispatch_once(&onceToken, ^{",
                    f"    sharedObject = {self.in_class}.alloc().init();",
                    "});",
                ],
                max(1, size // 3),
                local={"sharedObject": "obj", "onceToken": ""},
            )
            self.uses_self = True

        def handle_tap(size: int) -> None:
            self.method(
                "- (void)handleTap:(id)sender",
                "void",
                {"sender": "obj"},
                ["self.ORGhandleTap:(sender);"],
                size,
                annotation='@MethodName("handleTap:")' if self._chance(0.2) else "",
            )

        def layout(size: int) -> None:
            self.method(
                "- (void)layoutSubviews",
                "void",
                {},
                ["self.ORGlayoutSubviews();", "CGFloat width = self.bounds.size.width;"],
                size,
                local={"width": "float"},
            )

        def badge(size: int) -> None:
            self.method(
                f"- (BOOL)shouldShowBadgeForCount{self._n()}:(NSInteger)count", "bool", {"count": "int"}, [], size
            )

        def tracking(size: int) -> None:
            self.method(
                f"- (NSDictionary *)trackingParamsForIndex{self._n()}:(NSInteger)index",
                "dict",
                {"index": "int"},
                ["NSMutableDictionary *params = NSMutableDictionary.dictionary();", 'params[@"index"] = @(index);'],
                size,
                local={"params": "obj"},
            )

        def update_title(size: int) -> None:
            self.method(
                f"- (void)updateTitle{self._n()}:(NSString *)title subtitle:(NSString *)subtitle",
                "void",
                {"title": "str", "subtitle": "str"},
                ["self.titleLabel.text = title;"],
                size,
            )

        common = [reload, load_page, configure, frame_for, badge, tracking, update_title, handle_tap]
        if kind == "list":
            return [view_did_load, rows, cell, did_select, height, view_will_appear, *common]
        if kind == "controller":
            return [view_did_load, view_will_appear, *common]
        if kind == "view":
            return [layout, reuse_id, *common]
        return [shared, *common]

    # -- top level ----------------------------------------------------------------------------

    def property(self, seen: set[str]) -> None:
        r = self.rng.random()
        if r < 0.15:
            t, name = "assign) NSInteger ", self._pick(_INT_PROPS)
        elif r < 0.27:
            t, name = "assign) BOOL ", self._pick(_BOOL_PROPS)
        elif r < 0.37:
            t, name = "assign) CGFloat ", self._pick(_FLOAT_PROPS)
        elif r < 0.45:
            t, name = "strong) Block ", "on" + self._pick(("Reload", "Tap", "Close"))
        elif r < 0.5 and self.typedefs:
            tname, _ = self.rng.choice(self.typedefs)
            t, name = f"assign) {tname} ", f"cached{tname}"
        else:
            mod, cls, name = self.rng.choice(_OBJ_PROPS)
            t = f"{mod}) " + ("id " if cls == "id" else f"{cls} *")
        if name in seen:
            return
        seen.add(name)
        self.out.emit(f"@property (nonatomic, {t}{name};")

    def klass(self, max_methods: int) -> None:
        domain = self._pick(_DOMAINS)
        suffix, sup, protos, kind = self.rng.choice(_CLASS_KINDS)
        name = f"{domain}{suffix}"
        i = 2
        while name in self.class_names:
            name = f"{domain}{suffix}{i}"
            i += 1
        self.class_names.add(name)
        self.in_class = name
        if self._chance(0.5):
            self.out.emit(f"// {name}: {self._comment()}")
        if self._chance(0.1):
            self.out.emit(f"@If($systemVersion.doubleValue() >= {self._pick(('11.0', '13.0', '14.5'))})")
        header = f"class {name} : {sup}"
        if protos:
            header += " <" + ", ".join(protos) + ">"
        self.out.emit(header + " {")
        self.out.blank()
        n_props = self.rng.randint(0, 5)
        seen: set[str] = set()
        for _ in range(n_props):
            self.property(seen)
        if n_props:
            self.out.blank()
        pool = self.method_pool(kind)
        count = min(max_methods, self.rng.randint(3, 8), len(pool))
        chosen = self.rng.sample(range(len(pool)), count)
        for k, idx in enumerate(sorted(chosen)):
            if k:
                self.out.blank()
            pool[idx](self.rng.randint(2, 7))
        self.out.blank()
        self.out.emit("}")

    def typedef(self) -> None:
        base, kind = self.rng.choice(
            (("NSInteger", "int"), ("double", "float"), ("id", "obj"), ("BOOL", "bool"), ("CGFloat", "float"))
        )
        stem = self._pick(("RowIndex", "Price", "Model", "Flag", "Amount", "Identifier"))
        name = f"{stem}{self._n()}"
        self.out.emit(f"typedef {base} {name};")
        if kind in ("int", "float", "obj"):
            self.typedefs.append((name, kind))

    def declare_struct_def(self) -> None:
        name = f"{self._pick(('PriceRange', 'Span', 'Interval', 'Limits'))}{self._n()}"
        keys = ("low", "high") if self._chance(0.5) else ("start", "end")
        self.out.emit(f"declare struct {name} {{")
        self.out.emit(f'    typeEncoding: "{{{name}=dd}}",')
        self.out.emit(f"    keys: {keys[0]}, {keys[1]}")
        self.out.emit("}")
        self.structs.append((name, keys))

    def top_statements(self) -> None:
        self.uses_self = False
        self.scope = _Scope()
        self.scope.used.update(("patchLoads", "patchTitle"))
        r = self.rng.random()
        if r < 0.3:
            self.out.emit("patchLoads++;")
            self.out.emit('NSLog(@"patch section " + patchLoads);')
        elif r < 0.6:
            self._open(f"if ($systemVersion.doubleValue() >= {self._pick(('12.0', '13.0', '15.0'))})")
            self.out.emit(f'patchTitle = @"{self._title()}";')
            self._close(" else {")
            self.out.depth += 1
            self.out.emit(f'NSLog(@"old system, skipping {self._title()}");')
            self._close()
        else:
            self.body(self.rng.randint(1, 3), 1)
        self.uses_self = True

    def preamble(self, seed: int) -> None:
        o = self.out
        o.emit(f"// Generated MangoFix hot-fix bundle (bench_parse.py, seed {seed}).")
        o.emit("// Every name is invented; the script only has to be realistic, not runnable.")
        o.blank()
        self.typedef()
        self.typedef()
        o.emit("@SwiftClassAlias Shop.CartStore CartStore;")
        o.blank()
        self.declare_struct_def()
        o.blank()
        o.emit("static int patchLoads = 0;")
        o.emit('NSString *patchTitle = @"hot-fix";')
        o.emit("patchLoads++;")

    def filler(self, remaining: int) -> list[str]:
        """Top-level lines used to reach an exact line count (each chunk is self-contained)."""
        chunks = [
            ["patchLoads++;"],
            [f'NSLog(@"{self._title()}");'],
            [f"// {self._comment()}"],
            [""],
            ["if (patchLoads > 1) {", f'    patchTitle = @"{self._title()}";', "}"],
        ]
        fitting = [c for c in chunks if len(c) <= remaining]
        return self.rng.choice(fitting)


def generate_script(lines: int, seed: int = 0) -> str:
    """Return a valid MangoFix 1.5.5 script of exactly ``lines`` lines (more only if ``lines`` is
    smaller than the fixed preamble).  The same ``(lines, seed)`` always gives the same text."""
    rng = random.Random(seed)
    gen = _MangoGenerator(rng)
    gen.preamble(seed)
    result = gen.out.lines
    classes = 0
    while len(result) < lines:
        remaining = lines - len(result)
        chunk: list[str] | None = None
        for attempt in range(6):
            gen.out = _Out()
            if classes and classes % 6 == 0 and attempt == 0:
                gen.out.blank()
                r = rng.random()
                if r < 0.35:
                    gen.typedef()
                elif r < 0.55:
                    gen.declare_struct_def()
                gen.top_statements()
            gen.out.blank()
            gen.klass(8 if attempt < 2 else 2)
            if len(gen.out.lines) <= remaining:
                chunk = gen.out.lines
                break
        if chunk is None:
            break
        result.extend(chunk)
        classes += 1
    while len(result) < lines:
        result.extend(gen.filler(lines - len(result)))
    return "\n".join(result) + "\n"


# --------------------------------------------------------------------------------------------
# Python generator (yardstick for CPython's compile())
# --------------------------------------------------------------------------------------------


def _snake(name: str) -> str:
    out = []
    for ch in name:
        if ch.isupper() and out:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


class _PythonGenerator:
    """Emits Python code shaped like the MangoFix script: classes, methods, ifs, loops, calls,
    dict/list literals, closures and comments."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.out = _Out()
        self.names: set[str] = set()
        self.ints: list[str] = []
        self.objs: list[str] = []
        self.counter = 0

    def _pick(self, seq: Sequence[str]) -> str:
        return seq[self.rng.randrange(len(seq))]

    def _fresh(self, base: str) -> str:
        name = base
        i = 2
        while name in self.names:
            name = f"{base}{i}"
            i += 1
        self.names.add(name)
        return name

    def int_expr(self) -> str:
        a = (
            self._pick(self.ints)
            if self.ints and self.rng.random() < 0.6
            else self._pick(("len(self.items)", "self.page_index", "self.selected_index", "10"))
        )
        r = self.rng.random()
        if r < 0.5:
            return a
        if r < 0.75:
            return f"{a} + {self.rng.randint(1, 9)}"
        return f"({a} - 1) * 2"

    def obj_expr(self) -> str:
        if self.objs and self.rng.random() < 0.5:
            return self._pick(self.objs)
        return self._pick(("self.items", "self.title_text", "self.cache", f'"{self._pick(_TITLES)}"'))

    def cond(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return f"{self.int_expr()} > 0"
        if r < 0.5:
            target = self._pick(self.objs) if self.objs else "self.delegate"
            return f"{target} is None"
        if r < 0.7:
            return "not self.loading"
        if r < 0.85:
            return f"isinstance({self.obj_expr()}, str)"
        return f"{self.int_expr()} % 2 == 0 and self.has_more"

    def simple(self) -> None:
        o = self.out
        r = self.rng.random()
        if r < 0.18:
            n = self._fresh(self._pick(("count", "index", "offset", "total", "row")))
            o.emit(f"{n} = {self.int_expr()}")
            self.ints.append(n)
        elif r < 0.3:
            n = self._fresh(self._pick(("params", "info", "payload")))
            keys = self.rng.sample(_KEYS, self.rng.randint(1, 4))
            o.emit(f"{n} = {{" + ", ".join(f'"{k}": {self.int_expr()}' for k in keys) + "}")
            self.objs.append(n)
        elif r < 0.4:
            n = self._fresh(self._pick(("titles", "values", "sections")))
            o.emit(f"{n} = [" + ", ".join(f'"{self._pick(_TITLES)}"' for _ in range(self.rng.randint(0, 4))) + "]")
            self.objs.append(n)
        elif r < 0.5:
            n = self._fresh(self._pick(("label", "item", "view")))
            o.emit(f'{n} = Label(frame=Rect(0, 0, self.width, 20), text="{self._pick(_TITLES)}")')
            self.objs.append(n)
        elif r < 0.6:
            n = self._fresh(self._pick(("frame", "rect")))
            o.emit(
                f'{n} = {{"origin": {{"x": 0, "y": 0}}, "size": {{"width": self.width, "height": {self.int_expr()}}}}}'
            )
        elif r < 0.72:
            o.emit(f"self.{self._pick(('loading', 'has_more', 'expanded'))} = {self._pick(('True', 'False'))}")
        elif r < 0.82:
            o.emit("self.table_view.reload_data()")
        elif r < 0.9:
            o.emit(f'self.cache.set_object("{self._pick(_KEYS)}", {self.obj_expr()})')
        else:
            o.emit(f'log.info("{self._pick(_TITLES)} %d", {self.int_expr()})')

    def body(self, n: int, depth: int) -> None:
        o = self.out
        saved = (len(self.ints), len(self.objs))
        for _ in range(n):
            if self.rng.random() < 0.07:
                o.emit(f"# {self._pick(_COMMENTS).format(n=self.rng.randint(2, 900))}")
            if depth < 3 and self.rng.random() < (0.3 if depth == 0 else 0.15):
                self.compound(depth)
            else:
                self.simple()
        del self.ints[saved[0] :]
        del self.objs[saved[1] :]

    def compound(self, depth: int) -> None:
        o = self.out
        r = self.rng.random()
        inner = self.rng.randint(1, 3)

        def block(header: str, n: int) -> None:
            o.emit(header)
            o.depth += 1
            self.body(n, depth + 1)
            o.depth -= 1

        if r < 0.35:
            block(f"if {self.cond()}:", inner)
            if self.rng.random() < 0.25:
                block(f"elif {self.cond()}:", 1)
            if self.rng.random() < 0.4:
                block("else:", 1)
        elif r < 0.5:
            i = self._fresh("i")
            header = f"for {i} in range({self.int_expr()}):"
            self.ints.append(i)
            block(header, inner)
        elif r < 0.65:
            v = self._fresh("item")
            header = f"for {v} in {self.obj_expr()}:"
            self.objs.append(v)
            block(header, inner)
        elif r < 0.8:
            n = self._fresh(self._pick(("on_done", "handler", "completion")))
            block(f"def {n}(ok: bool) -> None:", inner)
            o.emit(f"self.queue.submit({n})")
        elif r < 0.9:
            k = self._fresh("kind")
            o.emit(f"{k} = {self.int_expr()}")
            block(f"if {k} == 0:", 1)
            block(f"elif {k} == 1:", 1)
            block("else:", 1)
        else:
            v = self._fresh("retries")
            o.emit(f"{v} = 0")
            block(f"while {v} < {self.rng.randint(3, 30)}:", max(1, inner - 1))
            o.depth += 1
            o.emit(f"{v} += 1")
            o.depth -= 1

    def method(self) -> None:
        o = self.out
        self.names = {"self"}
        self.ints = []
        self.objs = []
        name = self._pick(
            (
                "view_did_load",
                "number_of_rows",
                "cell_for_row",
                "did_select_row",
                "height_for_row",
                "load_page",
                "configure_with_item",
                "frame_for_index",
                "tracking_params",
                "update_title",
                "handle_tap",
                "layout_subviews",
            )
        )
        self.counter += 1
        params = self.rng.choice(
            ((), ("index",), ("table_view", "index_path"), ("title", "subtitle"), ("page", "completion"))
        )
        self.names.update(params)
        self.ints.extend(p for p in params if p in ("index", "page"))
        self.objs.extend(p for p in params if p not in ("index", "page"))
        if self.rng.random() < 0.25:
            o.emit(f"# {self._pick(_COMMENTS).format(n=self.rng.randint(2, 900))}")
        o.emit(f"def {name}_{self.counter}(self" + "".join(f", {p}" for p in params) + "):")
        o.depth += 1
        self.body(self.rng.randint(2, 7), 0)
        if self.rng.random() < 0.5:
            o.emit(f"return {self.int_expr()}")
        o.depth -= 1

    def klass(self, max_methods: int) -> None:
        o = self.out
        name = f"{self._pick(_DOMAINS)}{self.rng.choice(_CLASS_KINDS)[0]}{self.rng.randint(1, 999)}"
        if self.rng.random() < 0.5:
            o.emit(f"# {name}: {self._pick(_COMMENTS).format(n=self.rng.randint(2, 900))}")
        o.emit(f"class {name}({self.rng.choice(_CLASS_KINDS)[1]}):")
        o.depth += 1
        props = sorted({_snake(self._pick(_INT_PROPS)) for _ in range(self.rng.randint(0, 5))})
        if props:
            o.blank()
            for prop in props:
                o.emit(f"{prop}: int = 0")
        o.blank()
        for k in range(min(max_methods, self.rng.randint(3, 8))):
            if k:
                o.blank()
            self.method()
        o.depth -= 1


def generate_python(lines: int, seed: int = 0) -> str:
    """Return Python source of exactly ``lines`` lines, shaped like :func:`generate_script`."""
    rng = random.Random(seed)
    gen = _PythonGenerator(rng)
    result = [
        f"# Generated Python module (bench_parse.py, seed {seed}) used as a compile() yardstick.",
        "import logging",
        "",
        "log = logging.getLogger(__name__)",
        "patch_loads = 0",
        "",
    ]
    while len(result) < lines:
        remaining = lines - len(result)
        chunk: list[str] | None = None
        for attempt in range(6):
            gen.out = _Out()
            gen.out.blank()
            gen.klass(8 if attempt < 2 else 1)
            if len(gen.out.lines) <= remaining:
                chunk = gen.out.lines
                break
        if chunk is None:
            break
        result.extend(chunk)
    while len(result) < lines:
        result.append(rng.choice(("patch_loads += 1", "", "# padding", 'log.info("loaded")')))
    return "\n".join(result) + "\n"


# --------------------------------------------------------------------------------------------
# Measurement
# --------------------------------------------------------------------------------------------


def _best_of(fn: Callable[[], object], repeat: int, *, gc_off: bool = False) -> float:
    """Smallest wall-clock time of ``repeat`` calls.  The result is freed outside the timing.

    The cyclic garbage collector stays enabled unless ``gc_off`` (then it is disabled during each
    call only, as ``timeit`` does)."""
    best = math.inf
    for _ in range(max(1, repeat)):
        gc.collect()
        if gc_off:
            gc.disable()
        try:
            t0 = time.perf_counter()
            result = fn()
            elapsed = time.perf_counter() - t0
        finally:
            gc.enable()
        del result
        best = min(best, elapsed)
    return best


def _max_rss_mib() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _format_diagnostic(diag: Any, text: str) -> str:
    start = getattr(diag, "start", None)
    head = str(diag)
    msg = getattr(diag, "message", None)
    code = getattr(diag, "code", None)
    if msg is not None:
        head = f"{code}: {msg}" if code else str(msg)
    if isinstance(start, int):
        line = text.count("\n", 0, start) + 1
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        src = text.splitlines()[line - 1] if line - 1 < len(text.splitlines()) else ""
        return f"<bench>:{line}:{col}: {head}\n    {src}\n    {' ' * (col - 1)}^"
    return head


def run(lines: int, repeat: int, seed: int) -> dict[str, Any]:
    """Generate, validate and measure; returns every figure in a dict (see README)."""
    if str(_REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(_REPO_ROOT))
    from mangopy.syntax import parse
    from mangopy.syntax.lexer import tokenize

    script = generate_script(lines, seed)
    n_lines = script.count("\n")

    t0 = time.perf_counter()
    first = parse(script, "<bench>")
    cold = time.perf_counter() - t0
    if not first.ok:
        diags = list(first.diagnostics)
        print(f"generated script does not parse ({len(diags)} diagnostics); first:", file=sys.stderr)
        if diags:
            print(_format_diagnostic(diags[0], script), file=sys.stderr)
        raise SystemExit(1)
    del first
    n_tokens = len(tokenize(script))

    lex_s = _best_of(lambda: tokenize(script), repeat)
    parse_s = _best_of(lambda: parse(script, "<bench>"), repeat)
    parse_nogc_s = _best_of(lambda: parse(script, "<bench>"), repeat, gc_off=True)

    py_src = generate_python(n_lines, seed)
    py_lines = py_src.count("\n")
    compile(py_src, "<bench>", "exec")  # must be valid before timing
    compile_s = _best_of(lambda: compile(py_src, "<bench>", "exec"), repeat)

    gc.collect()
    tracemalloc.start()
    kept = parse(script, "<bench>")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept

    parse_lps = n_lines / parse_s
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "seed": seed,
        "repeat": repeat,
        "lines": n_lines,
        "bytes": len(script.encode()),
        "tokens": n_tokens,
        "lex": {"seconds": lex_s, "lines_per_s": n_lines / lex_s, "tokens_per_s": n_tokens / lex_s},
        "parse": {"seconds": parse_s, "lines_per_s": parse_lps, "tokens_per_s": n_tokens / parse_s},
        "parse_gc_off": {
            "seconds": parse_nogc_s,
            "lines_per_s": n_lines / parse_nogc_s,
            "tokens_per_s": n_tokens / parse_nogc_s,
        },
        "parse_first_seconds": cold,
        "python_compile": {"lines": py_lines, "seconds": compile_s, "lines_per_s": py_lines / compile_s},
        "ratio_parse_to_compile": parse_s / compile_s,
        "parse_peak_traced_mib": peak / (1024 * 1024),
        "max_rss_mib": _max_rss_mib(),
        "target_lines_per_s": TARGET_LINES_PER_SECOND,
        "target_met": parse_lps >= TARGET_LINES_PER_SECOND,
    }


def _table(r: dict[str, Any]) -> str:
    lex, prs, nogc, comp = r["lex"], r["parse"], r["parse_gc_off"], r["python_compile"]

    def row(name: str, secs: float, lps: float, tps: float | None) -> str:
        tokens = "-" if tps is None else f"{tps:,.0f}"
        return f"{name:<24}{secs:>10.4f}{lps:>14,.0f}{tokens:>14}"

    rss = r["max_rss_mib"]
    status = "PASS" if r["target_met"] else "BELOW"
    rows = [
        f"Python {r['python']} ({r['implementation']}) on {r['platform']}",
        (
            f"script: {r['lines']} lines, {r['bytes']} bytes, {r['tokens']} tokens "
            f"(seed {r['seed']}, best of {r['repeat']})"
        ),
        "",
        f"{'phase':<24}{'seconds':>10}{'lines/s':>14}{'tokens/s':>14}",
        row("lex (tokenize)", lex["seconds"], lex["lines_per_s"], lex["tokens_per_s"]),
        row("parse (lex + parse)", prs["seconds"], prs["lines_per_s"], prs["tokens_per_s"]),
        row("  same, gc disabled", nogc["seconds"], nogc["lines_per_s"], nogc["tokens_per_s"]),
        row(f"CPython compile() {comp['lines']}", comp["seconds"], comp["lines_per_s"], None),
        "",
        f"first parse (cold):        {r['parse_first_seconds']:.4f} s",
        f"ratio parse / compile():   {r['ratio_parse_to_compile']:.2f}x",
        f"peak traced memory, parse: {r['parse_peak_traced_mib']:.1f} MiB",
        f"process max RSS:           {'n/a' if rss is None else f'{rss:.1f} MiB'}",
        (f"target: parse >= {r['target_lines_per_s']} lines/s: {status} ({prs['lines_per_s']:,.0f} lines/s)"),
    ]
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument(
        "--lines", type=int, default=DEFAULT_LINES, help=f"lines of generated MangoFix (default {DEFAULT_LINES})"
    )
    ap.add_argument(
        "--repeat",
        type=int,
        default=DEFAULT_REPEAT,
        help=f"timed runs per measurement, best is kept (default {DEFAULT_REPEAT})",
    )
    ap.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--dump", type=Path, metavar="FILE", help="only write the generated MangoFix script to FILE and exit"
    )
    args = ap.parse_args(argv)
    if args.lines < 1 or args.repeat < 1:
        ap.error("--lines and --repeat must be positive")
    if args.dump is not None:
        args.dump.write_text(generate_script(args.lines, args.seed), encoding="utf-8")
        return 0
    try:
        result = run(args.lines, args.repeat, args.seed)
    except ImportError as exc:
        print(f"mangopy parser not available: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2) if args.json else _table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
