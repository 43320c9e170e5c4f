"""The bundled app's entry point: the same command line as the installed `briefer`."""

import sys

from briefer.cli import main

if __name__ == "__main__":
    sys.exit(main())
