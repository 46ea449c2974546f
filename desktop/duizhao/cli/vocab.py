"""``duizhao vocab``: how much of a document you know, and your word lists.

    duizhao vocab stats FILE [--json]          share of the words known, tokens by HSK level,
                                               the unknown words by count
    duizhao vocab import LIST [--accept-partial]   mark the words of a list known (plain list,
                                               Pleco flashcards, Anki notes as text)
    duizhao vocab known-levels N               mark every word of HSK levels 1…N known
    duizhao vocab export OUT.apkg|OUT.csv      the words you are learning, with their sentence

The marks are the window's: kept in the user data folder, shared by every document.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from duizhao.core.errors import VocabularyError
from duizhao.core.vocab.known import KnownWords
from duizhao.core.vocab.levels import DEFAULT_STANDARD, LEVELS, HskStandard, level_label
from duizhao.core.vocab.wordlists import ListFormat

UNKNOWN_SHOWN = 30  # unknown words listed by the text output (--json lists them all)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    standards = [s.value for s in HskStandard]
    stats = commands.add_parser(
        "stats", help="how much of FILE you know",
        description="Word tokens and distinct words of FILE you know, tokens by HSK level and "
                    "the words you do not know yet, most frequent first.")
    stats.add_argument("file", type=Path, help="document (.txt, .md, .html, ...)")
    stats.add_argument("--json", action="store_true", help="the documented JSON form")
    stats.add_argument("--glossary", type=Path,
                       help="glossary file (default: FILE's .glossary.csv beside it, if any)")
    stats.add_argument("--standard", choices=standards, default=DEFAULT_STANDARD.value,
                       help="HSK word lists: 2025 syllabus (default), 2021 standard, 2.0")
    imports = commands.add_parser(
        "import", help="mark the words of LIST known",
        description="Mark every word of LIST known: one word a line (either script), a Pleco "
                    "flashcard export or an Anki notes export (text). Words already marked "
                    "keep their mark.")
    imports.add_argument("list", type=Path, metavar="LIST")
    imports.add_argument("--format", choices=[f.value for f in ListFormat],
                         help="the list's format (default: recognised from its content)")
    imports.add_argument("--accept-partial", action="store_true",
                         help="import the readable lines of a malformed list")
    levels = commands.add_parser(
        "known-levels", help="mark every word of HSK levels 1…N known",
        description="Mark every word of HSK levels 1 to N known (7 is the band 7-9).")
    levels.add_argument("level", type=int, choices=LEVELS, metavar="N")
    levels.add_argument("--standard", choices=standards, default=DEFAULT_STANDARD.value)
    export = commands.add_parser(
        "export", help="write the words you are learning as an Anki deck or CSV",
        description="Every word marked 'learning', with the sentence it was marked in and its "
                    "English, as an Anki deck (.apkg; importing it again updates the cards) "
                    "or CSV.")
    export.add_argument("output", type=Path, metavar="OUT")
    export.add_argument("--force", action="store_true", help="overwrite OUT if it exists")


def run(args: argparse.Namespace) -> int:
    if args.command == "stats":
        return _stats(args)
    if args.command == "import":
        return _import(args.list, args.format, accept_partial=args.accept_partial)
    if args.command == "known-levels":
        return _known_levels(args.level, HskStandard(args.standard))
    if args.command == "export":
        return _export(args.output, force=args.force)
    return 2  # argparse has already refused anything else


def _stats(args: argparse.Namespace) -> int:
    from duizhao.cli.export_file import _glossary_for
    from duizhao.core.pipeline import AnnotateOptions, Annotator
    from duizhao.core.text.load import load_text_file
    from duizhao.core.vocab.coverage import DocumentWords

    loaded = load_text_file(args.file)
    known = KnownWords()
    annotator = Annotator(_glossary_for(args.file, args.glossary),
                          AnnotateOptions(hsk_standard=HskStandard(args.standard)))
    document = annotator.annotate_text(loaded.text, path=str(args.file),
                                       encoding=loaded.encoding)
    stats = DocumentWords(document).stats(known.is_known)
    if args.json:
        print(json.dumps(stats.to_json(), ensure_ascii=False, indent=1))
        return 0
    print(f"{args.file}: {stats.tokens} word tokens, {stats.known} known "
          f"({stats.coverage:.1%}); {stats.distinct} distinct words, "
          f"{stats.distinct_known} known ({stats.distinct_coverage:.1%})")
    for level, count in stats.levels.items():
        name = f"HSK {level_label(int(level))}" if level != "none" else "no level"
        print(f"  {name:<10}{count:>8}")
    if stats.unknown:
        print(f"unknown words, most frequent first ({len(stats.unknown)}):")
        for word in stats.unknown[:UNKNOWN_SHOWN]:
            level = f"HSK {level_label(word.hsk)}" if word.hsk else "-"
            print(f"  {word.count:>5}  {word.word}\t{word.pinyin}\t{level}\t{word.gloss}")
    return 0


def _import(source: Path, list_format: str | None, *, accept_partial: bool) -> int:
    from duizhao.core.vocab.wordlists import read_word_list

    result = read_word_list(source, ListFormat(list_format) if list_format else None)
    if result.problems:
        if not accept_partial:
            first = result.problems[0].describe(str(source))
            more = len(result.problems) - 1
            raise VocabularyError(f"{first}{f' (and {more} more)' if more else ''}; nothing "
                                  "was imported (--accept-partial imports the readable lines)")
        for problem in result.problems:
            print(f"duizhao: skipped {problem.describe(str(source))}", file=sys.stderr)
    if not result.words:
        raise VocabularyError(f"{source}: has no words; nothing was imported")
    added = KnownWords().add_known(result.words)
    print(f"{len(result.words)} words read ({result.format.value} list), {added} newly marked "
          f"known, {len(result.words) - added} already marked")
    return 0


def _known_levels(level: int, standard: HskStandard) -> int:
    from duizhao.core.vocab.levels import hsk_words

    words = [w for w, lv in hsk_words(standard).items() if lv <= level]
    added = KnownWords().add_known(words)
    print(f"HSK 1-{level_label(level)} ({standard.value} lists): {len(words)} words, "
          f"{added} newly marked known")
    return 0


def _export(output: Path, *, force: bool) -> int:
    from duizhao.core.vocab.mining import mined_cards, write_cards

    if output.suffix.lower() not in (".apkg", ".csv"):
        raise VocabularyError(f"{output}: choose a .apkg (Anki deck) or .csv file name")
    if output.is_dir():
        raise VocabularyError(f"{output} is a folder; give a file name")
    if output.exists() and not force:
        raise VocabularyError(f"{output} exists; add --force to overwrite it")
    learning = KnownWords().learning()
    if not learning:
        raise VocabularyError("no word is marked 'learning' yet; nothing was written")
    write_cards(mined_cards(learning), output)
    print(f"{len(learning)} words written to {output}")
    return 0
