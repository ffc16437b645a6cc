#!/usr/bin/env python3
"""One-off bootstrap: convert the team's shared program records into catalog TOML.

Reads <shared>/programs/*.json (83 records gathered from stored public pages, see
their PROVENANCE.md / SOURCES.md) and <shared>/universities/world_universities_and_domains.json,
<shared>/csrankings/institutions.csv, and writes

    <out>/programs/<id>.toml     one file per program
    <out>/institutions.toml      every institution the programs name

in the catalog format of docs/DATA.md ("Catalog files").

This script was run ONCE to seed data/. The TOML files were then corrected and extended by hand
from first-party pages; re-running it would overwrite those edits. Keep it only as a record of
how the seed was made (use --out to write somewhere else). Hand edits after the import include:
tuition without an academic year and [outcomes] without a year turned into comments (the loader
requires both years), and a city whose source differs from the identity source turned into a
comment (the loader does not read a top-level source_for).

Rules applied (each one is a decision about the shared records, stated here so it can be checked):
  * Every filled JSON field keeps the sources that the record's `sources[].fields` name for it
    (`source` on the table, `source_for` per key when a key's sources differ from the table's).
  * Identity keys (name, label, url) are sourced by the sources naming `program_name` or `url`
    (else the record's first source). The program's `country` is written only when it differs
    from its institution's; `city` only when a source names `city` (the shared records filled
    city from the institution's location without a source).
  * first_party: the URL's host equals or ends with "." + one of the institution's official
    domains (the universities list's `domains`, the hosts of its `web_pages`, plus the few
    EXTRA_DOMAINS below). Proxy/mirror URLs that embed an official address get a note.
  * page_date: the first YYYY[-MM[-DD]] in the free text ("2016-2017" -> 2016); the full free
    text is kept in the source's note. Records give no retrieval date: retrieved = RETRIEVED
    with SHARED_NOTE.
  * Deadlines need a full date (YYYY-MM-DD). Year-less ones ("February 1") are kept only as TOML
    comments, never turned into dates; start dates and examples are not deadlines.
  * Credits units: free text mapped by CREDIT_UNIT_RULES; anything else is "units" with no
    conversion (unknown). Tuition academic year: the first "YYYY-YY" / "YYYY/YY" / "YYYY" in the
    text; the rest of the text goes to tuition.note.
  * Prerequisites: the original wording goes to prerequisites_text; subject ids come from
    PREREQ_KEYWORDS (regex over the wording).

Usage: tools/import_shared_programs.py --shared ../shared/data [--out data]
"""

import argparse
import csv
import glob
import json
import os
import re
import sys
from urllib.parse import urlparse, unquote

RETRIEVED = "2026-11-25"
SHARED_NOTE = ("read from the team's shared record set on 2026-11-25; "
               "the page itself was read on or before that date")

# Program id renames (shared id -> catalog id).
RENAMES = {"gatech-omscs-ml": "gatech-omscs"}

# Institution table: JSON `institution` prefix -> (id, universities `name`, CSRankings name).
# None = the institution is not in that data set (checked by hand against both files).
INSTITUTIONS = [
    ("Aalto University", "aalto", "Aalto University", "Aalto University"),
    ("Australian Catholic University", "acu", "Australian Catholic University", None),
    ("African Institute for Mathematical Sciences", "aims", None, None),
    ("Arizona State University", "asu", "Arizona State University", "Arizona State University"),
    ("University of California, Berkeley", "berkeley", "University of California, Berkeley",
     "Univ. of California - Berkeley"),
    ("Boğaziçi University", "bogazici", "Boğaziçi University", "Boğaziçi University"),
    ("University of Cambridge", "cambridge", "University of Cambridge", "University of Cambridge"),
    ("City University of Seattle", "cityu-seattle", "City University", None),
    ("Carnegie Mellon University", "cmu", "Carnegie Mellon University", "Carnegie Mellon University"),
    ("Columbia University", "columbia", "Columbia University", "Columbia University"),
    ("Cornell University", "cornell", "Cornell University", "Cornell University"),
    ("University of Colorado Boulder", "cuboulder", "University of Colorado at Boulder",
     "University of Colorado Boulder"),
    ("CUNY Graduate Center", "cuny", "City University of New York", "CUNY"),
    ("Université Paris Dauphine - PSL", "dauphine", "Université Paris-Dauphine (Paris IX)",
     "Université Paris Dauphine"),
    ("Drexel University", "drexel", "Drexel University", "Drexel University"),
    ("University of Edinburgh", "edinburgh", "University of Edinburgh", "University of Edinburgh"),
    ("EPFL", "epfl", "EPFL - EPF Lausanne", "EPFL"),
    ("ETH Zurich", "ethz", "ETHZ - ETH Zurich", "ETH Zurich"),
    ("Georgia Institute of Technology", "gatech", "Georgia Institute of Technology",
     "Georgia Institute of Technology"),
    ("Harvard University", "harvard", "Harvard University", "Harvard University"),
    ("Heriot-Watt University", "heriotwatt", "Heriot-Watt University", "Heriot-Watt University"),
    ("The University of Hong Kong", "hku", "The University of Hong Kong", "University of Hong Kong"),
    ("The Hong Kong University of Science and Technology", "hkust",
     "The Hong Kong University of Science and Technology", "HKUST"),
    ("Hofstra University", "hofstra", "Hofstra University", None),
    ("Indian Institute of Information Technology Allahabad", "iiita",
     "Indian Institute of Information Technology Allahabad", None),
    ("Indian Institute of Information Technology Sri City", "iiits",
     "Indian Institute of Information Technology Sri City", None),
    ("Indian Institute of Science", "iisc", "Indian Institute of Science", "IISc Bangalore"),
    ("Indian Institute of Technology Madras", "iitm", "Indian Institute of Technology, Madras",
     "IIT Madras"),
    ("Imperial College London", "imperial", "Imperial College London", "Imperial College London"),
    ("Johns Hopkins University", "jhu", "Johns Hopkins University", "Johns Hopkins University"),
    ("KAIST", "kaist", "Korea Advanced Institute of Science & Technology", "KAIST"),
    ("KTH Royal Institute of Technology", "kth", "KTH Royal Institute of Technology",
     "KTH Royal Institute of Technology"),
    ("KU Leuven", "kuleuven", "Katholieke Universiteit Leuven", "KU Leuven"),
    # Loughborough University London is Loughborough University's London campus.
    ("Loughborough University", "loughborough", "Loughborough University", "Loughborough University"),
    ("London Metropolitan University", "londonmet", "London Metropolitan University", None),
    ("Mahidol University", "mahidol", "Mahidol University", None),
    ("Mohamed bin Zayed University of Artificial Intelligence", "mbzuai",
     "Mohamed bin Zayed University of Artificial Intelligence (MBZUAI)", None),
    ("Milwaukee School of Engineering", "msoe", "Milwaukee School of Engineering", None),
    ("Northeastern University", "northeastern", "Northeastern University", "Northeastern University"),
    ("Northwestern University", "northwestern", "Northwestern University", "Northwestern University"),
    ("Nanyang Technological University", "ntu", "Nanyang Technological University",
     "Nanyang Technological University"),
    ("National University of Singapore", "nus", "National University of Singapore",
     "National University of Singapore"),
    ("New York University", "nyu", "New York University", "New York University"),
    ("University of Pennsylvania", "penn", "University of Pennsylvania", "University of Pennsylvania"),
    ("University of Groningen", "groningen", "University of Groningen", "University of Groningen"),
    ("Seoul National University", "snu", "Seoul National University", "Seoul National University"),
    ("University of Southampton", "southampton", "University of Southampton",
     "University of Southampton"),
    ("Stanford University", "stanford", "Stanford University", "Stanford University"),
    ("Tarleton State University", "tarleton", "Tarleton State University", None),
    ("Tecnológico de Monterrey", "tec", "Tecnologico de Monterrey", None),
    ("University of Tübingen", "tuebingen", "Eberhard-Karls-Universität Tübingen",
     "University of Tübingen"),
    ("Hamburg University of Technology", "tuhh", "Technische Universität Hamburg",
     "Hamburg University of Technology"),
    ("Technical University of Munich", "tum", "Technische Universität München", "TU Munich"),
    ("Texas State University", "txstate", "Texas State University", "Texas State University"),
    ("University of British Columbia", "ubc", "University of British Columbia",
     "University of British Columbia"),
    ("University College London", "ucl", "University College London, University of London",
     "University College London"),
    ("University of California San Diego", "ucsd", "University of California, San Diego",
     "Univ. of California - San Diego"),
    ("University of Houston-Downtown", "uhd", "University of Houston-Downtown", None),
    ("University of Illinois Urbana-Champaign", "uiuc", "University of Illinois Urbana-Champaign",
     "Univ. of Illinois at Urbana-Champaign"),
    ("University of Michigan", "umich", "University of Michigan - Ann Arbor", "University of Michigan"),
    ("The University of Melbourne", "unimelb", "University of Melbourne", "University of Melbourne"),
    ("University of London", "uol", "University of London", None),
    ("The University of Texas at Austin", "utaustin", "The University of Texas at Austin",
     "University of Texas at Austin"),
    ("University of Toronto", "utoronto", "University of Toronto", "University of Toronto"),
    ("Utrecht University", "utrecht", "Utrecht University", "Utrecht University"),
    ("The University of Texas at San Antonio", "utsa", "The University of Texas at San Antonio",
     "University of Texas at San Antonio"),
    ("University of Amsterdam", "uva", "University of Amsterdam", "University of Amsterdam"),
    ("University of Washington", "uw", "University of Washington", "University of Washington"),
    ("Western Governors University", "wgu", "Western Governors University", None),
]

# Official domains the universities list lacks (checked by hand: these are the institutions'
# own sites). Dauphine publishes on psl.eu; IIIT Allahabad's site is iiita.ac.in; AIMS AMMI's
# is aimsammi.org (AIMS is not in the universities list at all).
EXTRA_DOMAINS = {
    "dauphine": ["dauphine.psl.eu"],
    "iiita": ["iiita.ac.in"],
    "aims": ["aimsammi.org", "aims.ac.rw"],
}

# Free-text credit unit -> catalog credit_unit (first matching rule wins).
CREDIT_UNIT_RULES = [
    (r"\bECTS\b|\bEC\b", "ects"),
    (r"UK credits|\bCATS\b", "uk_credits"),
    (r"quarter", "us_quarter_units"),
    (r"semester (credit )?hours|semester credits|semester units", "us_semester_hours"),
    (r"^credit hours", "us_semester_hours"),  # US "credit hours" = semester hours (US records only)
    (r"^courses", "courses"),
]

# Prerequisite subject id -> regex over the program's wording (case-insensitive).
# Degree subjects: cs_degree = a computing bachelor's is asked for or named first among accepted
# degrees; quantitative_degree = a maths/statistics/engineering/physics/STEM bachelor's is accepted.
PREREQ_KEYWORDS = {
    "programming": r"programming|python|\bjava\b|c\+\+|coding|\bOOP\b|object-oriented|software concepts|intro(duction)? to computer science",
    "data_structures": r"data structures?",
    "algorithms": r"algorithm",
    "discrete_math": r"discrete math",
    "calculus": r"calculus",
    "multivariable_calculus": r"multivariat\w* calculus|multi-?d\)|multivariable|calculus of several|vector calculus|multi-d",
    "linear_algebra": r"linear algebra",
    "probability": r"probabilit",
    "statistics": r"statistic",
    "machine_learning": r"machine learning",
    "databases": r"database",
    "systems": r"operating systems|computer systems|computer organi[sz]ation|computer architecture|\bsystems, ",
    "cs_degree": r"(degree|bachelor|B\.?Tech|B\.E\.|BA/BS|honours)[^|;]{0,60}(computer science|\bCS\b|computing|\bCSE\b|informatics|\bIT\b)",
    "quantitative_degree": r"(degree|bachelor|B\.?Tech|B\.E\.|BA/BS|STEM)[^|;]{0,80}(mathematic|statistic|engineering|physics|quantitative|STEM|\bmath\b)|quantitative field",
}

# Records where the keyword scan misreads the wording (a subject named only inside a list of
# accepted degrees, or "any major"): the subject ids set by hand after reading the text.
PREREQ_OVERRIDES = {
    "snu-gsds-ms": [],  # "any undergraduate major"
    "utaustin-msds-online": ["cs_degree", "quantitative_degree"],  # degrees "recommended"
    "cuny-gc-msds": ["cs_degree", "quantitative_degree"],  # statistics is a degree here
    "dauphine-m2-mash": ["quantitative_degree"],  # an M1 in mathematics
}


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def toml_str(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + out + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)  # keeps "3.0": a float key stays a TOML float
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_val(x) for x in v) + "]"
    raise TypeError(v)


def source_value(ids):
    return toml_val(ids[0] if len(ids) == 1 else ids)


def parse_date(text):
    """First YYYY[-MM[-DD]] in free text; '2016-2017' is a year range -> '2016'."""
    if not text:
        return None
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if m:
        return m.group(0)
    m = re.search(r"\b(\d{4})-(\d{2})\b(?!\d)", text)
    if m and 1 <= int(m.group(2)) <= 12:
        return m.group(0)
    months = {m: i + 1 for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"])}
    m = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|"
                  r"November|December) (\d{4})\b", text)
    if m:
        return "%s-%02d" % (m.group(2), months[m.group(1).lower()])
    m = re.search(r"\b(19|20)\d{2}\b", text)
    return m.group(0) if m else None


def host_of(url):
    return (urlparse(url).hostname or "").lower().rstrip(".")


class Universities:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.rows = json.load(f)

    def find(self, name, country=None):
        hits = [r for r in self.rows if r["name"] == name]
        if country:
            hits = [r for r in hits if r["alpha_two_code"] == country] or hits
        return hits[0] if hits else None


def official_domains(inst_id, uni):
    doms = set(EXTRA_DOMAINS.get(inst_id, []))
    if uni:
        doms.update(d.lower() for d in uni["domains"])
        for page in uni["web_pages"]:
            h = host_of(page)
            doms.add(h[4:] if h.startswith("www.") else h)
    return doms


def on_domain(host, doms):
    return any(host == d or host.endswith("." + d) for d in doms)


def embedded_official(url, doms):
    """A proxy/mirror URL that carries an official address inside its path or query."""
    rest = unquote(url.split("//", 1)[-1].split("/", 1)[-1] if "/" in url else "")
    for d in sorted(doms):
        if re.search(r"(^|[/.=%])" + re.escape(d) + r"(/|$)", rest):
            return d
    return None


def credit_unit(unit_text, country):
    for pattern, unit in CREDIT_UNIT_RULES:
        if re.search(pattern, unit_text, re.I):
            if unit == "us_semester_hours" and pattern.startswith("^credit") and country != "US":
                continue
            return unit
    return "units"


def prereq_subjects(items):
    text = " || ".join(items)
    found = [sid for sid, rx in PREREQ_KEYWORDS.items() if re.search(rx, text, re.I)]
    if "multivariable_calculus" in found and "calculus" not in found:
        found.append("calculus")
    order = list(PREREQ_KEYWORDS)
    return sorted(set(found), key=order.index)


def split_academic_year(text):
    """'2016-17 School of CS rate' -> ('2016-17', 'School of CS rate')."""
    if not text:
        return None, None
    m = re.search(r"\b(20\d{2}|19\d{2})\s*[-/–]\s*(\d{2,4})\b", text)
    if m:
        y1, y2 = m.group(1), m.group(2)
        ay = "%s-%s" % (y1, y2[-2:])
    else:
        m = re.search(r"\b(20\d{2})\b", text)
        if not m:
            return None, text.strip() or None
        ay = m.group(1)
    rest = (text[:m.start()] + text[m.end():]).strip()
    rest = re.sub(r"^\((.*)\)$", r"\1", rest).strip(" ;,")
    return ay, rest or None


def residency(text):
    t = (text or "").lower()
    if "same for residents and nonresidents" in t:
        return "all"
    if "out-of-state" in t:
        return "out_of_state"
    if "international" in t or "non-eu" in t:
        return "international"
    return None


class ProgramWriter:
    """Collects the TOML lines for one program."""

    def __init__(self, rec, inst, uni, out_id):
        self.rec = rec
        self.inst = inst
        self.uni = uni
        self.id = out_id
        self.src_ids = []      # per record source index -> catalog source id
        self.fields = []       # per record source index -> set of JSON field names
        self.lines = []

    def build_sources(self):
        doms = official_domains(self.inst["id"], self.uni)
        used = {}
        blocks = []
        for s in self.rec["sources"]:
            h = host_of(s["url"])
            base = slug(h[4:] if h.startswith("www.") else h) or "src"
            sid = base
            n = 2
            while sid in used:
                sid = "%s-%d" % (base, n)
                n += 1
            used[sid] = True
            self.src_ids.append(sid)
            self.fields.append(set(s["fields"]))
            first = on_domain(h, doms)
            notes = []
            if s.get("page_date"):
                notes.append("page date as recorded: " + s["page_date"])
            emb = None if first else embedded_official(s["url"], doms)
            if emb:
                notes.append("proxy or mirror of a page on " + emb + " (not the official host)")
            notes.append(SHARED_NOTE)
            b = ["[[sources]]", "id = " + toml_str(sid), "url = " + toml_str(s["url"]),
                 "first_party = " + toml_val(first), "retrieved = " + toml_str(RETRIEVED)]
            pd = parse_date(s.get("page_date"))
            if pd:
                b.append("page_date = " + toml_str(pd))
            b.append("note = " + toml_str("; ".join(notes)))
            blocks.append("\n".join(b))
        return blocks

    def sources_for(self, *names):
        """Catalog source ids naming any of the JSON field names (or a parent of them)."""
        out = []
        for sid, fl in zip(self.src_ids, self.fields):
            for n in names:
                parent = n.split(".")[0]
                if n in fl or parent in fl:
                    out.append(sid)
                    break
        return out

    def table(self, header, keyvals, comments=()):
        """keyvals: list of (key, value, [source ids]); writes source/source_for."""
        keyvals = [kv for kv in keyvals if kv[1] is not None]
        # A value no source names is not a fact: keep it only as a comment for the editor.
        unsourced = [kv for kv in keyvals if not kv[2]]
        keyvals = [kv for kv in keyvals if kv[2]]
        comments = list(comments) + ["not imported (the shared record names no source for it): %s = %s"
                                     % (k, toml_val(v)) for k, v, _ in unsourced]
        if not keyvals:
            if comments and unsourced:
                self.lines.append("")
                self.lines += ["# " + c for c in comments]
            return
        counts = {}
        for _, _, s in keyvals:
            counts[tuple(s)] = counts.get(tuple(s), 0) + 1
        main = list(max(counts, key=lambda k: (counts[k], len(k))))
        if header:
            self.lines.append("")
            self.lines.append(header)
        for c in comments:
            self.lines.append("# " + c)
        for k, v, _ in keyvals:
            self.lines.append("%s = %s" % (k, toml_val(v)))
        self.lines.append("source = " + source_value(main))
        over = [(k, s) for k, _, s in keyvals if list(s) != main]
        if over:
            inner = ", ".join("%s = %s" % (k, source_value(s)) for k, s in over)
            self.lines.append("source_for = { %s }" % inner)

    def render(self, inst_country):
        r = self.rec
        src_blocks = self.build_sources()
        ident = self.sources_for("program_name", "url") or [self.src_ids[0]]
        self.lines = ["# Seeded from the shared record %s.json by tools/import_shared_programs.py;"
                      % r["id"], "# edited by hand since (see docs/DATA.md)."]
        self.lines.append("id = " + toml_str(self.id))
        self.lines.append("institution = " + toml_str(self.inst["id"]))
        ident_kv = [("name", r["program_name"], ident), ("label", r["label_type"], ident)]
        if r.get("country") and r["country"] != inst_country:
            ident_kv.append(("country", r["country"], ident))
        city_src = self.sources_for("city")
        if r.get("city") and city_src:
            ident_kv.append(("city", r["city"], city_src))
        ident_kv.append(("url", r["url"], ident))
        for k, v, _ in ident_kv:
            self.lines.append("%s = %s" % (k, toml_val(v)))
        self.lines.append("source = " + source_value(ident))
        over = [(k, s) for k, _, s in ident_kv if s != ident]
        if over:
            self.lines.append("source_for = { %s }" % ", ".join(
                "%s = %s" % (k, source_value(s)) for k, s in over))
        self.lines.append("")
        self.lines.append("\n\n".join(src_blocks))

        # [structure]
        kv, comments = [], []
        if r.get("duration_months") is not None:
            kv.append(("duration_months", r["duration_months"], self.sources_for("duration_months")))
        cr = r.get("credits")
        if cr and cr.get("amount") is not None:
            s = self.sources_for("credits")
            unit = credit_unit(cr.get("unit") or "", r.get("country"))
            kv.append(("credits", cr["amount"], s))
            kv.append(("credit_unit", unit, s))
            comments.append("credits as worded by the source: %s %s" % (cr["amount"], cr.get("unit")))
        if r.get("options"):
            kv.append(("options", r["options"], self.sources_for("options")))
        if r.get("practicum_or_capstone"):
            kv.append(("practicum", r["practicum_or_capstone"],
                       self.sources_for("practicum_or_capstone")))
        self.table("[structure]", kv, comments)

        kv = []
        for jk, tk in (("core_courses", "core_courses"), ("elective_examples", "elective_examples"),
                       ("faculty_areas", "faculty_areas")):
            if r.get(jk):
                kv.append((tk, r[jk], self.sources_for(jk)))
        self.table("[curriculum]", kv)

        kv = []
        if r.get("modality"):
            kv.append(("formats", list(dict.fromkeys(r["modality"])), self.sources_for("modality")))
        if r.get("part_time_available") is not None:
            kv.append(("part_time", r["part_time_available"], self.sources_for("part_time_available")))
        self.table("[modality]", kv)

        a = r.get("admissions") or {}
        kv = []
        if a.get("min_gpa") is not None:
            s = self.sources_for("admissions.min_gpa")
            kv += [("min_gpa", float(a["min_gpa"]), s), ("gpa_scale", 4.0, s)]
        if a.get("gre"):
            kv.append(("gre", a["gre"], self.sources_for("admissions.gre")))
        if a.get("toefl_min") is not None:
            kv.append(("toefl_ibt_min", a["toefl_min"], self.sources_for("admissions.toefl_min")))
        if a.get("ielts_min") is not None:
            kv.append(("ielts_min", float(a["ielts_min"]), self.sources_for("admissions.ielts_min")))
        if a.get("materials"):
            kv.append(("materials", a["materials"], self.sources_for("admissions.materials")))
        if a.get("prerequisites"):
            s = self.sources_for("admissions.prerequisites")
            subjects = PREREQ_OVERRIDES.get(r["id"], prereq_subjects(a["prerequisites"]))
            if subjects:
                kv.append(("prerequisite_subjects", subjects, s))
            kv.append(("prerequisites_text", "; ".join(a["prerequisites"]), s))
        self.table("[admissions]", kv)

        skipped = []
        for d in r.get("deadlines") or []:
            date, term = d.get("date") or "", d.get("term") or ""
            s = self.sources_for("deadlines")
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) and not re.search(r"start|example", term, re.I):
                self.table("[[deadlines]]", [("term", term, s), ("date", date, s)])
            else:
                skipped.append("%s: %s" % (term, date or "no date"))
        if skipped:
            self.lines.append("")
            self.lines.append("# Dates the shared record gives without a full date (not deadlines "
                              "the catalog can hold):")
            for x in skipped:
                self.lines.append("#   " + x)

        t = r.get("tuition")
        if t and t.get("amount") is not None:
            s = self.sources_for("tuition")
            ay, note = split_academic_year(t.get("academic_year"))
            kv = [("amount", t["amount"], s), ("currency", t["currency"], s), ("basis", t["basis"], s)]
            if ay:
                kv.append(("academic_year", ay, s))
            res = residency(t.get("academic_year"))
            if res:
                kv.append(("residency", res, s))
            if note:
                kv.append(("note", note, s))
            self.table("[tuition]", kv)

        ind = r.get("industry") or {}
        kv = []
        if ind.get("partners"):
            kv.append(("partners", ind["partners"], self.sources_for("industry.partners")))
        ir = ind.get("internship_required")
        if ir is True:
            kv.append(("internship", "required", self.sources_for("industry")))
        elif ir is False and re.search(r"internship|co-op", ind.get("notes") or "", re.I):
            kv.append(("internship", "optional", self.sources_for("industry")))
        if ind.get("notes"):
            kv.append(("notes", ind["notes"], self.sources_for("industry.notes")))
        self.table("[industry]", kv)

        o = r.get("outcomes") or {}
        kv = []
        if o.get("median_salary") is not None:
            kv.append(("median_salary", o["median_salary"], self.sources_for("outcomes")))
            kv.append(("currency", o["currency"], self.sources_for("outcomes")))
        if o.get("placement_rate") is not None:
            kv.append(("placement_rate", o["placement_rate"], self.sources_for("outcomes")))
        if o.get("year") is not None:
            kv.append(("year", o["year"], self.sources_for("outcomes")))
        if o.get("notes"):
            kv.append(("notes", o["notes"], self.sources_for("outcomes")))
        self.table("[outcomes]", kv)
        return "\n".join(self.lines) + "\n"


def institution_for(name):
    for prefix, iid, uname, cname in INSTITUTIONS:
        if name.startswith(prefix):
            return {"id": iid, "universities_name": uname, "csrankings_name": cname}
    raise KeyError("no institution mapping for %r" % name)


def render_institutions(insts):
    out = ["# Institutions named by the catalog's programs. Seeded by tools/import_shared_programs.py",
           "# (names and countries from the University Domains list); edited by hand since.",
           "# Derived facts (domain, CSRankings faculty) live in institutions-derived.toml,",
           "# written by `gradfit catalog enrich`."]
    for iid in sorted(insts):
        i = insts[iid]
        out.append("")
        out.append("[[institutions]]")
        out.append("id = " + toml_str(iid))
        out.append("name = " + toml_str(i["name"]))
        out.append("country = " + toml_str(i["country"]))
        if i["csrankings_name"]:
            out.append("csrankings_name = " + toml_str(i["csrankings_name"]))
        if i["universities_name"]:
            out.append("universities_name = " + toml_str(i["universities_name"]))
        out.append("source = " + toml_str(i["source"]["id"]))
        out.append("")
        out.append("[[institutions.sources]]")
        s = i["source"]
        out.append("id = " + toml_str(s["id"]))
        out.append("url = " + toml_str(s["url"]))
        out.append("first_party = " + toml_val(s["first_party"]))
        out.append("retrieved = " + toml_str(RETRIEVED))
        if s.get("page_date"):
            out.append("page_date = " + toml_str(s["page_date"]))
        out.append("note = " + toml_str(s["note"]))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", required=True, help="the shared data folder (holds programs/)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "data"))
    args = ap.parse_args()

    unis = Universities(os.path.join(args.shared, "universities", "world_universities_and_domains.json"))
    with open(os.path.join(args.shared, "csrankings", "institutions.csv"), encoding="utf-8") as f:
        cs_names = {row["institution"] for row in csv.DictReader(f)}

    os.makedirs(os.path.join(args.out, "programs"), exist_ok=True)
    insts = {}
    files = sorted(glob.glob(os.path.join(args.shared, "programs", "*.json")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            rec = json.load(f)
        inst = institution_for(rec["institution"])
        if inst["csrankings_name"] and inst["csrankings_name"] not in cs_names:
            sys.exit("CSRankings has no %r" % inst["csrankings_name"])
        uni = unis.find(inst["universities_name"], rec["country"]) if inst["universities_name"] else None
        if inst["universities_name"] and not uni:
            sys.exit("universities list has no %r" % inst["universities_name"])
        out_id = RENAMES.get(rec["id"], rec["id"])
        w = ProgramWriter(rec, inst, uni, out_id)
        text = w.render(uni["alpha_two_code"] if uni else rec["country"])
        with open(os.path.join(args.out, "programs", out_id + ".toml"), "w", encoding="utf-8") as f:
            f.write(text)

        if inst["id"] not in insts:
            if uni:
                src = {"id": "home", "url": uni["web_pages"][0], "first_party": True,
                       "page_date": "2026-06-20",
                       "note": "name and country as the University Domains list (Hipo/university-domains-list "
                               "commit bb07faf, 2026-06-20) gives them for this home page; the page itself "
                               "was not re-read"}
                name, country = uni["name"], uni["alpha_two_code"]
            else:
                # Not in the list: name and country as the program's own page states them.
                ident = w.sources_for("program_name", "url") or [w.src_ids[0]]
                s = rec["sources"][w.src_ids.index(ident[0])]
                src = {"id": "program-page", "url": s["url"],
                       "first_party": on_domain(host_of(s["url"]), official_domains(inst["id"], None)),
                       "note": "institution named on the page of its program " + out_id + "; " + SHARED_NOTE}
                name = re.sub(r"\s*\(.*?\)", "", rec["institution"]).split(",")[0].strip()
                country = rec["country"]
            insts[inst["id"]] = dict(inst, name=name, country=country, source=src)
    with open(os.path.join(args.out, "institutions.toml"), "w", encoding="utf-8") as f:
        f.write(render_institutions(insts))
    print("wrote %d programs and %d institutions to %s" % (len(files), len(insts), args.out))


if __name__ == "__main__":
    main()
