"""Data inside a self-contained HTML page, made safe once for every page Summitry writes."""

from __future__ import annotations

import base64
import gzip
import json
from typing import Any

from markupsafe import Markup


def script_json(value: Any) -> Markup:
    """JSON safe inside <script>: no '</script>' or '<!--' can close or confuse the block.
    Article text is untrusted; it reaches the page only through this and jinja's escaping."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def packed_json(value: Any) -> str:
    """JSON gzipped and base64-encoded, for pages whose data is mostly article text: a
    5,000-article report is a third of its plain size, and the browser unpacks it natively
    (``DecompressionStream``). Base64 has no character HTML could read as markup; ``mtime=0``
    keeps the page byte-identical between renders."""
    raw = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return base64.b64encode(gzip.compress(raw.encode("utf-8"), compresslevel=6, mtime=0)).decode()


def unpack_json(text: str) -> Any:
    """The inverse of ``packed_json`` (tests read pages with it)."""
    return json.loads(gzip.decompress(base64.b64decode(text)).decode("utf-8"))
