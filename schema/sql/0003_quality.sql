-- 0003_quality: quality - validation runs and expectation results (Great Expectations audit of staged batches)
-- (filled in by the change that introduces these tables)
SELECT 1;
