"""The conversion variants: each names the OpenCC configurations that convert a document both
ways (Traditional→Simplified, Simplified→Traditional).

Apart from the converter (:mod:`duizhao.core.language.convert`), so that the settings can check
a saved variant at start-up without loading OpenCC.
"""

from __future__ import annotations

# variant → (Traditional→Simplified config, Simplified→Traditional config)
VARIANTS: dict[str, tuple[str, str]] = {
    "t2s": ("t2s", "s2t"),
    "tw2s": ("tw2s", "s2tw"),
    "hk2s": ("hk2s", "s2hk"),
    "s2t": ("t2s", "s2t"),
    "s2tw": ("tw2s", "s2tw"),
    "s2hk": ("hk2s", "s2hk"),
}
