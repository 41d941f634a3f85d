#!/usr/bin/python3
"""Reads an .xlsx with openpyxl (an independent reader) and prints what the NAP Desk tests
check as JSON: sheets and their state, frozen panes, autofilter, widths, print set-up,
cell values with their types, fonts, data validations, defined names, custom properties."""
import datetime
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"


def cell_value(c):
    v = c.value
    if isinstance(v, datetime.datetime):
        return {"type": "date", "value": v.isoformat(), "format": c.number_format}
    if isinstance(v, (int, float)):
        return {"type": "number", "value": v}
    if v is None:
        return {"type": "empty"}
    return {"type": "text", "value": str(v), "format": c.number_format}


def custom_properties(path):
    with zipfile.ZipFile(path) as z:
        if "docProps/custom.xml" not in z.namelist():
            return {}
        root = ET.fromstring(z.read("docProps/custom.xml"))
    out = {}
    for p in root.findall("{%s}property" % CUSTOM):
        out[p.get("name")] = "".join(p.itertext())
    return out


def main():
    path = sys.argv[1]
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        rows = [[cell_value(c) for c in row] for row in ws.iter_rows()]
        sheets.append({
            "title": ws.title,
            "state": ws.sheet_state,
            "freeze": ws.freeze_panes,
            "autofilter": ws.auto_filter.ref,
            "orientation": ws.page_setup.orientation,
            "paperSize": ws.page_setup.paperSize,
            "printTitleRows": ws.print_title_rows,
            "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "fitToWidth": 1 if ws.page_setup.fitToWidth is None else ws.page_setup.fitToWidth,  # OOXML default
            "fitToHeight": 1 if ws.page_setup.fitToHeight is None else ws.page_setup.fitToHeight,
            "widths": {k: v.width for k, v in ws.column_dimensions.items()},
            "headerFont": ws.cell(1, 1).font.name if ws.max_row >= 1 else None,
            "dataFont": ws.cell(2, 1).font.name if ws.max_row >= 2 else None,
            "wrap": ws.cell(2, 5).alignment.wrap_text if ws.max_row >= 2 else None,
            "validations": [{"type": v.type, "formula": v.formula1, "sqref": str(v.sqref),
                             "errorStyle": v.errorStyle}
                            for v in ws.data_validations.dataValidation],
            "rows": rows,
        })
    names = {}
    for dn in wb.defined_names.definedName:
        names[dn.name] = dn.attr_text
    json.dump({"sheets": sheets, "definedNames": names, "title": wb.properties.title,
               "custom": custom_properties(path)}, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
