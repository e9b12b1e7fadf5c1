"""Benchmarks (`make bench`, `make bench-quick`): performance figures live here, never in tests."""
