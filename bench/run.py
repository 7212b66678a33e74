"""Run the benchmarks and print their figures: `make bench` (the export benchmark at 100
examples, then the hostile-document benchmark), `python bench/run.py 100 1000` for other sizes
of the export benchmark only, `python bench/run.py hostile` for the hostile documents only."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import export  # noqa: E402 (bench/ is not a package)
import hostile  # noqa: E402

if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments == ["hostile"]:
        hostile.run()
    else:
        export.run([int(argument) for argument in arguments] or [100])
        if not arguments:
            hostile.run()
