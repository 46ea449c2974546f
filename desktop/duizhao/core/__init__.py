"""Qt-free core: text pipeline, glossary, dictionary, translation and export. Never imports Qt."""
