"""Where Duizhao keeps things: atomic saves, the user folders, caches."""
