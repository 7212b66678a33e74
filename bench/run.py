"""Run the benchmarks and print their figures: `make bench`, or `python bench/run.py 100 1000`
for other sizes of the export benchmark."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import export  # noqa: E402 (bench/ is not a package)

if __name__ == "__main__":
    sizes = [int(argument) for argument in sys.argv[1:]] or [100]
    export.run(sizes)
