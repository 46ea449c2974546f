"""The language data: script conversion, words, pinyin, the dictionary."""
