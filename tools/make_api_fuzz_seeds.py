#!/usr/bin/env python3
"""Writes fuzz/api_corpus/: one seed file per request body of the API tests.

The first byte of a seed picks the route (the order of kTargets in fuzz/api_fuzz.cpp);
the rest is the body. Profiles come from the persona files the API tests send.
Run from the repository root: python3 tools/make_api_fuzz_seeds.py
"""
import json
import pathlib
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "api_corpus"
ROUTES = ["assess", "rank", "cost", "roi", "decide", "profiles", "profiles_put",
          "profiles_import", "shortlist", "applications_put", "compare_ids", "programs_keyword"]
PERSONAS = ROOT / "tests" / "fit" / "personas"


def persona(name):
    return tomllib.loads((PERSONAS / f"{name}.toml").read_text())


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if not old.name.startswith("regression-"):  # inputs that once crashed the target stay
            old.unlink()
    analyst, cs = persona("analyst_small_budget"), persona("cs_grad_low_gpa_no_gre")
    seeds = {
        "assess": [{"profile": analyst}, {"profile": cs, "programs": ["cmu-msml"],
                                          "what_if": ["gre.quant=165"]}, {"what_if": ["gre.quant"]}],
        "rank": [{"profile": analyst}, {"weights": {"cost": 3, "outcomes": 2, "admissions": 1}},
                 {"method": "topsis", "samples": 200, "seed": 1}, {"criteria_order": ["cost", "cost"]},
                 {"profile": {"education": {"gpa": 5.2}}}, {"profile_id": 1}],
        "cost": [{"program": "gatech-omscs", "salary": 90000, "country": "US"},
                 {"program": "cmu-msml", "relocate": "maybe"}, {"program": "northwestern-msai"}],
        "roi": [{"program": "cmu-msml", "completion": 2}, {"program": "gatech-omscs", "profile": cs}],
        "decide": [{"alternatives": ["A", "B"], "criteria": ["price", "fun"],
                    "types": ["cost", "benefit"], "matrix": [[100, 3], [80, None]],
                    "weights": [1, 2], "method": "topsis", "missing": "sample",
                    "samples": 100, "seed": 1},
                   {"alternatives": ["A", "B"], "criteria": ["p"], "types": ["cost"],
                    "matrix": [[1], ["x"]], "method": "weighted", "missing": "penalise"}],
        "profiles": [analyst, {"name": "profile 1"}],
        "profiles_put": [cs, {"name": "renamed", "education": {"gpa": 3.1}}],
        "profiles_import": [(PERSONAS / "international_no_english_test.toml").read_text(),
                            "[education]\ngpa = \"high\"\n"],
        "shortlist": [{"program_id": "gatech-omscs", "note": "cheap, online"},
                      {"program_id": "nope"}],
        "applications_put": [{"deadline": {"date": "2027-01-20"}, "status": "preparing"},
                             {"checklist": {"letters": [{"who": "Prof. A", "sent": True}]},
                              "notes": "x", "figures": {"fee_paid": {"amount": 90, "currency": "USD"}}},
                             {"deadline": {"date": "2027-02-30"}}],
        "compare_ids": ["cmu-msml,gatech-omscs", "cmu-msml,nope,,"],
        "programs_keyword": ["machine learning", "%00"],
    }
    for route, bodies in seeds.items():
        for n, body in enumerate(bodies):
            text = body if isinstance(body, str) else json.dumps(body)
            (OUT / f"{route}-{n}").write_bytes(bytes([ROUTES.index(route)]) + text.encode())


if __name__ == "__main__":
    main()
