"""Ship the bundled sample's annotation again (``seeds/annotated/<key>.json``), after a change to
the pipeline that annotates it differently; a test fails until this has been run.

    python tools/ship_sample_annotation.py
"""

from __future__ import annotations

from duizhao.core.sample_annotation import sample_key_and_document
from duizhao.core.storage.doc_cache import shipped_folder, store

if __name__ == "__main__":
    sample_key, sample_document = sample_key_and_document()
    shipped = shipped_folder()
    for stale in shipped.glob("*.json"):
        stale.unlink()
    store(sample_key, sample_document, shipped)
    print(shipped / f"{sample_key}.json")
