"""An expat parser that refuses what a hostile XML file uses: entities and internal DTDs.

Glossary (TBX) and translation-memory (TMX) files never need an entity declaration or an
internal DTD subset, and they are how entity-expansion bombs ("billion laughs") and external
entities (XXE: a file reading ``/etc/passwd`` into its text) work. The parser stops at the
first declaration, so nothing is expanded, and the caller reports the line. A bare
``<!DOCTYPE tmx SYSTEM "tmx14.dtd">``, as CAT tools write it, is allowed: external DTDs are
never read.
"""

from __future__ import annotations

from xml.parsers import expat

XML_LANG = "http://www.w3.org/XML/1998/namespace lang"  # xml:lang with namespace_separator " "


class RefusedXML(Exception):
    """The file declares something we never read; ``str()`` says what, for the user."""


_REFUSAL = ("declares a DTD or XML entities, which Duizhao never reads (they are how XML bombs "
            "and external-file attacks work)")


def _refuse(*_args: object) -> None:
    raise RefusedXML(_REFUSAL)


def _doctype(_name: str, _system: str | None, _public: str | None, internal: int) -> None:
    if internal:
        raise RefusedXML(_REFUSAL)


def hardened_parser(*, namespaces: bool = True) -> expat.XMLParserType:
    """A parser whose handlers refuse declarations; namespace-aware (``"uri local"`` names,
    ``xml:lang`` is :data:`XML_LANG`) unless ``namespaces`` is false (names as written).

    Set its Start/End/CharacterData handlers; catch ``expat.ExpatError`` (malformed, with
    ``lineno``) and :class:`RefusedXML` (with ``parser.CurrentLineNumber``).
    """
    parser = expat.ParserCreate(namespace_separator=" " if namespaces else None)
    parser.buffer_text = True  # one character-data call per text run, not per line
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _doctype
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse  # type: ignore[assignment]
    return parser
