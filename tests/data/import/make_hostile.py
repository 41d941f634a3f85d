# Builds the hostile packages tst_safepackage must refuse, into the folder given.
# Sizes are real (zeros deflate to almost nothing); headers are patched where a file must lie.
import base64, os, struct, sys, zipfile
out = sys.argv[1]
def z(name, entries, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(out, name), 'w', method) as f:
        for n, data in entries:
            f.writestr(n, data)
def patch(name, fn):
    p = os.path.join(out, name); b = bytearray(open(p, 'rb').read()); fn(b); open(p, 'wb').write(b)
def each_header(b, sig, field, value, fmt):
    i = b.find(sig)
    while i >= 0:
        struct.pack_into(fmt, b, i + field, value); i = b.find(sig, i + 4)
ok = [('mimetype', b'application/vnd.oasis.opendocument.spreadsheet'),
      ('content.xml', b'<?xml version="1.0"?><office:document-content xmlns:office="urn:x"><a>t</a></office:document-content>')]
z('good.ods', ok)
open(os.path.join(out, 'notzip.xlsx'), 'wb').write(b'This is not a zip package.\n' * 100)
open(os.path.join(out, 'empty.xlsx'), 'wb').write(b'')
b = open(os.path.join(out, 'good.ods'), 'rb').read()
open(os.path.join(out, 'truncated.ods'), 'wb').write(b[:len(b) // 2])
z('entries.xlsx', [('e%d.xml' % i, b'') for i in range(5000)])
z('bomb.xlsx', [('xl/sharedStrings.xml', b'\0' * (200 << 20))])
z('total.xlsx', [('p%d.xml' % i, os.urandom(1 << 10) + b'\0' * (20 << 20)) for i in range(5)])
z('ratio.ods', ok + [('styles.xml', b' ' * (8 << 20))])
z('lying.ods', ok + [('styles.xml', b'<a>' + b' ' * (100 << 20) + b'</a>')])
patch('lying.ods', lambda b: (each_header(b, b'PK\x01\x02', 24, 1000, '<I'), each_header(b, b'PK\x03\x04', 22, 1000, '<I')))
for i, n in enumerate(['../evil.xml', '/etc/evil.xml', 'a/../../evil.xml', 'C:/evil.xml', 'a\\..\\..\\evil.xml']):
    z('slip%d.ods' % i, ok + [(n, b'<a/>')])
z('dup.ods', ok + [('content.xml', b'<b/>')])
z('encrypted.ods', ok)
patch('encrypted.ods', lambda b: (each_header(b, b'PK\x01\x02', 8, 1, '<H'), each_header(b, b'PK\x03\x04', 6, 1, '<H')))
z('basic.ods', ok + [('Basic/Standard/Module1.xml', b'<a/>')])
z('scripts.odt', ok + [('Scripts/python/run.py', b'import os')])
z('vba.xlsx', ok + [('xl/vbaProject.bin', b'\0' * 100)])
z('dtd.ods', [('content.xml', b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')])
laughs = '<!DOCTYPE l [<!ENTITY l0 "lol">' + ''.join('<!ENTITY l%d "%s">' % (i, ('&l%d;' % (i - 1)) * 10) for i in range(1, 10)) + ']>'
z('laughs.ods', [('content.xml', ('<?xml version="1.0"?>' + laughs + '<a>&l9;</a>').encode())])
z('external.ods', [('content.xml', b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>')])
z('undeclared.ods', [('content.xml', b'<a>&e;</a>')])
z('deep.ods', [('content.xml', b'<a>' * 100000 + b'</a>' * 100000)])
z('longtext.ods', [('content.xml', b'<a>' + base64.b64encode(os.urandom(9 << 18)) + b'</a>')])
z('longattr.ods', [('content.xml', b'<a b="' + base64.b64encode(os.urandom(9 << 18)) + b'"/>')])
z('malformed.ods', [('content.xml', b'<a><b></a>')])
# Workbooks whose parts are hostile: XlsxGridReader checks each part in the parse that reads it.
book = (b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" r:id="rId1"/></sheets></workbook>')
rels = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1"'
        b' Target="worksheets/sheet1.xml"/></Relationships>')
def sheet(data):
    return b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + data + b'</sheetData></worksheet>'
def xlsx(name, part, data):
    parts = {'xl/workbook.xml': book, 'xl/_rels/workbook.xml.rels': rels,
             'xl/worksheets/sheet1.xml': sheet(b'<row r="1"><c r="A1"><v>1</v></c></row>')}
    parts[part] = data
    z(name, list(parts.items()))
xlsx('goodsheet.xlsx', 'xl/sharedStrings.xml', b'<sst><si><t>a</t></si></sst>')
xlsx('sheetdtd.xlsx', 'xl/worksheets/sheet1.xml', b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]>' + sheet(b''))
xlsx('sheetdeep.xlsx', 'xl/worksheets/sheet1.xml', sheet(b'<row r="1">' + b'<a>' * 100 + b'</a>' * 100 + b'</row>'))
long = base64.b64encode(os.urandom(9 << 18))
xlsx('sheetlongvalue.xlsx', 'xl/worksheets/sheet1.xml', sheet(b'<row r="1"><c r="A1" t="str"><v>' + long + b'</v></c></row>'))
xlsx('sheetlongcomment.xlsx', 'xl/worksheets/sheet1.xml', sheet(b'<row r="1"><c r="A1"><v>1<!--' + long + b'--></v></c></row>'))
xlsx('sheetmalformed.xlsx', 'xl/worksheets/sheet1.xml', sheet(b'<row r="1"><c r="A1"><v>1</c></row>'))
xlsx('sheetnested.xlsx', 'xl/worksheets/sheet1.xml', sheet(b'<row r="1"><c r="A1"><v>1<b/></v></c></row>'))
xlsx('stringsdtd.xlsx', 'xl/sharedStrings.xml', b'<!DOCTYPE a [<!ENTITY e "x">]><sst><si><t>&e;</t></si></sst>')
xlsx('stringslong.xlsx', 'xl/sharedStrings.xml', b'<sst><si><t>' + long + b'</t></si></sst>')
xlsx('bookdtd.xlsx', 'xl/workbook.xml', b'<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>')
xlsx('relsdeep.xlsx', 'xl/_rels/workbook.xml.rels', b'<a>' * 100 + b'</a>' * 100)
xlsx('propsdtd.xlsx', 'docProps/custom.xml', b'<!DOCTYPE a [<!ENTITY e "x">]><Properties><property name="n"><v>&e;</v></property></Properties>')
xlsx('propslong.xlsx', 'docProps/custom.xml', b'<Properties><property name="n"><v>' + long + b'</v></property></Properties>')
xlsx('propsundeclared.xlsx', 'docProps/custom.xml', b'<Properties><property name="n"><v>&e;</v></property></Properties>')
