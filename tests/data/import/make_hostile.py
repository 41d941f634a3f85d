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
