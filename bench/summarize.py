#!/usr/bin/env python3
"""Print bench/run's table from its raw measurements (standard library only).

For size N and run R, bench/run leaves in RESULTS:
  N-runR.time     the report of /usr/bin/time -v
  N-runR.wall     wall seconds measured around /usr/bin/time (microseconds)
  N-runR.stdout   the tool's output: "Built ..." and the --timings lines
  N-runR.written  "FILES BYTES HTML_OVER_1MB SITEMAP_FILES" found in the output folder
  N-floorK.txt    cmark-floor's "files=.. bytes_in=.. bytes_html=.. seconds=.."
  N-hugo-runR.*   the same for the peer (bench/run --peer hugo), when it ran
"""

import argparse
import glob
import os
import re
import statistics
import sys

MB = 1024 * 1024  # MB in this report = 2^20 bytes (GNU time reports RSS in KiB)

TARGETS = [  # terms, wall seconds, peak RSS MB
    (1000, 0.15, 80),
    (10000, 0.8, 300),
    (100000, 12.0, 2048),
]
FLOOR_RATIO_TARGET = 2.0  # 10k wall within 2x of the C floor

# Stage lines ("pages   123.4 ms"); indented lines are parts of the stage above (CPU time
# summed over threads), kept with their indentation.
STAGE_LINE = re.compile(r"^(\s*\S.*?)\s+(-?\d+(?:\.\d+)?) ms\s*$")
BUILT_LINE = re.compile(r"^Built (\d+) terms into .* \((\d+) files\)\.")


def parse_time_v(path):
    """user, sys, max RSS (KiB) and elapsed seconds from a GNU time -v report."""
    out = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            key, _, value = line.strip().rpartition(": ")
            if key == "User time (seconds)":
                out["user"] = float(value)
            elif key == "System time (seconds)":
                out["sys"] = float(value)
            elif key == "Maximum resident set size (kbytes)":
                out["rss_kb"] = int(value)
            elif key.startswith("Elapsed (wall clock) time"):
                seconds = 0.0
                for part in value.split(":"):  # h:mm:ss or m:ss.ss
                    seconds = seconds * 60 + float(part)
                out["elapsed"] = seconds
    missing = {"user", "sys", "rss_kb", "elapsed"} - out.keys()
    if missing:
        sys.exit("summarize: %s lacks %s" % (path, ", ".join(sorted(missing))))
    return out


def parse_stdout(path):
    built, stages = None, []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = BUILT_LINE.match(line)
            if m:
                built = (int(m.group(1)), int(m.group(2)))
                continue
            m = STAGE_LINE.match(line)
            if m:
                stages.append((m.group(1).rstrip(), float(m.group(2)) / 1000))
    return built, stages


def load_runs(results, n, tool=""):
    """The runs of one tool on size n: "" is glossary, "hugo-" the peer."""
    runs = []
    r = 1
    while os.path.exists(os.path.join(results, "%d-%srun%d.time" % (n, tool, r))):
        base = os.path.join(results, "%d-%srun%d" % (n, tool, r))
        t = parse_time_v(base + ".time")
        with open(base + ".wall") as f:
            t["wall"] = float(f.read())
        with open(base + ".written") as f:
            files, nbytes, big, maps = (f.read().split() + ["0", "0"])[:4]
            t["files"], t["bytes"], t["big"], t["sitemaps"] = int(files), int(nbytes), int(big), int(maps)
        t["built"], t["stages"] = parse_stdout(base + ".stdout")
        runs.append(t)
        r += 1
    return runs


def load_size(results, n):
    runs = load_runs(results, n)
    floors = []
    for path in sorted(glob.glob(os.path.join(results, "%d-floor*.txt" % n))):
        with open(path) as f:
            fields = dict(kv.split("=", 1) for kv in f.read().split())
        floors.append(fields)
    return runs, floors


def fmt_table(header, rows, right=None):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    right = right if right is not None else [True] * len(header)
    def line(cells):
        return "  ".join(str(c).rjust(w) if r else str(c).ljust(w)
                         for c, w, r in zip(cells, widths, right)).rstrip()
    out = [line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    return "\n".join(out)


def print_peer(results, sizes):
    """glossary against Hugo, when bench/run --peer hugo ran: runs alternated, so both saw
    the same machine."""
    rows = []
    for n in sizes:
        ours, hugo = load_runs(results, n), load_runs(results, n, "hugo-")
        if not hugo:
            continue
        ours_wall = statistics.median(r["wall"] for r in ours)
        hugo_wall = statistics.median(r["wall"] for r in hugo)
        rows.append([
            n, len(hugo), "%.3f" % ours_wall, "%.3f" % hugo_wall, "%.1fx" % (hugo_wall / ours_wall),
            "%.0f" % (statistics.median(r["rss_kb"] for r in ours) / 1024),
            "%.0f" % (statistics.median(r["rss_kb"] for r in hugo) / 1024),
            "%.1f" % (statistics.median(r["bytes"] for r in ours) / MB),
            "%.1f" % (statistics.median(r["bytes"] for r in hugo) / MB),
        ])
    if not rows:
        return
    print()
    print("Side by side with Hugo (../shared/bench/hugo-site), alternating run by run:")
    print(fmt_table(["terms", "runs", "glossary s", "hugo s", "hugo/glossary", "glossary RSS MB",
                     "hugo RSS MB", "glossary MB out", "hugo MB out"], rows))
    print("(medians of wall time, peak RSS and bytes written; hugo/glossary > 1 means glossary is faster)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--sizes", required=True)
    ap.add_argument("--commit", default="unknown")
    ap.add_argument("--cores", default="?")
    ap.add_argument("--cpu", default="unknown")
    ap.add_argument("--jobs", default="default")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--root", default="")
    ap.add_argument("--busy", default="")
    args = ap.parse_args()

    sizes = [int(s) for s in args.sizes.split()]
    data = {n: load_size(args.results, n) for n in sizes}
    data = {n: d for n, d in data.items() if d[0]}

    print()
    print("glossary build benchmark: commit %s, %s cores (%s), --jobs %s, corpus seed %s, on %s"
          % (args.commit, args.cores, args.cpu, args.jobs, args.seed, args.root or "?"))
    if args.busy:
        print("CPU busy with other work just before / after the measurements: %s"
              " (a high figure means the timings are noisy)" % args.busy)
    print()

    header = ["terms", "runs", "wall s", "spread s", "user+sys s", "peak RSS MB",
              "files", "MB written", "HTML > 1 MB", "sitemaps", "C floor s", "wall/floor"]
    rows, notes = [], []
    for n, (runs, floors) in sorted(data.items()):
        walls = [r["wall"] for r in runs]
        wall = statistics.median(walls)
        cpu = statistics.median(r["user"] + r["sys"] for r in runs)
        rss = statistics.median(r["rss_kb"] for r in runs) / 1024
        files = statistics.median(r["files"] for r in runs)
        written = statistics.median(r["bytes"] for r in runs) / MB
        floor = statistics.median(float(f["seconds"]) for f in floors) if floors else None
        rows.append([
            n, len(runs), "%.3f" % wall, "%.3f-%.3f" % (min(walls), max(walls)),
            "%.2f" % cpu, "%.0f" % rss, "%d" % files, "%.1f" % written,
            "%d" % max(r["big"] for r in runs), "%d" % runs[0]["sitemaps"],
            "%.3f" % floor if floor else "-", "%.1fx" % (wall / floor) if floor else "-",
        ])
        built = {r["built"] for r in runs}
        if len(built) != 1 or None in built:
            notes.append("%d terms: the 'Built ...' line varied or was missing: %s" % (n, sorted(map(str, built))))
        else:
            (terms, site_files), = built
            if terms != n:
                notes.append("%d terms: the tool reported building %d terms" % (n, terms))
        if floors and int(floors[0]["files"]) != n:
            notes.append("%d terms: the C floor found %s .md files" % (n, floors[0]["files"]))
        for i, r in enumerate(runs, 1):
            if abs(r["wall"] - r["elapsed"]) > 0.05 + 0.02 * r["wall"]:
                notes.append("%d terms run %d: wall %.3f s but GNU time says %.2f s"
                             % (n, i, r["wall"], r["elapsed"]))
    print(fmt_table(header, rows))
    print()
    print("wall: median elapsed time of the whole process (start to exit), measured around\n"
          "/usr/bin/time -v; spread: fastest-slowest run; user+sys: median CPU seconds over all\n"
          "threads; peak RSS: median maximum resident set size; files / MB written: what the\n"
          "output folder holds after a build; HTML > 1 MB: pages over 2^20 bytes (most of any\n"
          "run); sitemaps: sitemap*.xml files; C floor: median time of cmark alone (read, parse,\n"
          "render every body, one core, nothing written); MB = 2^20 bytes.")
    for note in notes:
        print("note: " + note)
    print_peer(args.results, sorted(data))

    # Stage breakdown for 10k, or the largest size <= 10k that ran (else the smallest).
    if data:
        small = [n for n in data if n <= 10000]
        pick = max(small) if small else min(data)
        runs, floors = data[pick]
        names = []
        for r in runs:
            for name, _ in r["stages"]:
                if name not in names:
                    names.append(name)
        if names:
            total_name = "total" if "total" in names else None
            total = statistics.median(dict(r["stages"]).get("total", 0.0) for r in runs) if total_name else None
            srows = []
            for name in names:
                values = [dict(r["stages"])[name] for r in runs if name in dict(r["stages"])]
                med = statistics.median(values)
                share = "%.0f%%" % (100 * med / total) if total and not name.startswith(" ") else ""
                srows.append([name, "%.1f" % (med * 1000), "%.1f-%.1f" % (min(values) * 1000, max(values) * 1000), share])
            print()
            print("--timings for %d terms (median of %d run%s; stages are wall time inside the process):"
                  % (pick, len(runs), "" if len(runs) == 1 else "s"))
            print(fmt_table(["stage", "ms", "spread ms", "of total"], srows,
                            right=[False, True, True, True]))
            if floors:
                print("(C floor for the same corpus: %.1f ms)"
                      % (1000 * statistics.median(float(f["seconds"]) for f in floors)))

    print()
    print("Targets, for reference (not checked): "
          + "; ".join("%dk ≤ %g s / %s" % (t // 1000, w, "%d MB" % m if m < 1024 else "%g GB" % (m / 1024))
                      for t, w, m in TARGETS)
          + "; 10k wall within %gx of the C floor." % FLOOR_RATIO_TARGET)


if __name__ == "__main__":
    main()
