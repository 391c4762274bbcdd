"""The BLAS libraries loaded in this Python process, as threadpoolctl sees them."""

from threadpoolctl import threadpool_info


def libraries():
    """Returns one dict per loaded BLAS: its API, version, kernel, threads and file."""
    return [
        {
            "api": info.get("internal_api"),
            "version": info.get("version"),
            "kernel": info.get("architecture"),
            "threads": info.get("num_threads"),
            "file": info.get("filepath"),
        }
        for info in threadpool_info()
        if info.get("user_api") == "blas"
    ]
