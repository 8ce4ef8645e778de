#!/usr/bin/env python3
"""B-cubed of stemma's story clusters on ECB+ (dev): event level (sub-topics) and topic level.

Event level scores the stories themselves; topic level scores the coarser topic grouping the
driver computes by merging stories at --topic. Usage:
  scripts/eval/stories_ecbplus.py [--driver PATH] [--facts fallback|real|none] [--topic 0.045]
      [--topic-kind 0.15] [--half a|b]
  scripts/eval/stories_ecbplus.py --cli build/src/cli/stemma [--half a|b]
--cli scores what a user gets: `stemma run` on the gold file (extraction, real facts, reuse),
stories and topics read from report.json (each story's "topic").
--half runs on half of the gold topics only (a: 1st, 3rd, 5th... topic in sorted order; b: the
others), to tune on one half and report the other.
"""
import argparse
import json
import os
import tempfile

from stories_common import DEFAULT_DRIVER, SHARED, bcubed, run_cli, run_driver


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", default=DEFAULT_DRIVER)
    ap.add_argument("--gold", default=os.path.join(SHARED, "gold/stories/ecbplus-dev.jsonl"))
    ap.add_argument("--facts", default="fallback")
    ap.add_argument("--topic", default="0.045")
    ap.add_argument("--topic-kind", default="0.15")
    ap.add_argument("--half", choices=["a", "b"])
    ap.add_argument("--cli", help="stemma binary: score `stemma run` instead of the driver")
    ap.add_argument("extra", nargs="*")
    args = ap.parse_args()
    gold_event, gold_topic = {}, {}
    with open(args.gold, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    topics = sorted({d["topic"] for d in lines})
    if args.half:
        keep = set(topics[0 if args.half == "a" else 1::2])
        lines = [d for d in lines if d["topic"] in keep]
    for d in lines:
        gold_event[d["id"]] = d["subtopic"]
        gold_topic[d["id"]] = d["topic"]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as tmp:
        for d in lines:
            tmp.write(json.dumps(d) + "\n")
        tmp.flush()
        if args.cli:
            out = run_cli(args.cli, tmp.name)
            story_topic = {s["id"]: s.get("topic") or s["id"] for s in out["stories"]}
            grouped = {}
            for sid, topic in sorted(story_topic.items()):
                grouped.setdefault(topic, []).append(sid)
            out["topics"] = list(grouped.values())
        else:
            out = run_driver(args.driver, tmp.name,
                             ["--facts", args.facts, "--topic", args.topic,
                              "--topic-kind", args.topic_kind, "--no-claims"] + args.extra)
    story_of = {}
    for s in out["stories"]:
        for doc in s["documents"]:
            story_of[doc] = s["id"]
    topic_of = {}
    for i, topic in enumerate(out.get("topics") or []):
        for sid in topic:
            topic_of[sid] = i
    event_pred = {d: story_of[d] for d in gold_event}
    topic_pred = {d: topic_of.get(story_of[d], story_of[d]) for d in gold_topic}
    p, r, f = bcubed(event_pred, gold_event)
    print("event level (sub-topic): %d stories for %d gold; B3 P=%.3f R=%.3f F1=%.3f"
          % (len(set(event_pred.values())), len(set(gold_event.values())), p, r, f))
    p, r, f = bcubed(topic_pred, gold_topic)
    print("topic level:             %d groups for %d gold; B3 P=%.3f R=%.3f F1=%.3f"
          % (len(set(topic_pred.values())), len(set(gold_topic.values())), p, r, f))


if __name__ == "__main__":
    main()
