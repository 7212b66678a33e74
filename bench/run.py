"""Run the benchmarks and print their figures: `make bench` (the export benchmark at 100
examples, the hostile-document benchmark, then the serving benchmark), `python bench/run.py
100 1000` for other sizes of the export benchmark only, `python bench/run.py hostile` for the
hostile documents only.

The serving benchmark (`bench/serving.py`: the bestPractices list on PostgreSQL with 1,000 and
20,000 examples) needs the PostgreSQL server of `BENCH_DATABASE_URL`; it is skipped with a
message when that server does not answer."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import export  # noqa: E402 (bench/ is not a package)
import hostile  # noqa: E402
import serving  # noqa: E402


def run_serving():
    try:
        serving.admin_sql("SELECT 1")
    except Exception as error:  # noqa: BLE001 - any failure to connect means: skip
        print(f"serving  skipped: PostgreSQL at {serving.server_url()} did not answer ({error}).")
    else:
        serving.run([1000, 20000])


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments == ["hostile"]:
        hostile.run()
    else:
        export.run([int(argument) for argument in arguments] or [100])
        if not arguments:
            hostile.run()
            run_serving()
