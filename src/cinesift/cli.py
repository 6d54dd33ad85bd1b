"""Command line: a thin click layer over sources, pipeline, store and reports."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import click

from cinesift.errors import CineSiftError, NotFoundError
from cinesift.settings import Options

FORMATS_REPORT = ("md", "json", "html")


def _options(**kw: object) -> Options:
    """Settings from the environment (CINESIFT_*), then the command line's own flags."""
    return Options.from_env().with_(**{k: v for k, v in kw.items() if v is not None})


_db_option = click.option(
    "--db", "db_path", help="SQLite database [default: $CINESIFT_DB_PATH or cinesift.db]."
)


class _Progress:
    """A one-line progress counter on stderr, drawn only for a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.perf_counter()
        self.counts: Counter[str] = Counter()

    def update(self, outcome: str) -> None:
        self.counts[outcome] += 1
        if self.enabled:
            done = sum(self.counts.values())
            rate = done / max(1e-9, time.perf_counter() - self.started)
            click.echo(
                f"\r  {done} pages · {self.counts['failed']} failed · {rate:.1f} pages/s",
                err=True,
                nl=False,
            )

    def close(self) -> None:
        if self.enabled:
            click.echo("", err=True)


class _Group(click.Group):
    """Report CineSift's own errors as one clear line and exit status 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except NotFoundError as exc:
            raise click.ClickException(f"{exc} (`cinesift films` lists them)") from exc
        except CineSiftError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cinesift")
def cli() -> None:
    """CineSift: film reviews from the web in, a trustworthy film verdict out."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH_OR_URL...")
@_db_option
@click.option("--film", help='Force the film for every page: "Title (Year)".')
@click.option("--strict", is_flag=True, help="Exit non-zero when any page fails.")
@click.option("--reanalyze", is_flag=True, help="Analyse pages again even if already stored.")
@click.option("--workers", type=int, help="Worker processes [default: $CINESIFT_WORKERS or 1].")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Analyse on a Dask cluster: its scheduler (tcp://host:8786), or 'local' for"
    " --workers processes here [default: $CINESIFT_SCHEDULER or none].",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
def ingest(
    paths: tuple[str, ...],
    db_path: str | None,
    film: str | None,
    strict: bool,
    reanalyze: bool,
    workers: int | None,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Read pages (files, folders, .gz, WARC, JSONL, http(s) URLs), analyse them and store the
    results."""
    from collections import deque

    from cinesift.scale import stream_cluster, stream_parallel
    from cinesift.sources import iter_pages
    from cinesift.store import Store

    options = _options(db_path=db_path, film=film, workers=workers, scheduler=scheduler)
    db_path, strict = options.db_path, strict or options.strict
    progress = _Progress(not quiet)
    failures: list[tuple[str, str]] = []
    with Store(db_path) as store:
        in_flight: deque = deque()  # reviews come back in input order, so a FIFO pairs them

        def fresh():
            for page in iter_pages(list(paths), options.max_page_bytes):
                if not reanalyze and store.has_page(page.sha256):
                    progress.update("unchanged")
                    continue
                in_flight.append(page)
                yield page

        reviews = (
            stream_cluster(fresh(), options, options.scheduler, options.workers)
            if options.scheduler
            else stream_parallel(fresh(), options, options.workers)
        )
        for review in reviews:
            page = in_flight.popleft()
            outcome = store.save(page, review, options.max_page_bytes)
            progress.update(outcome)
            if outcome == "failed":
                failures.append((review.source, review.error or ""))
        progress.close()
        counts = progress.counts
        totals = store.counts()
    for source, message in failures:
        click.echo(f"error: {source}: {message}", err=True)
    click.echo(
        f"{_counted(sum(counts.values()), 'page')}: {counts['new']} new, "
        f"{counts['updated']} re-analysed, {counts['unchanged']} unchanged, "
        f"{counts['failed']} failed"
    )
    click.echo(
        f"{db_path}: {_counted(totals['reviews'], 'review')}"
        f" of {_counted(totals['films'], 'film')},"
        f" {_counted(totals['comments'], 'reader comment')},"
        f" {_counted(totals['errors'], 'page')} with errors"
    )
    if strict and failures:
        sys.exit(1)


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl"]), default="jsonl", show_default=True
)
@click.option("--film", help='Force the film for every page: "Title (Year)".')
@click.option("--sentences", is_flag=True, help="Include sentence spans and their sentiment.")
@click.option("--strict", is_flag=True, help="Exit non-zero when any page fails.")
def analyze(
    paths: tuple[str, ...], fmt: str, film: str | None, sentences: bool, strict: bool
) -> None:
    """Analyse pages and print one JSON object per page; nothing is stored."""
    from cinesift.jsonio import review_to_dict
    from cinesift.pipeline import Pipeline
    from cinesift.sources import iter_pages

    options = _options(film=film)
    strict = strict or options.strict
    pipeline = Pipeline.default(options)
    failed = 0
    docs = []
    for review in pipeline.stream(iter_pages(list(paths), options.max_page_bytes)):
        failed += review.error is not None
        doc = review_to_dict(review, sentences=sentences)
        if fmt == "jsonl":
            click.echo(json.dumps(doc, ensure_ascii=False))
        else:
            docs.append(doc)
    if fmt == "json":
        click.echo(json.dumps(docs, ensure_ascii=False, indent=2))
    if failed:
        click.echo(f'{failed} page(s) failed; see their "error" field', err=True)
    if strict and failed:
        sys.exit(1)


@cli.command()
@_db_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def films(db_path: str | None, fmt: str) -> None:
    """List the films in the store with their review counts and figures."""
    from cinesift.store import Store

    db_path = _require_db(db_path)
    with Store(db_path) as store:
        rows = store.films()
    if fmt == "json":
        click.echo(json.dumps([f.to_dict() for f in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no films yet: run `cinesift ingest PATH`")
        return
    width = max(len(f.label()) for f in rows)
    click.echo(f"{'FILM':<{width}}  REVIEWS  SCORED  POSITIVE  MEAN SCORE")
    for f in rows:
        pct = f"{f.percent_positive:g}%" if f.percent_positive is not None else "–"
        mean = f"{f.mean_score:g}" if f.mean_score is not None else "–"
        click.echo(f"{f.label():<{width}}  {f.reviews:>7}  {f.scored:>6}  {pct:>8}  {mean:>10}")


@cli.command()
@click.argument("film")
@_db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS_REPORT), default="md", show_default=True)
@click.option(
    "--out", type=click.Path(path_type=Path), help="Write to this file instead of stdout."
)
def report(film: str, db_path: str | None, fmt: str, out: Path | None) -> None:
    """The verdict on one FILM (title, "Title (Year)" or key) as Markdown, JSON or HTML."""
    from cinesift.aggregate import build_verdict
    from cinesift.report import render_html, render_json, render_markdown, report_context
    from cinesift.store import Store

    db_path = _require_db(db_path)
    with Store(db_path) as store:
        row = store.film(film)
        verdict = build_verdict(store, row, _options(db_path=db_path))
    context = report_context(verdict)
    text = {"md": render_markdown, "json": render_json, "html": render_html}[fmt](context)
    if out:
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}")
    else:
        click.echo(text, nl=not text.endswith("\n"))


@cli.command()
@_db_option
def errors(db_path: str | None) -> None:
    """List the pages that could not be analysed, and why."""
    from cinesift.store import Store

    db_path = _require_db(db_path)
    with Store(db_path) as store:
        rows = store.errors()
    for row in rows:
        click.echo(f"{row['source']}: {row['message']}")
    click.echo(f"{len(rows)} page(s) with errors")


@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8750, show_default=True, type=int)
def serve(db_path: str | None, host: str, port: int) -> None:
    """Serve the web UI and JSON API: /, /films.json, /film/KEY, /film/KEY.json, /errors and
    /errors.json."""
    from cinesift.web.app import serve as run_server

    db_path = _require_db(db_path)
    run_server(db_path, host, port)


def _require_db(db_path: str | None) -> str:
    """The database to read (the option, else the setting), which must exist already."""
    db_path = db_path or _options().db_path
    if db_path != ":memory:" and not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `cinesift ingest PATH` first")
    return db_path


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
