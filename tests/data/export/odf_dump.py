#!/usr/bin/python3
"""Reads an .odt or .ods with odfpy (an independent ODF reader) and prints its structure as
JSON for the NAP Desk tests: package rules, headings, tables with their cell texts and
types, hidden sheets, validations, named ranges and meta.xml user-defined properties."""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

from odf.opendocument import load
from odf.namespaces import TEXTNS, TABLENS, OFFICENS, STYLENS

MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def package_rules(path):
    problems = []
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        first = infos[0]
        mimetype = z.read("mimetype").decode("ascii")
        if first.filename != "mimetype":
            problems.append("mimetype is not the first entry")
        if first.compress_type != zipfile.ZIP_STORED:
            problems.append("mimetype is compressed")
        if first.extra:
            problems.append("mimetype has an extra field")
        root = ET.fromstring(z.read("META-INF/manifest.xml"))
        if root.get("{%s}version" % MANIFEST) != "1.2":
            problems.append("manifest version is not 1.2")
        listed = {}
        for e in root:
            p = e.get("{%s}full-path" % MANIFEST)
            listed[p] = listed.get(p, 0) + 1
            if p == "/" and e.get("{%s}media-type" % MANIFEST) != mimetype:
                problems.append("manifest / media type differs from mimetype")
        names = [i.filename for i in infos if i.filename not in ("mimetype", "META-INF/manifest.xml")]
        for n in names:
            if listed.get(n) != 1:
                problems.append("entry %s listed %d times" % (n, listed.get(n, 0)))
        for p in listed:
            if p != "/" and p not in names:
                problems.append("manifest lists missing %s" % p)
        if "mimetype" in listed or "META-INF/manifest.xml" in listed:
            problems.append("manifest lists itself or mimetype")
        for n in ("content.xml", "styles.xml", "meta.xml", "settings.xml"):
            if n in names:
                r = ET.fromstring(z.read(n))
                if r.get("{%s}version" % OFFICENS) != "1.2":
                    problems.append("%s root lacks office:version 1.2" % n)
    return mimetype, problems


def qn(node):
    return getattr(node, "qname", None)


def text_of(node):
    out = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            out.append(child.data)
        elif qn(child) == (TEXTNS, "s"):
            out.append(" " * int(child.getAttrNS(TEXTNS, "c") or 1))
        elif qn(child) == (TEXTNS, "tab"):
            out.append("\t")
        elif qn(child) == (TEXTNS, "line-break"):
            out.append("\n")
        elif child.nodeType == child.ELEMENT_NODE:
            out.append(text_of(child))
    return "".join(out)


def cell_info(cell):
    paragraphs = [text_of(p) for p in cell.childNodes if qn(p) == (TEXTNS, "p")]
    info = {"text": "\n".join(paragraphs), "paragraphs": paragraphs}
    vtype = cell.getAttrNS(OFFICENS, "value-type")
    if vtype:
        info["type"] = vtype
    for attr in ("value", "date-value"):
        v = cell.getAttrNS(OFFICENS, attr)
        if v:
            info[attr] = v
    for attr in ("number-columns-spanned", "content-validation-name"):
        v = cell.getAttrNS(TABLENS, attr)
        if v:
            info[attr] = v
    return info


def rows_of(element):
    rows = []
    for child in element.childNodes:
        if qn(child) == (TABLENS, "table-row"):
            rows.append([cell_info(c) for c in child.childNodes if qn(c) == (TABLENS, "table-cell")])
    return rows


def tables(doc):
    hidden_styles = set()
    for s in doc.automaticstyles.childNodes:
        for p in s.childNodes:
            if qn(p) == (STYLENS, "table-properties") and p.getAttrNS(TABLENS, "display") == "false":
                hidden_styles.add(s.getAttrNS(STYLENS, "name"))
    out = []
    for t in doc.getElementsByType(__import__("odf.table", fromlist=["Table"]).Table):
        header = [r for h in t.childNodes if qn(h) == (TABLENS, "table-header-rows") for r in rows_of(h)]
        out.append({
            "name": t.getAttrNS(TABLENS, "name"),
            "hidden": t.getAttrNS(TABLENS, "style-name") in hidden_styles,
            "columns": len([c for c in t.childNodes if qn(c) == (TABLENS, "table-column")]),
            "headerRows": header,
            "rows": rows_of(t),
        })
    return out


def main():
    path = sys.argv[1]
    mimetype, problems = package_rules(path)
    doc = load(path)
    result = {"mimetype": mimetype, "packageProblems": problems, "tables": tables(doc)}
    import odf.text, odf.table, odf.meta
    result["headings"] = [{"level": int(h.getAttrNS(TEXTNS, "outline-level")), "text": text_of(h),
                           "style": h.getAttrNS(TEXTNS, "style-name")}
                          for h in doc.getElementsByType(odf.text.H)]
    body = getattr(doc, "text", None)
    result["paragraphs"] = [text_of(p) for p in body.childNodes if qn(p) == (TEXTNS, "p")] if body else []
    result["paragraphStyles"] = [p.getAttrNS(TEXTNS, "style-name") for p in body.childNodes
                                 if qn(p) == (TEXTNS, "p")] if body else []
    result["validations"] = {v.getAttrNS(TABLENS, "name"): v.getAttrNS(TABLENS, "condition")
                             for v in doc.getElementsByType(odf.table.ContentValidation)}
    result["namedRanges"] = {n.getAttrNS(TABLENS, "name"): n.getAttrNS(TABLENS, "cell-range-address")
                             for n in doc.getElementsByType(odf.table.NamedRange)}
    result["databaseRanges"] = [d.getAttrNS(TABLENS, "target-range-address")
                                for d in doc.getElementsByType(odf.table.DatabaseRange)]
    meta = {}
    for u in doc.meta.childNodes:
        if qn(u) and qn(u)[1] == "user-defined":
            meta[u.getAttribute("name")] = text_of(u)
        elif u.nodeType == u.ELEMENT_NODE:
            meta[qn(u)[1]] = text_of(u)
    result["meta"] = meta
    json.dump(result, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
