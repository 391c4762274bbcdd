"""Turns the JSON lines of one benchmark run into RESULTS.json and RESULTS.md.

Usage: report.py RAW_LINES OUTPUT_FOLDER

Every number in the Markdown comes from a record in RESULTS.json; nothing is carried over
from another run.
"""

import json
import os
import sys

NOTEBOOK_TRAIN_ACCURACY = 0.9128
NOTEBOOK_TEST_ACCURACY = 0.9136
NOTEBOOK_EPOCHS = 10_000

TARGETS = {
    "speedup": 30,
    "full_seconds": 120,
    "recipe_accuracy": 0.925,
    "recipe_seconds": 2,
    "fashion_accuracy": 0.84,
    "fastest_seconds": 0.5,
    "load_seconds": 0.2,
    "memory_mb": 300,
}


def read_records(path):
    with open(path) as lines:
        return [json.loads(line) for line in lines if line.strip()]


class Results:
    """The records of one run, looked up by what they measure."""

    def __init__(self, records):
        self.records = records

    def all(self, benchmark, **fields):
        return [record for record in self.records
                if record.get("benchmark") == benchmark
                and all(record.get(key) == value for key, value in fields.items())]

    def one(self, benchmark, **fields):
        found = self.all(benchmark, **fields)
        return found[0] if found else None


def seconds(value):
    if value is None:
        return "n/a"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    if value < 120:
        return f"{value:.2f} s"
    return f"{value:.0f} s ({value / 60:.1f} min)"


def percent(value):
    return "n/a" if value is None else f"{value * 100:.2f}%"


def spread(record):
    return f"{(record['worst_seconds'] - record['best_seconds']) / record['best_seconds']:+.0%}"


def verdict(met):
    return "yes" if met else "**no**"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def numpy_threads(record):
    blas = record.get("blas") or [{}]
    return blas[0].get("threads")


def blas_summary(libraries):
    if not libraries:
        return "no BLAS found by threadpoolctl"
    return "; ".join(
        f"{library['api']} {library['version']}, kernel {library['kernel']}, "
        f"{library['threads']} threads" for library in libraries)


class Report:
    def __init__(self, results):
        self.results = results
        self.numpy = {numpy_threads(record): record for record in results.all("numpy_epoch")}
        self.numpy_default = max(self.numpy.items())[1] if self.numpy else None

    def markdown(self):
        parts = [self.heading(), self.machine(), self.targets(), self.epoch(),
                 self.time_to_accuracy(), self.recipe(), self.throughput(), self.loading(),
                 self.memory(), self.reproduction(), self.caveats()]
        return "\n".join(part for part in parts if part)

    def heading(self):
        repeats = sorted({record["repeats"] for record in self.results.records
                          if "repeats" in record})
        return (
            "# mnb benchmark results\n\n"
            "Measured by `Benchmarks/run` on one machine in one run; the raw numbers are in\n"
            "[RESULTS.json](RESULTS.json). Short timings are the best of several timed runs "
            f"(runs per measurement: {', '.join(map(str, repeats))}) after one untimed run; "
            "the spread is (worst − best) / best. Times are wall-clock. Training times "
            "exclude loading and building the feature matrix, which are timed apart.\n")

    def machine(self):
        machine = self.results.one("machine") or {}
        openblas = "; ".join(
            f"{record['config']}; kernel {record['core']}"
            + (" with " + ", ".join(f"{k}={v}" for k, v in sorted(record["environment"].items()))
               if record.get("environment") else "")
            for record in self.results.all("openblas")) or "n/a"
        environment = machine.get("environment", {})
        overridden = [name for name in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
                      if name in environment]
        if overridden:
            setting = (", ".join(f"`{name}={environment[name]}`" for name in overridden)
                       + ": the numpy epochs ran with both unset; everything else ran with "
                       "them as set")
        else:
            setting = "not set"
        numpy_kernel = blas_summary(self.numpy_default["blas"]) if self.numpy_default else "n/a"
        rows = [
            ("CPU", machine.get("cpu", "n/a")),
            ("cores", f"{machine.get('cores')} ({machine.get('usable_cores')} usable)"),
            ("date", machine.get("date", "n/a")),
            ("system", machine.get("system", "n/a")),
            ("Swift", machine.get("swift", "n/a")),
            ("mnb's OpenBLAS", openblas),
            ("numpy", f"{machine.get('numpy')}; while timed: {numpy_kernel}"),
            ("numpy's BLAS in this shell", blas_summary(machine.get("blas"))),
            ("scikit-learn", f"{machine.get('sklearn')} (scipy {machine.get('scipy')})"),
            ("Python", machine.get("python", "n/a")),
            ("OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE", setting),
            ("other work during the run", self.other_work(machine)),
        ]
        return "## Machine\n\n" + table(("", ""), rows)

    def other_work(self, machine):
        start = self.results.one("cpu", when="start")
        end = self.results.one("cpu", when="end")
        if not start or not end:
            return "n/a"
        total = end["machine_total_seconds"] - start["machine_total_seconds"]
        busy = end["machine_busy_seconds"] - start["machine_busy_seconds"]
        own = end["runner_seconds"] - start["runner_seconds"]
        share = max(0.0, busy - own) / total
        text = (f"{share:.0%} of the machine's CPU time went to other processes while "
                f"these measurements ran ({total / (machine.get('usable_cores') or 1):.0f} s)")
        if share > 0.05:
            text += "; the timings are noisy, two-thread ones most"
        return text

    def epoch_record(self, layout, threads):
        return self.results.one("epoch", layout=layout, threads=threads)

    def targets(self):
        rows = []
        mnb = self.epoch_record("sparse", 2)
        if mnb and self.numpy_default:
            speedup = self.numpy_default["best_seconds"] / mnb["best_seconds"]
            rows.append((
                f"one epoch ≥ {TARGETS['speedup']}× faster than numpy's",
                f"{speedup:.1f}× ({seconds(mnb['best_seconds'])} on 2 threads against "
                f"{seconds(self.numpy_default['best_seconds'])} for numpy on "
                f"{numpy_threads(self.numpy_default)} threads)",
                verdict(speedup >= TARGETS["speedup"])))

        full = self.results.one("cli_reproduction")
        if full:
            rows.append(("10,000 epochs < 2 min on 2 cores",
                         f"{seconds(full['training_seconds'])} of training "
                         f"({seconds(full['wall_seconds'])} for the notebook's cells)",
                         verdict(full["training_seconds"] < TARGETS["full_seconds"])))
        elif mnb:
            estimate = NOTEBOOK_EPOCHS * mnb["best_seconds"]
            rows.append(("10,000 epochs < 2 min on 2 cores",
                         f"not run (needs `--full`); 10,000 × the best epoch = "
                         f"{seconds(estimate)}, an extrapolation",
                         "not measured"))

        recipe = self.results.one("recipe", dataset="mnist", threads=2)
        if recipe:
            rows.append((f"default recipe ≥ {percent(TARGETS['recipe_accuracy'])} on MNIST",
                         percent(recipe["test_accuracy"]),
                         verdict(recipe["test_accuracy"] >= TARGETS["recipe_accuracy"])))
            rows.append(("default recipe trains in < 2 s", seconds(recipe["best_seconds"]),
                         verdict(recipe["best_seconds"] < TARGETS["recipe_seconds"])))
        fashion = self.results.one("recipe", dataset="fashion-mnist", threads=2)
        if fashion and "skipped" not in fashion:
            rows.append((f"default recipe ≥ {percent(TARGETS['fashion_accuracy'])} on "
                         "Fashion-MNIST", percent(fashion["test_accuracy"]),
                         verdict(fashion["test_accuracy"] >= TARGETS["fashion_accuracy"])))
        else:
            rows.append(("default recipe ≥ 84% on Fashion-MNIST", "not measured: no data",
                         "not measured"))

        fastest = self.results.one("fastest", threads=2)
        if fastest:
            reached = fastest["test_accuracy"] >= fastest["target_accuracy"]
            rows.append(("91.36% test accuracy in < 0.5 s of training",
                         f"{seconds(fastest['best_seconds'])}, reaching "
                         f"{percent(fastest['test_accuracy'])}",
                         verdict(reached and fastest["best_seconds"] < TARGETS["fastest_seconds"])))

        load = self.results.one("load")
        if load:
            rows.append(("loading the four MNIST files < 0.2 s", seconds(load["best_seconds"]),
                         verdict(load["best_seconds"] < TARGETS["load_seconds"])))

        peaks = self.peaks()
        if peaks:
            worst = max(peak for _, peak, _ in peaks)
            rows.append(("peak memory training MNIST < 300 MB",
                         f"{worst:.0f} MB (the larger of the two processes below)",
                         verdict(worst < TARGETS["memory_mb"])))
        return "## Targets\n\n" + table(("target", "measured", "met"), rows)

    def epoch(self):
        rows = []
        for threads, record in sorted(self.numpy.items()):
            rows.append((f"numpy notebook (float64, `numpy_epoch.py`)", threads,
                         seconds(record["best_seconds"]), seconds(record["median_seconds"]),
                         spread(record), record["repeats"], "1×"))
        for layout, name in (("sparse", "mnb, sparse layout (its choice for MNIST)"),
                             ("dense", "mnb, dense layout (OpenBLAS blocks)")):
            for threads in (1, 2):
                record = self.epoch_record(layout, threads)
                if not record:
                    continue
                against = self.numpy.get(threads) or self.numpy_default
                speedup = (f"{against['best_seconds'] / record['best_seconds']:.1f}×"
                           f" (numpy on {numpy_threads(against)})" if against else "n/a")
                rows.append((name, threads, seconds(record["best_seconds"]),
                             seconds(record["median_seconds"]), spread(record),
                             record["repeats"], speedup))
        return (
            "## One full-batch one-vs-rest epoch on MNIST\n\n"
            "Ten classes, 60,000 training images, one gradient step per class at rate 0.1 "
            "from random weights. numpy computes in float64 as the notebook does; mnb in "
            "float32. The speed-up compares numpy's best with mnb's best, numpy on the same "
            "number of threads.\n\n"
            + table(("implementation", "threads", "best", "median", "spread", "runs",
                     "speed-up"), rows))

    def time_to_accuracy(self):
        rows = []
        for record in self.results.all("fastest"):
            rows.append((
                "mnb: softmax, Adam at 0.02, batch 128, cosine decay, 1 epoch, seed 1",
                record["threads"], seconds(record["best_seconds"]),
                seconds(record["median_seconds"]), percent(record["test_accuracy"]),
                f"best of {record['repeats']}, spread {spread(record)}"))
        sklearn = self.results.one("sklearn")
        if sklearn:
            threads = numpy_threads(sklearn)
            reached = sklearn.get("reached")
            if reached:
                rows.append(("scikit-learn LogisticRegression(lbfgs, "
                             f"max_iter={reached['max_iter']}), the smallest tried that "
                             "reaches the target", threads,
                             seconds(reached["seconds"]), "", percent(reached["accuracy"]),
                             "one fit"))
            else:
                rows.append(("scikit-learn LogisticRegression(lbfgs): no max_iter tried reached "
                             "the target", threads, "", "", "", "one fit each"))
            rows.append(("scikit-learn LogisticRegression(lbfgs), default fit (max_iter=100)",
                         threads, seconds(sklearn["default_fit_seconds"]), "",
                         percent(sklearn["default_fit_accuracy"]), "one fit"))
        if self.numpy_default:
            estimate = NOTEBOOK_EPOCHS * self.numpy_default["best_seconds"]
            rows.append(("numpy notebook, 10,000 epochs: 10,000 × its best epoch (extrapolated)",
                         numpy_threads(self.numpy_default), seconds(estimate), "",
                         percent(NOTEBOOK_TEST_ACCURACY) + " (the notebook's)", "extrapolated"))
        tried = ""
        if sklearn:
            tried = ("\nscikit-learn fits tried, in order (max_iter: seconds, test accuracy): "
                     + "; ".join(f"{fit['max_iter']}: {fit['seconds']:.2f} s, "
                                 f"{percent(fit['accuracy'])}" for fit in sklearn["tried"])
                     + ". The smallest max_iter is searched on that grid only.\n")
        return (
            "## Time to 91.36% test accuracy\n\n"
            "The numpy notebook's test accuracy is the mark. Both train on the same 60,000 "
            "images scaled to [0, 1] and are scored on the same 10,000; only training is timed. "
            "scikit-learn runs in float64 on numpy's BLAS with its default L2 penalty (C=1).\n\n"
            + table(("method", "threads", "training time", "median", "test accuracy", "runs"),
                    rows) + tried)

    def recipe(self):
        rows = []
        notes = []
        for record in self.results.all("recipe"):
            if "skipped" in record:
                notes.append(f"{record['dataset']}: {record['skipped']}, not measured.")
                continue
            rows.append((record["dataset"], record["layout"], record["threads"],
                         seconds(record["best_seconds"]), seconds(record["median_seconds"]),
                         spread(record), record["repeats"], percent(record["test_accuracy"]),
                         percent(record["train_accuracy"])))
        return (
            "## The default recipe\n\n"
            "`TrainingOptions.recommended` (6 epochs of Adam at 0.02, batches of 256, cosine "
            "decay, L2 1e-4) with seed 1 on a `Kind.recommended` (softmax) model, as "
            "`train m on train seed 1` runs it.\n\n"
            + table(("data set", "layout", "threads", "training best", "median", "spread",
                     "runs", "test accuracy", "train accuracy"), rows)
            + ("\n" + " ".join(notes) + "\n" if notes else ""))

    def throughput(self):
        rows = []
        shape = None
        for record in self.results.all("epoch"):
            shape = record
            rows.append((f"mnb epoch, {record['layout']} layout: both products, sigmoids and "
                         "update", record["threads"], seconds(record["best_seconds"]),
                         f"{record['dense_gflops']:.1f}", f"{record['effective_gflops']:.1f}"))
        forward = self.results.one("forward")
        if forward:
            rows.append(("mnb `logits(for:)`: X·W alone, sparse layout", forward["threads"],
                         seconds(forward["best_seconds"]), f"{forward['dense_gflops']:.1f}",
                         f"{forward['effective_gflops']:.1f}"))
        sgemm_rows = self.sgemm_rows()
        if not rows and not sgemm_rows:
            return ""
        nonzeros = ""
        if shape:
            density = shape["nonzeros"] / (shape["rows"] * shape["columns"])
            nonzeros = (f" X has {shape['nonzeros']:,} non-zero entries counting the bias "
                        f"column ({density:.1%} of {shape['rows']:,} × {shape['columns']}).")
        return (
            "## Throughput of the training products\n\n"
            "A full-batch epoch makes two products over the training set: X·W (60000×785 by "
            "785×10) and Xᵀ·R (785×60000 by 60000×10). Each counts 2·n·d·c = 0.942 GFLOP as "
            "dense matrices; the effective rate counts only the 2·nnz·c flops on non-zero "
            f"entries of X.{nonzeros} mnb's epoch rates count both products but its time also "
            "holds the sigmoids, the loss and the update, so they understate its products. "
            "OpenBLAS is timed on the dense float32 matrices alone.\n\n"
            + table(("what", "threads", "best", "dense-equivalent GFLOP/s",
                     "effective GFLOP/s"), rows + sgemm_rows))

    def sgemm_rows(self):
        rows = []
        for environment in self.sgemm_environments():
            label = "" if not environment else (
                " (with " + ", ".join(f"{k}={v}" for k, v in sorted(environment.items())) + ")")
            for threads in (1, 2):
                products = [record for record in self.results.all("sgemm", threads=threads)
                            if record.get("environment", {}) == environment]
                for record in products:
                    name = "X·W" if record["product"] == "forward" else "Xᵀ·R"
                    rows.append((f"OpenBLAS sgemm {name}{label}", threads,
                                 seconds(record["best_seconds"]),
                                 f"{record['dense_gflops']:.1f}", ""))
                if len(products) == 2:
                    total = sum(record["best_seconds"] for record in products)
                    flops = sum(record["dense_gflops"] * record["best_seconds"]
                                for record in products)
                    rows.append((f"OpenBLAS sgemm, both products (sum of the bests){label}",
                                 threads, seconds(total), f"{flops / total:.1f}", ""))
        return rows

    def sgemm_environments(self):
        environments = []
        for record in self.results.all("sgemm"):
            environment = record.get("environment", {})
            if environment not in environments:
                environments.append(environment)
        return environments

    def loading(self):
        rows = []
        load = self.results.one("load")
        if load:
            rows.append(("read and check the four gzip files (`DatasetCatalog.load`)",
                         seconds(load["best_seconds"]), seconds(load["median_seconds"]),
                         spread(load), load["repeats"]))
        features = self.results.one("features")
        if features:
            rows.append(("build the training `FeatureMatrix` (not counted in the load)",
                         seconds(features["best_seconds"]), seconds(features["median_seconds"]),
                         spread(features), features["repeats"]))
        if not rows:
            return ""
        return ("## Loading MNIST\n\nFrom a warm page cache.\n\n"
                + table(("step", "best", "median", "spread", "runs"), rows))

    def peaks(self):
        peaks = []
        bench = self.results.one("memory")
        if bench:
            peaks.append(("`mnb-bench memory`: loads MNIST, trains the default recipe",
                          bench["peak_mb"], f"{bench['peak_after_load_mb']:.0f} MB after loading; "
                          f"ru_maxrss {bench['max_rss_mb']:.0f} MB"))
        cli = self.results.one("cli_memory")
        if cli:
            peaks.append(("`mnb` session: `load mnist`, `train m on train seed 1`",
                          cli["peak_mb"], "ru_maxrss of the child process"))
        return peaks

    def memory(self):
        peaks = self.peaks()
        if not peaks:
            return ""
        rows = [(name, f"{peak:.0f} MB", note) for name, peak, note in peaks]
        return ("## Peak memory\n\nThe largest resident set (VmHWM / ru_maxrss) of a process "
                "that only loads MNIST and trains.\n\n"
                + table(("process", "peak", "notes"), rows))

    def reproduction(self):
        full = self.results.one("cli_reproduction")
        heading = "## 10,000 epochs: Notebooks/seed-reproduction.mnb\n\n"
        if not full:
            return heading + ("Not run: it takes minutes; `Benchmarks/run --full` runs it.\n")
        accuracies = full["accuracies"]
        rows = [
            ("wall time of the load, train and evaluate cells", seconds(full["wall_seconds"]),
             "about an hour"),
            ("training time printed by mnb", seconds(full["training_seconds"]), ""),
            ("train accuracy", percent(accuracies.get("train")),
             percent(NOTEBOOK_TRAIN_ACCURACY)),
            ("test accuracy", percent(accuracies.get("test")), percent(NOTEBOOK_TEST_ACCURACY)),
            ("peak memory", f"{full['peak_mb']:.0f} MB", ""),
        ]
        return (heading + "`mnb run --only load,train,evaluate`, run once, on 2 threads.\n\n"
                + table(("", "mnb", "numpy notebook"), rows))

    def caveats(self):
        return (
            "## Reading these numbers\n\n"
            "- numpy works in float64 and mnb in float32; both follow the same method, and "
            "mnb's results are the same bit for bit on one thread or two.\n"
            "- mnb's sparse kernel does not call OpenBLAS, so its dense-equivalent rate can "
            "exceed what sgemm reaches on the same shapes: it skips the zero pixels.\n"
            "- The scikit-learn times are single fits; lbfgs is deterministic, so the fit that "
            "stops at max_iter is the time to that accuracy.\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    records = read_records(sys.argv[1])
    folder = sys.argv[2]

    with open(os.path.join(folder, "RESULTS.json"), "w") as output:
        json.dump(records, output, indent=1)
        output.write("\n")
    with open(os.path.join(folder, "RESULTS.md"), "w") as output:
        output.write(Report(Results(records)).markdown())


if __name__ == "__main__":
    main()
