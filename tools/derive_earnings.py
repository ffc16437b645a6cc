#!/usr/bin/env python3
"""Derives data/earnings.toml from the College Scorecard field-of-study extract in shared/data.

Usage: tools/derive_earnings.py --shared ../shared/data [--out data/earnings.toml]

Reads scorecard-fos/scorecard_fos_cs_ds_stats.csv (see its PROVENANCE.md) and writes:

1. The master's-over-bachelor's earnings ratio in computer science, data science and statistics:
   for every institution x 4-digit CIP that reports BOTH a master's (CREDLEV 5) and a bachelor's
   (CREDLEV 3) median earnings 4 years after completion, the ratio master's / bachelor's; the file
   keeps the number of pairs and the p10, p25, p50, p75 and p90 of the ratios (unweighted, one
   vote per institution x CIP). Suppressed cells are skipped, never imputed.
2. Per field of a bachelor's degree, the median across institutions of the bachelor's median
   earnings 1 year after completion (the counterfactual of a student with no salary).

The BLS "education pays" check figures are constants below (they are not in shared/data): they
are written into the file with their URL so the model and docs/METHODS.md can cite them.
Standard library only.
"""
import argparse
import csv
import os
import statistics

RELEASE = "2026-06-10"
URL = "https://collegescorecard.ed.gov/data/"
ATTRIBUTION = ("College Scorecard (U.S. Department of Education), via Truewise "
               "(github.com/ndranandraj/truewise)")
# Profile field of a bachelor's -> the 4-digit CIPs whose bachelor's rows stand for it.
FIELDS = [
    ("computer_science", ["1101", "1102", "1103", "1104", "1105", "1106", "1107", "1108", "1109",
                          "1110", "1199"], "CIP 11.xx Computer and Information Sciences"),
    ("computer_engineering", ["1409"], "CIP 14.09 Computer Engineering"),
    ("statistics", ["2705"], "CIP 27.05 Statistics"),
    ("data_science", ["3070", "3071"], "CIP 30.70 Data Science and 30.71 Data Analytics"),
]
# BLS, Career Outlook "Measuring the value of education" (April 2018): median usual weekly
# earnings in 2017 of full-time wage and salary workers age 25 and over.
BLS = {"year": 2017, "master_weekly": 1401, "bachelor_weekly": 1173,
       "url": "https://www.bls.gov/careeroutlook/2018/data-on-display/education-pays.htm"}


def number(text):
    text = (text or "").strip()
    return float(text) if text else None


def quantile(values, q):
    v = sorted(values)
    pos = q * (len(v) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", required=True, help="path to shared/data")
    ap.add_argument("--out", default="-")
    args = ap.parse_args()
    path = os.path.join(args.shared, "scorecard-fos", "scorecard_fos_cs_ds_stats.csv")
    cells = {}
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows.append(row)
            cells.setdefault((row["UNITID"], row["CIPCODE"]), {})[row["CREDLEV"]] = row
    ratios = []
    for levels in cells.values():
        if "3" in levels and "5" in levels:
            b = number(levels["3"]["EARN_MDN_4YR"])
            m = number(levels["5"]["EARN_MDN_4YR"])
            if b and m:
                ratios.append(m / b)
    out = []
    w = out.append
    w("# Earnings with and without a master's: derived by tools/derive_earnings.py from the College")
    w("# Scorecard field-of-study extract (shared/data/scorecard-fos, release %s), plus the BLS" % RELEASE)
    w("# \"education pays\" figures it is checked against. Do not edit by hand: re-run the tool.")
    w("# Format: docs/DATA.md, section \"Money data files\"; use: docs/METHODS.md, \"Earnings model\".")
    w("")
    w("[meta]")
    w('derived_by = "tools/derive_earnings.py"')
    w('release = "%s"' % RELEASE)
    w('url = "%s"' % URL)
    w('attribution = "%s"' % ATTRIBUTION)
    w("")
    w("# Ratio of an institution's master's median earnings to its bachelor's median earnings in the")
    w("# same 4-digit CIP, 4 years after completion, over every institution x CIP reporting both.")
    w("[premium]")
    w('measure = "master\'s / bachelor\'s median earnings 4 years after completion, same institution and 4-digit CIP (CIPs of the extract: 11.xx, 14.09, 14.10, 27.05, 30.08, 30.70, 30.71)"')
    w("pairs = %d" % len(ratios))
    for q, name in [(0.1, "p10"), (0.25, "p25"), (0.5, "p50"), (0.75, "p75"), (0.9, "p90")]:
        w("%s = %.3f" % (name, quantile(ratios, q)))
    w("")
    w("# BLS check: median usual weekly earnings, full-time workers age 25+, all fields.")
    w("[bls_education_pays]")
    w("year = %d" % BLS["year"])
    w("master_weekly = %d" % BLS["master_weekly"])
    w("bachelor_weekly = %d" % BLS["bachelor_weekly"])
    w('url = "%s"' % BLS["url"])
    for field, cips, what in FIELDS:
        values = [number(r["EARN_MDN_1YR"]) for r in rows
                  if r["CREDLEV"] == "3" and r["CIPCODE"] in cips and number(r["EARN_MDN_1YR"])]
        if not values:
            continue
        w("")
        w("[[bachelor_earnings]]")
        w('field = "%s"' % field)
        w('cips = "%s"' % what)
        w("institutions = %d" % len(values))
        w("median_1yr = %.0f" % statistics.median(values))
    text = "\n".join(out) + "\n"
    if args.out == "-":
        print(text, end="")
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
