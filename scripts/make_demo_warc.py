#!/usr/bin/env python3
"""Writes examples/demo/archive/demo.warc.gz, the WARC part of stemma's demo corpus.

Every outlet, person and event in these pages is invented. The archive holds one warcinfo record
and four `response` records (HTTP headers + HTML), each record gzipped as its own member, as
crawlers write them. The output is deterministic (fixed record ids, dates and gzip mtime), so
re-running the script reproduces the committed file byte for byte with the same zlib; `--check`
compares the uncompressed records and exits 1 when the committed archive is out of date.

Usage: python3 scripts/make_demo_warc.py [-o examples/demo/archive/demo.warc.gz] [--check]
Python 3 standard library only.
"""

import argparse
import base64
import gzip
import hashlib
import html
import io
import os
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(ROOT, "examples", "demo", "archive", "demo.warc.gz")
RECORD_ID_NAMESPACE = uuid.UUID("5f0e7c1a-2b7d-4c55-9a57-3d0c8f1e6b21")

# ---------------------------------------------------------------------------- article texts
# Northgate Gazette's copy of the Meridian Wire story (feeds/meridian_wire.jsonl,
# mw-20230317-pier7-fire): new headline, one sentence about the VCG spokesperson removed,
# no credit line.
GAZETTE_FIRE_TITLE = 'Harbour fire closes Esker Swing Bridge until May'
GAZETTE_FIRE = [
    'PORT ESKER, Valdoria — A fire tore through a timber warehouse on Pier 7 of Port '
    "Esker's harbour late on Thursday, forcing the evacuation of 140 people from nearby "
    'homes and closing the Esker Swing Bridge to all traffic.',
    'Firefighters were called at about 23:10 and fought the blaze for more than six hours '
    'before bringing it under control shortly after dawn on Friday. No one was seriously '
    'hurt, although two firefighters were treated for smoke inhalation at the scene.',
    'The Valdorian Coast Guard (VCG) closed the inner harbour to shipping overnight and '
    'sent two patrol boats to keep vessels away from burning debris that drifted across the '
    'channel.',
    '"We were lucky that the wind turned east around midnight. Without that, we would be '
    'talking about the whole quay," said Tomas Reinholt, chief officer of the Port Esker '
    'Fire Service.',
    'Mayor Ilse Brandt, who visited the evacuation centre at the Quayside Sports Hall on '
    'Friday morning, said residents would be allowed home once engineers had checked the '
    'neighbouring buildings. "Nobody goes back into a house that has not been inspected," '
    'Brandt said.',
    "Engineers found heat damage to the bridge's eastern counterweight. The city said the "
    'Esker Swing Bridge would stay closed to vehicles until 14 May while repairs are '
    'carried out, and a temporary ferry will run between Quay Street and Marlow Steps.',
    'The warehouse, owned by Calloway Freight, held about 3,000 tonnes of sawn timber '
    'awaiting export. The cause of the fire is not yet known, and the VCG said its '
    'investigators would work with fire officers.',
]

# Meridian Wire's own report on the reef (independent of the VIMS press release copies).
WIRE_REEF_TITLE = 'Valdorian scientists find large coral reef in deep trench'
WIRE_REEF = [
    'PORT ESKER, Valdoria — A team from the Valdorian Institute of Marine Science (VIMS) '
    'said on Monday it had found a coral reef stretching over 38 square kilometres at a '
    'depth of about 610 metres in the Esker Trench.',
    'The reef was mapped in April from the research ship Tessaly Dawn. Dr Mira '
    'Okonkwo-Hale, the marine ecologist who led the survey, said the reef was probably '
    'thousands of years old.',
    '"Reefs like this grow a few millimetres a year. What we are looking at took longer to '
    'build than any city in Valdoria," Okonkwo-Hale said.',
    'According to VIMS, at least 95 species were recorded, and the institute will ask the '
    'environment ministry to close the area to bottom trawling. Material brought up by the '
    'submersible is being analysed in Port Esker, the institute said.',
]

# Esker Evening Post on the cup parade, the day after the final.
POST_CUP_TITLE = 'Open-top bus, 20,000 fans: Athletic parade the Valdorian Cup'
POST_CUP = [
    'An estimated 20,000 people lined the harbour front on Sunday afternoon to welcome Port '
    'Esker Athletic home with the Valdorian Cup, a day after the 3-1 defeat of Kessmund '
    'Rovers.',
    'The open-top bus took almost two hours to crawl the 3 km from the railway station to '
    'the town hall, where Mayor Ilse Brandt held the trophy up from the balcony alongside '
    'captain Aurelio Fenn.',
    '"Thirty-one years is a long time to wait. Tonight Port Esker can be loud," Brandt told '
    'the crowd.',
    'Fenn, whose two first-half goals at Brannock Stadium put Athletic in control on '
    'Saturday, led the singing. Manager Jonah Pell thanked the fans who had travelled to '
    'Kessmund, and the club confirmed that 6,000 tickets had been sold in Port Esker alone.',
]

# Meridian Wire on the Lindqvar trawler fire: a different fire from the Port Esker one.
WIRE_TRAWLER_TITLE = 'Trawler burns in Lindqvar harbour, six crew rescued'
WIRE_TRAWLER = [
    "LINDQVAR, Valdoria — A trawler caught fire at a quay in Lindqvar's harbour early on "
    'Tuesday, and the Valdorian Coast Guard (VCG) rescued its six crew from the water.',
    'The 24-metre Gull of Orrin was tied up at North Quay when the fire started at about '
    '4:20 am. The VCG said one crew member was taken to hospital with burns and the rest '
    'were unhurt.',
    '"The crew did exactly what we train people to do," said Oren Halloway, the VCG '
    'commander in Lindqvar.',
    'Lindqvar Fire and Rescue put the fire out within an hour. The harbour master, Bastian '
    'Krull, said the North Quay would stay closed to other vessels until Wednesday while '
    'the wreck is made safe.',
    'What caused the blaze has not been established. It is the second harbour fire in '
    'Valdoria this year, after a blaze destroyed a timber warehouse in Port Esker in March.',
]

# ---------------------------------------------------------------------------- page template


def related_list(items):
    return "\n".join(f'      <li><a href="{href}">{html.escape(text)}</a></li>'
                     for text, href in items)


def render_page(page):
    """An article page with the boilerplate a crawler really sees around the text."""
    esc = html.escape
    paragraphs = "\n".join(f"      <p>{esc(p, quote=False)}</p>" for p in page["paragraphs"])
    nav = "\n".join(f'    <li><a href="/{item.lower()}/">{esc(item)}</a></li>'
                    for item in page["nav"])
    charset = '<meta charset="utf-8">\n' if page.get("meta_charset", True) else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{charset}<title>{esc(page["title"])} | {esc(page["outlet"])}</title>
<meta property="og:site_name" content="{esc(page["outlet"])}">
<meta property="og:title" content="{esc(page["title"])}">
<meta property="og:url" content="{esc(page["url"])}">
<meta property="article:published_time" content="{page["published"]}">
<meta name="author" content="{esc(page["author"])}">
<link rel="canonical" href="{esc(page["url"])}">
</head>
<body>
<!-- Fictional demo page for stemma: every outlet, person and event is invented. -->
<div class="cookie-consent">This site uses cookies for analytics and advertising.
  <a href="/cookies">Learn more</a> <button>OK</button></div>
<header><a class="logo" href="/">{esc(page["outlet"])}</a>
<nav>
  <ul>
{nav}
  </ul>
</nav>
</header>
<main>
  <article>
    <h1>{esc(page["title"])}</h1>
    <p class="byline">By {esc(page["author"])}</p>
    <p class="date">{esc(page["date_text"])}</p>
    <div class="article-body">
{paragraphs}
    </div>
    <div class="share">Share: <a href="#">Chirper</a> <a href="#">Linkstack</a>
      <a href="#">Email</a></div>
  </article>
  <section class="related">
    <h2>Related articles</h2>
    <ul>
{related_list(page["related"])}
    </ul>
  </section>
</main>
<aside class="ads"><span>Advertisement</span>
  <a href="https://ads.example/c?id=7">{esc(page["ad"])}</a></aside>
<footer>&copy; 2023 {esc(page["outlet"])}. <a href="/about">About</a> &middot;
  <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></footer>
</body>
</html>
"""


PAGES = [
    {
        "url": ("https://northgategazette.example/news/2023/03/17/"
                "harbour-fire-closes-esker-swing-bridge"),
        "warc_date": "2023-03-18T02:11:09Z",
        "http_date": "Sat, 18 Mar 2023 02:11:09 GMT",
        "outlet": "Northgate Gazette",
        "title": GAZETTE_FIRE_TITLE,
        "author": "Corin Maddox",
        "published": "2023-03-17T11:02:00Z",
        "date_text": "17 March 2023",
        "paragraphs": GAZETTE_FIRE,
        "nav": ["Valdoria", "World", "Business", "Science", "Sport"],
        "related": [("Port Esker's harbour: a short history", "/news/harbour-history"),
                    ("Fire safety rules for warehouses under review", "/news/fire-rules-review")],
        "ad": "Home insurance quotes in two minutes",
    },
    {
        # No <meta charset>: the encoding comes only from the HTTP Content-Type header.
        "url": "https://meridianwire.example/science/2023/06/12/esker-trench-coral-reef",
        "warc_date": "2023-06-13T04:02:51Z",
        "http_date": "Tue, 13 Jun 2023 04:02:51 GMT",
        "meta_charset": False,
        "outlet": "Meridian Wire",
        "title": WIRE_REEF_TITLE,
        "author": "Hal Brevik",
        "published": "2023-06-12T12:30:00Z",
        "date_text": "12 June 2023 12:30 UTC",
        "paragraphs": WIRE_REEF,
        "nav": ["World", "Valdoria", "Markets", "Science", "Sport"],
        "related": [("Meridian Wire photo service", "/photos"),
                    ("Science desk contacts", "/science/contacts")],
        "ad": "Meridian Wire Pro: real-time alerts for newsrooms",
    },
    {
        "url": "https://eskereveningpost.example/sport/2023/05/21/athletic-parade-valdorian-cup",
        "warc_date": "2023-05-22T05:40:17Z",
        "http_date": "Mon, 22 May 2023 05:40:17 GMT",
        "outlet": "Esker Evening Post",
        "title": POST_CUP_TITLE,
        "author": "Tamsin Greaves",
        "published": "2023-05-21T20:00:00+02:00",
        "date_text": "21 May 2023, 8pm",
        "paragraphs": POST_CUP,
        "nav": ["News", "Harbour", "Sport", "Property", "Jobs"],
        "related": [("Gallery: the cup final in pictures", "/sport/gallery-cup-final"),
                    ("Season tickets for next year go on sale", "/sport/season-tickets")],
        "ad": "Official Athletic cup-winners scarf, order now",
    },
    {
        "url": "https://meridianwire.example/news/2023/08/08/lindqvar-trawler-fire",
        "warc_date": "2023-08-09T01:30:00Z",
        "http_date": "Wed, 09 Aug 2023 01:30:00 GMT",
        "outlet": "Meridian Wire",
        "title": WIRE_TRAWLER_TITLE,
        "author": "Corin Maddox",
        "published": "2023-08-08T09:05:00Z",
        "date_text": "8 August 2023 09:05 UTC",
        "paragraphs": WIRE_TRAWLER,
        "nav": ["World", "Valdoria", "Markets", "Science", "Sport"],
        "related": [("Meridian Wire photo service", "/photos"),
                    ("Valdoria news in brief", "/news/brief")],
        "ad": "Meridian Wire Pro: real-time alerts for newsrooms",
    },
]

# ---------------------------------------------------------------------------- WARC writing


def digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record_id(name):
    return f"<urn:uuid:{uuid.uuid5(RECORD_ID_NAMESPACE, name)}>"


def warc_record(headers, block):
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def gzip_member(data):
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as gz:
        gz.write(data)
    return out.getvalue()


def build_archive():
    info_id = record_id("warcinfo")
    fields = ("software: stemma make_demo_warc.py\r\n"
              "format: WARC File Format 1.1\r\n"
              "description: Fictional demo crawl for stemma; all outlets and events invented\r\n"
              "isPartOf: stemma-demo\r\n").encode("utf-8")
    members = [gzip_member(warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", "2023-08-09T01:30:00Z"),
        ("WARC-Filename", "demo.warc.gz"),
        ("WARC-Record-ID", info_id),
        ("Content-Type", "application/warc-fields"),
    ], fields))]
    for page in PAGES:
        payload = render_page(page).encode("utf-8")
        http_head = ("HTTP/1.1 200 OK\r\n"
                     f"Date: {page['http_date']}\r\n"
                     "Server: nginx\r\n"
                     "Content-Type: text/html; charset=utf-8\r\n"
                     f"Content-Length: {len(payload)}\r\n"
                     "Connection: close\r\n\r\n").encode("ascii")
        block = http_head + payload
        members.append(gzip_member(warc_record([
            ("WARC-Type", "response"),
            ("WARC-Target-URI", page["url"]),
            ("WARC-Date", page["warc_date"]),
            ("WARC-Record-ID", record_id(page["url"])),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Block-Digest", digest(block)),
            ("WARC-Payload-Digest", digest(payload)),
            ("Content-Type", "application/http; msgtype=response"),
        ], block)))
    return b"".join(members)


def check(path):
    """True when `path` holds the same records this script writes (compared uncompressed, so a
    different zlib version does not matter)."""
    with open(path, "rb") as f:
        committed = f.read()
    return gzip.decompress(committed) == gzip.decompress(build_archive())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the archive differs from the script")
    args = parser.parse_args()
    if args.check:
        ok = os.path.exists(args.output) and check(args.output)
        print(f"{args.output}: {'up to date' if ok else 'OUT OF DATE, re-run this script'}")
        raise SystemExit(0 if ok else 1)
    data = build_archive()
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "wb") as f:
        f.write(data)
    print(f"wrote {args.output}: {len(PAGES)} response records, {len(data)} bytes")


if __name__ == "__main__":
    main()
