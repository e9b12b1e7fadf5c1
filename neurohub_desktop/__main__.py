"""python -m neurohub_desktop"""

import sys

from neurohub_desktop.cli import main

sys.exit(main())
