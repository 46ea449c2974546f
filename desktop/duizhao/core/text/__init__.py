"""Text in: reading files, finding sentences, telling Han characters."""
