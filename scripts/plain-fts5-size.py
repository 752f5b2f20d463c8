#!/usr/bin/env python3
# The naive limit of issue #14: a plain FTS5 table (content kept, bm25) of a PyVideo tree, built as the issue did.
#   scripts/plain-fts5-size.py TREE OUT.db   (prints talks, seconds, MB; then: sqlite3 OUT.db "SELECT name, sum(pgsize) FROM dbstat GROUP BY 1")
import json, os, sqlite3, sys, time
tree, out = sys.argv[1], sys.argv[2]
if os.path.exists(out): os.remove(out)
t0 = time.time()
rows = []
for event in sorted(e for e in os.listdir(tree) if os.path.isfile(os.path.join(tree, e, "category.json"))):
    cat = json.load(open(os.path.join(tree, event, 'category.json')))
    vd = os.path.join(tree, event, 'videos')
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
