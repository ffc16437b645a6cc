#!/usr/bin/env python3
"""Derives data/wages.toml from the BLS OEWS national extract in shared/data.

Usage: tools/derive_wages.py --shared ../shared/data [--year 2025] [--out data/wages.toml]

Reads bls-oews/oews_national_tech_roles_2020_2025.csv (see its PROVENANCE.md) and writes, for the
SOC codes gradfit maps target roles to, the annual mean and the p10/p25/p50/p75/p90 wages of one
OEWS year. A percentile published as "#" (at or above the top-coding cap) or "*" is written as
absent, never as a number. Standard library only.
"""
import argparse
import csv
import os
import sys

SOC_CODES = ["00-0000", "15-1221", "15-1243", "15-1252", "15-2051"]
# role -> (SOC, why); the reasons are repeated in docs/METHODS.md.
ROLES = [
    ("ml_engineer", "15-1252",
     "BLS has no ML-engineer code; O*NET 15-1252 Software Developers covers designing and shipping software, "
     "which is what an ML engineer does with models (15-2051 covers analysis rather than shipping)"),
    ("data_scientist", "15-2051", "O*NET 15-2051 Data Scientists"),
    ("data_engineer", "15-1243",
     "O*NET 15-1243 Database Architects includes 15-1243.01 Data Warehousing Specialists (pipelines, warehouses)"),
    ("ai_ml_software_engineer", "15-1252", "O*NET 15-1252 Software Developers"),
    ("research_scientist", "15-1221", "O*NET 15-1221 Computer and Information Research Scientists"),
]
URL = "https://www.bls.gov/oes/"
ATTRIBUTION = "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"


def number(text):
    text = text.strip().replace(",", "")
    if text in ("", "*", "#", "**", "~"):
        return None
    return float(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", required=True, help="path to shared/data")
    ap.add_argument("--year", type=int, default=2025)
    ap.add_argument("--out", default="-")
    args = ap.parse_args()
    path = os.path.join(args.shared, "bls-oews", "oews_national_tech_roles_2020_2025.csv")
    rows = {}
    with open(path, newline="", encoding="utf-8") as f:
        for line_no, row in enumerate(csv.DictReader(f), start=2):
            if int(row["oews_year"]) != args.year or row["soc_code"] not in SOC_CODES:
                continue
            try:
                rows[row["soc_code"]] = {
                    "title": row["occupation_title"],
                    "mean": number(row["annual_mean_wage"]),
                    "p10": number(row["annual_p10"]),
                    "p25": number(row["annual_p25"]),
                    "p50": number(row["annual_median"]),
                    "p75": number(row["annual_p75"]),
                    "p90": number(row["annual_p90"]),
                }
            except ValueError as e:
                sys.exit(f"{path}:{line_no}: bad number: {e}")
    missing = [c for c in SOC_CODES if c not in rows]
    if missing:
        sys.exit(f"{path}: year {args.year} lacks SOC codes {missing}")

    out = []
    w = out.append
    w("# Wages by occupation: derived by tools/derive_wages.py from the BLS OEWS national file")
    w(f"# (shared/data/bls-oews/oews_national_tech_roles_2020_2025.csv, May {args.year}). Do not edit by hand:")
    w("# re-run the tool. Format: docs/DATA.md, section \"Money data files\".")
    w("")
    w("[meta]")
    w(f'derived_by = "tools/derive_wages.py --year {args.year}"')
    w('currency = "USD"')
    w("")
    for code in SOC_CODES:
        r = rows[code]
        w("[[occupation]]")
        w(f'soc = "{code}"')
        w(f'title = "{r["title"]}"')
        w(f"year = {args.year}")
        for key in ("mean", "p10", "p25", "p50", "p75", "p90"):
            if r[key] is not None:
                w(f"{key} = {r[key]:.0f}")
        w(f'url = "{URL}"')
        w(f'attribution = "{ATTRIBUTION}"')
        w("")
    for role, soc, why in ROLES:
        w("[[role]]")
        w(f'id = "{role}"')
        w(f'soc = "{soc}"')
        w(f'why = "{why}"')
        w("")
    # Reference figures quoted by the domain brief (2026 career guide), with the sources it names.
    refs = [
        ("linkedin_2022_ml_engineer_range", "ml_engineer", None, 72600, 170000, 2022,
         "LinkedIn Jobs on the Rise 2022 (as quoted by the 2026 career guide in the domain brief)"),
        ("indeed_ml_engineer_average", "ml_engineer", 124059, None, None, 0,
         "Indeed US average ML-engineer salary (as quoted by the 2026 career guide in the domain brief)"),
        ("bls_2021_all_occupations_mean", "all_occupations", 58260, None, None, 2021,
         "BLS OEWS May 2021 mean annual wage, all occupations (also in the OEWS file: 00-0000, 2021)"),
    ]
    for rid, role, mean, low, high, year, src in refs:
        w("[[reference]]")
        w(f'id = "{rid}"')
        w(f'role = "{role}"')
        if mean is not None:
            w(f"mean = {mean}")
        if low is not None:
            w(f"low = {low}")
            w(f"high = {high}")
        if year:
            w(f"year = {year}")
        w(f'source = "{src}"')
        w("")
    text = "\n".join(out)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
