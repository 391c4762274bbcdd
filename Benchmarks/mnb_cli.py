"""Runs the built mnb as a user would and reports its wall time, the training time it prints,
the accuracies it prints and the peak memory of the process. Prints a JSON line.

Usage:
  mnb_cli.py memory MNB               load MNIST and train the default recipe in a session
  mnb_cli.py reproduction MNB NOTEBOOK   the load, train and evaluate cells of a notebook
"""

import json
import re
import resource
import subprocess
import sys
import time

SESSION = "load mnist\ntrain m on train seed 1\n"


def run(command, stdin_text):
    started = time.perf_counter()
    completed = subprocess.run(command, input=stdin_text, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout + completed.stderr)
        sys.exit(f"mnb_cli.py: error: '{' '.join(command)}' exited with {completed.returncode}")
    # ru_maxrss of the children is the peak of the largest one waited for; here, mnb alone.
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    output = completed.stdout + completed.stderr
    training = re.findall(r"training took ([0-9.]+) s", output)
    accuracies = dict(
        (split, float(value))
        for value, split in re.findall(r"accuracy ([0-9.]+) on '([^']+)'", output))
    return {
        "wall_seconds": seconds,
        "training_seconds": float(training[-1]) if training else None,
        "accuracies": accuracies,
        "peak_mb": peak_kb / 1024,
    }


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "memory":
        result = run([sys.argv[2]], SESSION)
    elif len(sys.argv) == 4 and sys.argv[1] == "reproduction":
        command = [sys.argv[2], "run", "--only", "load,train,evaluate", sys.argv[3]]
        result = run(command, "")
    else:
        sys.exit(__doc__)
    print(json.dumps({"benchmark": f"cli_{sys.argv[1]}", **result}))


if __name__ == "__main__":
    main()
