-- What a quote attributes: 'speech', or 'attitude' (a belief or intention, found only with
-- --attitudes). Rows stored before this migration were all speech.
ALTER TABLE quotes ADD COLUMN attribution TEXT NOT NULL DEFAULT 'speech';
