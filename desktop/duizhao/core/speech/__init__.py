"""Reading aloud with the platform's own offline speech engines."""

SPEEDS = (0.7, 1.0, 1.4)  # slow, normal, fast: × the engine's normal pace
