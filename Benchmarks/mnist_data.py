"""Reads the four MNIST IDX files the way the numpy notebook does, from $MNB_DATA/mnist."""

import gzip
import os

import numpy as np

FILES = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}


def _read(name):
    folder = os.path.join(os.environ["MNB_DATA"], "mnist")
    with open(os.path.join(folder, FILES[name]), "rb") as file:
        return np.frombuffer(gzip.decompress(file.read()), dtype="uint8").copy()


def load():
    """Returns (x_train, y_train, x_test, y_test) with pixels as uint8 rows of 784."""
    x_train = _read("train_images")[16:].reshape(-1, 784)
    y_train = _read("train_labels")[8:]
    x_test = _read("test_images")[16:].reshape(-1, 784)
    y_test = _read("test_labels")[8:]
    return x_train, y_train, x_test, y_test
