#!/usr/bin/env bash
# Regenerates the workbooks in this folder with LibreOffice Calc and Gnumeric (see README.md).
# Needs soffice and ssconvert on the PATH (Debian: libreoffice-calc-nogui, gnumeric); the tests
# that read the files do not.
#
# Each layout is first written as a flat OpenDocument spreadsheet (.fods, plain XML, below), then
#   LibreOffice converts it to .xlsx, .xlsm, .xls, .csv (and .ods for Gnumeric), and
#   Gnumeric's ssconvert converts that .ods to .xlsx and .xls.
# So every fixture is written by LibreOffice or Gnumeric themselves, none by Apache POI.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

command -v soffice >/dev/null || { echo "soffice (LibreOffice) is not installed" >&2; exit 1; }
command -v ssconvert >/dev/null || { echo "ssconvert (Gnumeric) is not installed" >&2; exit 1; }

# ---------------------------------------------------------------- the seed table
CATEGORIES=("Som regel" "Somme tider" "Sjældent" "Aldrig" "Ved ikke")
LABELS=(
  "Kommunen (fx skole, institution m.fl.) inviterer/rekrutterer organiserede civile aktører (foreninger m.fl.) til opgaver i den kommunale opgaveløsning"
  "Kommunen inviterer/rekrutterer enkeltstående frivillige til opgaver i den kommunale opgaveløsning"
  "Kommunen går i dialog med civile aktører om, hvad der kan samarbejdes om"
  "Kommunen skaber rammer for, at brugere af kommunale tilbud bidrager til opgaver, som kommunen har ansvar for"
  "Lokale civile aktører (foreninger, frivilligcenter m.fl.) inviterer kommunen til samarbejde"
  "Regionale og/eller landsdækkende civile aktører (fx idrætsorganisationer, sociale organisationer m.fl.) inviterer kommunen til samarbejder"
)
SHARES=(
  "26.7 46.4 8.8 5.5 12.7"
  "15.5 46.7 17.9 6.7 13.3"
  "32.1 47.6 9.1 2.4 8.8"
  "9.7 41.8 16.4 8.5 23.6"
  "14.8 49.4 18.5 3.9 13.3"
  "4.2 46.1 24.2 8.2 17.3"
)
MUNICIPALITY="Kommunen tager initiativ"
CIVIL="Civile aktører tager initiativ"

# ---------------------------------------------------------------- writing .fods
# A row is written by `row CELL...`, each CELL one of
#   t:TEXT    a text cell            n:NUMBER  a number (General format)
#   p:NUMBER  a number formatted as percent with one decimal ("0,0 %")
#   f:FORMULA=RESULT  a formula with its result, e.g. f:of:=SUM([.B2:.F2])=100.1
#   s:FORMULA=RESULT  the same formatted as percent, e.g. s:of:=SUM([.B2:.F2])=1.001
#   ""        an empty cell
FODS=""

xml() {
  local s=$1
  s=${s//&/&amp;}; s=${s//</&lt;}; s=${s//>/&gt;}; s=${s//\"/&quot;}
  printf '%s' "$s"
}

begin() {
  FODS=$WORK/$1.fods
  cat >"$FODS" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:styles>
  <style:default-style style:family="table-cell">
   <style:text-properties fo:language="da" fo:country="DK"/>
  </style:default-style>
 </office:styles>
 <office:automatic-styles>
  <number:percentage-style style:name="N11" number:language="da" number:country="DK">
   <number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/>
   <number:text> %</number:text>
  </number:percentage-style>
  <style:style style:name="pct" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N11"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
EOF
}

sheet() {
  printf '   <table:table table:name="%s">\n    <table:table-column table:number-columns-repeated="8"/>\n' "$(xml "$1")" >>"$FODS"
}

end_sheet() {
  printf '   </table:table>\n' >>"$FODS"
}

end() {
  printf '  </office:spreadsheet>\n </office:body>\n</office:document>\n' >>"$FODS"
}

row() {
  local line="    <table:table-row>" cell value formula
  if [ $# -eq 0 ]; then
    line+="<table:table-cell/>"
  fi
  for cell in "$@"; do
    value=${cell#*:}
    case $cell in
      "") line+="<table:table-cell/>" ;;
      t:*) line+="<table:table-cell office:value-type=\"string\"><text:p>$(xml "$value")</text:p></table:table-cell>" ;;
      n:*) line+="<table:table-cell office:value-type=\"float\" office:value=\"$value\"/>" ;;
      p:*) line+="<table:table-cell table:style-name=\"pct\" office:value-type=\"percentage\" office:value=\"$value\"/>" ;;
      f:*) formula=${value%=*}
           line+="<table:table-cell table:formula=\"$(xml "$formula")\" office:value-type=\"float\" office:value=\"${value##*=}\"/>" ;;
      s:*) formula=${value%=*}
           line+="<table:table-cell table:style-name=\"pct\" table:formula=\"$(xml "$formula")\" office:value-type=\"percentage\" office:value=\"${value##*=}\"/>" ;;
      *) echo "unknown cell $cell" >&2; exit 1 ;;
    esac
  done
  printf '%s</table:table-row>\n' "$line" >>"$FODS"
}

# ---------------------------------------------------------------- rows of the seed table
# header LABEL_HEADING [EXTRA_HEADING]
header() {
  local cells=() c
  if [ -n "$1" ]; then cells+=("t:$1"); else cells+=(""); fi
  for c in "${CATEGORIES[@]}"; do cells+=("t:$c"); done
  if [ $# -gt 1 ]; then cells+=("t:$2"); fi
  row "${cells[@]}"
}

# seed_row INDEX KIND [TOTAL_FORMULA_ROW]: KIND n (numbers), p (fractions as percent),
# c (text with a decimal comma); a third argument adds a percent-formatted SUM over B:F of that row
seed_row() {
  local i=$1 kind=$2 cells=("t:${LABELS[$1]}") v sum=0
  for v in ${SHARES[$i]}; do
    case $kind in
      n) cells+=("n:$v") ;;
      p) cells+=("p:$(awk -v x="$v" 'BEGIN { printf "%.3f", x / 100 }')") ;;
      c) cells+=("t:${v/./,}") ;;
    esac
    sum=$(awk -v a="$sum" -v b="$v" 'BEGIN { printf "%.1f", a + b }')
  done
  if [ $# -gt 2 ]; then
    cells+=("s:of:=SUM([.B$3:.F$3])=$(awk -v x="$sum" 'BEGIN { printf "%.3f", x / 100 }')")
  fi
  row "${cells[@]}"
}

seed_rows() {
  local i
  for i in 0 1 2 3 4 5; do seed_row "$i" "$1"; done
}

# ---------------------------------------------------------------- the layouts
layout_bare() {
  begin bare; sheet Data
  header item; seed_rows n
  end_sheet; end
}

layout_titled() {
  begin titled; sheet Data
  row "t:Hvem tager initiativet?"
  row "t:Hvor ofte sker følgende i din kommune?"
  row; row
  header "Spørgsmål"; seed_rows n
  row
  row "t:Kilde: SDU og KORA, 2016."
  row "t:Note: Tallene er afrundede."
  end_sheet; end
}

layout_total() {
  local i cells v
  begin total; sheet Data
  header "" "I alt"
  for i in 0 1 2 3 4 5; do
    cells=("t:${LABELS[$i]}")
    for v in ${SHARES[$i]}; do cells+=("n:$v"); done
    cells+=("f:of:=SUM([.B$((i + 2)):.F$((i + 2))])=$(awk -v l="${SHARES[$i]}" 'BEGIN { n = split(l, v, " "); for (k = 1; k <= n; k++) t += v[k]; printf "%.1f", t }')")
    row "${cells[@]}"
  done
  end_sheet; end
}

layout_percent() {
  begin percent; sheet Data
  header ""; seed_rows p
  end_sheet; end
}

layout_text() {
  begin text; sheet Data
  header ""; seed_rows c
  end_sheet; end
}

layout_sheets() {
  begin sheets
  sheet Forside
  row "t:Samskabelse mellem kommuner og civilsamfund"
  row
  row "t:Rapport" "n:2016"
  end_sheet
  sheet Data; header ""; seed_rows n; end_sheet
  sheet Noter
  row "t:Noter"
  row "t:1" "t:Tallene er afrundede"
  end_sheet
  end
}

layout_two_tables() {
  begin two-tables; sheet Tabeller
  row "t:Tabel 1"
  header ""; seed_rows n
  row; row
  row "t:Tabel 2"
  row "" "t:Helt enig" "t:Enig" "t:Uenig" "t:Helt uenig" "t:Ved ikke"
  row "t:Kommunen lytter" n:10 n:20 n:30 n:30 n:10
  row "t:Kommunen handler" n:20 n:20 n:20 n:20 n:20
  end_sheet; end
}

layout_sections() {
  begin sections; sheet Data
  header ""
  row "t:$MUNICIPALITY"; seed_row 0 n; seed_row 1 n; seed_row 2 n; seed_row 3 n
  row "t:$CIVIL"; seed_row 4 n; seed_row 5 n
  end_sheet; end
}

# everything at once, as a report's table would be laid out
layout_report() {
  begin report
  sheet Forside
  row "t:Samskabelse mellem kommuner og civilsamfund"
  row "t:SDU og KORA, 2016"
  end_sheet
  sheet Tabel
  row "t:Hvem tager initiativet?"
  row "t:Hvor ofte sker følgende i din kommune?"
  row
  header "" "I alt"
  row "t:$MUNICIPALITY"
  seed_row 0 p 6; seed_row 1 p 7; seed_row 2 p 8; seed_row 3 p 9
  row "t:$CIVIL"
  seed_row 4 p 11; seed_row 5 p 12
  row
  row "t:Kilde: SDU og KORA, 2016."
  row "t:Note: Procent af alle kommuner, der har svaret."
  end_sheet
  end
}

LAYOUTS=(bare titled total percent text sheets two-tables sections report)
CSV_LAYOUTS=(bare titled total percent sections)

for layout in "${LAYOUTS[@]}"; do
  "layout_${layout//-/_}"
done

# ---------------------------------------------------------------- converting
# LibreOffice needs a profile; a throwaway one keeps the user's own untouched. It runs in a
# Danish locale, as on a Danish desktop: General-format numbers are then shown with a decimal comma.
PROFILE="file://$WORK/profile"
lo() { LC_ALL=da_DK.UTF-8 LANG=da_DK.UTF-8 soffice "-env:UserInstallation=$PROFILE" --headless --norestore "$@" >/dev/null; }

mkdir -p "$WORK/lo" "$WORK/gn"
for layout in "${LAYOUTS[@]}"; do
  src=$WORK/$layout.fods
  lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$WORK/lo" "$src"
  lo --convert-to 'xlsm:Calc MS Excel 2007 VBA XML' --outdir "$WORK/lo" "$src"
  lo --convert-to 'xls:MS Excel 97' --outdir "$WORK/lo" "$src"
  lo --convert-to 'ods:calc8' --outdir "$WORK/gn" "$src"
  for ext in xlsx xlsm xls; do
    cp "$WORK/lo/$layout.$ext" "$OUT/$layout.libreoffice.$ext"
  done
  ssconvert --export-type=Gnumeric_Excel:xlsx2 "$WORK/gn/$layout.ods" "$OUT/$layout.gnumeric.xlsx" 2>/dev/null
  ssconvert --export-type=Gnumeric_Excel:excel_biff8 "$WORK/gn/$layout.ods" "$OUT/$layout.gnumeric.xls" 2>/dev/null
done

# CSV as Danish Excel writes it: semicolons, decimal comma (the cells' Danish format, saved as
# shown), Windows-1252. Filter options: separator 59 (;), text delimiter 34 ("), character set
# 1252 (Western Europe), first line 1, no column formats, language 1030 (Danish), quote all text
# cells false, (unused on export) false, save cell contents as shown true.
for layout in "${CSV_LAYOUTS[@]}"; do
  lo --convert-to 'csv:Text - txt - csv (StarCalc):59,34,1252,1,,1030,false,false,true' --outdir "$WORK/lo" "$WORK/$layout.fods"
  cp "$WORK/lo/$layout.csv" "$OUT/$layout.libreoffice.csv"
done

soffice --version
ssconvert --version | head -1
