#!/usr/bin/env python3
"""Derives data/living_costs.toml: US state price levels from the BEA Regional Price Parities in
shared/data, plus the hand-sourced national figures listed in SOURCED below.

Usage: tools/derive_living_costs.py --shared ../shared/data [--year 2023] [--out data/living_costs.toml]

US monthly living cost of a state = the national baseline (BLS Consumer Expenditure Survey, see
BASELINE) x the state's RPP "All items" / 100; the product computes it at load time so the file keeps
the two inputs apart. Standard library only.
"""
import argparse
import csv
import os
import sys

USPS = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE",
    "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA",
    "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN",
    "28": "MS", "29": "MO", "30": "MT", "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM",
    "36": "NY", "37": "NC", "38": "ND", "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI",
    "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA",
    "54": "WV", "55": "WI", "56": "WY",
}

# Cities of US programs in the catalog, and their state (so a program's city finds its state's RPP).
US_CITIES = {
    "Ann Arbor": "MI", "Atlanta": "GA", "Austin": "TX", "Baltimore": "MD", "Berkeley": "CA",
    "Boulder": "CO", "Cambridge": "MA", "Evanston": "IL", "Hempstead": "NY", "Houston": "TX",
    "La Jolla (San Diego)": "CA", "San Diego": "CA", "Milwaukee": "WI", "New York": "NY",
    "Philadelphia": "PA", "Pittsburgh": "PA", "Salt Lake City": "UT", "San Antonio": "TX",
    "San Jose (Silicon Valley campus)": "CA", "San Jose": "CA", "San Marcos": "TX", "Seattle": "WA",
    "Stanford": "CA", "Stephenville": "TX", "Tempe": "AZ", "Urbana-Champaign": "IL", "Urbana": "IL",
    "Champaign": "IL", "Los Angeles": "CA", "Chicago": "IL", "Boston": "MA", "Durham": "NC",
    "Princeton": "NJ", "New Haven": "CT", "Ithaca": "NY", "Madison": "WI", "Minneapolis": "MN",
    "Columbus": "OH", "Chapel Hill": "NC", "Charlottesville": "VA", "Amherst": "MA",
}

BASELINE = {
    "monthly": round(77280 / 2.5 / 12),
    "currency": "USD",
    "year": 2023,
    "formula": "BLS CE 2023 average annual expenditures per consumer unit $77,280 / 2.5 persons per consumer unit / 12 months",
    "url": "https://www.bls.gov/news.release/cesan.nr0.htm",
    "url2": "https://www.bls.gov/cex/tables/calendar-year/mean/cu-vets-2023.htm",
    "note": "Consumer Expenditures--2023 (USDL-24-1862): $77,280 per consumer unit; 2.5 people per consumer unit "
            "(CE 2023 table, all consumer units). A per-person average over all households, not a student budget.",
}

# National or city figures published by governments as the minimum living cost of a student.
SOURCED = [
    ("GB", "London", 1483, "GBP", 2025,
     "https://www.gov.uk/student-visa/money",
     "UK Student visa financial requirement: GBP 1,483 a month for courses in London (from 2 January 2025); "
     "also reported at https://pollstereducation.com/blog-post/uk-visa--living-costs-inside-vs-outside-london---2025"),
    ("GB", "", 1136, "GBP", 2025,
     "https://www.gov.uk/student-visa/money",
     "UK Student visa financial requirement: GBP 1,136 a month for courses outside London (from 2 January 2025)"),
    ("DE", "", 992, "EUR", 2025,
     "https://welcareoverseas.com/how-much-money-is-needed-for-a-german-student-visa",
     "German student visa proof of financial resources (blocked account): EUR 11,904 a year = EUR 992 a month "
     "(third-party page restating the German government's amount in force since September 2024)"),
    ("CA", "", round(22895 / 12), "CAD", 2025,
     "https://www.visasandtravels.com/canada-increases-study-permit-living-expense-requirement-to-22895",
     "IRCC study permit cost-of-living requirement for a single applicant outside Quebec: CAD 22,895 a year "
     "from 1 September 2025 (third-party page), divided by 12"),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--year", type=int, default=2023)
    ap.add_argument("--out", default="-")
    args = ap.parse_args()
    path = os.path.join(args.shared, "bea-rpp", "rpp_state_2008_2023_long.csv")
    states = []
    with open(path, newline="", encoding="utf-8") as f:
        for line_no, row in enumerate(csv.DictReader(f), start=2):
            if int(row["year"]) != args.year:
                continue
            fips = row["geofips"][:2]
            if fips == "00":
                continue
            if fips not in USPS:
                sys.exit(f"{path}:{line_no}: unknown state FIPS {row['geofips']}")
            try:
                rpp = float(row["rpp_all_items"])
            except ValueError:
                sys.exit(f"{path}:{line_no}: rpp_all_items is not a number: {row['rpp_all_items']!r}")
            states.append((USPS[fips], row["geo_name"], rpp))
    if len(states) != 51:
        sys.exit(f"{path}: expected 51 states+DC for {args.year}, found {len(states)}")

    out = []
    w = out.append
    w("# Living costs: derived by tools/derive_living_costs.py. Do not edit by hand: re-run the tool.")
    w("# US states: monthly = [us_baseline].monthly x rpp / 100 (BEA RPP All items, U.S. = 100).")
    w("# Other countries: only figures a government publishes; anything else is unknown.")
    w("# Format: docs/DATA.md, section \"Money data files\".")
    w("")
    w("[us_baseline]")
    for k in ("monthly", "currency", "year", "formula", "url", "url2", "note"):
        v = BASELINE[k]
        w(f"{k} = {v}" if isinstance(v, (int, float)) else f'{k} = "{v}"')
    w("")
    w("[rpp]")
    w(f"year = {args.year}")
    w('url = "https://apps.bea.gov/regional/downloadzip.htm"')
    w('attribution = "U.S. Bureau of Economic Analysis, Regional Price Parities by state (SARPP), All items"')
    w("")
    for code, name, rpp in sorted(states):
        w("[[us_state]]")
        w(f'code = "{code}"')
        w(f'name = "{name}"')
        w(f"rpp = {rpp:.3f}")
        w("")
    for city, st in sorted(US_CITIES.items()):
        w("[[us_city]]")
        w(f'city = "{city}"')
        w(f'state = "{st}"')
        w("")
    for country, city, monthly, cur, year, url, note in SOURCED:
        w("[[country]]")
        w(f'country = "{country}"')
        if city:
            w(f'city = "{city}"')
        w(f"monthly = {monthly}")
        w(f'currency = "{cur}"')
        w(f"year = {year}")
        w(f'url = "{url}"')
        w(f'note = "{note}"')
        w("")
    text = "\n".join(out)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
