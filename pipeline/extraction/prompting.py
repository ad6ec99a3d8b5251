"""Prompt templates (files in ``prompts/``) rendered into chat messages.

Each task has a ``<task>_system.j2`` and a ``<task>_user.j2``. All templates' bytes are hashed
into ``prompt_hash`` so a changed prompt is a visible, recorded change of every result.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from typing import Any

import jinja2

WHOLE_ARTICLE = "extract"
WINDOW_MEETINGS = "window_meetings"
WINDOW_MILESTONES = "window_milestones"
TASKS = (WHOLE_ARTICLE, WINDOW_MEETINGS, WINDOW_MILESTONES)
TEMPLATES = tuple(f"{task}_{role}.j2" for task in TASKS for role in ("system", "user"))


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


@cache
def prompt_hash() -> str:
    digest = hashlib.sha256()
    for name in TEMPLATES:
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(_template_source(name).encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


@cache
def task_prompt_hash(task: str) -> str:
    """The hash of one task's templates: a changed milestone prompt changes only the milestone
    calls' requests, and ``plan`` names which task's prompt changed."""
    digest = hashlib.sha256()
    for role in ("system", "user"):
        digest.update(_template_source(f"{task}_{role}.j2").encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def render_task(task: str, **values: Any) -> list[dict[str, str]]:
    """System and user messages of one task; the system part is constant per task, so a
    server with prompt caching (llama.cpp) reads it once per slot, not once per call."""
    env = _environment()
    return [
        {"role": "system", "content": env.get_template(f"{task}_system.j2").render().strip()},
        {"role": "user", "content": env.get_template(f"{task}_user.j2").render(**values).strip()},
    ]


def render_messages(article_text: str) -> list[dict[str, str]]:
    """The whole-article task (one call per article)."""
    return render_task(WHOLE_ARTICLE, article_text=article_text)
