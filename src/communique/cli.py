"""The command line: each command opens the store (or not) and calls one library function."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from communique.dyad import PERIOD_LENGTHS, dyad_series, render_dyad_table
from communique.errors import CommuniqueError, NotFound
from communique.ingest import IngestReport, extract, ingest
from communique.model import Article, Failure
from communique.serialize import article_to_json
from communique.store import Store, open_store

DEFAULT_DB = "communique.db"
T = TypeVar("T")

db_option = click.option(
    "--db",
    default=lambda: os.environ.get("COMMUNIQUE_DB", DEFAULT_DB),
    show_default="communique.db, or $COMMUNIQUE_DB",
    help="The store: a SQLite file path (or sqlite:///path).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
limit_option = click.option(
    "--limit", default=50, show_default=True, help="At most this many rows."
)


def _console(stderr: bool = False) -> Console:
    console = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not console.is_terminal:  # piped or captured: wide enough for a table to read well
        console = Console(stderr=stderr, highlight=False, soft_wrap=True, width=160)
    return console


def _open(db: str) -> Store:
    try:
        return open_store(db)
    except CommuniqueError as exc:
        raise click.ClickException(str(exc)) from exc


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _fetch(db: str, query: Callable[[Store], T]) -> T:
    """Open the store, run one library call, close it."""
    store = _open(db)
    try:
        return query(store)
    finally:
        store.close()


def _emit(rows: list[dict[str, Any]], as_json: bool, columns: list[str], what: str) -> None:
    """The same rows as JSON or as a table."""
    if as_json:
        _print_json(rows)
    else:
        _print_table(rows, columns, f"{len(rows)} {what}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="communique")
def cli() -> None:
    """communique: who said what, who did what to whom, when and where, from news pages."""


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--source", help="Name the site or publisher of these pages (else URL host or folder)."
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False),
    help="Write the machine-readable report (JSON) here [default: <db>.report.json].",
)
@click.option("--batch-size", default=16, show_default=True, help="Pages per NLP batch.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def ingest_command(
    paths: tuple[str, ...],
    db: str,
    source: str | None,
    report_path: str | None,
    batch_size: int,
    quiet: bool,
) -> None:
    """Read pages (files, folders, globs, .warc/.warc.gz, .jsonl, - for stdin) into the store.

    Pages already stored (same content hash) are skipped.  A page that cannot be read is
    reported, counted and skipped; everything else is stored.  Exit status: 0 when every
    page was stored or unchanged, 1 when some pages failed, 3 when pages failed and none
    was stored.
    """
    store = _open(db)
    err = _console(stderr=True)
    show_progress = not quiet and err.is_terminal
    with Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not show_progress,
        transient=True,
    ) as progress:
        task = progress.add_task("pages", total=None)
        try:
            report = ingest(
                paths,
                store,
                source=source,
                batch_size=batch_size,
                on_start=lambda n: progress.update(task, total=n),
                on_progress=lambda n: progress.advance(task, n),
            )
        except KeyboardInterrupt:
            # Each page is its own transaction: what was stored stays, the rest is redone.
            store.close()
            err.print("interrupted: pages stored so far are kept; run the same command again")
            sys.exit(130)
    stats = store.stats()
    store.close()
    target = (
        Path(report_path) if report_path else Path(db.removeprefix("sqlite:///") + ".report.json")
    )
    target.write_text(json.dumps(report.to_json(), indent=2) + "\n", encoding="utf-8")
    if not quiet:
        _print_summary(report, stats, target)
    sys.exit(report.exit_code())


def _print_summary(report: IngestReport, stats: dict[str, int], report_file: Path) -> None:
    out = _console()
    out.print(
        f"pages read {report.read}, stored {report.stored}, unchanged {report.unchanged}, "
        f"duplicates {report.duplicates}, failed {report.failed} "
        f"in {report.seconds:.2f}s ({report.pages_per_second:.1f} pages/s)"
    )
    out.print(
        f"store: {stats['articles']} articles, {stats['actors']} actors, "
        f"{stats['quotes']} quotes, {stats['events']} events"
    )
    for failure in report.failures[:20]:
        out.print(f"  failed {failure.origin}: {failure.code} {failure.reason}", markup=False)
    if report.failed > 20:
        out.print(f"  … and {report.failed - 20} more")
    out.print(f"report: {report_file}", markup=False)


@cli.command("extract")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print contract JSON (one object per line for several pages).",
)
@click.option(
    "--plain",
    is_flag=True,
    help="Inputs are already-clean article text: no page structure; "
    "offsets are offsets into each file.",
)
@click.option("--source", help="Name the site or publisher of these pages.")
@click.option("--batch-size", default=16, show_default=True, help="Pages per NLP batch.")
def extract_command(
    files: tuple[str, ...], as_json: bool, plain: bool, source: str | None, batch_size: int
) -> None:
    """Turn pages into articles and print them; stores nothing.  The model loads once."""
    results = list(extract(files, plain=plain, source=source, batch_size=batch_size))
    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, Failure)]
    for failure in failures:
        click.echo(f"failed {failure.origin}: {failure.code} {failure.reason}", err=True)
    if as_json:
        _echo_articles_json(articles)
    else:
        for article in articles:
            _print_article(article_to_json(article))
    sys.exit(1 if failures else 0)


def _echo_articles_json(articles: list[Article]) -> None:
    if len(articles) == 1:
        _print_json(article_to_json(articles[0]))
        return
    for article in articles:
        click.echo(json.dumps(article_to_json(article), ensure_ascii=False))


@cli.command("show")
@click.argument("article_id")
@db_option
@json_option
def show_command(article_id: str, db: str, as_json: bool) -> None:
    """Show a stored article (by id, id prefix or content hash)."""
    data = _fetch(db, lambda store: store.get_article(article_id))
    if data is None:
        raise click.ClickException(str(NotFound(f"no article {article_id!r} in {db}")))
    if as_json:
        _print_json(data)
    else:
        _print_article(data)


def _print_article(data: dict[str, Any]) -> None:
    out = _console()
    out.rule(data.get("title") or f"article {data['id']}")
    stamp = data.get("timestamp") or {}
    dating = data.get("dating") or {}
    dateline = data.get("dateline") or {}
    out.print(
        f"id {data['id']}   origin {data.get('origin')}   source {data.get('source')}", markup=False
    )
    out.print(
        f"timestamp {stamp.get('value')} ({stamp.get('raw')!r})   events dated "
        f"{dating.get('date')} — {dating.get('basis', '')}",
        markup=False,
    )
    if dateline:
        out.print(f"dateline {dateline.get('place')} ({dateline.get('agency')})", markup=False)
    headings = {h["before_paragraph"]: h["text"] for h in data["headings"]}
    for n, paragraph in enumerate(data["paragraphs"]):
        if n in headings:
            out.print(f"\n[bold]## {escape(headings[n])}[/bold]")
        out.print(paragraph["text"], markup=False)
    _print_lists(out, data)


def _print_lists(out: Console, data: dict[str, Any]) -> None:
    if data["related"]:
        headlines = " | ".join(r["headline"] for r in data["related"])
        out.print("\n[bold]related[/bold]: " + escape(headlines))
    if data["tags"]:
        out.print("[bold]tags[/bold]: " + escape(", ".join(data["tags"])))
    for entity in data["entities"]:
        if entity["type"] in ("PERSON", "ORG"):
            roles = ", ".join(entity.get("roles") or [])
            out.print(
                f"  {entity['type']:<6} {entity['name']} [{entity.get('country') or '-'}"
                f"/{entity.get('sector') or '-'}] {roles}",
                markup=False,
            )
    for quote in data["quotes"]:
        speaker = quote["speaker"] or {}
        who = speaker.get("name") or speaker.get("text") or "?"
        out.print(f"  {quote['kind']:<8} {who}: {quote['text'][:120]}", markup=False)
    for event in data["events"]:
        flags = " ".join(f for f in ("negated", "hypothetical") if event.get(f))
        src = (event.get("source") or {}).get("country")
        tgt = (event.get("target") or {}).get("country")
        out.print(f"  event {event['type']} {src}->{tgt} {event.get('date')} {flags}", markup=False)


@cli.command("search")
@click.argument("query")
@db_option
@json_option
@limit_option
def search_command(query: str, db: str, as_json: bool, limit: int) -> None:
    """Full-text search over stored articles' titles and bodies ("quotes" for a phrase)."""
    rows = _fetch(db, lambda store: store.search(query, limit=limit))
    _emit(rows, as_json, ["id", "title", "timestamp", "event_date", "snippet"], "articles")


def _print_table(rows: Iterable[dict[str, Any]], columns: list[str], title: str) -> None:
    table = Table(title=title, show_lines=False, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        # Text, not markup: "[They] said" must print as written.
        table.add_row(*[Text(_cell(row.get(c))) for c in columns])
    _console().print(table)


# Long text cells (quotes, evidence) are cut here: `--json` gives them whole.
CELL_CHARS = 90


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    text = " ".join(text.split())  # one line per cell
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


@cli.command("actors")
@db_option
@click.option("--type", "type_", help="PERSON, ORG, GPE, ...")
@click.option("--country", help="ISO 3166-1 alpha-3, e.g. RUS")
@json_option
@limit_option
def actors_command(
    db: str, type_: str | None, country: str | None, as_json: bool, limit: int
) -> None:
    """Stored actors: name, type, roles, country, sector, articles, quotes."""
    rows = _fetch(db, lambda store: store.actors(type=type_, country=country, limit=limit))
    columns = ["name", "type", "roles", "country", "sector", "articles", "quotes"]
    _emit(rows, as_json, columns, "actors")


@cli.command("actor")
@click.argument("name")
@db_option
@json_option
def actor_command(name: str, db: str, as_json: bool) -> None:
    """An actor's profile: roles seen, country, every article and mention."""
    profiles = _fetch(db, lambda store: store.actor_profile(name))
    if as_json:
        _print_json(profiles)
        return
    if not profiles:
        raise click.ClickException(str(NotFound(f"no actor matching {name!r}")))
    out = _console()
    for actor in profiles:
        out.rule(f"{actor['name']} ({actor['type']})")
        out.print(
            f"country {actor['country'] or '-'}  sector {actor['sector'] or '-'}  "
            f"articles {actor['articles']}  quotes {actor['quotes']}",
            markup=False,
        )
        out.print("roles: " + (", ".join(actor["roles"]) or "-"), markup=False)
        out.print("aliases: " + (", ".join(actor["aliases"]) or "-"), markup=False)
        for m in actor["mentions"]:
            out.print(
                f"  {m['article_id']} [{m['start']}:{m['end']}] {m['kind']:<7} {m['text']}",
                markup=False,
            )


@cli.command("quotes")
@db_option
@click.option("--speaker", help="Speaker name or alias (substring).")
@click.option("--about", help="Words the quote contains (full-text).")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]))
@click.option("--since", help="Only quotes from articles dated on or after this ISO date.")
@click.option("--country", help="Speaker's country, ISO alpha-3.")
@json_option
@limit_option
def quotes_command(
    db: str,
    speaker: str | None,
    about: str | None,
    kind: str | None,
    since: str | None,
    country: str | None,
    as_json: bool,
    limit: int,
) -> None:
    """Who said what: stored quotations, filtered by speaker, words, kind, date, country."""
    filters = {"speaker": speaker, "about": about, "kind": kind, "since": since}
    rows = _fetch(db, lambda store: store.quotes(**filters, country=country, limit=limit))
    _emit(rows, as_json, ["date", "speaker", "kind", "text", "article_id"], "quotes")


@cli.command("events")
@db_option
@click.option("--source", help="Source actor's country, ISO alpha-3.")
@click.option("--target", help="Target actor's country, ISO alpha-3.")
@click.option("--type", "type_", help="PLOVER event type, e.g. AGREE.")
@click.option("--since", help="Only events on or after this ISO date.")
@click.option(
    "--all", "include_unreal", is_flag=True, help="Include negated and hypothetical events."
)
@json_option
@limit_option
def events_command(
    db: str,
    source: str | None,
    target: str | None,
    type_: str | None,
    since: str | None,
    include_unreal: bool,
    as_json: bool,
    limit: int,
) -> None:
    """Who did what to whom: stored events (those that happened, unless --all)."""
    filters = {"source": source, "target": target, "type": type_, "since": since}
    rows = _fetch(
        db, lambda store: store.events(**filters, include_unreal=include_unreal, limit=limit)
    )
    columns = ["date", "type", "source_country", "target_country", "goldstein"]
    _emit(rows, as_json, [*columns, "source_name", "target_name", "evidence"], "events")


@cli.command("dyad")
@click.argument("a")
@click.argument("b")
@db_option
@click.option(
    "--by",
    type=click.Choice(sorted(PERIOD_LENGTHS)),
    default="month",
    show_default=True,
    help="Period length.",
)
@json_option
def dyad_command(a: str, b: str, db: str, by: str, as_json: bool) -> None:
    """Relations between two countries over time: events by type and mean Goldstein score
    per period, in both directions (negated and hypothetical events excluded)."""
    rows = _fetch(
        db, lambda store: store.events(source=a, target=b) + store.events(source=b, target=a)
    )
    series = dyad_series(rows, a.upper(), b.upper(), by=by)
    if as_json:
        _print_json(series)
    else:
        click.echo(render_dyad_table(series))


def main() -> None:
    cli(prog_name="communique")
