#!/usr/bin/env python3
"""Derives the registry's reference data from ../shared/data (run from the repository root).

shared/data/hospitals.csv lists ICU units; the registry wants hospitals (sites) and their
reporting units. Each row becomes one hospital with an adult ICU unit and a ward unit, except
the paediatric ICU rows (-biva), which become a separate PAEDIATRIC_ICU unit of the hospital
at the same site. The output is committed; rerun only when shared/data changes.
"""
import csv
import re
import shutil

SRC = "../shared/data"
OUT = "app/src/main/resources/reference-data"

# Paediatric ICUs and the hospital site they belong to.
PAEDIATRIC_SITE = {
    "astrid-lindgrens-barnsjukhus-biva": "karolinska-universitetssjukhuset-solna",
    "akademiska-barnsjukhuset-biva": "akademiska-sjukhuset",
    "skanes-universitetssjukhus-lund-biva": "skanes-universitetssjukhus-lund",
    "drottning-silvias-barn-och-ungdomssjukhus-biva": "sahlgrenska-ostra",
}


def split_name(name):
    """'Akademiska sjukhuset (adult ICUs: CIVA, TIVA)' -> ('Akademiska sjukhuset', 'CIVA, TIVA')."""
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if not m:
        return name, ""
    detail = re.sub(r"^adult ICUs:?\s*", "", m.group(2)).strip()
    return m.group(1), detail


def main():
    rows = list(csv.DictReader(open(f"{SRC}/hospitals.csv", encoding="utf-8")))
    hospitals, units = [], []
    for row in rows:
        if row["id"] in PAEDIATRIC_SITE:
            continue
        name, detail = split_name(row["name"])
        if row["id"] == "universitetssjukhuset-orebro":
            name, detail = row["name"], ""
        hospitals.append({
            "slug": row["id"], "name": name, "region_code": row["region_code"], "city": row["city"],
            "lat": row["lat"], "lon": row["lon"], "university": row["university"], "source": row["source"],
        })
        icu_name = "IVA" + (f" ({detail})" if detail and detail != "adult ICUs" else "")
        units.append({
            "hospital_slug": row["id"], "kind": "ADULT_ICU", "name": icu_name,
            "reference_beds": row["icu_beds_normal"], "reference_beds_is_estimate": row["icu_beds_is_estimate"],
            "source": row["source"],
        })
        units.append({
            "hospital_slug": row["id"], "kind": "WARD", "name": "Vårdavdelningar",
            "reference_beds": "", "reference_beds_is_estimate": "", "source": "",
        })
    for row in rows:
        site = PAEDIATRIC_SITE.get(row["id"])
        if site:
            name, _ = split_name(row["name"])
            units.append({
                "hospital_slug": site, "kind": "PAEDIATRIC_ICU", "name": f"BIVA, {name}",
                "reference_beds": row["icu_beds_normal"],
                "reference_beds_is_estimate": row["icu_beds_is_estimate"], "source": row["source"],
            })
    for file, data in (("hospitals.csv", hospitals), ("units.csv", units)):
        with open(f"{OUT}/{file}", "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(data[0].keys()), lineterminator="\n")
            w.writeheader()
            w.writerows(data)
    shutil.copy(f"{SRC}/regions.csv", f"{OUT}/regions.csv")
    shutil.copy(f"{SRC}/sweden-regions.geojson", f"{OUT}/sweden-regions.geojson")
    print(f"{len(hospitals)} hospitals, {len(units)} units")


if __name__ == "__main__":
    main()
