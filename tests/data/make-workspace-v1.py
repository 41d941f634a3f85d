#!/usr/bin/env python3
"""Regenerates tests/data/workspace-v1.napdesk: a workspace exactly as schema version 1 wrote it.
Kept so the upgrade path from the first release stays tested; do not edit the DDL below."""
import sqlite3, sys, os

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "workspace-v1.napdesk")
if os.path.exists(out):
    os.remove(out)
db = sqlite3.connect(out)
db.executescript("""
CREATE TABLE plan(uuid TEXT PRIMARY KEY, start TEXT NOT NULL DEFAULT '', end_month TEXT NOT NULL DEFAULT '');
CREATE TABLE area(uuid TEXT PRIMARY KEY, number INTEGER NOT NULL);
CREATE TABLE commitment(uuid TEXT PRIMARY KEY, area_uuid TEXT NOT NULL REFERENCES area(uuid) ON DELETE RESTRICT, code TEXT NOT NULL DEFAULT '', sort INTEGER NOT NULL DEFAULT 0, lead_agency TEXT NOT NULL DEFAULT '', co_agencies TEXT NOT NULL DEFAULT '', start TEXT NOT NULL DEFAULT '', end_month TEXT NOT NULL DEFAULT '', claims TEXT NOT NULL DEFAULT '', policy_tags TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '', contact_email TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft', created TEXT NOT NULL, modified TEXT NOT NULL);
CREATE TABLE milestone(uuid TEXT PRIMARY KEY, commitment_uuid TEXT NOT NULL REFERENCES commitment(uuid) ON DELETE CASCADE, sort INTEGER NOT NULL, start TEXT NOT NULL DEFAULT '', end_month TEXT NOT NULL DEFAULT '', responsible_agency TEXT NOT NULL DEFAULT '', is_new INTEGER NOT NULL DEFAULT 1, completion TEXT NOT NULL DEFAULT 'not_started');
CREATE INDEX milestone_by_commitment ON milestone(commitment_uuid, sort);
CREATE TABLE text(owner TEXT NOT NULL, field TEXT NOT NULL, zh TEXT NOT NULL DEFAULT '', en TEXT NOT NULL DEFAULT '', zh_edited TEXT NOT NULL DEFAULT '', en_edited TEXT NOT NULL DEFAULT '', reviewed TEXT NOT NULL DEFAULT '', PRIMARY KEY(owner, field)) WITHOUT ROWID;
PRAGMA application_id = 1312903236;
PRAGMA user_version = 1;
""")
T = "2024-01-02T03:04:05.000Z"
db.execute("INSERT INTO plan VALUES('p-1','2025-01','2028-12')")
db.execute("INSERT INTO text VALUES('p-1','plan_title','第一版方案','First plan',?,?,'')", (T, T))
db.execute("INSERT INTO area VALUES('a-1',1)")
db.execute("INSERT INTO text VALUES('a-1','area_title','資訊公開','Open information',?,?,'')", (T, T))
for i, code in enumerate(["1-1", "1-2"]):
    db.execute("INSERT INTO commitment VALUES(?, 'a-1', ?, ?, 'ndc', '[\"moj\"]', '2025-01', '2026-12', 'transparency', '[\"open_data\"]', '02-1234-5678', 'a@example.gov.tw', 'draft', ?, ?)",
               ("c-%d" % i, code, i, T, T))
    db.execute("INSERT INTO text VALUES(?, 'title', ?, ?, ?, ?, '')",
               ("c-%d" % i, "第一版承諾事項" if i == 0 else "第二項", "First-schema commitment", T, T))
db.execute("INSERT INTO milestone VALUES('m-1','c-0',0,'2025-01','2025-12','ndc',1,'limited')")
db.execute("INSERT INTO text VALUES('m-1','description','完成草案','Complete the draft',?,?,'')", (T, T))
db.commit()
db.execute("PRAGMA journal_mode=DELETE")
db.close()
