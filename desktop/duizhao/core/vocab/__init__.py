"""Vocabulary: HSK levels and word frequencies of tokens, the words a reader knows or is
learning, how much of a document they cover, and the learning words mined with their sentence."""
