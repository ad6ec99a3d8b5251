"""Prompt templates (files in ``prompts/``) rendered into chat messages.

The templates' own bytes are hashed into ``prompt_hash`` so a changed prompt is a visible,
recorded change of every result it produces.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

import jinja2

SYSTEM_TEMPLATE = "extract_system.j2"
USER_TEMPLATE = "extract_user.j2"
TEMPLATES = (SYSTEM_TEMPLATE, USER_TEMPLATE)


@cache
def _template_source(name: str) -> str:
    return resources.files("prompts").joinpath(name).read_text(encoding="utf-8")


@cache
def _environment() -> jinja2.Environment:
    # Plain text, not HTML: autoescape would corrupt quotes in the article text.
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(_template_source),
        autoescape=False,
        keep_trailing_newline=False,
        undefined=jinja2.StrictUndefined,
    )


def prompt_hash() -> str:
    digest = hashlib.sha256()
    for name in TEMPLATES:
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(_template_source(name).encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def render_messages(article_text: str) -> list[dict[str, str]]:
    env = _environment()
    return [
        {"role": "system", "content": env.get_template(SYSTEM_TEMPLATE).render().strip()},
        {
            "role": "user",
            "content": env.get_template(USER_TEMPLATE).render(article_text=article_text).strip(),
        },
    ]
