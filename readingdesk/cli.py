"""Command line: ``readingdesk PATH...`` opens the desk; ``analyze`` and ``export`` are headless."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from readingdesk import __version__
from readingdesk.analysis import DEFAULT_MIN_SCORE, Analysis, analyze_corpus
from readingdesk.corpus import Corpus, load_corpus
from readingdesk.counts import counted

EXIT_OK = 0
EXIT_NO_ARTICLES = 1
EXIT_USAGE = 2


def _score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= score <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {score}")
    return score


def _add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument(
        "--min-score", type=_score, default=None, metavar="S",
        help=f"lowest score for two sentences to count as the same fact (default {DEFAULT_MIN_SCORE})",
    )  # fmt: skip


def _desk_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readingdesk",
        description="Compare how several sources cover one story. "
        "Also: 'readingdesk analyze PATH...' prints the analysis and "
        "'readingdesk export PATH... -o FILE' exports highlights, without the desk.",
    )
    _add_corpus_arguments(parser)
    parser.add_argument("--theme", metavar="NAME", help="colour theme (desk-dark, desk-light, desk-contrast, …)")
    parser.add_argument("--version", action="version", version=f"readingdesk {__version__}")
    return parser


def _analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="readingdesk analyze", description="Analyse articles and print the result.")
    _add_corpus_arguments(parser)
    parser.add_argument("--format", choices=("json", "text"), default="text")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readingdesk export",
        description="Export the highlights saved for a corpus (or, with --facts, the comparison itself).",
    )
    _add_corpus_arguments(parser)
    parser.add_argument(
        "--format", choices=("md", "json", "html", "csv"), default="md", help="md, json or html; the map also csv"
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.add_argument("--by", choices=("fact", "source"), default="fact", help="group excerpts by fact or source")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--facts", action="store_true", help="export every fact across sources, not highlights")
    what.add_argument("--map", action="store_true", help="export the coverage map (md, html or csv)")
    return parser


def _run_export(argv: Sequence[str]) -> int:
    from readingdesk.export import ExportError, export_excerpts, export_facts, export_map, write_export
    from readingdesk.session import SessionStore, corpus_root

    parser = _export_parser()
    args = parser.parse_args(argv)
    if args.format == "csv" and not args.map:
        parser.error("csv is for the coverage map (--map)")
    if args.format == "json" and args.map:
        parser.error("the coverage map exports as md, html or csv")
    corpus = load_or_report(args.paths)
    if corpus is None:
        return EXIT_NO_ARTICLES
    analysis = analyze_corpus(corpus, min_score=args.min_score)
    if args.map:
        text = export_map(analysis, args.format)
        what = "the coverage map"
    elif args.facts:
        text = export_facts(analysis, args.format)
        what = counted(len(analysis.groups), "fact")
    else:
        store = SessionStore(corpus_root(args.paths))
        highlights = store.load()
        for warning in store.warnings:
            print(f"readingdesk: {warning}", file=sys.stderr)
        if not highlights:
            print(f"readingdesk: no highlights saved for this corpus ({store.path})", file=sys.stderr)
        text = export_excerpts(analysis, highlights, args.format, by=args.by)
        what = counted(len(highlights), "excerpt")
    try:
        path = write_export(Path(args.output), text, force=args.force)
    except ExportError as exc:
        print(f"readingdesk: {exc}", file=sys.stderr)
        return EXIT_NO_ARTICLES
    print(f"readingdesk: wrote {what} to {path}", file=sys.stderr)
    return EXIT_OK


def load_or_report(paths: Sequence[str]) -> Corpus | None:
    """Load the corpus, reporting each skipped file on stderr; None when nothing loaded."""
    corpus = load_corpus(paths)
    for problem in corpus.problems:
        print(f"readingdesk: skipped {problem}", file=sys.stderr)
    if not corpus.articles:
        print("readingdesk: no article could be read", file=sys.stderr)
        return None
    return corpus


def _run_analyze(argv: Sequence[str]) -> int:
    args = _analyze_parser().parse_args(argv)
    corpus = load_or_report(args.paths)
    if corpus is None:
        return EXIT_NO_ARTICLES
    analysis = analyze_corpus(corpus, min_score=args.min_score)
    _print_analysis(analysis, args.format)
    return EXIT_OK


def _print_analysis(analysis: Analysis, fmt: str) -> None:
    if fmt == "json":
        json.dump(analysis.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        from readingdesk.summary import format_summary

        sys.stdout.write(format_summary(analysis))


def _run_desk(argv: Sequence[str]) -> int:
    args = _desk_parser().parse_args(argv)
    corpus = load_or_report(args.paths)
    if corpus is None:
        return EXIT_NO_ARTICLES
    from readingdesk.session import corpus_root
    from readingdesk.ui.app import run_desk

    run_desk(corpus, root=corpus_root(args.paths), theme=args.theme, min_score=args.min_score)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``readingdesk`` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        # "analyze" and "export" are headless subcommands; anything else is a path for the desk
        # (a folder named like a subcommand can be given as ./analyze).
        if argv and argv[0] == "analyze":
            return _run_analyze(argv[1:])
        if argv and argv[0] == "export":
            return _run_export(argv[1:])
        return _run_desk(argv)
    except SystemExit as exc:  # argparse: usage errors are exit 2, --help is 0
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
