"""Headless commands (import, search, show, export, templates, compose, stats); alone, the app."""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefer import i18n
from briefer.argparsewords import speaking
from briefer.errors import BrieferError, ImportFailed
from briefer.i18n import N_, _

if TYPE_CHECKING:
    from briefer.importers.draft import Draft
    from briefer.importing import Stored
    from briefer.library import Library

# A command imports what only it needs, inside its handler, and its options (with the
# modules that name their choices) are added only when its name is on the command line:
# the readers bring in lxml, pypdf and python-docx, the renderers ReportLab, the library
# SQLite, and `briefer search` should not wait for the renderers nor `briefer export` for
# the library.


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    for stream in (sys.stdout, sys.stderr):  # file names that are not UTF-8 print as they are
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="surrogateescape")
    language = i18n.language_from_environment(os.environ)  # English unless asked
    i18n.set_language(language)
    words = sys.argv[1:] if argv is None else list(argv)
    with speaking(language):  # argparse's headings are translated as the parser is made
        args = _parser(words).parse_args(words)
    try:
        return int(args.run(args))
    except BrieferError as error:
        print(_("briefer: error: {error}").format(error=error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("briefer: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except sqlite3.DatabaseError as error:  # a library damaged under a read
        said = _("briefer: error: the library could not be read: {error}")
        print(said.format(error=error), file=sys.stderr)
        return 1
    except Exception as error:  # the last line of defence: log it, never show a traceback
        from briefer.crashlog import log_unexpected

        log_file = log_unexpected(error)
        said = _("briefer: unexpected error: {error}. Details are in {log}")
        print(said.format(error=error, log=log_file), file=sys.stderr)
        return 70


def _parser(words: Sequence[str]) -> argparse.ArgumentParser:
    """Return the parser for a command line: every command, and the options of those named."""
    from briefer import paths

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        type=Path,
        default=argparse.SUPPRESS,
        metavar=_("PATH"),
        help=_("library file (default: ${variable} or one in your data folder)").format(
            variable=paths.LIBRARY_ENV
        ),
    )
    parser = argparse.ArgumentParser(
        prog="briefer",
        parents=[common],
        description=_(
            "Compile ministerial briefings from consultations and statements. Without a "
            "command, starts the desktop app; `briefer FILE.briefing` opens that file in it."
        ),
    )
    parser.set_defaults(run=_run_gui)
    if _names_a_file(words):
        parser.add_argument(
            "briefing",
            type=Path,
            metavar=_("FILE.briefing"),
            help=_("a briefing to open in the app"),
        )
        return parser
    commands = parser.add_subparsers(title=_("commands"), metavar=_("COMMAND"))
    for name, (help_text, add_options, run) in _COMMANDS.items():
        command = commands.add_parser(name, parents=[common], help=_(help_text))
        command.set_defaults(run=run)
        if name in words:  # a word that only looks like the command costs a little time
            add_options(command)
    return parser


def _names_a_file(words: Sequence[str]) -> bool:
    """Return whether the first word that is not an option names a briefing to open rather
    than a command: it ends in .briefing or is a file (a typo still gets "invalid choice")."""
    rest = iter(words)
    for word in rest:
        if word == "--library":
            next(rest, None)
        elif not word.startswith("-"):
            return word not in _COMMANDS and (word.endswith(".briefing") or Path(word).is_file())
    return False


def _search_options(search: argparse.ArgumentParser) -> None:
    from briefer.model.records import RECORD_KINDS

    search.add_argument(
        "query",
        nargs="?",
        default="",
        metavar=_("WORDS"),
        help=_("words to find (accents and case do not matter)"),
    )
    search.add_argument("--kind", choices=RECORD_KINDS)
    search.add_argument(
        "--person", metavar=_("NAME"), help=_("exact name of a speaker or participant")
    )
    search.add_argument("--country", metavar=_("COUNTRY"))
    search.add_argument("--topic", metavar=_("TOPIC"))
    search.add_argument("--from", dest="date_from", type=_date_arg, metavar=_("YYYY-MM-DD"))
    search.add_argument("--to", dest="date_to", type=_date_arg, metavar=_("YYYY-MM-DD"))
    search.add_argument(
        "--limit",
        type=_positive,
        default=50,
        metavar=_("COUNT"),
        help=_("at most this many (50)"),
    )
    search.add_argument("--json", action="store_true", help=_("print JSON"))


def _show_options(show: argparse.ArgumentParser) -> None:
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help=_("print JSON"))


def _import_options(imports: argparse.ArgumentParser) -> None:
    from briefer.importers.document import MAX_FILE_BYTES

    imports.description = _(
        "Parse press releases and store their consultations and statements. "
        "Files may be at most {most} MiB."
    ).format(most=i18n.number(MAX_FILE_BYTES // 2**20))
    imports.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar=_("FILE"),
        help=_("a press release; - reads pasted text from standard input"),
    )
    imports.add_argument("--dry-run", action="store_true", help=_("parse only; store nothing"))
    imports.add_argument("--json", action="store_true", help=_("print one JSON array"))
    imports.add_argument("--url", default="", help=_("the web address the file was saved from"))


def _export_options(export: argparse.ArgumentParser) -> None:
    from briefer.compose import VARIANTS
    from briefer.render.registry import RENDERERS

    export.add_argument("briefing", type=Path, metavar=_("BRIEFING"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar=_("OUT"))
    export.add_argument(
        "--format", choices=sorted(RENDERERS), help=_("default: from the output's name, else pdf")
    )
    export.add_argument(
        "--template", metavar=_("NAME"), help=_("a template name (default: the briefing's own)")
    )
    export.add_argument(
        "--variant",
        choices=VARIANTS,
        default="internal",
        help=_("shareable leaves internal notes out"),
    )
    export.add_argument(
        "--invariant",
        action="store_true",
        help=_("byte-identical output for identical input (no timestamps)"),
    )


def _templates_options(templates: argparse.ArgumentParser) -> None:
    templates.add_argument(
        "--check",
        type=Path,
        metavar=_("PATH"),
        help=_("validate a template.toml (or its folder)"),
    )


def _compose_options(compose: argparse.ArgumentParser) -> None:
    from briefer.model.briefing import LANGUAGES

    compose.add_argument("ids", nargs="*", type=int, metavar="ID")
    compose.add_argument("-o", "--output", type=Path, required=True, metavar=_("FILE.briefing"))
    compose.add_argument("--title", required=True, metavar=_("TITLE"))
    compose.add_argument(
        "--query", metavar=_("WORDS"), help=_("add every record that matches this search")
    )
    compose.add_argument("--language", choices=LANGUAGES, default="en")
    compose.add_argument("--template", default="ministerial-brief", metavar=_("NAME"))


def _stats_options(stats: argparse.ArgumentParser) -> None:
    stats.add_argument("--json", action="store_true", help=_("print JSON"))


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a whole number of 1 or more").format(text=text)
        )
    return number


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date YYYY-MM-DD").format(text=text)
        ) from None


def _library(args: argparse.Namespace) -> Library:
    from briefer.library import open_library

    return open_library(getattr(args, "library", None))


def _run_gui(args: argparse.Namespace) -> int:
    from briefer.gui.app import run  # Qt is loaded only when the app starts

    return run(getattr(args, "library", None), getattr(args, "briefing", None))


def _run_search(args: argparse.Namespace) -> int:
    from briefer.library import SearchQuery

    query = SearchQuery(
        text=args.query,
        kind=args.kind,
        person=args.person,
        country=args.country,
        topic=args.topic,
        date_from=args.date_from,
        date_to=args.date_to,
    )
    with _library(args) as library:
        hits = library.search(query, limit=args.limit)
    if args.json:
        _print_json(
            [
                {
                    "id": h.id,
                    "kind": h.kind,
                    "date": _iso(h.date),
                    "title": h.title,
                    "persons": list(h.persons),
                    "countries": list(h.countries),
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print(_("No records match."))
        return 0
    for hit in hits:
        kind = _(_KINDS.get(hit.kind, hit.kind))
        print(f"{hit.id:>6}  {kind:<12}  {_iso(hit.date) or '':<10}  {hit.title}")
    return 0


def _run_import(args: argparse.Namespace) -> int:
    from briefer.importers.draft import failure_json
    from briefer.importing import draft_file, store

    reports: list[dict[str, Any]] = []
    failed = 0
    library = None if args.dry_run else _library(args)
    try:
        for path in args.files:
            try:
                draft = _draft_stdin() if str(path) == "-" else draft_file(path, args.url)
                stored = store(library, draft) if library is not None else None
            except BrieferError as error:
                failed += 1
                reports.append(failure_json(str(path), str(error)))
                if not args.json:
                    print(_("briefer: error: {error}").format(error=error), file=sys.stderr)
                continue
            report = draft.to_json()
            report["file"] = str(path)
            reports.append(report)
            if not args.json:
                _say(_summary(path, draft, stored))
    finally:
        if library is not None:
            library.close()
    if args.json:
        _print_json(reports)
    return 1 if failed else 0


def _draft_stdin() -> Draft:
    from briefer.importers.document import MAX_TEXT_CHARS
    from briefer.importers.textfile import decode
    from briefer.importing import draft_pasted

    data = sys.stdin.buffer.read(MAX_TEXT_CHARS * 4 + 1)  # decoded as a file is, not by locale
    if len(data) > MAX_TEXT_CHARS * 4:
        raise ImportFailed(_("The pasted text is far longer than a press release."))
    return draft_pasted(decode(data, _("The pasted text")))


def _say(line: str) -> None:
    """Print a line of a report; a reader that stops reading (| head) stops the report, not
    the work."""
    try:
        print(line, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


_KINDS = {  # a release's kind, as the import prints it
    "consultation": N_("consultation"),
    "readout": N_("readout"),
    "joint statement": N_("joint statement"),
    "statement": N_("statement"),
    "other": N_("other"),
}


def _summary(path: Path, draft: Draft, stored: Stored | None) -> str:
    parts = [f"{path}: {_(_KINDS.get(draft.kind, draft.kind))}"]
    if draft.consultation:
        participants = len(draft.consultation.participants)
        parts.append(_("1 meeting ({count} participants)").format(count=participants))
    parts.append(_("{count} statement(s)").format(count=len(draft.statements)))
    line = ", ".join(parts)
    if stored is not None:
        line += _("; added {count}").format(count=len(stored.added))
        if stored.existing:
            line += _(", {count} already in the library").format(count=len(stored.existing))
    else:
        line += _(" (dry run: nothing stored)")
    warnings = (_("warning: {warning}").format(warning=w) for w in draft.warnings)
    return "\n  ".join([line, *warnings])


def _run_export(args: argparse.Namespace) -> int:
    from briefer.exporting import export
    from briefer.model import briefingfile
    from briefer.render.registry import renderer_for
    from briefer.render.template import find_template

    template = find_template(args.template) if args.template else None
    named = renderer_for(args.output)
    fmt = args.format or (named.name if named else "pdf")
    if named is not None and named.name != fmt:
        raise BrieferError(
            _(
                "{name} ends in {suffix} but the format asked for is {format}; change one of them."
            ).format(name=args.output.name, suffix=named.suffix, format=fmt)
        )
    warnings = export(
        briefingfile.load(args.briefing),
        fmt,
        args.output,
        template,
        args.variant,
        invariant=args.invariant,
    )
    for warning in warnings:
        print(_("warning: {warning}").format(warning=warning), file=sys.stderr)
    print(_("Wrote {path}").format(path=args.output))
    return 0


def _run_templates(args: argparse.Namespace) -> int:
    from briefer.render.template import available_templates, load_template

    if args.check:
        template = load_template(args.check)
        print(_("{name}: valid").format(name=template.name))
        return 0
    problems: list[str] = []
    for template in available_templates(problems):
        print(f"{template.name:<20} {template.description}\n{'':<20} ({template.folder})")
    for problem in problems:
        print(_("briefer: error: not usable: {problem}").format(problem=problem), file=sys.stderr)
    return 1 if problems else 0


def _run_compose(args: argparse.Namespace) -> int:
    from briefer.library import SearchQuery
    from briefer.library.query import parse_text
    from briefer.model import briefingfile
    from briefer.model.assemble import briefing_from_records
    from briefer.render.template import find_template

    if not args.ids and not args.query:
        raise BrieferError(_("Name record ids or give --query to choose what goes in"))
    words = parse_text(args.query or "")
    if args.query and words.match is None and not words.substrings:
        raise BrieferError(
            _("--query '{query}' has no words to search for").format(query=args.query)
        )
    with _library(args) as library:
        ids = list(dict.fromkeys(args.ids))
        if args.query:
            ids += [
                h.id
                for h in library.search(SearchQuery(text=args.query), limit=None)
                if h.id not in ids
            ]
        records = [library.get(record_id) for record_id in ids]
    if not records:
        raise BrieferError(_("No records match '{query}'").format(query=args.query))
    briefing = briefing_from_records(
        args.title, records, date.today(), args.language, find_template(args.template).name
    )
    briefingfile.save(args.output, briefing)
    said = i18n.ngettext(
        "Wrote {path} with {count} record", "Wrote {path} with {count} records", len(records)
    )
    print(said.format(path=args.output, count=i18n.number(len(records))))
    return 0


def _run_show(args: argparse.Namespace) -> int:
    from briefer.model.describe import describe

    with _library(args) as library:
        record = library.get(args.id)
    if args.json:
        _print_json(record.to_dict())
    else:
        print(describe(record))
    return 0


def _run_stats(args: argparse.Namespace) -> int:
    with _library(args) as library:
        stats = library.stats()
    data = {
        "library": str(stats.path),
        "records": stats.records,
        "consultations": stats.consultations,
        "statements": stats.statements,
        "sources": stats.sources,
        "persons": stats.persons,
        "date_min": _iso(stats.date_min),
        "date_max": _iso(stats.date_max),
        "schema_version": stats.schema_version,
    }
    if args.json:
        _print_json(data)
    else:
        names = {key: _(_STATS_NAMES[key]) for key in data}
        width = max(map(len, names.values()))
        for key, value in data.items():
            print(f"{names[key]:<{width}}  {value if value is not None else '–'}")
    return 0


_STATS_NAMES = {  # the text output's names of the JSON output's keys
    "library": N_("library"),
    "records": N_("records"),
    "consultations": N_("consultations"),
    "statements": N_("statements"),
    "sources": N_("sources"),
    "persons": N_("persons"),
    "date_min": N_("earliest date"),
    "date_max": N_("latest date"),
    "schema_version": N_("schema version"),
}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _print_json(data: Any) -> None:
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# name → (help, options, handler)
_COMMANDS: dict[
    str,
    tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]],
] = {
    "search": (N_("search the library"), _search_options, _run_search),
    "show": (N_("show one record"), _show_options, _run_show),
    "import": (
        N_("import press releases (text, HTML, .docx, PDF)"),
        _import_options,
        _run_import,
    ),
    "export": (N_("write a briefing as PDF or .docx in a template"), _export_options, _run_export),
    "templates": (N_("list templates, or check one"), _templates_options, _run_templates),
    "compose": (N_("make a briefing from library records"), _compose_options, _run_compose),
    "stats": (N_("count what the library holds"), _stats_options, _run_stats),
}
