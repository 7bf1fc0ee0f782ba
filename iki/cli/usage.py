"""Mistakes on the command line, said in the reader's language.

Click (and the copy of it inside typer) says "Error: No such option: --formt" and "Missing
option '--organisasi'" in English, with a usage line and "Try … for help." before it. An officer
who typed an option wrong reads one Indonesian line instead, with the help command to run.
The usage errors are recognised by their class name and attributes, not imported: typer has
carried its own copy of Click's exceptions, and which one raises depends on its version.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

from iki.messages import Either, Language, text
from iki.printable import printable

_VALUE = re.compile(r"^(?P<value>'.*'|\S+) is not ")
_COMMAND = re.compile(r"^No such command '(?P<name>.*?)'\.(?: Did you mean '(?P<close>.*?)'\?)?")
_EXTRA = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)$")


def _english_chosen() -> bool:
    """--lang en or IKI_LANG=en: a usage error comes before the options are read."""
    argv = sys.argv[1:]
    for index, word in enumerate(argv):
        if word == "--lang" and argv[index + 1 : index + 2] in (["en"], ["EN"]):
            return True
        if word.lower() == "--lang=en":
            return True
    return os.environ.get("IKI_LANG", "").strip().lower() == Language.EN.value


def _hint(exc: Any) -> str:
    hint = getattr(exc, "param_hint", None)
    param = getattr(exc, "param", None)
    if hint is None and param is not None:
        hint = param.get_error_hint(getattr(exc, "ctx", None))
    if isinstance(hint, list | tuple):
        hint = " / ".join(hint)
    return str(hint or "")


def _choices(exc: Any) -> tuple[str, ...]:
    param = getattr(exc, "param", None)
    choices = getattr(getattr(param, "type", None), "choices", None)
    return tuple(str(getattr(c, "value", c)) for c in choices) if choices else ()


def indonesian(exc: Any) -> str:
    """The usage error `exc` as one Indonesian sentence; Click's own text when it is one this
    module does not know (it still names what is wrong)."""
    kind = type(exc).__name__
    message = str(getattr(exc, "message", "") or "")
    if kind == "NoSuchOption":
        said = text("cli.usage.no_such_option", option=exc.option_name)
        close = getattr(exc, "possibilities", None)
        if close:
            said += "; " + text("hint.did_you_mean", options=Either(sorted(close)))
        return said
    if kind == "MissingParameter":
        what = getattr(exc, "param_type", None) or getattr(exc.param, "param_type_name", "")
        key = "cli.usage.missing_argument" if what == "argument" else "cli.usage.missing_option"
        return text(key, name=_hint(exc))
    if kind == "BadOptionUsage" and "requires" in message:
        return text("cli.usage.needs_value", option=exc.option_name)
    if kind == "BadParameter":
        found = _VALUE.match(message)
        if not found:  # iki's own refusal, already in the reader's language
            return text("cli.usage.bad_value_said", name=_hint(exc), reason=message)
        choices = _choices(exc)
        if choices:
            return text(
                "cli.usage.bad_choice", name=_hint(exc), value=found["value"], options=choices
            )
        kind_of = getattr(exc.param, "type", None)
        low, high = getattr(kind_of, "min", None), getattr(kind_of, "max", None)
        if low is not None and high is not None:
            return text(
                "cli.usage.bad_range",
                name=_hint(exc),
                value=found["value"],
                low=str(low),
                high=str(high),
            )
        return text("cli.usage.bad_value", name=_hint(exc), value=found["value"])
    command = _COMMAND.match(message)
    if command:
        said = text("cli.usage.no_such_command", name=command["name"])
        if command["close"]:
            said += "; " + text("hint.did_you_mean", options=Either((command["close"],)))
        return said
    extra = _EXTRA.match(message)
    if extra:
        return text("cli.usage.extra", args=extra["args"])
    return str(exc.format_message())


def show(exc: Any, file: Any = None) -> None:
    """UsageError.show, for every copy of Click: one line naming the mistake, one naming the
    help to read."""
    if _english_chosen():
        _ORIGINAL[_base(exc)](exc, file)
        return
    out = file if file is not None else sys.stderr
    lines = [f"iki: {indonesian(exc)}"]
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        lines.append(text("cli.usage.help", command=f"{ctx.command_path} --help"))
    out.write(printable("\n".join(lines)) + "\n")


_ORIGINAL: dict[type, Any] = {}


def _base(exc: Any) -> type:
    return next(cls for cls in type(exc).__mro__ if cls in _ORIGINAL)


def install() -> None:
    """Have every UsageError class Click or typer may raise show itself through `show`."""
    # Only the copies typer has loaded: importing click for nothing would slow every start.
    for module in ("click.exceptions", "typer._click.exceptions"):
        cls = getattr(sys.modules.get(module), "UsageError", None)
        if cls is not None and cls not in _ORIGINAL:
            _ORIGINAL[cls] = cls.show
            cls.show = show
