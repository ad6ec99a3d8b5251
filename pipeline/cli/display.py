"""User strings on the terminal: file names, paths, ids and error text go through rich, which
reads ``[red]`` or ``[/b]`` in them as markup (a crash or a vanished word), and a terminal
reads escape sequences in them as commands. ``shown`` makes any such string inert."""

from __future__ import annotations

import re

from rich.markup import escape

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(value: object) -> str:
    """``value`` as text rich prints literally: markup escaped, control characters (ESC and
    the rest, but not tab or newline) written as ``\\x1b``."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", str(value))
    return escape(text)
