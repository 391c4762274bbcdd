"""One full-batch one-vs-rest epoch by the numpy notebook's method, timed.

The notebook scales pixels to [0, 1] in float64, prepends a bias column of ones, and for
each of the ten classes takes one gradient step on the mean logistic loss. One epoch here is
one such step for every class. One untimed epoch comes first; the line printed in JSON
gives the best of the timed ones, every time, and the BLAS library numpy ran on.
"""

import json
import statistics
import sys
import time

import numpy as np

import blas_info
import mnist_data


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def epoch(x, y, betas, rate=0.1):
    for label in range(betas.shape[1]):
        beta = betas[:, label].reshape(-1, 1)
        prediction = sigmoid(np.dot(x, beta))
        gradient = np.dot(np.transpose(x), prediction - (y == label).astype("int")) / len(x)
        betas[:, label] = (beta - rate * gradient).flat[:]


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    x_train, y_train, _, _ = mnist_data.load()
    x = np.concatenate([np.ones((len(x_train), 1), dtype="uint8"), x_train / 255], axis=1)
    y = y_train.reshape(-1, 1)
    betas = np.random.default_rng(1).random((x.shape[1], 10))

    epoch(x, y, betas)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        epoch(x, y, betas)
        times.append(time.perf_counter() - started)
    print(json.dumps({
        "benchmark": "numpy_epoch",
        "best_seconds": min(times),
        "median_seconds": statistics.median(times),
        "worst_seconds": max(times),
        "seconds": times,
        "repeats": repeats,
        "numpy": np.__version__,
        "blas": blas_info.libraries(),
    }))


if __name__ == "__main__":
    main()
