#!/usr/bin/env bash
# Re-create Sopiva's curated OpenMoji symbol subset from an installed `openmoji` npm package.
#
#   mkdir /tmp/om && cd /tmp/om && npm init -y && npm install openmoji
#   bash public/symbols/curate.sh /tmp/om/node_modules/openmoji
#
# Copies the colour and black-line SVG of each chosen emoji to colour/<concept>.svg and
# black/<concept>.svg next to this script, and writes openmoji.json (the concept -> file
# mapping read by the app). SVG content is copied unchanged; a <title> element, if a future
# OpenMoji version adds one, is removed, and a file with an external reference is refused.
# Needs bash, sed, grep and node (which comes with npm).
set -euo pipefail

pkg="${1:?usage: curate.sh PATH/TO/node_modules/openmoji}"
out="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# concept id <TAB> OpenMoji hexcode. One meaning per symbol: no hexcode twice.
table='plan	1F4CB
important	2764
good-at	1F4AA
helpers	1F9D1-200D-1F91D-200D-1F9D1
need-help	1F64B
support	E083
goals	1F3AF
wish	1F320
money	1F4B6
used	1F4B8
left	1FA99
date	1F4C5
follow-up	1F91D
yes	1F44D
no	1F44E
save	1F4BE
back	2B05
continue	27A1
change	270F
help	2753
done	1F6AA
listen	1F50A
stop	1F507
language	1F310
bigger-text	1F520
contrast	25D1
settings	2699
warning	26A0
check	1F50E
saved	2714
kiosk-touch	E100
more-time	23F3
sign-in	1F511
card	1F4B3
who-looked	1F440
relative	1F46A
worker	1F9D1-200D-1F4BC
lock	1F512
pin-dog	1F415
pin-cat	1F408
pin-sun	2600
pin-house	1F3E0
pin-car	1F697
pin-tree	1F333
pin-apple	1F34E
pin-fish	1F41F
pin-flower	1F33C
pin-ball	26BD
pin-star	2B50
pin-bicycle	1F6B2
decision	1F4C4
voucher	1F3AB
county	1F3DB
permission	2705
went-good	1F604
went-so-so	1F611
went-not-good	1F61F
wellbeing	1F33B
wb-scale-1	1F61E
wb-scale-2	2639
wb-scale-3	1F610
wb-scale-4	1F60A
wb-scale-5	1F601
wb-change-better	2197
wb-change-same	2194
wb-change-worse	2198
wb-feel	1F496
wb-people	1FAC2
wb-health	1F3C3
wb-everyday	1F3E1
wb-hobbies	1F3A8
wb-decide	1F9ED
wb-heard	1F442
wb-choose	1F5F3
wb-got-help	1F6DF
wb-easy	1F44C
wb-comment	1F4DD
wb-alone	1F9CD
wb-helped	1F46B
kykyviisari	1F4C8
wb-summary	1F4CA
card-family	1F468-200D-1F469-200D-1F467-200D-1F466
card-friends	1F46D
card-partner	1F491
card-pet	1F43E
card-music	1F3B5
card-sport	1F3C5
card-nature	1F332
card-food	1F37D
card-home	1F3D8
card-work	1F4BC
card-learning	1F4DA
card-faith	1F64F
card-travel	1F9F3
card-games	1F3B2
card-art	1F58C
card-tv	1F4FA
card-phone	1F4F1
card-singing	1F3A4
card-dancing	1F483
card-swimming	1F3CA
card-walking	1F6B6
card-crafts	1F9F6
card-cooking	1F373
card-cleaning	1F9F9
card-gardening	1FAB4
card-reading	1F4D6
card-helping	1FAF6
card-humour	1F602
card-shopping	1F6D2
card-laundry	1F9FA
card-money-matters	1F4B0
card-getting-around	1F68C
card-washing-dressing	1F9FC
card-medicine	1F48A
card-evening-out	1F303
card-papers	2709
card-doctor	1FA7A
card-meeting-people	1F44B
card-sleep	1F6CF
card-eating	1F374
card-assistant	1F9D1-200D-1F9BD
card-home-help	1F6CB
card-guide	1F9D1-200D-1F3EB
card-day-activity	1F3E2
card-work-coaching	1F6E0
card-transport	1F695
card-aids	1F9BD
card-talking	1F4AC
card-peer-group	1F465
card-meals	1F371
card-short-break	1F3D5
card-video-call	1F4F9
card-safety-phone	1F4DE
card-study-support	1F393
card-hobby	1F3AD
card-health	1F957
card-independence	1F5DD
move-up	2B06
move-down	2B07'

[ -f "$pkg/data/openmoji.json" ] || { echo "not an openmoji package: $pkg" >&2; exit 1; }
dups="$(printf '%s\n' "$table" | cut -f2 | sort | uniq -d)"
[ -z "$dups" ] || { echo "hexcode used twice: $dups" >&2; exit 1; }

mkdir -p "$out/colour" "$out/black"
while IFS=$'\t' read -r concept hex; do
  for pair in "color:colour" "black:black"; do
    src="$pkg/${pair%%:*}/svg/$hex.svg"
    dst="$out/${pair##*:}/$concept.svg"
    [ -f "$src" ] || { echo "missing $src" >&2; exit 1; }
    sed -e 's#<title[^>]*>[^<]*</title>##g' "$src" > "$dst"
    if grep -qiE 'href|url\(|<image|<script|@import' "$dst"; then
      echo "external reference in $src" >&2; exit 1
    fi
  done
done <<< "$table"

TABLE="$table" PKG="$pkg" OUT="$out" node -e '
const fs = require("fs");
const pkg = process.env.PKG;
const version = JSON.parse(fs.readFileSync(pkg + "/package.json", "utf8")).version;
const byHex = new Map(JSON.parse(fs.readFileSync(pkg + "/data/openmoji.json", "utf8"))
  .map((e) => [e.hexcode, e]));
const symbols = {};
for (const line of process.env.TABLE.split("\n")) {
  const [concept, hex] = line.split("\t");
  const e = byHex.get(hex);
  if (!e) throw new Error("hexcode not in data/openmoji.json: " + hex);
  symbols[concept] = {
    colour: "/symbols/colour/" + concept + ".svg",
    black: "/symbols/black/" + concept + ".svg",
    openmoji: hex,
    annotation: e.annotation,
  };
}
const doc = {
  about: "Symbol pack used by Sopiva. Each key of \"symbols\" is a fixed Sopiva concept id; " +
    "\"colour\" and \"black\" are site paths of a colour and a black-line SVG drawn left of " +
    "the text. To use another pack you hold a licence for, put its SVGs under /symbols/ and " +
    "replace this file with one of the same shape (pack, version, licence, attribution, url, " +
    "and every concept id with colour and black); \"openmoji\" and \"annotation\" are " +
    "informational. Made by curate.sh.",
  pack: "OpenMoji",
  version,
  licence: "CC BY-SA 4.0",
  attribution: "All emojis designed by OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0",
  url: "https://openmoji.org/",
  symbols,
};
fs.writeFileSync(process.env.OUT + "/openmoji.json", JSON.stringify(doc, null, 2) + "\n");
'
echo "copied $(printf '%s\n' "$table" | wc -l) symbols (colour and black) to $out"
