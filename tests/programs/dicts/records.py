"""Lists of dict[str, str] records: parsing CSV-like text, grouping, sorting by a field, joins."""

FIELD: list[str] = ["name"]


def by_field(r: dict[str, str]) -> str:
    return r[FIELD[0]]


def parse(text: str) -> list[dict[str, str]]:
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    out: list[dict[str, str]] = []
    for line in lines[1:]:
        cells = line.split(",")
        rec: dict[str, str] = {}
        for i, h in enumerate(header):
            rec[h] = cells[i] if i < len(cells) else ""
        out.append(rec)
    return out


def main() -> None:
    people = parse("""
name,city,age
Zoë,Paris,31
Bob,Oslo,45
Ann,Paris,27
Émile,Lyon,
Cy,Oslo,38
""")
    print(people[0], len(people))
    by_city: dict[str, list[str]] = {}
    for p in people:
        by_city.setdefault(p["city"], []).append(p["name"])
    print(by_city)
    ages = {p["name"]: int(p["age"]) for p in people if p["age"] != ""}
    print(ages, sum(ages.values()) // len(ages))
    FIELD[0] = "name"
    print([p["name"] for p in sorted(people, key=by_field)])
    FIELD[0] = "city"
    print([p["name"] + "@" + p["city"] for p in sorted(people, key=by_field)])
    cities = {"Paris": "FR", "Oslo": "NO"}
    joined = [f"{p['name']}:{cities.get(p['city'], '??')}" for p in people]
    print(joined)
    for p in people:
        p["country"] = cities.get(p["city"], "")
        if p["age"] == "":
            del p["age"]
    print(people)
    print([len(p) for p in people], people[3] == {"name": "Émile", "city": "Lyon", "country": ""})


if __name__ == "__main__":
    main()
