"""Developer tools (lint helpers)."""
