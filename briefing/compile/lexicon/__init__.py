"""Word lists and name tables: the one place the compiler's vocabulary lives."""
