#!/usr/bin/env python3
"""Writes the seed corpora in Fuzz/Corpus/ from the repository's data and test fixtures.

Run from anywhere: python3 Fuzz/Scripts/make-seeds.py. The seeds are small on purpose (a few
hundred bytes to a few KB): libFuzzer mutates them, and long inputs only slow it down.
The CSV harness reads the first byte as its spec selector (see FuzzCSV.swift).
"""
import hashlib
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "Fuzz" / "Corpus"

LONG, WIDE, MONTHLY_NAME, MONTHLY_ECONOMY = 0, 1, 2, 3
FLAG, METRIC, DECLARED = 0x04, 0x08, 0x80
UTF8, UTF16, LATIN1, CP1252, MACROMAN = 3 << 4, 4 << 4, 5 << 4, 6 << 4, 7 << 4


def write(harness, name, data):
    folder = CORPUS / harness
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def head(path, lines):
    with open(ROOT / path, "rb") as file:
        return b"".join(file.readline() for _ in range(lines))


def csv_seeds():
    fixtures = "Tests/GeoIngestTests/Fixtures/"
    seeds = {
        "long-ai-user-share": (LONG, head("Data/usage/ai_user_share.csv", 24)),
        "long-ai-user-share-declared": (LONG | DECLARED, head("Data/usage/ai_user_share.csv", 12)),
        "long-deepseek-bands": (LONG | DECLARED, head("Data/usage/deepseek_share_2025H2.csv", 12)),
        "long-aggregates": (LONG, head("Data/usage/ai_user_share_published_aggregates.csv", 10)),
        "long-unknown-names": (LONG, head(fixtures + "hundred-and-one-unknown.csv", 12)),
        "long-spec-defaults": (LONG | FLAG | METRIC | DECLARED, b"country,value\nChad,5\nCongo,7\nKorea,\n"),
        "long-bands-labels": (LONG | DECLARED, b"country,iso3,period,metric,value,low,high,class_label,source,note\n"
                              b"Belarus,BLR,2025-H2,deepseek_share,56,25,100,>25,ms,printed\n"
                              b"Eritrea,ERI,2025-H2,deepseek_share,,16,20,16-20,ms,\n"
                              b"Andorra,AND,2025-H2,deepseek_share,,,,insufficient data,ms,\n"
                              b"Chad,,2025-H2,deepseek_share,,,,,ms,\n\n"),
        "long-bad-rows": (LONG | DECLARED, b"country,period,metric,value,low,high\n"
                          b"Chad,2025-H3,ai_user_share,5,,\nChad,2025-H2,ai_user_share,101,,\n"
                          b"Mali,2025-H2,ai_user_share,NaN,,\nPeru,2025-H2,ai_user_share,\"12,5\",,\n"
                          b"Niger,2025-13,ai_users_share,1e999,,\nTogo,2025-Q1,users,\"1,234,567\",20,10\n"),
        "long-quoting-crlf": (LONG, b"\"country\",\"period\",\"metric\",\"value\"\r\n"
                              b"\"Korea, Rep.\",2025-H1,ai_user_share,\"30.5\"\r\n"
                              b"\"C\xc3\xb4te d'Ivoire\",2025,ai_user_share,9.9\r\n"
                              b"\"Bosnia \"\"and\"\" Herzegovina\",2025-07,ai_user_share,\"1\n2\"\r\n"),
        "long-utf8-bom-iso2": (LONG | UTF8, b"\xef\xbb\xbfcountry,period,metric,value\nNA,2025-H2,ai_user_share,3\n"
                               b"KOR,2025-H2,ai_user_share,40\nT\xc3\xbcrkiye,2025-H2,ai_user_share,20.3%\n"),
        "wide-latin1": (WIDE | METRIC, (ROOT / fixtures / "publisher-wide-latin1.csv").read_bytes()),
        "wide-macroman": (WIDE | METRIC | MACROMAN, (ROOT / fixtures / "publisher-wide-macroman.csv").read_bytes()),
        "wide-cp1252": (WIDE | METRIC | CP1252, b"Economy,H2 2025 AI Diffusion,Share (latest)\n"
                        b"T\xfcrkiye,20.30%,21.6%\nCura\xe7ao,\x80,\n"),
        "wide-metric-headers": (WIDE | FLAG | DECLARED, b"name,iso3,ai_user_share,deepseek_share,Users\n"
                                b"Kenya,KEN,10.5,3,\"1,000\"\nGhana,,8,,\nKosovo,XKX,,,\n"),
        "monthly-ke": (MONTHLY_NAME, (ROOT / fixtures / "monthly/ai_chatbot-market_share-KE-monthly-202501-202512.csv").read_bytes()),
        "monthly-ng-month-names": (MONTHLY_NAME | FLAG, (ROOT / fixtures / "monthly/ai_chatbot-market_share-NG-monthly-202505-202512.csv").read_bytes()),
        "monthly-economy-formats": (MONTHLY_ECONOMY | DECLARED, b"Month,ChatGPT,Microsoft Copilot,Other\n"
                                    b"2025-07-01,79.85%,4.1,16.05\n2025/08,80,,20\nSeptember 2025,,,\n"
                                    b"Oct 2025,81,5,14\n2025-10,1,1,1\n,5,5,5\n2025-13,1,2,3\n"),
        "monthly-economy-code": (MONTHLY_ECONOMY | FLAG, b"\"Date\",\"ChatGPT\",\"Deepseek\"\n2025-01,50,50\n2025-02,40,60\n"),
    }
    for name, (selector, text) in seeds.items():
        write("csv", name, bytes([selector]) + text)
    # The same file in UTF-16 (both byte orders), detected and forced.
    text = head("Data/usage/ai_user_share.csv", 6).decode("utf-8")
    write("csv", "long-utf16le-bom", bytes([LONG]) + b"\xff\xfe" + text.encode("utf-16-le"))
    write("csv", "long-utf16be-forced", bytes([LONG | UTF16]) + b"\xfe\xff" + text.encode("utf-16-be"))
    write("csv", "long-latin1-forced", bytes([LONG | LATIN1]) + "country,period,metric,value\nCôte d'Ivoire,2025-H2,ai_user_share,9\n".encode("latin-1"))


def yaml_seeds():
    for path in sorted((ROOT / "Pipelines").glob("*.yaml")):
        write("pipeline", path.stem, path.read_bytes())
    write("pipeline", "minimal", b"title: T\nsources:\n  - path: Data/usage/x.csv\nmetrics:\n  - id: m\n    label: M\n    unit: percent\n")
    write("pipeline", "flow-and-anchors", b"title: &t \"A\"\ndescription: *t\nsources: [{path: a.csv, format: wide, "
          b"columns: {\"Share (latest)\": {period: 2026-Q1}}, aliases: {Congo: COG}, ignore: [x]}]\n"
          b"metrics: [{id: a_b, label: L, unit: count, weight: users:a_b, report: false}]\n"
          b"analysis: {min_coverage: 0.5, groupings: [world, {name: g, path: g.csv}, {name: c, flags: [sanctioned], period: 2025-H2}]}\n")
    write("pipeline", "monthly-source", b"title: M\nsources:\n  - path: Data/usage/KE.csv\n    format: monthly\n"
          b"    economy: Kenya\n    minimum_months: 7\n    encoding: macroman\nmetrics:\n  - id: share_chatgpt\n"
          b"    label: ChatGPT\n    unit: percent\n    weight: none\nunknown_key: 1\n")


def geojson_seeds():
    for path in sorted((ROOT / "Tests/GeoMapsTests/Fixtures").glob("*.geojson")):
        write("geojson", path.stem, path.read_bytes())
    world = json.loads((ROOT / "Data/geo/countries-110m.geojson").read_bytes())
    # A few small features of the shipped file: islands, a MultiPolygon, the -99 code cases.
    wanted = {"FJI", "CYN", "KOS", "SOL", "LUX", "TTO", "NCL"}
    keep = []
    for feature in world["features"]:
        properties = feature.get("properties") or {}
        codes = {properties.get(key) for key in ("ISO_A3_EH", "ADM0_A3", "ISO_A3")}
        if codes & wanted:
            keep.append(feature)
    for feature in keep:
        properties = feature["properties"]
        code = properties.get("ADM0_A3") or properties.get("ISO_A3")
        slim = dict(feature, properties={k: properties[k] for k in ("ISO_A3_EH", "ADM0_A3", "ISO_A3", "NAME", "LABEL_X", "LABEL_Y") if k in properties})
        write("geojson", "ne110m-" + str(code), json.dumps({"type": "FeatureCollection", "features": [slim]}).encode())
    # Neighbours sharing borders, for the arc splitting.
    neighbours = [f for f in world["features"] if (f.get("properties") or {}).get("ADM0_A3") in {"BEL", "NLD", "LUX"}]
    for feature in neighbours:
        feature["properties"] = {k: feature["properties"][k] for k in ("ADM0_A3", "NAME")}
    write("geojson", "ne110m-benelux", json.dumps({"type": "FeatureCollection", "features": neighbours}).encode())
    write("geojson", "feature-ids", b'{"type":"Feature","id":"KEN","properties":{"iso3":"KEN","name":"K"},'
          b'"geometry":{"type":"MultiPolygon","coordinates":[[[[179,0],[-179,1],[-179,-1],[179,0]]],[[[0,0],[1,0],[1,1],[0,0]],[[0.2,0.2],[0.4,0.2],[0.4,0.4],[0.2,0.2]]]]}}')


def topojson_seeds():
    for path in sorted((ROOT / "Tests/GeoMapsTests/Fixtures").glob("*.topojson")):
        write("topojson", path.stem, path.read_bytes())
    write("topojson", "unquantized", b'{"type":"Topology","objects":{"world":{"type":"GeometryCollection","geometries":['
          b'{"type":"Polygon","arcs":[[0,1]],"id":"KEN"},{"type":"Polygon","arcs":[[-2,2]],"properties":{"ADM0_A3":"SOL","ISO_A3_EH":"-99"}}]}},'
          b'"arcs":[[[10,10],[20,10],[20,20]],[[20,20],[10,20],[10,10]],[[10,10],[15,0],[20,20]]]}')
    write("topojson", "single-object", b'{"type":"Topology","transform":{"scale":[1,1],"translate":[-180,-90]},'
          b'"objects":{"a":{"type":"MultiPolygon","arcs":[[[0]],[[-1]]],"id":"FJI"}},'
          b'"arcs":[[[359,89],[2,0],[0,2],[-2,0],[0,-2]]]}')


def markup_seeds():
    # First byte: even = map SVG, odd = report Markdown (see FuzzMarkup.swift).
    svg = (ROOT / "Tests/GeoMapsTests/Golden/tinyMap.svg").read_bytes()
    write("markup", "map-tiny", b"\x00" + svg[:4000])
    write("markup", "map-namespaces", b"\x00" + b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
          b'<defs><path id="s" d="M0 0h1"/></defs><use x:href="#s"/><s:script xmlns:s="http://www.w3.org/2000/svg">'
          b'alert(1)</s:script><a href="javascript:x"><rect onclick="x" style="fill:url(#s)"/></a>'
          b'<style>rect{fill:red}</style><g xmlns="http://www.w3.org/1999/xhtml"><iframe/></g></svg>')
    report = (ROOT / "Reports/deepseek/README.md").read_bytes()
    write("markup", "report-head", b"\x01" + report[:3000])
    write("markup", "report-html", b"\x01" + b'# T\n\n<script>x</script> <img src=x onerror=y> [a](javascript:b)\n\n'
          b'| a | b |\n|---|---|\n| <b onmouseover=1>c</b> | ![i](data:x) |\n')


def archive_seeds():
    # First byte modulo 3: 0 = an archive file as is, 1 = an archive's body to be sealed by the
    # harness, 2 = GeoJSON to archive (see FuzzGeometryArchive.swift). Only the GeoJSON ones are
    # written here; the archive-shaped seeds (file-*, sealed-*) are GeometryArchive.encode of the
    # same GeoJSON seeds, written once by Swift and kept in git.
    for path in sorted((CORPUS / "geojson").iterdir()):
        if not path.name.startswith("broken-"):
            write("archive", "geojson-" + path.name, b"\x02" + path.read_bytes())


def main():
    # Rewrites the seeds it makes; seeds added by hand (regressions found by fuzzing, the
    # archive-shaped seeds) are left as they are.
    csv_seeds()
    yaml_seeds()
    geojson_seeds()
    topojson_seeds()
    archive_seeds()
    markup_seeds()
    for folder in sorted(CORPUS.iterdir()):
        files = list(folder.iterdir())
        print(f"{folder.name}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes")


if __name__ == "__main__":
    main()
