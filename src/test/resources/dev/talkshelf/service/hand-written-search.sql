-- Hand-written SQL equal to TalkShelf queries, for SideBySideBenchmark (issue #14): the first page of 200 talks
-- with their event, speakers and topics, then the total. Each block starts with '-- query: ' and the TalkShelf
-- query it stands for; statements end with ';' at the end of a line. Plain FTS5 with the same bm25 weights.

-- query: 
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM talk t LEFT JOIN event e ON e.id = t.event_id WHERE 1 ORDER BY t.added DESC, t.id DESC LIMIT 200;
SELECT count(*) FROM talk t WHERE 1;

-- query: python
WITH page AS (SELECT rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts WHERE talk_fts MATCH '"python"*' ORDER BY score, rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"python"*';

-- query: python data
WITH page AS (SELECT rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts WHERE talk_fts MATCH '"python"* AND "data"*' ORDER BY score, rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"python"* AND "data"*';

-- query: metaclasses
WITH page AS (SELECT rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts WHERE talk_fts MATCH '"metaclasses"*' ORDER BY score, rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"metaclasses"*';

-- query: py
WITH page AS (SELECT rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts WHERE talk_fts MATCH '"py"*' ORDER BY score, rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"py"*';

-- query: "machine learning"
WITH page AS (SELECT rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts WHERE talk_fts MATCH '"machine learning"' ORDER BY score, rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"machine learning"';

-- query: "machine learning" speaker:a
WITH page AS (SELECT rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts WHERE talk_fts MATCH '"machine learning" AND speakers : "a"*' ORDER BY score, rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"machine learning" AND speakers : "a"*';

-- query: title:async
WITH page AS (SELECT rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts WHERE talk_fts MATCH 'title : "async"*' ORDER BY score, rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'title : "async"*';

-- query: event:europython
WITH page AS (SELECT rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts WHERE talk_fts MATCH 'event : "europython"*' ORDER BY score, rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'event : "europython"*';

-- query: tag:python
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM talk t LEFT JOIN event e ON e.id = t.event_id WHERE t.id IN (SELECT cl.talk_id FROM talk_topic_closure cl JOIN topic p ON p.id = cl.topic_id WHERE p.path = 'python') ORDER BY t.added DESC, t.id DESC LIMIT 200;
SELECT count(*) FROM talk t WHERE t.id IN (SELECT cl.talk_id FROM talk_topic_closure cl JOIN topic p ON p.id = cl.topic_id WHERE p.path = 'python');

-- query: year:2015..2019
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM talk t LEFT JOIN event e ON e.id = t.event_id WHERE t.year BETWEEN 2015 AND 2019 ORDER BY t.added DESC, t.id DESC LIMIT 200;
SELECT count(*) FROM talk t WHERE t.year BETWEEN 2015 AND 2019;

-- query: status:in-progress
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM talk t LEFT JOIN event e ON e.id = t.event_id WHERE t.status = 'in-progress' ORDER BY t.added DESC, t.id DESC LIMIT 200;
SELECT count(*) FROM talk t WHERE t.status = 'in-progress';

-- query: duration:<15m
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM talk t LEFT JOIN event e ON e.id = t.event_id WHERE t.duration_ms < 900000 ORDER BY t.added DESC, t.id DESC LIMIT 200;
SELECT count(*) FROM talk t WHERE t.duration_ms < 900000;

-- query: rating:>=4
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM talk t LEFT JOIN event e ON e.id = t.event_id WHERE t.rating >= 4 ORDER BY t.added DESC, t.id DESC LIMIT 200;
SELECT count(*) FROM talk t WHERE t.rating >= 4;

-- query: python -django
WITH page AS (SELECT rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts WHERE talk_fts MATCH '"python"* NOT "django"*' ORDER BY score, rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"python"* NOT "django"*';

-- query: django or flask
WITH page AS (SELECT rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts WHERE talk_fts MATCH '"django"* OR "flask"*' ORDER BY score, rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"django"* OR "flask"*';

-- query: (django or flask) status:unwatched
WITH page AS (SELECT f.rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts f JOIN talk t ON t.id = f.rowid
                WHERE talk_fts MATCH '"django"* OR "flask"*' AND (t.status = 'unwatched') ORDER BY score, f.rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts f JOIN talk t ON t.id = f.rowid WHERE talk_fts MATCH '"django"* OR "flask"*' AND (t.status = 'unwatched');

-- query: python or rust not status:watched
WITH page AS (SELECT f.rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts f JOIN talk t ON t.id = f.rowid
                WHERE talk_fts MATCH '"python"* OR "rust"*' AND (f.rowid IN (SELECT rowid FROM talk_fts WHERE talk_fts MATCH '"python"*') OR t.status <> 'watched') ORDER BY score, f.rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts f JOIN talk t ON t.id = f.rowid WHERE talk_fts MATCH '"python"* OR "rust"*' AND (f.rowid IN (SELECT rowid FROM talk_fts WHERE talk_fts MATCH '"python"*') OR t.status <> 'watched');

-- query: python duration:20m..45m year:2018..2022
WITH page AS (SELECT f.rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts f JOIN talk t ON t.id = f.rowid
                WHERE talk_fts MATCH '"python"*' AND (t.duration_ms BETWEEN 1200000 AND 2700000 AND t.year BETWEEN 2018 AND 2022) ORDER BY score, f.rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts f JOIN talk t ON t.id = f.rowid WHERE talk_fts MATCH '"python"*' AND (t.duration_ms BETWEEN 1200000 AND 2700000 AND t.year BETWEEN 2018 AND 2022);

-- query: python year:2020 status:unwatched
WITH page AS (SELECT f.rowid AS id, bm25(talk_fts, 10.0, 8.0, 3.0, 4.0, 1.0, 2.0) AS score FROM talk_fts f JOIN talk t ON t.id = f.rowid
                WHERE talk_fts MATCH '"python"*' AND (t.year = 2020 AND t.status = 'unwatched') ORDER BY score, f.rowid LIMIT 200)
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM page JOIN talk t ON t.id = page.id LEFT JOIN event e ON e.id = t.event_id ORDER BY page.score, page.id;
SELECT count(*) FROM talk_fts f JOIN talk t ON t.id = f.rowid WHERE talk_fts MATCH '"python"*' AND (t.year = 2020 AND t.status = 'unwatched');

-- query: -python
SELECT t.*, e.name AS event_name,
       (SELECT group_concat(s.name, ', ') FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id WHERE ts.talk_id = t.id) AS speakers,
       (SELECT group_concat(p.path, ', ') FROM talk_topic tt JOIN topic p ON p.id = tt.topic_id WHERE tt.talk_id = t.id) AS topics
  FROM talk t LEFT JOIN event e ON e.id = t.event_id WHERE t.id NOT IN (SELECT rowid FROM talk_fts WHERE talk_fts MATCH '"python"*') ORDER BY t.added DESC, t.id DESC LIMIT 200;
SELECT count(*) FROM talk t WHERE t.id NOT IN (SELECT rowid FROM talk_fts WHERE talk_fts MATCH '"python"*');
