"""``summitry batch``: a corpus through batch files — OpenAI's Batch API, ``vllm run-batch``
or anything that reads and writes the same format — in rounds, until ``extract`` needs no
model call."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import (
    CONTEXT_SETTINGS,
    BaseUrlOption,
    CacheOption,
    DateField,
    FollowSymlinksOption,
    IdField,
    InputsArgument,
    ModelOption,
    NoRecursiveOption,
    SourceField,
    TextField,
    TitleField,
    UrlField,
    check_endpoints,
    console,
    fail,
    open_cache,
    os_reason,
    out,
    plan_or_fail,
    require_paths,
)
from pipeline.cli.display import shown
from pipeline.config import Settings, settings_from_env
from pipeline.ingest.metadata import FieldNames
from pipeline.model.call_cache import CallCache
from pipeline.runs.batch_rounds import ImportSummary, export_round, import_results, round_status

batch_app = typer.Typer(
    help="Extract through batch files (OpenAI Batch API, vllm run-batch), in rounds.",
    no_args_is_help=True,
    context_settings=CONTEXT_SETTINGS,
)

ProviderOption = Annotated[
    str, typer.Option(metavar="NAME", help="Batch provider (the OpenAI Batches API).")
]
ProviderUrlOption = Annotated[
    list[str] | None,
    typer.Option(
        "--base-url",
        metavar="URL",
        help="The provider's API (default: $SUMMITRY_BASE_URLS, else $OPENAI_BASE_URL, else "
        "https://api.openai.com/v1).",
    ),
]


def _settings(base_url: list[str] | None, model: str | None, follow_symlinks: bool) -> Settings:
    return settings_from_env(base_url=base_url, model=model, follow_symlinks=follow_symlinks)


@batch_app.command("export")
def export_command(
    inputs: InputsArgument,
    output: Annotated[
        Path, typer.Option("-o", "--output", metavar="FILE", help="Requests file to write.")
    ],
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    cache_path: CacheOption = None,
    include_pending: Annotated[
        bool,
        typer.Option(
            "--include-pending",
            help="Write again the calls an earlier export wrote that have no answer.",
        ),
    ] = False,
    follow_symlinks: FollowSymlinksOption = False,
    no_recursive: NoRecursiveOption = False,
    id_field: IdField = None,
    text_field: TextField = None,
    date_field: DateField = None,
    title_field: TitleField = None,
    url_field: UrlField = None,
    source_field: SourceField = None,
) -> None:
    """Write the calls the corpus still needs as a batch requests file.

    Those the call cache cannot answer; custom_id is each call's cache key. Use the same
    --model and --base-url as the `extract` that will read the answers.
    """
    require_paths(*inputs)
    settings = _settings(base_url, model, follow_symlinks)
    names = FieldNames(id_field, text_field, date_field, title_field, url_field, source_field)
    cache = open_cache(cache_path)
    try:
        plan = plan_or_fail(inputs, settings, cache, recursive=not no_recursive, names=names)
        summary = export_round(plan, settings, cache, output, include_pending=include_pending)
    except OSError as exc:
        raise fail(os_reason(exc)) from None
    finally:
        cache.close()
    pending = (
        f"; {summary.already_pending} exported earlier and still pending (--include-pending "
        "writes them again)"
        if summary.already_pending
        else ""
    )
    out.print(
        f"round {summary.batch_round}: {summary.written} requests for {summary.articles} "
        f"articles written to {shown(str(output))}{pending}",
        highlight=False,
        soft_wrap=True,
    )
    if not summary.written and not summary.already_pending:
        out.print("nothing to ask: `summitry extract` completes from the cache", highlight=False)


def _import_lines(path: Path, summary: ImportSummary) -> None:
    out.print(
        f"{shown(path.name)}: {summary.answered} answers stored, {summary.already} already "
        f"held, {summary.failed} failed (asked again by the next export), "
        f"{len(summary.refused)} refused",
        highlight=False,
        soft_wrap=True,
    )
    for reason, n in summary.reasons.most_common(5):
        out.print(f"  failed {n}×: {shown(reason)}", highlight=False, soft_wrap=True)
    for line in summary.refused[:10]:
        console.print(f"[yellow]refused[/yellow] {shown(line)}", highlight=False, soft_wrap=True)


def _import(path: Path, cache: CallCache) -> ImportSummary:
    try:
        return import_results(path, cache)
    except OSError as exc:
        raise fail(f"{path}: cannot read ({exc.strerror or exc})") from None


@batch_app.command("import")
def import_command(
    results: Annotated[
        list[Path], typer.Argument(metavar="FILE", help="Results files (OpenAI or vLLM).")
    ],
    cache_path: CacheOption = None,
) -> None:
    """Store every usable answer of a results file in the call cache.

    A file imported twice changes nothing; errors become failed calls the next export asks
    again.
    """
    require_paths(*results)
    cache = open_cache(cache_path)
    try:
        summaries = [(path, _import(path, cache)) for path in results]
    finally:
        cache.close()
    for path, summary in summaries:
        _import_lines(path, summary)
    if any(s.refused for _, s in summaries):
        raise typer.Exit(1)


@batch_app.command("status")
def status_command(
    inputs: InputsArgument,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    cache_path: CacheOption = None,
    follow_symlinks: FollowSymlinksOption = False,
    no_recursive: NoRecursiveOption = False,
    text_field: TextField = None,
    id_field: IdField = None,
) -> None:
    """Calls answered, pending and failed per round, and what the corpus still needs."""
    require_paths(*inputs)
    settings = _settings(base_url, model, follow_symlinks)
    names = FieldNames(id=id_field, text=text_field)
    cache = open_cache(cache_path)
    try:
        plan = plan_or_fail(inputs, settings, cache, recursive=not no_recursive, names=names)
        status = round_status(plan, settings, cache)
    finally:
        cache.close()
    for batch_round, counts in sorted(status.rounds.items()):
        parts = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("answered", "pending", "failed"))
        out.print(f"round {batch_round}: {parts}", highlight=False)
    if status.needed_now:
        out.print(
            f"still needed: {status.needed_now} calls for {status.articles_needing} articles "
            "(`summitry batch export` writes those not already pending)",
            highlight=False,
        )
    else:
        out.print(
            "nothing pending: `summitry extract` completes from the cache with 0 model calls",
            highlight=False,
        )


OPENAI_API_URL = "https://api.openai.com/v1"


def _provider_client(provider: str, base_url: list[str] | None) -> object:
    """The provider's client, once its address answers (one line and exit 2 if not)."""
    if provider != "openai":
        raise fail(f"unknown batch provider {provider!r} (known: openai)")
    import openai

    settings = settings_from_env(base_url=base_url)
    url = settings.base_url or OPENAI_API_URL
    check_endpoints([url])
    return openai.OpenAI(base_url=url, api_key=settings.api_key or "none")


@batch_app.command("submit")
def submit_command(
    requests_file: Annotated[
        Path, typer.Argument(metavar="FILE", help="A requests file from `batch export`.")
    ],
    provider: ProviderOption = "openai",
    base_url: ProviderUrlOption = None,
    cache_path: CacheOption = None,
) -> None:
    """Upload the requests file and start a batch (OpenAI Files + Batches API)."""
    import openai

    from pipeline.model.batch_api import submit_batch

    require_paths(requests_file)
    client = _provider_client(provider, base_url)
    assert isinstance(client, openai.OpenAI)
    try:
        batch_id = submit_batch(client, requests_file)
    except OSError as exc:
        raise fail(f"{requests_file}: cannot read ({exc.strerror or exc})") from None
    except openai.OpenAIError as exc:
        raise fail(
            f"the batch API refused the upload: {' '.join(str(exc).split())[:200]}"
        ) from None
    cache = open_cache(cache_path)
    try:
        cache.add_batch_job(batch_id, provider, str(requests_file))
    finally:
        cache.close()
    out.print(f"submitted {shown(batch_id)} ({shown(requests_file.name)})", highlight=False)


@batch_app.command("collect")
def collect_command(
    batch_ids: Annotated[
        list[str] | None,
        typer.Argument(metavar="BATCH_ID", help="Batches to collect (default: all submitted)."),
    ] = None,
    provider: ProviderOption = "openai",
    base_url: ProviderUrlOption = None,
    cache_path: CacheOption = None,
    wait: Annotated[
        float,
        typer.Option(metavar="SECONDS", help="Seconds to keep polling an unfinished batch."),
    ] = 0,
    results_dir: Annotated[
        Path, typer.Option(metavar="DIR", help="Where downloaded results files go.")
    ] = Path(".summitry/batches"),
) -> None:
    """Poll submitted batches, download the finished ones' results, and import them.

    Polls with backoff, up to --wait seconds; downloads output and error files.
    """
    import openai

    from pipeline.model.batch_api import collect_batch

    cache = open_cache(cache_path)
    unfinished = 0
    try:
        ids = batch_ids or [job[0] for job in cache.batch_jobs("submitted")]
        if not ids:
            out.print("no submitted batch to collect", highlight=False)
            return
        client = _provider_client(provider, base_url)
        assert isinstance(client, openai.OpenAI)
        for batch_id in ids:
            try:
                job = collect_batch(client, batch_id, results_dir, wait_s=wait)
            except openai.OpenAIError as exc:
                reason = " ".join(str(exc).split())[:200]
                console.print(
                    f"[yellow]{shown(batch_id)}[/yellow]: {shown(reason)}", highlight=False
                )
                unfinished += 1
                continue
            counts = f"{job.completed} of {job.total} done, {job.failed} failed"
            if job.results is None:
                out.print(f"{shown(batch_id)}: {job.status} ({counts})", highlight=False)
                unfinished += 1
                continue
            summary = _import(job.results, cache)
            cache.set_batch_job_state(batch_id, job.status)
            out.print(f"{shown(batch_id)}: {job.status} ({counts})", highlight=False)
            _import_lines(job.results, summary)
    finally:
        cache.close()
    if unfinished:
        raise typer.Exit(1)
