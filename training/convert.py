"""Data conversion step of the recipe: ``python training/convert.py --data ../shared/data --out training/corpus``.

The logic lives in :mod:`chronik.train_data` so the scorers (``chronik eval ner|parse``) rebuild exactly the
same held-out splits from the shared data without a converted corpus on disk.
"""

import sys

from chronik.train_data import main

if __name__ == "__main__":
    sys.exit(main())
