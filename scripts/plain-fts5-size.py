#!/usr/bin/env python3
# The naive limit of issue #14: a plain FTS5 table (content kept, bm25) of a PyVideo tree, built as the issue did.
#   scripts/plain-fts5-size.py TREE OUT.db   (TREE: a PyVideo tree, or a folder of them; prints talks, seconds, MB; then: sqlite3 OUT.db "SELECT name, sum(pgsize) FROM dbstat GROUP BY 1")
import json, os, sqlite3, sys, time
tree, out = sys.argv[1], sys.argv[2]
if os.path.exists(out): os.remove(out)
t0 = time.time()
rows = []
# Every event folder under TREE, at any depth (a tree of copies holds one PyVideo tree per folder), in name order.
events = sorted(d for d, _, files in os.walk(tree) if 'category.json' in files)
for event in events:
    cat = json.load(open(os.path.join(event, 'category.json')))
    vd = os.path.join(event, 'videos')
    for f in sorted(os.listdir(vd)):
        v = json.load(open(os.path.join(vd, f)))
        rows.append((v.get('title',''), ', '.join(v.get('speakers') or []), cat.get('title',''),
                     ' '.join(v.get('tags') or []), v.get('description') or '',
                     json.dumps([x.get('url') for x in v.get('videos') or []] + [x.get('url') for x in v.get('related_urls') or []]),
                     v.get('recorded',''), v.get('duration') or 0, v.get('thumbnail_url','')))
c = sqlite3.connect(out)
c.execute("create virtual table talks using fts5(title, speakers, event, tags, description, links unindexed, recorded unindexed, duration unindexed, thumbnail unindexed)")
c.executemany("insert into talks values (?,?,?,?,?,?,?,?,?)", rows)
c.execute("insert into talks(talks) values('optimize')")
c.commit(); c.close()
print(len(rows), 'talks', round(time.time()-t0,1), 's', round(os.path.getsize(out)/1e6,1), 'MB')
