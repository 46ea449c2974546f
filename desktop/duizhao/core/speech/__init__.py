"""Reading aloud with the platform's own offline speech engines."""
