#!/usr/bin/env python3
"""Sums the counters of every TRX file under a folder into one line: N passed, N failed, N skipped.

Tests that did not run to an outcome (errors, timeouts, aborted) count as failed, so a crashed
test host never looks green.
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def main(folder: str) -> int:
    passed = failed = skipped = 0
    files = sorted(pathlib.Path(folder).rglob("*.trx"))
    for trx in files:
        counters = ET.parse(trx).getroot().find(f"{NS}ResultSummary/{NS}Counters")
        if counters is None:
            failed += 1
            continue
        get = lambda name: int(counters.get(name, "0"))
        passed += get("passed")
        failed += get("failed") + get("error") + get("timeout") + get("aborted")
        skipped += get("notExecuted") + get("inconclusive") + get("notRunnable")
    if not files:
        failed += 1
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
