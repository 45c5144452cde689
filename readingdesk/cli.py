"""Command line: ``readingdesk PATH...`` opens the desk; ``analyze`` and ``export`` are headless."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from readingdesk import __version__
from readingdesk.analysis import DEFAULT_MIN_SCORE, Analysis, analyze_corpus
from readingdesk.corpus import Corpus, load_corpus

EXIT_OK = 0
EXIT_NO_ARTICLES = 1
EXIT_USAGE = 2
SUBCOMMANDS = ("analyze",)


def _score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= score <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {score}")
    return score


def _desk_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readingdesk",
        description="Compare how several sources cover one story. "
        "Also: 'readingdesk analyze PATH...' prints the analysis without the desk.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument("--theme", metavar="NAME", help="colour theme (desk-dark, desk-light, desk-contrast, …)")
    parser.add_argument(
        "--min-score",
        type=_score,
        default=None,
        metavar="S",
        help=f"lowest score for two sentences to count as the same fact (default {DEFAULT_MIN_SCORE})",
    )
    parser.add_argument("--version", action="version", version=f"readingdesk {__version__}")
    return parser


def _analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="readingdesk analyze", description="Analyse articles and print the result.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument("--format", choices=("json", "text"), default="text")
    parser.add_argument(
        "--min-score",
        type=_score,
        default=None,
        metavar="S",
        help=f"lowest score for two sentences to count as the same fact (default {DEFAULT_MIN_SCORE})",
    )
    return parser


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
    from readingdesk.ui.app import run_desk

    run_desk(corpus, theme=args.theme, min_score=args.min_score)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``readingdesk`` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "analyze":
            return _run_analyze(argv[1:])
        return _run_desk(argv)
    except SystemExit as exc:  # argparse: usage errors are exit 2, --help is 0
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
