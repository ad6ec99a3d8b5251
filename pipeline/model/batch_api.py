"""A requests file through the OpenAI Files + Batches API, with the ``openai`` SDK: upload,
create the batch, poll it with backoff, download its output and error files as one results
file. Any provider or proxy that implements these endpoints works by ``--base-url``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openai

__all__ = ["BatchJob", "collect_batch", "submit_batch"]

FINISHED = frozenset({"completed", "failed", "expired", "cancelled"})


@dataclass(frozen=True)
class BatchJob:
    batch_id: str
    status: str
    total: int = 0
    completed: int = 0
    failed: int = 0
    results: Path | None = None
    """The downloaded results (output and error lines together), once the batch finished."""


def submit_batch(client: openai.OpenAI, requests_file: Path) -> str:
    """Upload ``requests_file`` and start a 24 h batch over it; its id."""
    with requests_file.open("rb") as handle:
        uploaded = client.files.create(file=handle, purpose="batch")
    batch = client.batches.create(
        input_file_id=uploaded.id,
        endpoint="/v1/chat/completions",  # BATCH_ENDPOINT, as the SDK's Literal wants it
        completion_window="24h",
        metadata={"created_by": "summitry", "requests_file": requests_file.name},
    )
    return batch.id


def collect_batch(
    client: openai.OpenAI,
    batch_id: str,
    out_dir: Path,
    *,
    wait_s: float,
    first_poll_s: float = 2.0,
    max_poll_s: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
) -> BatchJob:
    """Poll the batch (waits doubling from ``first_poll_s`` to ``max_poll_s``) until it has
    finished or ``wait_s`` has passed; a finished batch's output and error files are written
    to ``out_dir/<batch id>.results.jsonl``."""
    deadline = time.monotonic() + wait_s
    pause = first_poll_s
    while True:
        batch = client.batches.retrieve(batch_id)
        counts = batch.request_counts
        job = BatchJob(
            batch_id,
            batch.status,
            counts.total if counts else 0,
            counts.completed if counts else 0,
            counts.failed if counts else 0,
        )
        if batch.status in FINISHED or time.monotonic() + pause > deadline:
            break
        sleep(pause)
        pause = min(max_poll_s, pause * 2)
    if batch.status not in FINISHED:
        return job
    parts = []
    for file_id in (batch.output_file_id, batch.error_file_id):
        if file_id:
            text = client.files.content(file_id).text
            parts.append(text if text.endswith("\n") or not text else text + "\n")
    out_dir.mkdir(parents=True, exist_ok=True)
    results = out_dir / f"{batch_id}.results.jsonl"
    results.write_text("".join(parts), encoding="utf-8")
    return BatchJob(job.batch_id, job.status, job.total, job.completed, job.failed, results)
