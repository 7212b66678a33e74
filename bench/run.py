"""Run the benchmarks and print their figures: `make bench`, or `python bench/run.py 100 1000`
for other sizes of the export benchmark.

The serving benchmark (`bench/serving.py`: the bestPractices list on PostgreSQL with 1,000 and
20,000 examples) needs the PostgreSQL server of `BENCH_DATABASE_URL`; it is skipped with a
message when that server does not answer."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import export  # noqa: E402 (bench/ is not a package)
import serving  # noqa: E402

if __name__ == "__main__":
    sizes = [int(argument) for argument in sys.argv[1:]] or [100]
    export.run(sizes)
    try:
        serving.admin_sql("SELECT 1")
    except Exception as error:  # noqa: BLE001 - any failure to connect means: skip
        print(f"serving  skipped: PostgreSQL at {serving.server_url()} did not answer ({error}).")
    else:
        serving.run([1000, 20000])
