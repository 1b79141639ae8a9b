#!/usr/bin/env python3
"""Writes a synthetic event log (CSV) of patients going through a planned journey.

Reads the plan's touchpoints, branches and main path from the YAML (PyYAML), then walks
each case along the plan with realistic choices at the branches and realistic deviations:
skipped steps (~10 % of cases), ad hoc chasing calls (~8 %), drop-offs (~5 %), a loop through
the returned referral (~6 %) and occasional reorders (~3 %). Timestamps run over days;
about half the events carry a 1-5 rating with a short comment.

Deterministic: the same --seed and --cases give the same bytes.

    scripts/make-event-log.py                       # Samples/events/clinic-outpatient-events.csv, 300 cases
    scripts/make-event-log.py --cases 4000 --out /tmp/big.csv   # a large log (~100,000 events), not committed
"""
import argparse
import csv
import datetime as dt
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

# How likely each branch is taken (by target); the default way on gets the rest.
BRANCH_ODDS = {
    "referral-returned": 0.06, "urgent-call": 0.07, "phone-booking": 0.30, "waiting-list": 0.08,
    "goes-private": 0.25, "interpreter-booking": 0.10, "reminder-call": 0.15, "reschedule": 0.05,
    "reception-desk": 0.10, "delay-update": 0.20, "test-ordered": 0.30, "discharge-to-gp": 0.12,
    "pals-contact": 0.08, "results-call": 0.15,
}
# Hours between a step and the next, by the stage of the next step.
STAGE_GAP_HOURS = {
    "referral": (4, 72), "booking": (2, 120), "before-visit": (24, 240), "arrival": (0.05, 0.6),
    "consultation": (0.1, 0.8), "after-visit": (1, 240),
}
CHASES = [
    "Patient phones the booking centre to chase the referral",
    "Patient phones the clinic to ask about the appointment",
    "Carer emails PALS to chase the results",
    "Patient phones the GP surgery to ask what happened to the referral",
]
COMMENTS = {
    1: ["Nobody told me anything.", "Waited for weeks, no news.", "Had to repeat everything, again.", "Awful, I gave up on the phone."],
    2: ["Took far too long.", "Confusing, I had to ask twice.", "On hold for 40 minutes.", "The letter was all jargon."],
    3: ["It was fine.", "OK, nothing special.", "A bit slow, but fine.", "Alright, I suppose."],
    4: ["Quick and friendly.", "Clear, I knew what came next.", "Good, the nurse explained it well.", "Easy, booked in two minutes."],
    5: ["Brilliant, they knew my history.", "Called by my name, felt looked after.", "Seen on time, clear plan, thank you!", "Couldn't have been better."],
}


def load_plan(path):
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    touchpoints = []
    for stage in data["stages"]:
        for tp in stage.get("touchpoints") or []:
            touchpoints.append({**tp, "stage": stage["id"]})
    order = [tp["id"] for tp in touchpoints]
    successors = {}
    for index, tp in enumerate(touchpoints):
        nxt = tp.get("next") or []
        nxt = [nxt] if isinstance(nxt, str) else list(nxt)
        branches = [b["to"] for b in tp.get("branches") or []]
        ways = nxt + branches
        if not ways and not tp.get("end") and index + 1 < len(order):
            ways = [order[index + 1]]
        successors[tp["id"]] = ways
    return data, {tp["id"]: tp for tp in touchpoints}, order, successors


def main_path(order, successors, by_id):
    path, node = [order[0]], order[0]
    while not by_id[node].get("end") and successors[node] and successors[node][0] not in path:
        node = successors[node][0]
        path.append(node)
    return path


def walk(rng, order, successors, by_id, looped):
    """One path through the plan, choosing at each branch."""
    path, node, returned = [order[0]], order[0], False
    while True:
        ways = successors[node]
        if not ways or by_id[node].get("end"):
            return path
        choice = ways[0]
        for target in ways[1:]:
            odds = BRANCH_ODDS.get(target, 0.05)
            if target == "referral-returned":
                odds = 1.0 if looped and not returned else 0.0
            if rng.random() < odds:
                choice = target
                break
        if choice == "referral-returned":
            returned = True
        if choice in path and choice != "referral-triage":
            return path
        path.append(choice)
        node = choice
        if len(path) > 80:
            return path


def make_case(rng, number, order, successors, by_id, personas):
    looped = rng.random() < 0.06
    steps = walk(rng, order, successors, by_id, looped)
    roll = rng.random()
    if roll < 0.10 and len(steps) > 4:  # a skipped step
        del steps[rng.randrange(1, len(steps) - 1)]
    events = [(s, False) for s in steps]
    if rng.random() < 0.08:  # an ad hoc chasing call
        events.insert(rng.randrange(2, min(6, len(events)) + 1), (rng.choice(CHASES), True))
    if rng.random() < 0.05 and len(events) > 5:  # drop-off
        events = events[: rng.randrange(2, len(events) - 2)]
    persona = rng.choice(personas)
    when = dt.datetime(2026, 1, 5, 8, 0) + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 70))
    rows = []
    for activity, adhoc in events:
        stage = "referral" if adhoc else by_id[activity]["stage"]
        low, high = STAGE_GAP_HOURS.get(stage, (1, 48))
        when += dt.timedelta(minutes=max(1, int(rng.uniform(low, high) * 60)))
        written = activity
        if not adhoc and rng.random() < 0.2:  # some systems log the title, not the id
            written = by_id[activity]["title"]
        rating, comment = "", ""
        if rng.random() < 0.5:
            score = max(1, min(5, round(rng.gauss(3.6 if not adhoc else 2.0, 1.0))))
            rating, comment = str(score), rng.choice(COMMENTS[score])
        rows.append([f"P{number:05d}", written, when, persona, rating, comment])
    if rng.random() < 0.03 and len(rows) > 3:  # two steps logged in the wrong order
        i = rng.randrange(1, len(rows) - 1)
        rows[i][2], rows[i + 1][2] = rows[i + 1][2], rows[i][2]
        rows[i], rows[i + 1] = rows[i + 1], rows[i]
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plan", default=str(ROOT / "Samples/clinic-outpatient.yaml"))
    parser.add_argument("--out", default=str(ROOT / "Samples/events/clinic-outpatient-events.csv"))
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    data, by_id, order, successors = load_plan(args.plan)
    personas = [p["id"] for p in data.get("personas") or []] or ["customer"]
    print("main path:", " → ".join(main_path(order, successors, by_id)), file=sys.stderr)
    rows = []
    for number in range(1, args.cases + 1):
        rows.extend(make_case(rng, number, order, successors, by_id, personas))
    rows.sort(key=lambda r: r[2])  # a log is written as things happen
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["case", "activity", "timestamp", "persona", "rating", "comment"])
        for case, activity, when, persona, rating, comment in rows:
            writer.writerow([case, activity, when.strftime("%Y-%m-%dT%H:%M:00+01:00"), persona, rating, comment])
    print(f"{out}: {args.cases} cases, {len(rows)} events", file=sys.stderr)


if __name__ == "__main__":
    main()
