-- A WON or LOST stay keeps how the deal ended (reason, competitor), so a reopened deal still shows its earlier loss.
ALTER TABLE opportunity_stage_period ADD COLUMN reason TEXT, ADD COLUMN competitor VARCHAR(200);
