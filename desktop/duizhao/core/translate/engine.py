"""CTranslate2 driven directly on an Argos package: our sentences in, hypotheses out.

We already have sentences (the pipeline's), so Argos Translate's own ``translate()`` — which
re-splits text with a sentence-boundary model — is not used; we batch our sentences straight
into ``ctranslate2.Translator`` with the package's SentencePiece model. One engine per model,
loaded on first use; ``ctranslate2.Translator`` itself is safe to call from several threads.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from duizhao.core.errors import ModelError
from duizhao.core.translate.packages import InstalledModel


@dataclass(frozen=True)
class EngineOptions:
    beam_size: int = 4
    threads: int = 0  # CTranslate2 intra-op threads; 0 = its default (all cores, at most 4)
    max_batch_size: int = 32  # sentences per CTranslate2 call
    compute_type: str = "default"  # as stored in the model (int8 for Argos packages)
    max_decoding_length: int = 256  # tokens
    # also stop at 2x the longest input + 16 pieces: a model that never ends a sentence (a
    # broken or tiny one) must not run to 256 tokens on every sentence
    relative_length_cap: bool = True
    length_penalty: float = 0.2  # Argos Translate's own setting


class Engine:
    """One loaded Argos model."""

    def __init__(self, model: InstalledModel, options: EngineOptions | None = None) -> None:
        self.model = model
        self.options = options or EngineOptions()
        self._lock = threading.Lock()
        self._translator: Any = None
        self._tokenizer: Any = None
        self._target_prefix = model.target_prefix
        self.calls = 0  # translate_batch calls (tests and benchmarks count them)
        self.sentences = 0  # sentences given to the model

    @property
    def loaded(self) -> bool:
        return self._translator is not None

    def load(self) -> None:
        with self._lock:
            if self._translator is not None:
                return
            import ctranslate2
            import sentencepiece

            try:
                tokenizer = sentencepiece.SentencePieceProcessor(
                    model_file=str(self.model.sentencepiece_model))
                translator = ctranslate2.Translator(
                    str(self.model.model_dir), device="cpu", compute_type=self.options.compute_type,
                    inter_threads=1, intra_threads=self.options.threads)
            except (RuntimeError, OSError, ValueError) as error:
                raise ModelError(f"The model {self.model.label} cannot be loaded ({error}); "
                                 "reinstall it with `duizhao models download`.") from None
            self._tokenizer = tokenizer
            self._translator = translator

    def translate(self, texts: Sequence[str], *, num_hypotheses: int = 1) -> list[list[str]]:
        """Translate each text; for each, up to ``num_hypotheses`` translations, best first."""
        return [[h.text for h in output.hypotheses]
                for output in self.translate_detailed(texts, num_hypotheses=num_hypotheses,
                                                      attention=False)]

    def translate_detailed(self, texts: Sequence[str], *, num_hypotheses: int = 1,
                           attention: bool = True) -> list[Output]:
        """As :meth:`translate`, with the source pieces' places in each text and, when asked,
        the decoder's attention for each hypothesis (for word alignment)."""
        if not texts:
            return []
        self.load()
        encoded = _encode_with_spans(self._tokenizer, list(texts))
        pieces = [[piece for piece, _ in sentence] for sentence in encoded]
        longest = max((len(p) for p in pieces), default=0)
        max_length = self.options.max_decoding_length
        if self.options.relative_length_cap:
            max_length = min(max_length, 2 * longest + 16)
        beam = max(self.options.beam_size, num_hypotheses)
        prefix = [[self._target_prefix]] * len(pieces) if self._target_prefix else None
        results = self._translator.translate_batch(
            pieces,
            target_prefix=prefix,
            beam_size=beam,
            num_hypotheses=num_hypotheses,
            max_batch_size=self.options.max_batch_size,
            batch_type="examples",
            length_penalty=self.options.length_penalty,
            max_decoding_length=max_length,
            replace_unknowns=True,
            return_attention=attention,
        )
        self.calls += 1
        self.sentences += len(texts)
        outputs = []
        for sentence, result in zip(encoded, results, strict=True):
            weights = result.attention if attention else [[]] * len(result.hypotheses)
            outputs.append(Output(tuple(span for _, span in sentence), [
                self._hypothesis(tokens, rows)
                for tokens, rows in zip(result.hypotheses, weights, strict=True)]))
        return outputs

    def _hypothesis(self, tokens: list[str], attention: list[list[float]]) -> Hypothesis:
        if self._target_prefix and tokens[:1] == [self._target_prefix]:
            tokens = tokens[1:]
            attention = attention[1:]
        text = str(self._tokenizer.decode_pieces(tokens)).strip()
        return Hypothesis(text, tuple(tokens), attention)


@dataclass(frozen=True)
class Hypothesis:
    text: str
    pieces: tuple[str, ...]  # the target SentencePiece pieces (any target prefix removed)
    # [target piece][source piece], as CTranslate2 returns it (not copied); empty if not asked
    attention: Sequence[Sequence[float]]


@dataclass(frozen=True)
class Output:
    source_spans: tuple[tuple[int, int], ...]  # each source piece's characters in the input
    hypotheses: list[Hypothesis]


def _encode_with_spans(tokenizer: Any, texts: list[str]) -> list[list[tuple[str, tuple[int, int]]]]:
    """Pieces of each text with the character span each came from (SentencePiece gives byte
    offsets into the UTF-8 text; its normalisation means a piece need not equal its text)."""
    try:
        protos = tokenizer.encode(texts, return_type="proto")
    except (TypeError, ValueError):  # sentencepiece before return_type
        protos = tokenizer.encode(texts, out_type="immutable_proto")
    encoded = []
    for text, proto in zip(texts, protos, strict=True):
        char_at = [index for index, ch in enumerate(text) for _ in ch.encode("utf-8")]
        char_at.append(len(text))
        encoded.append([(piece.piece, (char_at[piece.begin], char_at[piece.end]))
                        for piece in proto.pieces])
    return encoded
