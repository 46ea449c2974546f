"""A tiny but real Argos zh→en package, built at test time.

The model is a genuine CTranslate2 Transformer (2 layers, d_model 32) with random weights and a
SentencePiece tokenizer trained on the sample text, packed exactly like an Argos package
(``<folder>/metadata.json``, ``<folder>/model/``, ``<folder>/sentencepiece.model`` in a zip).
Its output is nonsense, but everything around it — loading, batching, caching, hypotheses,
alignment — runs for real. Nothing here fakes a translation.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece as spm
from ctranslate2.specs import TransformerSpec

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"
SAMPLE_GLOSSARY = ROOT / "seeds" / "000_bacf4da327376ca6.glossary.csv"

D_MODEL = 32
FFN = 64
HEADS = 4
LAYERS = 2


@dataclass(frozen=True)
class TinyPackage:
    archive: Path  # the .argosmodel zip
    folder_name: str  # top-level folder inside the zip
    package_version: str
    from_code: str
    to_code: str


def train_sentencepiece(out_prefix: Path, vocab_size: int = 1000) -> Path:
    """Train a small SentencePiece model on the sample text plus the glossary (so Latin names
    have pieces, like a real joint zh/en vocabulary)."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    lines += SAMPLE_GLOSSARY.read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if line.strip()]
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_prefix=str(out_prefix),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        num_threads=1,
        minloglevel=2,
    )
    return out_prefix.with_suffix(".model")


def _fill(spec: object, rng: np.random.Generator, vocab: int) -> None:
    """Give every weight of the spec a random value of the shape CTranslate2 expects."""
    from ctranslate2.specs import attention_spec, common_spec, transformer_spec

    def rand(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.2).astype(np.float32)

    def norm(layer: common_spec.LayerNormSpec) -> None:
        layer.gamma = np.ones(D_MODEL, dtype=np.float32)
        layer.beta = np.zeros(D_MODEL, dtype=np.float32)

    def linear(layer: common_spec.LinearSpec, out_dim: int, in_dim: int) -> None:
        layer.weight = rand(out_dim, in_dim)
        layer.bias = rand(out_dim)

    def attention(att: attention_spec.MultiHeadAttentionSpec, self_attention: bool) -> None:
        norm(att.layer_norm)
        if self_attention:  # fused query/key/value, then output
            linear(att.linear[0], 3 * D_MODEL, D_MODEL)
        else:  # query, fused key/value, then output
            linear(att.linear[0], D_MODEL, D_MODEL)
            linear(att.linear[1], 2 * D_MODEL, D_MODEL)
        linear(att.linear[-1], D_MODEL, D_MODEL)

    def ffn(block: transformer_spec.FeedForwardSpec) -> None:
        norm(block.layer_norm)
        linear(block.linear_0, FFN, D_MODEL)
        linear(block.linear_1, D_MODEL, FFN)

    encoder = spec.encoder  # type: ignore[attr-defined]
    decoder = spec.decoder  # type: ignore[attr-defined]
    encoder.embeddings[0].weight = rand(vocab, D_MODEL)
    norm(encoder.layer_norm)
    for layer in encoder.layer:
        attention(layer.self_attention, True)
        ffn(layer.ffn)
    decoder.embeddings.weight = rand(vocab, D_MODEL)
    norm(decoder.layer_norm)
    linear(decoder.projection, vocab, D_MODEL)
    for layer in decoder.layer:
        attention(layer.self_attention, True)
        attention(layer.attention, False)
        ffn(layer.ffn)


def build_model_dir(model_dir: Path, sp_model: Path, seed: int = 0) -> None:
    """Save a random-weight CTranslate2 Transformer whose vocabulary is the SentencePiece one."""
    processor = spm.SentencePieceProcessor(model_file=str(sp_model))
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    spec = TransformerSpec.from_config(LAYERS, HEADS)
    spec.config.unk_token = "<unk>"
    spec.config.bos_token = "<s>"
    spec.config.eos_token = "</s>"
    _fill(spec, np.random.default_rng(seed), len(vocabulary))
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))


def build_package_dir(
    folder: Path, *, package_version: str = "1.0", from_code: str = "zh", to_code: str = "en",
    seed: int = 0,
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    sp_model = train_sentencepiece(folder / "sentencepiece")
    (folder / "sentencepiece.vocab").unlink(missing_ok=True)
    build_model_dir(folder / "model", sp_model, seed=seed)
    metadata = {
        "package_version": package_version,
        "argos_version": "1.0",
        "from_code": from_code,
        "from_name": "Chinese",
        "to_code": to_code,
        "to_name": "English",
        "type": "translate",
        "code": f"translate-{from_code}_{to_code}",
        "links": [],
    }
    (folder / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (folder / "README.md").write_text("Tiny random-weight test model.\n", encoding="utf-8")


def zip_dir(folder: Path, archive: Path, top: str) -> None:
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo(top + "/"), b"")
        for path in sorted(folder.rglob("*")):
            arcname = f"{top}/{path.relative_to(folder).as_posix()}"
            if path.is_dir():
                zf.writestr(zipfile.ZipInfo(arcname + "/"), b"")
            else:
                zf.write(path, arcname)


def build_tiny_package(
    workdir: Path, *, package_version: str = "1.0", from_code: str = "zh", to_code: str = "en",
) -> TinyPackage:
    """Build ``translate-<from>_<to>-<version>.argosmodel`` in ``workdir``."""
    folder_name = f"translate-{from_code}_{to_code}-{package_version.replace('.', '_')}"
    folder = workdir / "build" / folder_name
    build_package_dir(folder, package_version=package_version, from_code=from_code,
                      to_code=to_code)
    archive = workdir / f"{folder_name}.argosmodel"
    zip_dir(folder, archive, folder_name)
    return TinyPackage(archive=archive, folder_name=folder_name,
                       package_version=package_version, from_code=from_code, to_code=to_code)


if __name__ == "__main__":  # quick manual check: python tests/tinymodel.py /tmp/out
    import sys
    import time

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/tinymodel")
    start = time.perf_counter()
    package = build_tiny_package(out)
    print(package, f"{time.perf_counter() - start:.2f}s")
    folder = out / "build" / package.folder_name
    sp = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    translator = ctranslate2.Translator(str(folder / "model"))
    pieces = sp.encode(["俄羅斯總統助理梅金斯基", "歷時3年"], out_type=str)
    results = translator.translate_batch(pieces, beam_size=2, num_hypotheses=2,
                                         max_decoding_length=20)
    for result in results:
        print([sp.decode_pieces(h) for h in result.hypotheses])
