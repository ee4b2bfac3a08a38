#!/usr/bin/env python3
"""Writes the SYNTHETIC measure data and PDSA cycles of examples/health-equity.kdd.

The numbers are invented (a fixed random seed, so the output is reproducible): they show what
the charts, badges and the equity lens do with 24 months of stratified data. They describe no
real patients. Run from the repository root, then canonicalise the file:

    python3 scripts/example-measure-data.py examples/health-equity.kdd
    build/app/keydriver export examples/health-equity.kdd -o examples/health-equity.kdd
"""
import json
import math
import random
import sys

SYNTHETIC = ("SYNTHETIC data for illustration (scripts/example-measure-data.py), not real "
             "patients. ")
MONTHS = [f"{2024 + (9 + i) // 12}-{(9 + i) % 12 + 1:02d}" for i in range(24)]  # 2024-10 … 2026-09
RACE = [("Black", 0.34), ("Hispanic/Latino", 0.21), ("White", 0.45)]
POVERTY = [("High poverty", 0.4), ("Low poverty", 0.6)]


def binomial(rng, n, p):
    p = min(max(p, 0.0), 1.0)
    return sum(1 for _ in range(n) if rng.random() < p)


def poisson(rng, mean):
    limit, k, prod = math.exp(-mean), 0, rng.random()
    while prod > limit:
        k += 1
        prod *= rng.random()
    return k


def ratio_series(rng, total_n, groups, rate):
    """Points per month: a total, and each dimension's strata (counts add up per dimension)."""
    points = []
    for i, month in enumerate(MONTHS):
        n_month = total_n + rng.randint(-total_n // 10, total_n // 10)
        totals = [0, 0]
        for dimension, strata in groups:
            num_sum = den_sum = 0
            for stratum, share in strata:
                n = max(1, round(n_month * share))
                x = binomial(rng, n, rate(i, dimension, stratum))
                points.append({"period": month, "dimension": dimension, "stratum": stratum,
                               "numerator": x, "denominator": n})
                num_sum, den_sum = num_sum + x, den_sum + n
            totals = [num_sum, den_sum]
        points.append({"period": month, "numerator": totals[0], "denominator": totals[1]})
    return points


def mark_synthetic(measure):
    source = measure.get("source", "")
    if not source.startswith(SYNTHETIC):
        measure["source"] = SYNTHETIC + source


def main(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    rng = random.Random(20261201)
    measures = {m["id"]: m for m in doc["measures"]}

    # m1: emergency visits and DKA admissions per child-year in the cohort (U chart), falling
    # after the nurse check-ins and sick-day plans came into use in July 2025.
    m1 = measures["m1"]
    m1["numerator"] = ("Emergency department visits plus DKA admissions among cohort children "
                       "in the month")
    m1["denominator"] = "Child-years of follow-up in the month (cohort children ÷ 12)"
    mark_synthetic(m1)
    m1.update({"better": "lower", "chart": "u"})
    m1["data"] = []
    for i, month in enumerate(MONTHS):
        children = 20 + rng.randint(-1, 2)
        rate = 2.6 if i < 9 else 1.2
        exposure = round(children / 12, 3)
        m1["data"].append({"period": month, "numerator": poisson(rng, rate * exposure),
                           "denominator": exposure})

    # m2: median HbA1c (%), lower is better; the high-poverty gap narrows from mid-2025.
    m2 = measures["m2"]
    mark_synthetic(m2)
    m2.update({"better": "lower", "chart": "i", "reference": ["White", "Low poverty"]})
    base = {"Black": 8.9, "Hispanic/Latino": 8.6, "White": 8.0, "High poverty": 8.9,
            "Low poverty": 8.0}
    m2["data"] = []
    for i, month in enumerate(MONTHS):
        values = {}
        for stratum, start in base.items():
            fall = 0.0
            if stratum in ("Black", "High poverty") and i >= 9:
                fall = min(0.5, 0.06 * (i - 8))
            values[stratum] = round(start - fall + rng.gauss(0, 0.08), 1)
        for stratum, _ in RACE:
            m2["data"].append({"period": month, "dimension": "race", "stratum": stratum,
                               "value": values[stratum]})
        for stratum, _ in POVERTY:
            m2["data"].append({"period": month, "dimension": "neighbourhood-poverty",
                               "stratum": stratum, "value": values[stratum]})
        m2["data"].append({"period": month,
                           "value": round(0.4 * values["High poverty"]
                                          + 0.6 * values["Low poverty"], 1)})

    # m4: registry records with complete equity data (P chart), after geocoding (c4) in 2025-04.
    m4 = measures["m4"]
    mark_synthetic(m4)
    m4.update({"better": "higher", "chart": "p"})

    def completeness(i, dimension, stratum):
        before = {"Hispanic/Latino": 0.62, "Black": 0.71, "White": 0.78, "High poverty": 0.64,
                  "Low poverty": 0.79}[stratum]
        return before if i < 6 else min(0.95, before + 0.2)
    m4["data"] = ratio_series(rng, 120, [("race", RACE), ("neighbourhood-poverty", POVERTY)],
                              completeness)

    # m6: cohort families contacted within 2 working days (run chart), rising with c8.
    m6 = measures["m6"]
    mark_synthetic(m6)
    m6.update({"better": "higher", "chart": "run",
               "phases": [{"start": "2025-03", "label": "Nurse check-ins tested (c8)"}]})
    m6["data"] = []
    for i, month in enumerate(MONTHS):
        visits = 4 + rng.randint(0, 4)
        p = 0.35 if i < 5 else (0.6 if i < 9 else 0.85)
        m6["data"].append({"period": month, "numerator": binomial(rng, visits, p),
                           "denominator": visits})

    # m8: positive social-need screens with a completed referral (P chart); Hispanic/Latino
    # families fall behind from 2025-12 (the agencies' forms are in English only): a gap the
    # equity lens shows widening.
    m8 = measures["m8"]
    mark_synthetic(m8)
    m8.update({"better": "higher", "chart": "p", "reference": ["White"]})

    def referral(i, dimension, stratum):
        if stratum == "Hispanic/Latino" and i >= 14:
            return 0.3
        return 0.7
    m8["data"] = ratio_series(rng, 120, [("race", RACE)], referral)

    nodes = {n["id"]: n for n in doc["nodes"]}
    nodes["c8"]["pdsa"] = [
        {"cycle": 1, "plan": "Nurse phones the next 5 cohort families after an emergency visit.",
         "prediction": "4 of 5 reached within 2 working days.", "who": "Diabetes nurse",
         "start": "2025-03-03", "end": "2025-03-28",
         "study": "2 of 5 reached: phone numbers out of date, calls during work hours missed.",
         "decision": "adapt"},
        {"cycle": 2, "plan": "Offer a text first, at a time the family chose at the last visit.",
         "prediction": "4 of 5 reply within 2 working days.", "who": "Diabetes nurse, parent partner",
         "start": "2025-04-07", "end": "2025-05-02",
         "study": "5 of 6 replied; two asked for Spanish texts.", "decision": "adapt"},
        {"cycle": 3, "plan": "Texts in the family's language for every cohort emergency visit.",
         "prediction": "At least 80% contacted within 2 working days.",
         "who": "Diabetes nurse, interpreter service", "start": "2025-06-02", "end": "2025-07-25",
         "study": "17 of 19 contacted in time (89%).", "decision": "continue"},
    ]
    nodes["c7"]["pdsa"] = [
        {"cycle": 1, "plan": "Draft 1 of the sick-day plan read aloud with 5 families.",
         "prediction": "Families find 3 or fewer unclear words.", "who": "Diabetes educator",
         "start": "2025-02-10", "end": "2025-02-28",
         "study": "11 unclear terms; ketone steps in the wrong order for night-time.",
         "decision": "adapt"},
        {"cycle": 2, "plan": "Draft 2 with pictures and a night-time page, with 5 other families.",
         "prediction": "Every family can say what to do at 2 am.",
         "who": "Diabetes educator, two parent partners", "start": "2025-05-12",
         "end": "2025-06-06", "study": "5 of 5 could; one asked for a fridge magnet version.",
         "decision": "adopt"},
    ]
    nodes["c10"]["pdsa"] = [
        {"cycle": 1, "plan": "Monthly text reminder of sick-day rules to all registry families.",
         "prediction": "Fewer sick-day calls after hours.", "who": "Diabetes educator",
         "start": "2024-11-04", "end": "2025-01-31",
         "study": "No change in calls; family partners said the texts felt like blame.",
         "decision": "abandon"},
    ]
    meta = doc["meta"]
    meta["illustrative"] = True
    note = " The measure data and PDSA cycles are synthetic, generated for illustration."
    if not meta["source"].endswith(note):
        meta["source"] = meta["source"].rstrip() + note
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
