"""Runs one notebook on a Jupyter kernel with nbclient, in the notebook's folder, as a front end would.

Usage: execute_notebook.py NOTEBOOK KERNEL_NAME

Exits 0 when every code cell passed. Otherwise prints "cell N [id] failed: NAME: VALUE" (N counts all cells
from 1, as the headless runner's reports do), then the cell's source and its stderr, where .NET Interactive
writes compiler diagnostics, and exits 1.
"""
import os
import sys

import nbformat
from nbclient import NotebookClient


def label(index, cell):
    return f"cell {index + 1} [{cell['id']}]" if cell.get("id") else f"cell {index + 1}"


def main(path, kernel):
    notebook = nbformat.read(path, as_version=4)
    current = {}
    client = NotebookClient(
        notebook,
        kernel_name=kernel,
        timeout=600,
        startup_timeout=180,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
        on_cell_start=lambda cell, cell_index: current.update(index=cell_index, cell=cell),
    )
    try:
        client.execute()
        return 0
    except Exception as failure:  # CellExecutionError, CellTimeoutError, DeadKernelError, a kernel that never started
        if "cell" not in current:
            print(f"the notebook did not start: {type(failure).__name__}: {failure}")
            return 1
        cell = current["cell"]
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        reason = f"{errors[-1]['ename']}: {errors[-1]['evalue']}" if errors else f"{type(failure).__name__}: {failure}"
        print(f"{label(current['index'], cell)} failed: {reason}")
        print("--- source\n" + cell["source"])
        stderr = "".join(o["text"] for o in cell.get("outputs", []) if o.get("output_type") == "stream" and o.get("name") == "stderr")
        if stderr.strip():
            print("--- stderr\n" + stderr.strip())
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
