"""Maintainers' tool for the English catalog of the core's Dutch messages (not used at run time).

    python -m wishdesk.devtools.messages missing   # JSON entries to paste into the catalog (English empty)
    python -m wishdesk.devtools.messages list      # every template found, with where it was found
    python -m wishdesk.devtools.messages unused    # catalog entries the scan does not find (old ones, and
                                                   # the hand-written pieces listed below)

It reads ``wishdesk/core`` and ``wishdesk/printing`` with ``ast`` (nothing is imported) and finds every
message given to a ``UserError`` subclass: ``raise SomeError("…")``, ``return SomeError(f"…")``, a list
of messages (``CurriculumError([...])``), a message first put in a local variable, and the Dutch labels
passed to helpers that build a message around a parameter (``common.text(value, field, "de naam", …)``
raising ``f"Vul {label} in."``). An f-string becomes a template: each ``{expression}`` becomes a named
placeholder (``{row.date:%d-%m-%Y}`` → ``{row_date}``). ``missing`` prints the templates the catalog
(``resources/i18n/core_messages_en.json``, one JSON object: Dutch template → English template) lacks, as
JSON members ready to paste into that object, each with an empty English value; where each was found goes
to stderr. An empty English value counts as missing.

Also found: module-level message constants (``STALE = "…"``), the Dutch words a message picks from a
module-level tuple or dict (``{WEEKDAYS_NL[day]}``), the strings a local placeholder variable or an
``… if … else …`` can hold, problems appended to a ``problems`` list and the lists ``validate…`` returns.
Some pieces are built where the scan cannot follow (the "3 groepen" of ``common.described``, the
curriculum check's "Les 2, stap 1, titel", the OS error sentences of ``core/errors.py``); their entries in
the catalog are written by hand and show up under ``unused``.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = (ROOT / "wishdesk" / "core", ROOT / "wishdesk" / "printing")
BASE_ERRORS = frozenset({"UserError", "WishDeskError", "ValidationError"})
# Methods that turn a value into text: the placeholder keeps the name of the value they are called on.
_TEXT_METHODS = frozenset({"upper", "lower", "strip", "title", "capitalize", "casefold", "rstrip", "lstrip"})


@dataclass(frozen=True)
class Found:
    template: str
    kind: str  # "message" (a whole message) or "term" (a Dutch piece placed into a message)
    where: str  # path:line


@dataclass
class _Function:
    name: str  # the name callers use (the class name for __init__)
    params: tuple[str, ...]  # positional parameters as callers pass them (self/cls dropped)
    module: Path | None = None  # a method (``check.add``) is only looked for in its own module: its name is
    # too common (``calendar.add``) to be matched across the code base
    placeholders: set[str] = field(default_factory=set)


def _python_files(sources: tuple[Path, ...]) -> Iterator[Path]:
    for folder in sources:
        yield from sorted(p for p in folder.rglob("*.py") if "migrations" not in p.parts)


def _callee(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def user_error_names(trees: list[ast.Module]) -> set[str]:
    """Names of every class that derives (directly or not) from UserError, by simple name."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(filter(None, (_callee(b) for b in node.bases)))
            # aliases such as ``WishDeskError = UserError``
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        bases.setdefault(target.id, set()).add(node.value.id)
    known = set(BASE_ERRORS)
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            if name not in known and parents & known:
                known.add(name)
                changed = True
    return known


def placeholder_name(expr: ast.expr) -> str:
    """A readable placeholder name for an f-string expression."""
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        inner = placeholder_name(expr.value)
        return expr.attr if inner in ("self", "value") else f"{inner}_{expr.attr}"
    if isinstance(expr, ast.Subscript):
        return placeholder_name(expr.value)
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "join" \
            and expr.args:
        return placeholder_name(expr.args[0])
    if isinstance(expr, ast.Call):
        func = expr.func
        if isinstance(func, ast.Attribute) and func.attr in _TEXT_METHODS:
            return placeholder_name(func.value)
        if isinstance(func, ast.Attribute) and func.attr == "join" and expr.args:
            return placeholder_name(expr.args[0])
    if isinstance(expr, ast.GeneratorExp | ast.ListComp | ast.SetComp):  # "\n".join(f"- {p}" for p in problems)
        return placeholder_name(expr.generators[0].iter)
        if isinstance(func, ast.Name) and func.id in ("str", "int", "repr") and expr.args:
            return placeholder_name(expr.args[0])
    if isinstance(expr, ast.IfExp):  # f"{'regel is' if n == 1 else 'regels zijn'}": named after what it tests
        test = expr.test.left if isinstance(expr.test, ast.Compare) else expr.test
        return f"{placeholder_name(test)}_text"
    return re.sub(r"\W+", "_", ast.unparse(expr)).strip("_").lower() or "value"


def _clean_name(name: str) -> str:
    return re.sub(r"_+", "_", name).strip("_") or "value"


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _pieces(node: ast.expr) -> list[tuple[str, ast.expr | None]] | None:
    """A string expression as (literal, None) and (placeholder, expression) pieces, or None if not one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [(node.value, None)]
    if isinstance(node, ast.JoinedStr):
        out: list[tuple[str, ast.expr | None]] = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append((str(part.value), None))
            elif isinstance(part, ast.FormattedValue):
                out.append(("", part.value))
        return out
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _pieces(node.left), _pieces(node.right)
        if left is not None or right is not None:  # "literal" + "\n".join(...): the other side is a value
            return (left or [("", node.left)]) + (right or [("", node.right)])
    return None


def template_of(node: ast.expr) -> tuple[str, dict[str, ast.expr]] | None:
    """The catalog template of a string expression and its placeholders (name → expression, plus any merged
    away, see below); None if it is not a string.
    Placeholders next to each other (``{label[0].upper()}{label[1:]}``) become one: they cannot be told
    apart in the finished text anyway."""
    pieces = _pieces(node)
    if pieces is None:
        return None
    names: dict[str, str] = {}  # placeholder name -> expression source, to keep different ones apart
    exprs: dict[str, ast.expr] = {}
    text, previous_was_value = "", False
    for literal, expr in pieces:
        if expr is None:
            text += _escape(literal)
            previous_was_value = previous_was_value and not literal
            continue
        if previous_was_value:  # not in the template, but its Dutch pieces are still looked for
            exprs[f"_merged{len(exprs)}"] = expr
            continue
        source, name = ast.unparse(expr), _clean_name(placeholder_name(expr))
        base, number = name, 2
        while names.get(name, source) != source:
            name, number = f"{base}_{number}", number + 1
        names[name], exprs[name] = source, expr
        text += "{" + name + "}"
        previous_was_value = True
    return text, exprs


def _translatable(template: str) -> bool:
    """A template with no Dutch words of its own (``{problem}``) has nothing to translate."""
    return re.search(r"[A-Za-zÀ-ÿ]{2,}", re.sub(r"\{[^{}]*\}", "", template)) is not None


def _message_args(call: ast.Call) -> list[ast.expr]:
    args = list(call.args[:1]) + [k.value for k in call.keywords if k.arg in ("message", "msg")]
    out: list[ast.expr] = []
    for arg in args:
        if isinstance(arg, ast.List | ast.Tuple):
            out.extend(arg.elts)
        elif isinstance(arg, ast.IfExp):
            out.extend((arg.body, arg.orelse))
        else:
            out.append(arg)
    return out


def _assigned_strings(function: ast.AST, name: str) -> list[ast.expr]:
    """String values assigned to a local variable (``message = f"…"``, ``problems.append(f"…")``)."""
    out: list[ast.expr] = []
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            out.append(node.value)
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            out.append(node.value)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in ("append", "extend") and isinstance(node.func.value, ast.Name)
              and node.func.value.id == name and node.args):
            out.append(node.args[0])
    expanded: list[ast.expr] = []
    for value in out:
        if isinstance(value, ast.List | ast.Tuple):
            expanded.extend(value.elts)
        elif isinstance(value, ast.IfExp):
            expanded.extend((value.body, value.orelse))
        else:
            expanded.append(value)
    return expanded


def _functions(tree: ast.Module) -> Iterator[tuple[ast.FunctionDef | ast.AsyncFunctionDef, str]]:
    """Every function with the name its callers use (a class's ``__init__`` is called by the class name)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    yield item, node.name
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name != "__init__":
            yield node, node.name


def _constants(trees: list[ast.Module]) -> dict[str, list[ast.expr]]:
    """Module-level strings (``STALE = "…"``, raised by name) and tuples, lists and dicts of strings
    (``WEEKDAYS_NL``, ``PURPOSE_LABELS``: a message that picks one, ``{WEEKDAYS_NL[day]}``, puts that Dutch
    word into the message), by name."""
    out: dict[str, list[ast.expr]] = {}
    for tree in trees:
        for node in tree.body:
            target, value = None, None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            if not isinstance(target, ast.Name) or value is None:
                continue
            items = value.values if isinstance(value, ast.Dict) else getattr(value, "elts", None)
            if isinstance(value, ast.Dict | ast.Tuple | ast.List) and items:
                out.setdefault(target.id, []).extend(i for i in items if template_of(i) is not None)
            elif template_of(value) is not None:  # STALE = "De groep is veranderd …"
                out.setdefault(f"str:{target.id}", []).append(value)
    return out


def _is_sink(node: ast.Call, function_name: str, errors: set[str]) -> bool:
    """A call whose first argument becomes (part of) a message for people."""
    func = node.func
    if _callee(func) in errors:
        return True
    if (isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call)
            and _callee(func.value.func) == "super"):
        return function_name in errors  # an error class composing its own message
    # problems collected before one error lists them all (the curriculum check)
    return (isinstance(func, ast.Attribute) and func.attr == "append"
            and _callee(func.value) == "problems")


def scan(sources: tuple[Path, ...] = SOURCES) -> list[Found]:
    """Every Dutch message template (and every Dutch term placed into one) in the core and printing."""
    files = [(path, ast.parse(path.read_text(encoding="utf-8"), str(path))) for path in _python_files(sources)]
    errors = user_error_names([tree for _, tree in files])
    constants = _constants([tree for _, tree in files])
    found: list[Found] = []
    builders: list[_Function] = []  # functions whose message uses one of their parameters
    for path, tree in files:
        rel = _shown(path)

        def add(value: ast.expr, kind: str, function: ast.AST, params: list[str], builder: _Function,
                rel: str = rel) -> None:
            result = template_of(value)
            if result is None:
                return
            template, exprs = result
            builder.placeholders |= set(exprs) & set(params)
            if _translatable(template):
                found.append(Found(template, kind, f"{rel}:{value.lineno}"))
            for expr in exprs.values():  # Dutch pieces that fill the placeholders
                pieces: list[ast.expr] = []
                if isinstance(expr, ast.Name) and expr.id not in params:
                    pieces = _assigned_strings(function, expr.id)
                elif isinstance(expr, ast.IfExp):
                    pieces = [expr.body, expr.orelse]
                elif isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name):
                    pieces = constants.get(expr.value.id, [])
                if isinstance(expr, ast.Name) and expr.id in params:
                    builder.placeholders.add(expr.id)
                for piece in pieces:
                    add(piece, "term", function, params, builder)

        for function, callee_name in _functions(tree):
            params = [a.arg for a in function.args.posonlyargs + function.args.args]
            is_method = bool(params) and params[0] in ("self", "cls") and function.name != "__init__"
            if params and params[0] in ("self", "cls"):
                params = params[1:]
            builder = _Function(callee_name, tuple(params), path if is_method else None)
            for node in ast.walk(function):
                if isinstance(node, ast.Return) and function.name.startswith("validate") and isinstance(
                        node.value, ast.List):
                    for element in node.value.elts:
                        add(element, "message", function, params, builder)
                if not (isinstance(node, ast.Call) and _is_sink(node, callee_name, errors)):
                    continue
                for arg in _message_args(node):
                    values = ((_assigned_strings(function, arg.id) or constants.get(f"str:{arg.id}", []))
                              if isinstance(arg, ast.Name) else [arg])
                    if isinstance(arg, ast.Name) and arg.id in params:
                        builder.placeholders.add(arg.id)
                    for value in values:
                        add(value, "message", function, params, builder)
            if builder.placeholders:
                builders.append(builder)
    found.extend(_terms(files, builders))
    return _unique(found)


def _terms(files: list[tuple[Path, ast.Module]], builders: list[_Function]) -> Iterator[Found]:
    """Dutch pieces passed by callers into the parameters a message is built around."""
    by_name: dict[str, list[_Function]] = {}
    for builder in builders:
        by_name.setdefault(builder.name, []).append(builder)
    for path, tree in files:
        rel = _shown(path)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _callee(node.func) not in by_name:
                continue
            for builder in by_name[_callee(node.func) or ""]:
                if builder.module is not None and builder.module != path:
                    continue
                passed: list[ast.expr] = [arg for index, arg in enumerate(node.args)
                                          if index < len(builder.params)
                                          and builder.params[index] in builder.placeholders]
                passed += [k.value for k in node.keywords if k.arg in builder.placeholders]
                for arg in passed:
                    result = template_of(arg)
                    if result is not None and _translatable(result[0]):
                        yield Found(result[0], "term", f"{rel}:{arg.lineno}")


def _shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def _unique(found: list[Found]) -> list[Found]:
    seen: dict[str, Found] = {}
    for item in sorted(found, key=lambda f: f.kind != "message"):  # a whole message wins over a term
        seen.setdefault(item.template, item)
    return sorted(seen.values(), key=lambda f: (f.kind, f.where))


def _catalog() -> dict[str, str]:
    from ..core.message_catalog import load_catalog

    return load_catalog()


def missing(sources: tuple[Path, ...] = SOURCES) -> list[Found]:
    """Templates found in the code that the catalog lacks (or has without English)."""
    catalog = _catalog()
    found = scan(sources)
    return [f for f in found if not catalog.get(f.template)]


def pasteable(items: list[Found]) -> str:
    """JSON members to paste into the catalog object, each with an empty English value to fill in."""
    return "\n".join(f"  {json.dumps(f.template, ensure_ascii=False)}: \"\"," for f in items)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "missing"
    if command == "missing":
        items = missing()
        if items:
            print(pasteable(items))
            print(f"# {len(items)} missing (found at: {', '.join(f.where for f in items[:5])}"
                  f"{', …' if len(items) > 5 else ''}). Paste the lines right after the opening {{ of "
                  "resources/i18n/core_messages_en.json and write the English.", file=sys.stderr)
        return 1 if items else 0
    if command == "list":
        for item in scan():
            print(f"{item.kind}\t{item.where}\t{item.template}")
        return 0
    if command == "unused":
        templates = {f.template for f in scan()}
        for key in _catalog():
            if key not in templates:
                print(key)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
